"""One data row of an imported table read as a company, or refused with its reasons.

Called 100,000 times for a large registry, so the per-cell work is kept lean (issue 6:
an import within 3x of a bare executemany).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from res_desktop.domain.exporters import columns as col
from res_desktop.domain.exporters import import_values as val
from res_desktop.domain.exporters.import_parsing import Cell, ParsedRow, Rejection
from res_desktop.domain.exporters.model import Company, is_valid_ogrn

Values = dict[str, Any]
Handler = Callable[[Cell, Values], None]
_BLANKS = frozenset({"", "-", "—", "–"})
_INN10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _check(digits: str, weights: tuple[int, ...]) -> int:
    return sum(w * int(d) for w, d in zip(weights, digits, strict=False)) % 11 % 10


def inn_ok(inn: str) -> bool:
    """The official ИНН check digits (as domain.exporters.is_valid_inn, without its overhead)."""
    if not (inn.isascii() and inn.isdigit()):
        return False
    if len(inn) == 10:
        return _check(inn, _INN10) == int(inn[9])
    if len(inn) == 12:
        return _check(inn, _INN11) == int(inn[10]) and _check(inn, _INN12) == int(inn[11])
    return False


def _inn(cell: Cell, values: Values) -> None:
    inn = val.digits_of(cell, pad_to=(10, 12), lost=3)  # region «00»-«09»: up to 3 zeros
    if not inn_ok(inn):
        raise ValueError(
            f"«{val.cell_text(cell)}» — нужно 10 или 12 цифр с верными контрольными цифрами"
        )
    values["inn"] = inn


def _ogrn(cell: Cell, values: Values) -> None:
    ogrn = val.digits_of(cell)
    if not is_valid_ogrn(ogrn):
        raise ValueError(
            f"«{val.cell_text(cell)}» — нужно 13 цифр (ОГРН) или 15 (ОГРНИП)"
            " с верной контрольной цифрой"
        )
    values["ogrn"] = ogrn


def _text(name: str) -> Handler:
    def handler(cell: Cell, values: Values) -> None:
        values[name] = " ".join(val.cell_text(cell).split())

    return handler


def _parsed(name: str, parse: Callable[[Cell], Any]) -> Handler:
    def handler(cell: Cell, values: Values) -> None:
        values[name] = parse(cell)

    return handler


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
    col.CONTACT_EMAIL: _text("contact_email"),
    col.NOTES: _parsed("notes", val.cell_text),
    col.LAST_CHECKED: _parsed("last_checked", val.parse_date),
}


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


def parse_row(cells: Sequence[Cell], columns: Sequence[Column], row: int) -> ParsedRow | Rejection:
    """A company with the fields this row fills, or every reason the row is refused."""
    values: Values = {"full_name": ""}
    volumes: list[tuple[int, float]] = []
    fields: list[str] = []
    errors: list[tuple[str, str]] = []
    width = len(cells)
    for index, field, title, parse, year in columns:
        if index >= width:
            continue
        cell = cells[index]
        if (cell.strip() if type(cell) is str else val.cell_text(cell)) in _BLANKS:
            continue
        try:
            if parse is None:
                volumes.append((year, val.parse_number(cell)))
            else:
                parse(cell, values)
        except ValueError as error:
            errors.append((title, str(error)))
            continue
        fields.append(field)
    if "inn" not in values and not errors:
        errors.append((col.field_title(col.INN), "не указан ИНН"))
    if errors:
        reason = "; ".join(f"{title}: {text}" for title, text in errors)
        return Rejection(row, errors[0][0], reason)
    volumes.sort()
    return ParsedRow(row, Company(**values, export_volume=tuple(volumes)), frozenset(fields))
