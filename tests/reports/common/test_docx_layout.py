"""The DOCX copy is laid out like its PDF: PT Serif travels inside the file, lines keep the
PDF's leading, and what the PDF keeps on one page Word keeps together too."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from dataclasses import dataclass

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.shared import Pt
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak
from reportlab.platypus import Flowable
from reportlab.platypus import KeepTogether
from reportlab.platypus import PageBreak
from reportlab.platypus import Paragraph
from reportlab.platypus import Table
from reportlab.platypus.flowables import TopPadder

from res_desktop.reports.common.docx_render import render_docx
from res_desktop.reports.common.docx_xml import FONT_TABLE_REL
from res_desktop.reports.common.docx_xml import obfuscated
from res_desktop.reports.common.fonts import serif_files
from res_desktop.reports.common.styles import make_styles
from res_desktop.reports.common.tables import data_table


@dataclass(frozen=True)
class _Paper:
    coordinator_body: str = "Министерство экономического развития Демонстрационной области"
    generated_at: dt.datetime = dt.datetime(2026, 12, 1, 10, 0)


def _render(story: list[Flowable]) -> DocxDocument:
    return Document(io.BytesIO(render_docx(story, _Paper(), title="Т", subject="С")))


def test_pt_serif_is_embedded_so_the_copy_opens_in_the_same_face() -> None:
    styles = make_styles()
    doc = _render([Paragraph("Протокол <b>№ 3</b>", styles.body)])
    table = doc.part.part_related_by(FONT_TABLE_REL)
    root = parse_xml(table.blob)
    fonts = {f.get(qn("w:name")): f for f in root.iter(qn("w:font"))}
    serif = fonts["PT Serif"]
    files = serif_files(italic=False)
    assert set(files) == {"embedRegular", "embedBold"}  # no italics used: none embedded
    for slot, path in files.items():
        embedded = serif.find(qn(f"w:{slot}"))
        assert embedded is not None
        part = table.related_parts[embedded.get(qn("r:id"))]
        key = uuid.UUID(embedded.get(qn("w:fontKey")).strip("{}"))
        assert part.content_type == "application/vnd.openxmlformats-officedocument.obfuscatedFont"
        assert obfuscated(part.blob, key) == path.read_bytes()  # XOR twice: the font itself
        assert part.blob[:32] != path.read_bytes()[:32]
    assert doc.settings.element.find(qn("w:embedTrueTypeFonts")) is not None


def test_italics_are_embedded_when_the_copy_uses_them() -> None:
    styles = make_styles()
    doc = _render([Paragraph("Рисунок 1. <i>Подпись</i>", styles.body)])
    root = parse_xml(doc.part.part_related_by(FONT_TABLE_REL).blob)
    serif = next(f for f in root.iter(qn("w:font")) if f.get(qn("w:name")) == "PT Serif")
    assert serif.find(qn("w:embedItalic")) is not None


def test_lines_keep_the_pdf_leading_and_blocks_stay_together() -> None:
    styles = make_styles()
    block = KeepTogether([Paragraph(f"Строка {n}", styles.body) for n in range(3)])
    doc = _render([Paragraph("Вступление", styles.body), block, Paragraph("Итог", styles.body)])
    paragraphs = [p for p in doc.paragraphs if p.text]
    fmt = paragraphs[0].style.paragraph_format
    assert fmt.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert fmt.line_spacing == Pt(styles.body.leading)
    kept = [bool(p.paragraph_format.keep_with_next) for p in paragraphs]
    assert kept == [False, True, True, False, False]  # the block's last line may end a page


def test_cells_keep_the_pdf_padding_above_and_below() -> None:
    """Without it the rows are tighter than the PDF's and the pages break elsewhere."""
    grid = data_table(["№", "Инструмент"], [["1", "Экспорт"]], [1, 5], make_styles())
    doc = _render([grid])
    margins = doc.tables[0]._tbl.tblPr.find(qn("w:tblCellMar"))
    widths = {edge.tag.split("}")[1]: int(edge.get(qn("w:w"))) for edge in margins}
    cell = grid._cellStyles[0][0]  # type: ignore[attr-defined]  # reportlab keeps no public one
    assert widths == {
        side: round(getattr(cell, f"{side}Padding") * 20)
        for side in ("top", "left", "bottom", "right")
    }
    assert widths["top"] > 0 and widths["bottom"] > 0


def test_a_page_break_starts_the_next_paragraph_and_leaves_no_blank_page() -> None:
    """A break paragraph of its own, after a page filled to the end, would fall onto the
    next page and break again: a blank page in the copy."""
    styles = make_styles()
    doc = _render(
        [
            Paragraph("Раздел 1", styles.body),
            PageBreak(),
            Paragraph("Раздел 2", styles.body),
            PageBreak(),
            data_table(["Таблица"], [["строка"]], [1], styles),
        ]
    )
    texts = [(p.text, bool(p.paragraph_format.page_break_before)) for p in doc.paragraphs]
    assert ("Раздел 2", True) in texts
    breaks = doc.element.body.xpath(".//w:br[@w:type='page']")
    assert len(breaks) == 1  # only before the table, which cannot start a page itself


def test_a_heading_after_a_conditional_break_keeps_with_its_tables_first_rows() -> None:
    """The PDF moves «Рекомендации» to the next page with its table (a CondPageBreak);
    the copy asks Word to keep it with the table's first row, not to strand it."""
    styles = make_styles()
    doc = _render(
        [
            CondPageBreak(30 * mm),
            Paragraph("Рекомендации", styles.body),
            data_table(["Пункт"], [["строка"]], [1], styles),
            Paragraph("После таблицы", styles.body),
        ]
    )
    kept = {p.text: bool(p.paragraph_format.keep_with_next) for p in doc.paragraphs if p.text}
    assert kept == {"Рекомендации": True, "После таблицы": False}


def test_what_the_pdf_sets_at_the_page_foot_floats_to_the_bottom_of_the_page() -> None:
    """The title page's dates and the executor stand at the foot of the page in the PDF
    (a TopPadder); in the copy their table is positioned at the bottom of the text area."""
    styles = make_styles()
    foot = Table([[Paragraph("Дата формирования: 01.12.2026", styles.body)]])
    doc = _render([Paragraph("ОТЧЁТ", styles.body), TopPadder(foot)])
    position = doc.tables[0]._tbl.tblPr.find(qn("w:tblpPr"))
    assert position is not None
    assert position.get(qn("w:tblpYSpec")) == "bottom"
    assert position.get(qn("w:vertAnchor")) == "margin"
