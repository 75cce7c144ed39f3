"""Spreadsheet files of the exporter registry: CSV, XLSX, XLS and ODS read into rows of cells,
and the rejected rows written back beside the source file."""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

import python_calamine

from res_desktop.domain.exporters.import_parsing import Cell
from res_desktop.domain.exporters.import_parsing import detect_encoding
from res_desktop.domain.exporters.import_parsing import detect_separator
from res_desktop.domain.exporters.import_values import cell_text
from res_desktop.storage.common.temporaries import saved_atomically

SPREADSHEETS = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".ods": "ods"}
TEXT_FILES = {".csv": "csv", ".txt": "csv", ".tsv": "csv"}
REJECTED_SUFFIX = ".отклонено.csv"
_SAMPLE_BYTES = 256 * 1024


class UnreadableFile(Exception):
    """The file cannot be read as a table: a Russian message for the user."""


@dataclass(frozen=True)
class RawTable:
    """The first rows at hand; all of them again, streamed, from ``rows()``."""

    path: Path
    kind: str  # "csv", "xlsx", "xls" or "ods"
    head: Sequence[Sequence[Cell]]  # the first HEAD_ROWS rows: header search and preview
    estimated_rows: int  # for the progress bar
    sheets: tuple[str, ...] = ()
    sheet: str | None = None
    encoding: str | None = None
    separator: str | None = None
    # A workbook's sheet as read for the head: calamine reads a whole sheet at once, so its
    # rows are taken from here rather than read from the file a second time (issue 15).
    loaded_sheet: python_calamine.CalamineSheet | None = field(
        default=None, repr=False, compare=False
    )

    def rows(self) -> Iterator[Sequence[Cell]]:
        """Every row from row 1: a CSV read again from the file (memory stays flat), a
        workbook's sheet from the one reading of it."""
        if self.kind == "csv":
            return _csv_rows(self.path, self.encoding or "utf-8", self.separator or ";")
        assert self.loaded_sheet is not None  # read_table keeps a workbook's sheet
        return iter(self.loaded_sheet.iter_rows())


HEAD_ROWS = 60


def read_table(path: Path, sheet: str | None = None) -> RawTable:
    """The file's first rows and how to read it (or one sheet, the first by default)."""
    suffix = path.suffix.casefold()
    if not path.is_file():
        raise UnreadableFile(f"Файл «{path}» не найден.")
    if suffix in TEXT_FILES:
        return _read_csv(path)
    if suffix in SPREADSHEETS:
        return _read_workbook(path, SPREADSHEETS[suffix], sheet)
    raise UnreadableFile(
        f"Формат файла «{path.name}» не поддерживается: нужен CSV, XLSX, XLS или ODS."
    )


def _read_csv(path: Path) -> RawTable:
    try:
        with path.open("rb") as handle:
            sample = handle.read(_SAMPLE_BYTES)
        size = path.stat().st_size
    except OSError as error:
        raise UnreadableFile(f"Не удалось прочитать файл «{path.name}»: {error}") from error
    encoding = detect_encoding(sample)
    if encoding == "utf-8" and not _decodes(path):
        encoding = "cp1251"
    text = sample.decode(encoding, errors="ignore")
    if len(sample) == _SAMPLE_BYTES:  # drop the last, maybe cut, line
        text = text[: text.rfind("\n") + 1] or text
    separator = detect_separator(text)
    head = list(itertools.islice(_records(io.StringIO(text, newline=""), separator), HEAD_ROWS))
    sample_lines = max(text.count("\n"), 1)
    estimated = int(size / max(len(text.encode(encoding, errors="ignore")), 1) * sample_lines)
    return RawTable(path, "csv", head, estimated, encoding=encoding, separator=separator)


def _decodes(path: Path) -> bool:
    """The whole file is UTF-8 (a sample may be UTF-8 and the rest Windows-1251)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as handle:
            while block := handle.read(1 << 20):
                decoder.decode(block)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _csv_rows(path: Path, encoding: str, separator: str) -> Iterator[Sequence[Cell]]:
    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        yield from _records(handle, separator)


def _records(lines: Iterable[str], separator: str) -> Iterator[list[str]]:
    """CSV records, each checked against the physical lines it took (issue 15).

    A quote left open swallows the next lines, separators and all, into one cell: a record
    that spans lines and holds a cell with both a line break and the separator is refused,
    naming the lines. A cell over the csv module's limit is refused naming its line too.
    """
    reader = csv.reader(lines, delimiter=separator)
    while True:
        first = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise UnreadableFile(
                f"Строка {first} файла не прочитана: ячейка длиннее "
                f"{csv.field_size_limit()} знаков или строка повреждена ({error}). "
                "Исправьте эту строку и повторите импорт."
            ) from error
        last = reader.line_num
        if last > first and any("\n" in c and separator in c for c in record):
            raise UnreadableFile(
                f"Строки {first}–{last} файла прочитаны как одна запись: в строке {first}, "
                "вероятно, не закрыта кавычка, и в ячейку попали разделители и переводы "
                f"строк следующих строк. Исправьте кавычку в строке {first} и повторите импорт."
            )
        yield record


def _open_book(path: Path) -> python_calamine.CalamineWorkbook:
    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except Exception as error:  # calamine raises its own and OS errors
        raise UnreadableFile(f"Не удалось прочитать файл «{path.name}»: {error}") from error


def _read_workbook(path: Path, kind: str, sheet: str | None) -> RawTable:
    book = _open_book(path)
    try:
        names = tuple(book.sheet_names)
        if not names:
            raise UnreadableFile(f"В файле «{path.name}» нет листов.")
        chosen = sheet or names[0]
        if chosen not in names:
            raise UnreadableFile(
                f"В файле «{path.name}» нет листа «{chosen}». Листы: {', '.join(names)}."
            )
        found = book.get_sheet_by_name(chosen)
        head = list(itertools.islice(found.iter_rows(), HEAD_ROWS))
        height = found.height
    finally:
        book.close()
    return RawTable(path, kind, head, height, sheets=names, sheet=chosen, loaded_sheet=found)


def rejected_path(source: Path) -> Path:
    """«реестр.csv» -> «реестр.отклонено.csv», beside the source file."""
    return source.with_name(f"{source.stem}{REJECTED_SUFFIX}")


def write_rejected(
    target: Path, titles: Sequence[str], rows: Iterable[tuple[int, Sequence[Cell], str]]
) -> Path:
    """The rejected rows with their original cells, «Строка» first and «Причина» last.

    UTF-8 with BOM and «;», as Russian Excel opens it; ready to fix and import again.
    """
    with (
        saved_atomically(target) as partial,
        partial.open("w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Строка", *titles, "Причина"])
        for number, cells, reason in rows:
            texts = [cell_text(c) for c in cells][: len(titles)]
            texts += [""] * (len(titles) - len(texts))
            writer.writerow([number, *texts, reason])
    return target
