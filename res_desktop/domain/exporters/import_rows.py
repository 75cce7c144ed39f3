"""One data row of an imported table read as a company, or refused with its reasons.

Called 100,000 times for a large registry, so the per-cell work is kept lean (issue 6:
an import within 3x of a bare executemany).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from res_desktop.domain.common.text_checks import is_email
from res_desktop.domain.exporters import columns as col
from res_desktop.domain.exporters import import_values as val
from res_desktop.domain.exporters.import_ids import read_inn, read_ogrn
from res_desktop.domain.exporters.import_parsing import Cell, Note, ParsedRow, Rejection
from res_desktop.domain.exporters.model import Company, ExporterStatus

Values = dict[str, Any]
Handler = Callable[[Cell, Values], str | None]  # returns a note for the summary, if any
_BLANKS = frozenset({"", "-", "—", "–"})
MAX_CELL_CHARS = 32767  # what an Excel cell holds: a longer value is a broken file
# Fields a wrong value of which leaves the field empty (listed in the summary) instead of
# refusing the row: contacts and the like, not what the indicators count.
OPTIONAL = frozenset({
    col.SHORT_NAME, col.MUNICIPALITY, col.OKVED, col.INDUSTRY, col.SOURCES,
    col.CONTACT_PERSON, col.CONTACT_PHONE, col.CONTACT_EMAIL, col.NOTES, col.LAST_CHECKED,
})  # fmt: skip


def _inn(cell: Cell, values: Values) -> str:
    values["inn"], note = read_inn(cell)
    return note


def _ogrn(cell: Cell, values: Values) -> str:
    values["ogrn"], note = read_ogrn(cell)
    return note


def _text(name: str) -> Handler:
    def handler(cell: Cell, values: Values) -> None:
        values[name] = val.unguarded(" ".join(val.cell_text(cell).split()))

    return handler


def _parsed(name: str, parse: Callable[[Cell], Any]) -> Handler:
    def handler(cell: Cell, values: Values) -> None:
        values[name] = parse(cell)

    return handler


def _email(cell: Cell, values: Values) -> None:
    text = val.cell_text(cell)
    if not is_email(text):
        raise ValueError(f"«{text}» — не адрес электронной почты")
    values["contact_email"] = text


def _needs(cell: Cell, values: Values) -> None:
    values["needs"], values["needs_text"] = val.parse_needs(cell)


def _barriers(cell: Cell, values: Values) -> None:
    values["barriers"], values["barriers_text"] = val.parse_barriers(cell)


HANDLERS: dict[str, Handler] = {
    col.INN: _inn,
    col.OGRN: _ogrn,
    col.FULL_NAME: _text("full_name"),
    col.SHORT_NAME: _text("short_name"),
    col.SME: _parsed("sme_category", val.parse_sme),
    col.MUNICIPALITY: _text("municipality"),
    col.OKVED: _text("okved"),
    col.INDUSTRY: _text("industry"),
    col.STATUS: _parsed("status", val.parse_status),
    col.STAGE: _parsed("export_stage", val.parse_stage),
    col.PRODUCTS: _parsed("products", val.parse_products),
    col.COUNTRIES: _parsed("countries", val.parse_countries),
    col.NEEDS: _needs,
    col.BARRIERS: _barriers,
    col.SOURCES: _parsed("sources", val.parse_sources),
    col.CONTACT_PERSON: _text("contact_person"),
    col.CONTACT_PHONE: _text("contact_phone"),
    col.CONTACT_EMAIL: _email,
    col.NOTES: _parsed("notes", lambda cell: val.unguarded(val.cell_text(cell))),
    col.LAST_CHECKED: _parsed("last_checked", val.parse_date),
}


def _default_status(values: Values, volumes: list[tuple[int, float]]) -> None:
    """A company that exports already (volumes, countries) is not a potential exporter."""
    if "status" not in values and (volumes or values.get("countries")):
        values["status"] = ExporterStatus.ACTIVE


class Column(NamedTuple):
    """A mapped column, its parser looked up once rather than per cell."""

    index: int  # type: ignore[assignment]  # shadows tuple.index(), unused on a Column
    field: str
    title: str  # the field's Russian title, for reasons
    parse: Handler | None  # None for a volume column
    year: int


def prepare(columns: Sequence[tuple[int, str]]) -> list[Column]:
    return [
        Column(i, f, col.field_title(f), HANDLERS.get(f), col.volume_year(f) or 0)
        for i, f in columns
    ]


def _read(
    cell: Cell, parse: Handler | None, year: int, values: Values, volumes: list[tuple[int, float]]
) -> str | None:
    """One cell into ``values`` (or ``volumes``); ValueError with the reason it is wrong."""
    if type(cell) is str and len(cell) > MAX_CELL_CHARS:
        raise ValueError(
            f"значение длиной {len(cell)} знаков (в ячейке Excel не больше "
            f"{MAX_CELL_CHARS}): похоже, файл повреждён"
        )
    if parse is None:
        volumes.append((year, val.parse_volume(cell)))
        return None
    return parse(cell, values)


def parse_row(cells: Sequence[Cell], columns: Sequence[Column], row: int) -> ParsedRow | Rejection:
    """A company with the fields this row fills, or every reason the row is refused."""
    values: Values = {"full_name": ""}
    volumes: list[tuple[int, float]] = []
    fields: list[str] = []
    errors: list[tuple[str, str]] = []
    notes: list[Note] = []
    width = len(cells)
    for index, field, title, parse, year in columns:
        if index >= width:
            continue
        cell = cells[index]
        if (cell.strip() if type(cell) is str else val.cell_text(cell)) in _BLANKS:
            continue
        try:
            note = _read(cell, parse, year, values, volumes)
            if note:
                notes.append(Note(row, note))
        except ValueError as error:
            if field in OPTIONAL:  # the row is imported, this field left empty and listed
                notes.append(Note(row, f"{title}: {error}; поле оставлено пустым"))
            else:
                errors.append((title, str(error)))
            continue
        fields.append(field)
    if "inn" not in values and not errors:
        errors.append((col.field_title(col.INN), "не указан ИНН"))
    if errors:
        reason = "; ".join(f"{title}: {text}" for title, text in errors)
        return Rejection(row, errors[0][0], reason)
    volumes.sort()
    _default_status(values, volumes)
    company = Company(**values, export_volume=tuple(volumes))
    return ParsedRow(row, company, frozenset(fields), tuple(notes))
