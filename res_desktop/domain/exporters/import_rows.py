"""One data row of an imported table read as a company, or refused with its reasons.

Called 100,000 times for a large registry, so the per-cell work is kept lean (issue 6:
an import within 3x of a bare executemany).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from collections.abc import Sequence
from typing import Any
from typing import NamedTuple

from res_desktop.domain.common.text_checks import is_email
from res_desktop.domain.exporters import columns as col
from res_desktop.domain.exporters import import_values as val
from res_desktop.domain.exporters.import_ids import read_inn
from res_desktop.domain.exporters.import_ids import read_ogrn
from res_desktop.domain.exporters.import_parsing import Cell
from res_desktop.domain.exporters.import_parsing import Note
from res_desktop.domain.exporters.import_parsing import ParsedRow
from res_desktop.domain.exporters.import_parsing import Rejection
from res_desktop.domain.exporters.model import Company
from res_desktop.domain.exporters.model import ExporterStatus

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


_VOLUME = "\x00volume"  # a volume cell's value, taken out of the values at once
# Fields whose parse is a function of the cell alone and whose cells repeat (categories,
# codes, countries, dates): each distinct cell is parsed once per MEMO_CELLS cells (issue 15
# part 6). Names, phones, ИНН and the like are nearly all distinct: a memo would only cost.
MEMOISED = frozenset({
    col.SME, col.STATUS, col.STAGE, col.PRODUCTS, col.COUNTRIES, col.NEEDS, col.BARRIERS,
    col.SOURCES, col.LAST_CHECKED, col.INDUSTRY, col.MUNICIPALITY, col.OKVED,
})  # fmt: skip
MEMO_CELLS = 20000  # distinct cells kept per column: memory stays bounded


def _volume(cell: Cell, values: Values) -> None:
    values[_VOLUME] = val.parse_volume(cell)


def _memoised(handler: Handler) -> Handler:
    """``handler`` with its outcome (values set, note, or the reason refused) kept per cell.

    The values are immutable (text, enums, tuples, dates), so rows share them safely. The key
    holds the cell's type: 1, 1.0 and True are equal in Python but not the same cell.
    """
    memo: dict[tuple[type, Cell], tuple[tuple[tuple[str, Any], ...], str | None, str]] = {}

    def parse(cell: Cell, values: Values) -> str | None:
        key = (type(cell), cell)
        found = memo.get(key)
        if found is None:
            scratch: Values = {}
            try:
                note = handler(cell, scratch)
                found = (tuple(scratch.items()), note, "")
            except ValueError as error:
                found = ((), None, str(error))
            if len(memo) >= MEMO_CELLS:
                memo.clear()
            memo[key] = found
        items, note, refused = found
        if refused:
            raise ValueError(refused)
        values.update(items)
        return note

    return parse


class Column(NamedTuple):
    """A mapped column, its parser looked up once rather than per cell."""

    index: int  # type: ignore[assignment]  # shadows tuple.index(), unused on a Column
    field: str
    title: str  # the field's Russian title, for reasons
    parse: Handler
    year: int  # of a volume column, else 0


def prepare(columns: Sequence[tuple[int, str]]) -> list[Column]:
    """The columns of one import, each with its own memo (a memo lives as long as it)."""
    prepared = []
    for index, field in columns:
        year = col.volume_year(field) or 0
        handler = _volume if year else HANDLERS[field]
        if year or field in MEMOISED:
            handler = _memoised(handler)
        prepared.append(Column(index, field, col.field_title(field), handler, year))
    return prepared


PARSER_VERSION = "1"  # raise it when a cell is read otherwise: old fingerprints then miss


def fingerprinter(columns: Sequence[Column]) -> Callable[[Sequence[Cell]], bytes]:
    """A row's fingerprint: its mapped cells, which field each fills, and the parser's
    version. Equal fingerprints: the row is read into the same values (issue 15 part 6)."""
    seed = hashlib.blake2b(digest_size=16)
    seed.update(repr((PARSER_VERSION, [(c.index, c.field) for c in columns])).encode())
    indexes = [c.index for c in columns]

    def fingerprint(cells: Sequence[Cell]) -> bytes:
        width = len(cells)
        texts = [
            (c if type(c) is str else f"\x1e{type(c).__name__}:{c!r}")
            for c in (cells[i] if i < width else "" for i in indexes)
        ]
        digest = seed.copy()
        digest.update("\x1f".join(texts).encode("utf-8", "surrogatepass"))
        return digest.digest()

    return fingerprint


def _read(
    cell: Cell, parse: Handler, year: int, values: Values, volumes: list[tuple[int, float]]
) -> str | None:
    """One cell into ``values`` (or ``volumes``); ValueError with the reason it is wrong."""
    if type(cell) is str and len(cell) > MAX_CELL_CHARS:
        raise ValueError(
            f"значение длиной {len(cell)} знаков (в ячейке Excel не больше "
            f"{MAX_CELL_CHARS}): похоже, файл повреждён"
        )
    note = parse(cell, values)
    if year:
        volumes.append((year, values.pop(_VOLUME)))
    return note


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


Outcome = tuple[tuple[tuple[str, Any], ...], str | None] | None  # values set and note; blank
# A cell its handler refuses (compared by identity): the row goes parse_row's way.
_REFUSED: Outcome = ((("\x00refused", None),), None)


def _outcome(cell: Cell, parse: Handler) -> Outcome:
    """One distinct cell read once: the values it sets and its note, None if blank."""
    if (cell.strip() if type(cell) is str else val.cell_text(cell)) in _BLANKS:
        return None
    if type(cell) is str and len(cell) > MAX_CELL_CHARS:
        return _REFUSED
    scratch: Values = {}
    try:
        note = parse(cell, scratch)
    except ValueError:
        return _REFUSED
    return tuple(scratch.items()), note


def _read_column(rows: Sequence[tuple[int, Sequence[Cell]]], column: Column) -> list[Outcome]:
    """A column of the chunk, each distinct cell read once (issue 15 part 6); the cells of a
    column whose cells are nearly all distinct (names, ИНН, phones) are read without a memo."""
    index, parse = column.index, column.parse
    found: list[Outcome] = []
    append = found.append
    if not column.year and column.field not in MEMOISED:
        for _number, cells in rows:
            append(_outcome(cells[index], parse) if index < len(cells) else None)
        return found
    memo: dict[tuple[type, Cell], Outcome] = {}
    for _number, cells in rows:
        if index >= len(cells):
            append(None)
            continue
        cell = cells[index]
        key = (type(cell), cell)
        try:
            append(memo[key])
        except KeyError:
            outcome = memo[key] = _outcome(cell, parse)
            append(outcome)
    return found


def parse_rows(
    rows: Sequence[tuple[int, Sequence[Cell]]], columns: Sequence[Column]
) -> list[ParsedRow | Rejection]:
    """``parse_row`` of each row, read a column at a time: the handlers run once per distinct
    cell of a column in the chunk, not once per cell. A row with a cell a handler refuses, or
    with no ИНН, is read by ``parse_row`` itself, so its reasons are the same word for word."""
    by_column = [_read_column(rows, c) for c in columns]
    result: list[ParsedRow | Rejection] = []
    sets: dict[tuple[str, ...], frozenset[str]] = {}  # rows share a handful of field sets
    for (number, cells), outcomes in zip(rows, zip(*by_column, strict=True), strict=True):
        values: Values = {"full_name": ""}
        volumes: list[tuple[int, float]] = []
        fields: list[str] = []
        notes: list[Note] = []
        for column, outcome in zip(columns, outcomes, strict=True):
            if outcome is None:
                continue
            if outcome is _REFUSED:
                break
            items, note = outcome
            if column.year:
                volumes.append((column.year, items[0][1]))
            else:
                values.update(items)
            if note:
                notes.append(Note(number, note))
            fields.append(column.field)
        else:
            if "inn" in values:
                volumes.sort()
                _default_status(values, volumes)
                key = tuple(fields)
                kept = sets.get(key)
                if kept is None:
                    kept = sets[key] = frozenset(fields)
                company = Company(**values, export_volume=tuple(volumes))
                result.append(ParsedRow(number, company, kept, tuple(notes)))
                continue
        result.append(parse_row(cells, columns, number))
    return result
