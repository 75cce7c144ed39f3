"""What an import reads: the file, its header row, the column mapping, the preview."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

import sqlite_utils

from res_desktop.domain.common.russian import count
from res_desktop.domain.exporters import columns as col
from res_desktop.domain.exporters.import_parsing import SEPARATOR_NAMES
from res_desktop.domain.exporters.import_parsing import Note
from res_desktop.domain.exporters.import_parsing import Rejection
from res_desktop.domain.exporters.import_parsing import auto_mapping
from res_desktop.domain.exporters.import_parsing import detect_header_row
from res_desktop.domain.exporters.import_repeats import RepeatChoice
from res_desktop.domain.exporters.import_repeats import RepeatGroup
from res_desktop.domain.exporters.import_repeats import UpdateDiff
from res_desktop.domain.exporters.import_values import cell_text
from res_desktop.domain.exporters.import_values import is_blank
from res_desktop.services.common.results import ValidationFailed
from res_desktop.storage.exporters import import_repo as batches
from res_desktop.storage.exporters.files import RawTable
from res_desktop.storage.exporters.files import UnreadableFile
from res_desktop.storage.exporters.files import read_table

Progress = Callable[[int, str], None]
PREVIEW_ROWS = 20
NOTES_SHOWN = 20  # notes listed in a summary, the rest counted
_ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (с BOM)",
    "utf-16": "UTF-16",
    "cp1251": "Windows-1251",
}


class ImportCancelled(Exception):
    """The user cancelled: nothing was written."""

    def __init__(self) -> None:
        super().__init__("Импорт отменён, реестр не изменён.")


@dataclass(frozen=True)
class ColumnInfo:
    index: int
    title: str
    field: str  # "" when the column is not imported


@dataclass(frozen=True)
class ImportPreview:
    path: Path
    kind: str
    sheets: tuple[str, ...]
    sheet: str | None
    encoding: str | None
    separator: str | None
    header_row: int  # 1-based, as in the file
    columns: tuple[ColumnInfo, ...]
    rows: tuple[tuple[str, ...], ...]  # the first data rows as shown
    estimated_rows: int  # data rows, estimated from the file size for a CSV
    remembered: bool  # the mapping was remembered from an earlier import
    guessed_years: tuple[str, ...] = ()  # volume columns without a year: the year proposed

    @property
    def mapping(self) -> dict[str, str]:
        return {c.title: c.field for c in self.columns if c.field}

    @property
    def encoding_label(self) -> str:
        return _ENCODING_NAMES.get(self.encoding or "", "—")

    @property
    def separator_label(self) -> str:
        return SEPARATOR_NAMES.get(self.separator or "", "—")


class ImportCounts:
    """The tally an import's summary speaks of, the same before (dry run) and after it."""

    added: int
    updated: int
    rejections: tuple[Rejection, ...]

    unchanged: int
    duplicates: int
    data_rows: int
    repeat_choice: RepeatChoice
    repeats: tuple[RepeatGroup, ...]
    diffs: tuple[UpdateDiff, ...]
    diff_count: int

    @property
    def rejected(self) -> int:
        return len(self.rejections)

    @property
    def accounting(self) -> str:
        """Every data row of the file in exactly one count (issue 15): the sum is shown."""
        parts = (
            ("добавлено", self.added), ("обновлено", self.updated),
            ("без изменений", self.unchanged), (self.repeat_choice.counted, self.duplicates),
            ("отклонено", self.rejected),
        )  # fmt: skip
        terms = " + ".join(f"{name} {count(n)}" for name, n in parts)
        return f"Строк данных в файле: {count(self.data_rows)} = {terms}"

    @property
    def accounted(self) -> bool:
        total = self.added + self.updated + self.unchanged + self.duplicates + self.rejected
        return total == self.data_rows

    def counts_text(self, added: str) -> str:
        """«<added> N, обновлено M, отклонено K»: «Добавлено» after, «Будет добавлено» before."""
        updated, rejected = count(self.updated), count(self.rejected)
        return f"{added} {count(self.added)}, обновлено {updated}, отклонено {rejected}"


@dataclass(frozen=True)
class ImportPlan(ImportCounts):
    """What an import did, or (dry run) would do."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejections: tuple[Rejection, ...] = ()
    duplicates: int = 0  # rows whose ИНН appeared earlier in the file (merged into it)
    mapping: dict[str, str] = field(default_factory=dict)
    notes: tuple[Note, ...] = ()  # values read other than as written: a restored leading zero
    data_rows: int = 0
    repeat_choice: RepeatChoice = RepeatChoice.COMBINE
    repeats: tuple[RepeatGroup, ...] = ()  # the ИНН given in several rows, and their rows
    diffs: tuple[UpdateDiff, ...] = ()  # the first updates, field by field
    diff_count: int = 0  # all updates of companies the registry held

    @property
    def summary(self) -> str:
        text = self.counts_text("Будет добавлено")
        return text + (f", без изменений {count(self.unchanged)}" if self.unchanged else "")


def note_lines(notes: Sequence[Note], shown: int = NOTES_SHOWN) -> list[str]:
    """«Строка 5: ИНН 274062111 дополнен ведущим нулём: 0274062111», the first ``shown``
    of them and how many more: a whole region's zeros would bury the summary."""
    lines = [str(note) for note in notes[:shown]]
    if len(notes) > shown:
        lines.append(f"…и ещё примечаний: {len(notes) - shown}")
    return lines


