"""The registry (or a filtered view of it) saved as XLSX or CSV with Russian column titles.

The titles and value formats are the importer's own, so an exported file imports back
unchanged (issue 6, item 5).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from zipfile import ZIP_DEFLATED
from zipfile import ZipFile

from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import format_plain
from res_desktop.domain.common.russian import plural
from res_desktop.domain.exporters import columns as col
from res_desktop.domain.exporters import import_values as val
from res_desktop.domain.exporters.field_values import Value
from res_desktop.domain.exporters.field_values import field_value
from res_desktop.domain.exporters.model import Company
from res_desktop.services.common.results import ValidationFailed
from res_desktop.storage.common.errors import translates_sqlite_errors
from res_desktop.storage.common.temporaries import saved_atomically
from res_desktop.storage.exporters import bulk
from res_desktop.storage.exporters.stats_repo import company_count

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.cell import Cell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet
    from sqlite_utils import Database

SHEET_TITLE = "Реестр экспортёров"
_WIDTHS = {col.INN: 14, col.OGRN: 17, col.FULL_NAME: 48, col.SHORT_NAME: 30}
FORMULA_STARTS = ("=", "+", "-", "@")
TEXT_FIELDS = frozenset({col.INN, col.OGRN})
PROGRESS_EVERY = 1000
DEFAULT_SUFFIX = ".xlsx"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int


def export_fields(years: Sequence[int]) -> list[str]:
    """Column order of an exported file: one volume column per year."""
    volumes = [col.volume_field(y) for y in sorted(years)]
    return [*col.EXPORT_ORDER_BEFORE_VOLUMES, *volumes, *col.EXPORT_ORDER_AFTER_VOLUMES]


def row_values(company: Company, fields: Sequence[str]) -> list[Value]:
    return [field_value(company, field) for field in fields]


def write_xlsx(
    companies: Iterable[Company],
    path: Path,
    fields: Sequence[str],
    step: Callable[[int], None] = lambda _count: None,
) -> int:
    """A write-only workbook: rows stream to disk, memory stays flat at 100,000 companies."""
    from openpyxl import Workbook  # imported when used: not at every start
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet: WriteOnlyWorksheet = book.create_sheet(SHEET_TITLE)
    sheet.freeze_panes = "A2"
    for index, field in enumerate(fields):
        letter = _letter(index)
        # Set up at run time by Worksheet._setup; types-openpyxl leaves it out.
        sheet.column_dimensions[letter].width = _WIDTHS.get(field, 22)  # type: ignore[attr-defined]
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    header = []
    for field in fields:
        cell = WriteOnlyCell(sheet, value=col.field_title(field))
        cell.font, cell.alignment = bold, wrap
        header.append(cell)
    sheet.append(header)
    count = 0
    texts = [f in TEXT_FIELDS for f in fields]
    try:
        for company in companies:
            values = row_values(company, fields)
            cells = zip(values, texts, strict=True)
            sheet.append([_xlsx_cell(WriteOnlyCell, sheet, v, t) for v, t in cells])
            count += 1
            if count % PROGRESS_EVERY == 0:
                step(count)
    finally:  # a cancel too: the write-only sheet's stream must be closed (then removed)
        _save(book, path)
    return count


def _save(book: Workbook, path: Path) -> None:
    """openpyxl's ``save_workbook``, except that a failed write (a full disk) drops the
    half-written zip at once: left to ``ZipFile.__del__`` it would fail a second time later."""
    from openpyxl.writer.excel import ExcelWriter

    with path.open("wb") as sink:
        archive = ZipFile(sink, "w", ZIP_DEFLATED, allowZip64=True)
        try:
            ExcelWriter(book, archive).save()
        except BaseException:
            archive.fp = None  # its file is closed just below; nothing more goes into it
            raise


def _xlsx_cell(
    make: Callable[..., Cell], sheet: WriteOnlyWorksheet, value: Value, text: bool
) -> Cell | str | float | None:
    """A text cell for ИНН/ОГРН (Excel keeps the leading zeros) and for anything Excel would
    run as a formula («=HYPERLINK(…)» in a name stays a name)."""
    if isinstance(value, dt.date):
        cell = make(sheet, value=value)  # openpyxl writes dates (types-openpyxl: datetime)
        cell.number_format = "DD.MM.YYYY"
        return cell
    if value == "":
        return None
    if isinstance(value, str) and (text or value.startswith(FORMULA_STARTS)):
        cell = make(sheet, value=value)
        cell.data_type = "s"  # openpyxl would make «=…» a formula
        cell.number_format = "@"
        return cell
    return value


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def write_csv(
    companies: Iterable[Company],
    path: Path,
    fields: Sequence[str],
    step: Callable[[int], None] = lambda _count: None,
) -> int:
    """UTF-8 with BOM and «;»: what Russian Excel opens without asking."""
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([col.field_title(f) for f in fields])
        for company in companies:
            writer.writerow([_csv_text(v) for v in row_values(company, fields)])
            count += 1
            if count % PROGRESS_EVERY == 0:
                step(count)
    return count


def _csv_text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return date_short(value)
    if isinstance(value, float):
        return format_plain(value)
    # Excel runs «=…», «+…», «-…», «@…» in a CSV as a formula: an apostrophe keeps it text
    # (the importer drops it again).
    return val.FORMULA_GUARD + value if value.startswith(FORMULA_STARTS) else value


@translates_sqlite_errors  # the service boundary for a function reading the database itself
def export_companies(
    db: Database,
    path: Path,
    companies: Iterable[Company] | None = None,
    *,
    years: Sequence[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    total: int = 0,
) -> ExportResult:
    """Save ``companies`` (all of the registry when None) as .xlsx or .csv by the suffix;
    a name without a suffix gets «.xlsx». ``progress(done, total)`` every 1000 rows;
    ``cancelled()`` true stops it (ExportCancelled) and removes the partial file."""
    path = Path(path)
    if not path.suffix:
        path = path.with_name(path.name + DEFAULT_SUFFIX)
    suffix = path.suffix.casefold()
    if suffix not in {".xlsx", ".csv"}:
        raise ValidationFailed(
            {"path": f"Файл «{path.name}»: выгрузка возможна в формате XLSX или CSV."}
        )
    fields = export_fields(bulk.volume_years(db) if years is None else years)
    rows = bulk.iter_companies(db) if companies is None else companies
    total = company_count(db) if companies is None else total
    writer = write_xlsx if suffix == ".xlsx" else write_csv

    def step(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled
        if progress is not None:
            progress(done, max(total, done))

    # Under a temporary name until whole: a cancel or a full disk leaves the file that was
    # at ``path`` (if any) as it was, and no partial one.
    with saved_atomically(path) as partial:
        written = writer(rows, partial, fields, step)
    return ExportResult(path, written)


class ExportCancelled(Exception):
    """The user stopped the export: no file is left behind."""

    def __init__(self) -> None:
        super().__init__("Экспорт отменён, файл не создан.")


def done_message(result: ExportResult) -> str:
    """«Экспорт завершён: N строк», for the window and the command line alike."""
    return f"Экспорт завершён: {count_rows(result.count)}. Файл: {result.path}"


def count_rows(n: int) -> str:
    return plural(n, "строка", "строки", "строк")


@translates_sqlite_errors
def companies_by_ids(db: Database, ids: Sequence[int]) -> Iterator[Company]:
    """Companies in the order of ``ids`` (e.g. ``ws.exporters.company_ids(query)``, the
    current filtered view), read a chunk at a time for ``export_companies``."""
    for part in bulk.chunks(list(ids)):
        loaded = bulk.load_companies(db, part)
        yield from (loaded[i] for i in part if i in loaded)
