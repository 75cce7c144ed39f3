"""Files as ministries send them, built in the test: CSV in Windows-1251, XLSX, XLS, ODS."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

import xlwt  # type: ignore[import-untyped]
from openpyxl import Workbook

from res_desktop.domain.exporters.model import Company
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.exporters import bulk

# Valid numbers (official check digits), computed once by the rules.
INN_A = "0003746069"
INN_B = "0002334320"
INN_C = "0002649376"
INN_IP = "001139805517"
OGRN_A = "1100035224574"
OGRNIP_REMAINDER_10 = "300000000237570"  # 14 digits mod 13 = 10: check digit 0
# As Excel keeps them: ИНН and ОГРН of real shape, and ones of regions 01-09 that a number
# cell shows without the leading zero.
INN_ORG = "7736050003"
OGRN_ORG = "1027700070518"
INN_PERSON = "500100732259"
INN_ZERO = "0274062111"  # region 02: the number cell shows 274062111
INN_PERSON_ZERO = "027406211167"  # shown as 27406211167
NBSP = "\u00a0"

TITLE_ROWS = [
    ["Реестр экспортёров и потенциальных экспортёров Смоленской области", "", "", "", "", ""],
    ["по состоянию на 01.11.2026 (источник: ФТС России)", "", "", "", "", ""],
]
HEADER = [
    "ИНН",
    "Наименование организации",
    "Адрес",
    "Объём экспорта 2025, тыс. долл. США",
    "Страны экспорта",
    "Коды ТН ВЭД",
]


REPEAT_HEADER = [
    "ИНН", "Наименование", "Объём экспорта 2025, тыс. долл. США", "Страны экспорта", "E-mail",
]  # fmt: skip
# The case: the later row of ИНН A overwrote 12 345 678,9 with 1,0 and Китай+Турция
# with Китай; it also gives an e-mail the first row left blank.
REPEATED = [
    [INN_A, "ООО «Лён»", "12 345 678,9", "Китай; Турция", ""],
    [INN_B, "АО «Завод»", "500", "", ""],
    [INN_A, "ООО «Лён»", "1,0", "Китай", "info@len.ru"],
]
REPEAT_EXPECTED = {  # (volume 2025, countries, e-mail) of company A for each choice
    "first": (12345678.9, ("CN", "TR"), ""),
    "last": (1.0, ("CN",), "info@len.ru"),
    "combine": (12345678.9, ("CN", "TR"), "info@len.ru"),
}


def data_rows() -> list[list[str]]:
    return [
        [INN_A, "ООО «Смоленский лён»", "г. Смоленск, ул. Ленина, д. 1, оф. 2",
         f"1{NBSP}234{NBSP}567,89", "Беларусь, Казахстан", "5309110000 ткани льняные"],
        [INN_B, "АО «Вяземский машзавод»", "г. Вязьма, ул. Заводская, д. 5",
         "12 500", "Китай", "843359; 870899"],
        [INN_IP, "ИП Петров Иван Сергеевич", "д. Ивановка, ул. Садовая, д. 3, кв. 1",
         "", "", ""],
    ]  # fmt: skip


def bad_rows() -> list[list[str]]:
    return [
        ["1234567890", "ООО «Неверный ИНН»", "г. Смоленск, ул. Мира, д. 1", "10", "", ""],
        [INN_C, "ООО «Нарния»", "г. Рославль, ул. Мира, д. 2", "сто", "Нарния", ""],
    ]


def write_csv(
    path: Path, rows: Sequence[Sequence[str]], *, encoding: str = "cp1251", separator: str = ";"
) -> Path:
    """As Excel-RU saves «CSV (разделители — точки с запятой)»: quotes only where needed."""
    lines = []
    for row in rows:
        cells = [f'"{c}"' if separator in c or '"' in c else c for c in row]
        lines.append(separator.join(cells))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def ministry_csv(folder: Path, *, with_bad: bool = True) -> Path:
    rows = [*TITLE_ROWS, HEADER, *data_rows(), *(bad_rows() if with_bad else [])]
    return write_csv(folder / "реестр ФТС.csv", rows)


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], sheet: str = "Реестр") -> Path:
    book = Workbook()
    first = book.active
    assert first is not None  # a new workbook has one sheet
    first.title = "Пояснения"
    first.append(["Лист с пояснениями, без данных"])
    data = book.create_sheet(sheet)
    for row in rows:
        data.append(list(row))
    book.save(path)
    return path


def write_xls(path: Path, rows: Sequence[Sequence[object]], sheet: str = "Реестр") -> Path:
    """An Excel 97-2003 book: numbers as number cells, as old ministry templates keep ИНН."""
    book = xlwt.Workbook(encoding="utf-8")
    data = book.add_sheet(sheet)
    for number, row in enumerate(rows):
        for column, value in enumerate(row):
            data.write(number, column, value)
    book.save(str(path))
    return path


def write_table(kind: str, path: Path, rows: Sequence[Sequence[object]]) -> Path:
    """The same rows as a «kind» file, on its first sheet; in a CSV (Windows-1251, «;»)
    every cell is the text Excel shows."""
    target = path.with_suffix(f".{kind}")
    if kind == "csv":
        return write_csv(target, [[_shown(v) for v in row] for row in rows])
    if kind == "xlsx":
        book = Workbook()
        for row in rows:
            book.active.append(list(row))
        book.save(target)
        return target
    writer = {"xls": write_xls, "ods": write_ods}[kind]
    return writer(target, rows, "Реестр")


def _shown(value: object) -> str:
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value).replace(".", ",")
    return str(value)


_END = "</table:table-cell>"


def _ods_cell(value: object) -> str:
    if isinstance(value, int | float):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    if isinstance(value, dt.date):
        return (
            f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
            f"<text:p>{value:%d.%m.%Y}</text:p></table:table-cell>"
        )
    text = escape(str(value))
    return (
        f'<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>'
    )


def write_ods(path: Path, rows: Sequence[Sequence[object]], sheet: str = "Реестр") -> Path:
    """A minimal OpenDocument spreadsheet, written by hand (no ODS writer is installed)."""
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    body = "".join(
        "<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>"
        for row in rows
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{escape(sheet)}">{body}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


def registry(ws: Workspace) -> dict[str, Company]:
    """Every company by ИНН, read back from the database."""
    return {c.inn: c for c in bulk.iter_companies(ws.db)}


def snapshot(ws: Workspace) -> tuple[object, ...]:
    """Everything an import may write: equal snapshots mean nothing changed."""
    tables = (
        "company", "company_product", "company_country", "company_export_volume",
        "company_need", "company_barrier", "company_source", "import_batch", "import_change",
        "import_mapping", "company_fts",
    )  # fmt: skip
    return tuple(
        tuple(ws.db.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()) for t in tables
    )


def accounting(*counts: int) -> str:
    """The line that accounts for every data row (issue 15), as the CLI and the window show
    it: data rows, then added, updated, unchanged, merged repeats and rejected."""
    rows, added, updated, unchanged, repeats, rejected = counts
    return (
        f"Строк данных в файле: {rows} = добавлено {added} + обновлено {updated} + "
        f"без изменений {unchanged} + повторы ИНН объединены {repeats} + отклонено {rejected}"
    )
