"""The PDF base: embedded PT Serif only, page numbering, large reports, layering."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ArrayObject
from pypdf.generic import DictionaryObject

import res_desktop.reports as reports_package
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import plural_word
from res_desktop.reports.common.formatting import instruments_genitive
from res_desktop.reports.common.quarterly import build_report
from tests.reports.common.helpers import Pdf
from tests.reports.common.helpers import flat
from tests.reports.common.helpers import make_data
from tests.reports.common.helpers import make_instrument
from tests.reports.common.helpers import make_item
from tests.reports.common.helpers import read_pdf


def _fonts(reader: PdfReader) -> dict[str, DictionaryObject]:
    fonts: dict[str, DictionaryObject] = {}
    for page in reader.pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        for ref in resources.get_object().get("/Font", {}).values():
            font = ref.get_object()
            fonts[str(font["/BaseFont"])] = font
    return fonts


def _descriptor(font: DictionaryObject) -> DictionaryObject:
    """Simple TrueType fonts carry the descriptor; Type0 fonts in their descendant."""
    if font.get("/Subtype") == "/Type0":
        descendants = font["/DescendantFonts"]
        assert isinstance(descendants, ArrayObject)
        font = descendants[0].get_object()
        assert isinstance(font, DictionaryObject)
    descriptor = font["/FontDescriptor"].get_object()
    assert isinstance(descriptor, DictionaryObject)
    return descriptor


def _assert_only_embedded_pt_serif(reader: PdfReader) -> None:
    fonts = _fonts(reader)
    assert fonts
    for name, font in fonts.items():
        assert "PTSerif" in name, name
        assert "Helvetica" not in name
        assert "/FontFile2" in _descriptor(font), name
    assert {"PTSerif-Regular", "PTSerif-Bold"} <= {n.split("+")[-1].lstrip("/") for n in fonts}


def test_fonts_embedded_and_no_helvetica(quarterly_pdf: Pdf) -> None:
    _assert_only_embedded_pt_serif(quarterly_pdf.reader)
    raw = quarterly_pdf.path.read_bytes()
    assert b"Helvetica" not in raw
    assert b"Times-Roman" not in raw


def test_hundred_page_report(tmp_path: Path) -> None:
    """40 instruments with long captions: tables split and repeat their header.

    Six items each are plenty: 40 x 30 items makes some 650 pages (45 s), far past the point.
    """
    instruments = tuple(
        make_instrument(
            str(n),
            1 + (n - 1) // 10,
            tuple(
                make_item(
                    i,
                    status=("done", "in_progress", "not_started", "not_applicable")[i % 4],
                    evidence=1 + i % 3,
                    na_reason="Не относится к региону",
                )
                for i in range(1, 7)
            ),
            progress_percent=n * 2 % 101,
        )
        for n in range(1, 41)
    )
    data = make_data(instruments)
    pdf = read_pdf(build_report(data, tmp_path / "big.pdf"))
    total = len(pdf.pages)
    assert total >= 100
    for number in (2, total // 2, total):
        assert pdf.page_text(number).startswith(f"{number} ")
    headers = sum("Подтверждающие документы" in flat(page) for page in pdf.pages)
    assert headers > 60  # the header row repeats on continued pages
    for n in (1, 17, 40):
        assert f"Инструмент {n}. Синтетический инструмент {n}" in pdf.text
        assert f"Инструмент-{n} ежегодный {n * 2 % 101}% — не внедрён" in pdf.text
    _assert_only_embedded_pt_serif(pdf.reader)


def test_one_item_with_a_page_of_documents(tmp_path: Path) -> None:
    """A row taller than a page splits inside the row instead of failing the build."""
    item = make_item(1, evidence=40)
    data = make_data((make_instrument("1", 1, (item,)),))
    pdf = read_pdf(build_report(data, tmp_path / "tall.pdf"))
    assert len(pdf.pages) >= 5
    assert "/10/attachment." in pdf.text.replace(" ", "")  # a link broken to fit its cell


def test_formatting() -> None:
    assert date_short(dt.date(2026, 3, 5)) == "05.03.2026"
    assert date_short(None) == "—"
    assert [
        plural_word(n, "инструмент", "инструмента", "инструментов") for n in (1, 2, 5, 11, 21, 22)
    ] == [
        "инструмент",
        "инструмента",
        "инструментов",
        "инструментов",
        "инструмент",
        "инструмента",
    ]
    # after «не менее», «не хватает», «из» the genitive: one form for 1, 21…, one for the rest
    assert [instruments_genitive(n) for n in (1, 4, 11, 14, 21)] == [
        "1 инструмента",
        "4 инструментов",
        "11 инструментов",
        "14 инструментов",
        "21 инструмента",
    ]


def test_reports_package_imports_only_domain_paths_and_reportlab() -> None:
    """No Qt, SQL or upper layers: the package only renders the data it is given."""
    allowed = ("res_desktop.domain", "res_desktop.paths", "res_desktop.reports")
    folder = Path(reports_package.__file__).parent
    for source in folder.rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            for name in names:
                assert not name.startswith(("PySide6", "sqlite3", "sqlite_utils")), source
                if name.startswith("res_desktop"):
                    assert name.startswith(allowed), (source.name, name)
