"""The official frame (ГОСТ Р 7.0.97) of the reports, read back from the PDF and the DOCX."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import itertools
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from res_desktop.reports.common.data import Outgoing
from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.data import Signatory
from res_desktop.reports.common.docx_render import FIGURE_NOTE
from res_desktop.reports.common.docx_render import fill_registration
from res_desktop.reports.common.docx_render import write_docx
from res_desktop.reports.common.fonts import REGULAR
from res_desktop.reports.common.quarterly import build_report
from res_desktop.reports.common.quarterly import render_docx_report
from res_desktop.reports.common.sections import REGISTRATION_BLANK
from tests.reports.common.helpers import Pdf
from tests.reports.common.helpers import flat
from tests.reports.common.helpers import make_data
from tests.reports.common.helpers import make_instrument
from tests.reports.common.helpers import make_item
from tests.reports.common.helpers import read_pdf

A4_WIDTH = 595.27


def _runs(reader: PdfReader, page: int) -> list[tuple[str, float, float, float]]:
    """Text runs of a page as (text, font size, x, y)."""
    found: list[tuple[str, float, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            found.append((text.strip(), size * tm[0] * cm[0] or size, tm[4] + cm[4], tm[5] + cm[5]))

    reader.pages[page - 1].extract_text(visitor_text=visit)
    return found


def test_page_number_alone_at_the_top_centre_from_page_two(quarterly_pdf: Pdf) -> None:
    reader = quarterly_pdf.reader
    first = _runs(reader, 1)
    assert not [r for r in first if r[0] == "1" and r[3] > 800]
    for page in (2, 3, len(reader.pages)):
        text, size, x, y = _runs(reader, page)[0]
        assert text == str(page)
        assert y > 800  # at the top of the A4 page (842 pt high)
        width = float(reader.pages[page - 1].mediabox.width)
        assert abs(x + size * 0.25 * len(text) - width / 2) < 12, (page, x)


def test_text_12_pt_tables_at_least_10_pt(quarterly_pdf: Pdf) -> None:
    """ГОСТ Р 7.0.97: 12-14 pt for text; tables no smaller than 10 pt."""
    runs = _runs(quarterly_pdf.reader, 4) + _runs(quarterly_pdf.reader, 5)
    sizes = {text: size for text, size, _x, _y in runs}
    body = next(s for t, s in sizes.items() if t.startswith("Отчётный период"))
    assert body == 12
    cells = [s for t, s in sizes.items() if t in ("ежегодный", "внедрён", "не внедрён")]
    assert cells and min(cells) >= 10


def test_figures_flush_right_in_their_column(quarterly_pdf: Pdf) -> None:
    """«100%» and «41%» end at the same x: a column of figures lines up on the right."""
    runs = [r for r in _runs(quarterly_pdf.reader, 5) if r[0].endswith("%") and r[0][0].isdigit()]
    assert len(runs) > 3
    ends = {round(x + stringWidth(text, REGULAR, size)) for text, size, x, _y in runs}
    assert max(ends) - min(ends) <= 1, ends


def test_letterhead_addressee_and_registration(quarterly_pdf: Pdf) -> None:
    first = quarterly_pdf.page_text(1)
    assert "АО «Российский экспортный центр»" in first
    assert REGISTRATION_BLANK in first  # blank until the report is registered and sent


def test_registration_filled_when_known(tmp_path: Path) -> None:
    data = make_data(
        (make_instrument("1", 1, (make_item(1),)),),
        outgoing=Outgoing("01-12/345", dt.date(2026, 7, 7)),
        signatory=Signatory("Министр экономического развития Смоленской области", "А.П. Громов"),
    )
    pdf = read_pdf(build_report(data, tmp_path / "q.pdf"))
    assert "от 07.07.2026 № 01-12/345" in pdf.page_text(1)
    last = pdf.page_text(len(pdf.pages))
    assert "Министр экономического развития Смоленской области А.П. Громов" in last
    assert last.endswith(
        "Исп. Петров Пётр Петрович тел. +7 (4812) 00-00-00 export@smolensk.example"
    )


def test_no_head_leaves_blanks_to_fill_by_hand(tmp_path: Path) -> None:
    data = make_data((make_instrument("1", 1, (make_item(1),)),))
    last = read_pdf(build_report(data, tmp_path / "q.pdf")).pages[-1]
    assert "Руководитель РОИВ-координатора ________________" in flat(last)


def _docx(data: ReportData, tmp_path: Path) -> Path:
    return write_docx(render_docx_report(data), tmp_path / "отчёт.docx")


def test_docx_copy_has_the_same_frame(tmp_path: Path, demo_quarterly: ReportData) -> None:
    path = _docx(demo_quarterly, tmp_path)
    doc = Document(str(path))
    texts = [p.text for p in doc.paragraphs]
    cells = [p.text for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    every = flat(" ".join(texts + cells))
    assert "АО «Российский экспортный центр»" in [flat(c) for c in cells]
    assert REGISTRATION_BLANK in cells
    assert "ОТЧЁТ" in texts
    assert "о ходе внедрения Регионального экспортного стандарта в Демонстрационной области" in [
        flat(t) for t in texts
    ]
    signature = "Министр экономического развития Демонстрационной области Н.И. Белова"
    executor = "Исп. Иванова Мария Сергеевна тел. +7 (800) 000-00-00 export@demo-oblast.example"
    assert signature in every and executor in every
    # PT Serif 12 pt text, 10 pt in tables, the page number a PAGE field from page 2
    normal = doc.styles["Normal"]
    assert normal.font.name == "PT Serif" and normal.font.size == Pt(12)
    heading = doc.styles["Heading 1"]
    assert heading.font.name == "PT Serif" and "asciiTheme" not in heading.element.xml
    section = doc.sections[0]
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
    cell_lines = [p for t in doc.tables[1:3] for row in t.rows for c in row.cells
                  for p in c.paragraphs]  # fmt: skip
    sizes = {r.font.size or p.style.font.size for p in cell_lines for r in p.runs if r.text}
    assert sizes and None not in sizes and min(sizes) >= Pt(10)
    body = next(p for p in doc.paragraphs if p.text.startswith("Отчётный период"))
    assert body.style.name == "Отчёт: Body" and body.style.font.size == Pt(12)
    # wide tables on landscape pages, as in the PDF; headings feed Word's contents
    assert any(s.orientation == WD_ORIENT.LANDSCAPE for s in doc.sections)
    # charts stay in the PDF: one note for a run of them, never the same line twice in a row
    notes = [n for n, t in enumerate(texts) if t == FIGURE_NOTE]
    assert notes and all(b - a > 1 for a, b in itertools.pairwise(notes))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert "Сводные сведения о внедрении Стандарта" in headings
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    assert 'TOC \\o "1-2"' in xml and "w:tblHeader" in xml


def test_docx_registration_filled_on_sending(tmp_path: Path, demo_quarterly: ReportData) -> None:
    path = _docx(dataclasses.replace(demo_quarterly), tmp_path)
    assert fill_registration(path, REGISTRATION_BLANK, "01-12/345", dt.date(2026, 10, 7))
    cells = [p.text for t in Document(str(path)).tables for row in t.rows for c in row.cells
             for p in c.paragraphs]  # fmt: skip
    assert "от 07.10.2026 № 01-12/345" in cells and REGISTRATION_BLANK not in cells
    assert not fill_registration(path, REGISTRATION_BLANK, "01-12/346", dt.date(2026, 10, 8))
    assert Document(io.BytesIO(path.read_bytes())).core_properties.title.startswith("Отчёт")
