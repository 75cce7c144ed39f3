"""Reading a ministry's table as registry rows: encoding, separator, header row, values.

Pure: the bytes and cells come from storage/exporter_files.py.
"""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from res_desktop.domain.exporters import columns as col
from res_desktop.domain.exporters import import_values as val
from res_desktop.domain.exporters.model import Company
from res_desktop.domain.exporters.serialization import company_from_dict
from res_desktop.domain.exporters.serialization import company_to_dict

Cell = val.Cell
SEPARATORS = (";", ",", "\t")
SEPARATOR_NAMES = {";": "точка с запятой", ",": "запятая", "\t": "табуляция"}
HEADER_SEARCH_ROWS = 30


def detect_encoding(data: bytes) -> str:
    """UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1251 (Excel-RU «CSV»)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        # A sample may cut a character in two: only an error before the last 3 bytes counts.
        if error.start < len(data) - 3:
            return "cp1251"
    return "utf-8"


def detect_separator(sample: str) -> str:
    """The separator that gives the same column count on the most rows (not csv.Sniffer:
    it picks «,» for «;» files whose addresses hold commas, issue 6)."""
    lines = sample.splitlines()[:200]
    best, best_score = ";", (-1.0, 0)
    for separator in SEPARATORS:
        try:
            counts = [
                len(r) for r in csv.reader(lines, delimiter=separator) if any(c.strip() for c in r)
            ]
        except csv.Error:  # a cell over the csv limit: reading the file names its row
            continue
        if not counts:
            continue
        modal = max(set(counts), key=lambda n: (counts.count(n), n))
        share = counts.count(modal) / len(counts) if modal > 1 else 0.0
        if (share, modal) > best_score:
            best, best_score = separator, (share, modal)
    return best


def detect_header_row(rows: Sequence[Sequence[Cell]]) -> int:
    """0-based index of the first row whose filled cells are mostly known titles."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        titles = [val.cell_text(c) for c in row if not val.is_blank(c)]
        known = [t for t in titles if col.recognise_title(t)]
        if len(known) >= 2 and len(known) * 2 >= len(titles):
            return index
    return next((i for i, r in enumerate(rows) if any(not val.is_blank(c) for c in r)), 0)


def auto_mapping(titles: Sequence[str]) -> dict[str, str]:
    """Column title -> field for the titles recognised; the first column of a field wins."""
    mapping: dict[str, str] = {}
    for title in titles:
        field = col.recognise_title(title)
        if field and field not in mapping.values() and title not in mapping:
            mapping[title] = field
    return mapping


def resolve_columns(titles: Sequence[str], mapping: Mapping[str, str]) -> list[tuple[int, str]]:
    """(column index, field) of the mapped columns; ValueError with a Russian reason."""
    columns: list[tuple[int, str]] = []
    seen: dict[str, str] = {}
    for index, title in enumerate(titles):
        field = mapping.get(title, "")
        if not field:
            continue
        if not col.is_field(field):
            raise ValueError(f"Столбцу «{title}» сопоставлено неизвестное поле «{field}».")
        if field in seen:
            raise ValueError(
                f"Поле «{col.field_title(field)}» сопоставлено двум столбцам: "
                f"«{seen[field]}» и «{title}»."
            )
        seen[field] = title
        columns.append((index, field))
    if col.INN not in seen:
        raise ValueError("Не указан столбец с ИНН: без него строки нельзя сопоставить с реестром.")
    return columns


@dataclass(frozen=True)
class Note:
    """What the import read other than as written, for the summary: a restored leading zero."""

    row: int
    text: str  # «ИНН 274062111 дополнен ведущим нулём: 0274062111»

    def __str__(self) -> str:
        return f"Строка {self.row}: {self.text}"


@dataclass(frozen=True)
class ParsedRow:
    row: int  # 1-based, as in the file (title rows counted)
    company: Company
    fields: frozenset[str]  # the fields this row fills: only these change an existing company
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class Rejection:
    row: int
    field: str  # Russian title of the (first) bad column
    reason: str


_ATTRS: dict[str, tuple[str, ...]] = {
    col.SME: ("sme_category",),
    col.STAGE: ("export_stage",),
    col.NEEDS: ("needs", "needs_text"),
    col.BARRIERS: ("barriers", "barriers_text"),
}
# List fields: united, not replaced, where two values meet (the key tells items apart).
_LIST_KEYS: dict[str, Any] = {
    col.PRODUCTS: lambda p: p.tnved,
    col.COUNTRIES: lambda c: c,
    col.NEEDS: lambda n: n,
    col.BARRIERS: lambda b: b,
}
# An update adds these to the registry's list instead of replacing it (issue 15: a file of
# one ministry names the countries it knows of, not all of them).
ADDITIVE = frozenset({col.COUNTRIES})


def _united(old: tuple[Any, ...], new: tuple[Any, ...], key: Any) -> tuple[Any, ...]:
    seen = {key(item) for item in old}
    return (*old, *(item for item in new if key(item) not in seen))


def _texts(old: str, new: str) -> str:
    return "; ".join(dict.fromkeys(t for t in (old, new) if t))


def _combined(old: Company, new: Company, field: str) -> dict[str, Any]:
    """A list field of both, united; a single value: the old one stays."""
    key = _LIST_KEYS.get(field)
    if key is None:
        return {}
    changes: dict[str, Any] = {field: _united(getattr(old, field), getattr(new, field), key)}
    if field in (col.NEEDS, col.BARRIERS):
        text = f"{field}_text"
        changes[text] = _texts(getattr(old, text), getattr(new, text))
    return changes


def merge(
    old: Company, new: Company, fields: frozenset[str], kept: frozenset[str] = frozenset()
) -> Company:
    """``old`` with what ``new`` fills: a blank cell never erases a known value.

    ``kept``: fields ``old`` already took from an earlier row of the same file (repeats
    combined): there lists are united and a single value stays the earlier row's.
    """
    changes: dict[str, Any] = {}
    volumes = dict(old.export_volume)
    for field in fields:
        year = col.volume_year(field)
        if year is not None:
            if field not in kept or year not in volumes:
                volumes[year] = dict(new.export_volume)[year]
            continue
        if field in (col.SOURCES, col.INN):
            continue
        if field in kept or field in ADDITIVE:
            changes.update(_combined(old, new, field))
            continue
        for attr in _ATTRS.get(field, (field,)):
            changes[attr] = getattr(new, attr)
    if volumes != dict(old.export_volume):
        changes["export_volume"] = tuple(sorted(volumes.items()))
    if new.sources:
        merged = dict(old.sources)
        for source, as_of in new.sources:
            merged[source] = as_of or merged.get(source)
        changes["sources"] = tuple(merged.items())
    return dataclasses.replace(old, **changes) if changes else old


def company_to_record(company: Company) -> dict[str, Any]:
    """A JSON-ready copy, kept in import_change to undo an update: the id is the change's."""
    record = company_to_dict(company)
    del record["id"]
    return record


def company_from_record(record: Mapping[str, Any]) -> Company:
    return company_from_dict(record)