def report_lines(
    counts: ImportCounts, notes: Sequence[Note], shown: int = NOTES_SHOWN
) -> list[str]:
    """The lines under the summary, the same in the CLI, the dry run and the window: the
    sum of the counts, then why rows were refused and what was read otherwise."""
    lines = [counts.accounting]
    lines += [f"Строка {r.row}: {r.reason}" for r in counts.rejections[:shown]]
    if len(counts.rejections) > shown:
        lines.append(f"…и ещё отклонённых строк: {len(counts.rejections) - shown}")
    return lines + note_lines(notes, shown)


def detail_lines(counts: ImportCounts, shown: int = NOTES_SHOWN) -> list[str]:
    """The repeated ИНН (with what each choice gives, in a dry run) and what each update
    changes, field by field: shown before the import so that nothing happens unseen."""
    lines: list[str] = []
    if counts.repeats:
        choice = counts.repeat_choice.label
        lines.append(f"ИНН, повторённые в файле (выбрано: {choice}): {count(len(counts.repeats))}")
        for group in counts.repeats[:shown]:
            lines += [f"  {line}" for line in group.lines()]
        if len(counts.repeats) > shown:
            lines.append(f"  …и ещё повторённых ИНН: {len(counts.repeats) - shown}")
    if counts.diffs:
        lines.append(f"Изменения записей реестра по полям: {count(counts.diff_count)}")
        for diff in counts.diffs[:shown]:
            lines += [f"  {line}" for line in diff.lines()]
        if counts.diff_count > shown:
            lines.append(f"  …и ещё обновлений: {counts.diff_count - shown}")
    return lines


@dataclass(frozen=True)
class Loaded:
    table: RawTable
    header: int  # 0-based
    titles: list[str]
    mapping: dict[str, str]
    remembered: bool
    yearless: tuple[str, ...] = ()  # volume columns without a year the mapping leaves open

    @property
    def kept_mapping(self) -> dict[str, str]:
        """What is remembered for the next file: never the year of a yearless volume column
        (next year's file of the same template holds next year's figures)."""
        return {t: f for t, f in self.mapping.items() if not col.is_yearless_volume(t)}


def yearless_message(titles: Sequence[str]) -> str:
    named = ", ".join(f"«{t}»" for t in titles)
    return (
        f"Столбец {named}: объём экспорта без года. Укажите в сопоставлении, за какой год "
        f"этот объём (например, «{col.field_title(col.volume_field(2025))}»), или не "
        "загружайте столбец."
    )


def field_of(value: str) -> str:
    """A field key, or a Russian field title as in an exported file's header."""
    value = value.strip()
    if not value or col.is_field(value):
        return value
    known = next((f for f in col.FIELD_TITLES if col.field_title(f) == value), None)
    found = known or col.recognise_title(value)
    if not found:
        raise ValidationFailed({"mapping": f"Неизвестное поле реестра «{value}»."})
    return found


def load(
    db: sqlite_utils.Database,
    path: Path,
    *,
    sheet: str | None,
    header_row: int | None,
    mapping: Mapping[str, str] | None,
) -> Loaded:
    """Read the file, find the header, and settle which column fills which field."""
    try:
        table = read_table(Path(path), sheet)
    except UnreadableFile as error:
        raise ValidationFailed({"path": str(error)}) from error
    if not table.head:
        raise ValidationFailed({"path": f"Файл «{Path(path).name}» пуст."})
    if header_row is not None and not 1 <= header_row <= len(table.head):
        raise ValidationFailed(
            {"header_row": f"Строка заголовков должна быть от 1 до {len(table.head)}."}
        )
    header = header_row - 1 if header_row else detect_header_row(table.head)
    titles = [cell_text(c) for c in table.head[header]]
    effective = auto_mapping(titles)
    remembered = batches.load_mapping(db, col.header_signature(titles))
    if remembered:
        effective = {t: f for t, f in remembered.items() if t in titles}
    for title, value in (mapping or {}).items():
        effective[title] = field_of(value)
    open_years = tuple(t for t in titles if col.is_yearless_volume(t) and t not in (mapping or {}))
    effective = {t: f for t, f in effective.items() if f and t not in open_years}
    return Loaded(table, header, titles, effective, remembered is not None, open_years)


def preview(loaded: Loaded, path: Path, proposed_year: int) -> ImportPreview:
    """``proposed_year``: the year a volume column without one is shown under until the
    user picks it (the previous year: what ministries report on)."""
    table, header = loaded.table, loaded.header
    data = [r for r in table.head[header + 1 :] if not all(is_blank(c) for c in r)]
    width = len(loaded.titles)
    shown = tuple(
        tuple(cell_text(r[i]) if i < len(r) else "" for i in range(width))
        for r in data[:PREVIEW_ROWS]
    )
    field = col.volume_field(proposed_year)
    free = field not in loaded.mapping.values()  # a column of that year: the user picks
    proposed = {t: field for t in loaded.yearless[:1] if free}
    columns = tuple(
        ColumnInfo(i, t, loaded.mapping.get(t) or proposed.get(t, ""))
        for i, t in enumerate(loaded.titles)
    )
    return ImportPreview(
        Path(path), table.kind, table.sheets, table.sheet, table.encoding, table.separator,
        header + 1, columns, shown, max(table.estimated_rows - header - 1, len(data)),
        loaded.remembered, loaded.yearless,
    )  # fmt: skip
