"""The editable DOCX copy of an official paper, written from the same story as its PDF.

A ministry edits the wording before the head signs; the PDF stays the archived, hashed
original. One content source, two renderers: the sections build their reportlab story once
per renderer, and this module walks it — paragraphs (with their bold and italic runs), grid
and signature tables (spans, shading, a repeated header row), page breaks, landscape pages,
the contents — into python-docx, with the same page frame: A4, the same margins, PT Serif
12 pt (embedded: a ministry's machine may not have it), the page number at the top centre
from page 2.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from typing import Protocol

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.text import WD_BREAK
from docx.enum.text import WD_LINE_SPACING
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.enum.text import WD_TAB_LEADER
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.shared import Pt
from docx.shared import RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from reportlab.graphics.shapes import Drawing
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak
from reportlab.platypus import Flowable
from reportlab.platypus import KeepTogether
from reportlab.platypus import NextPageTemplate
from reportlab.platypus import PageBreak
from reportlab.platypus import Paragraph
from reportlab.platypus import Spacer
from reportlab.platypus import Table
from reportlab.platypus.flowables import TopPadder
from reportlab.platypus.tableofcontents import TableOfContents

from res_desktop.domain.common.russian import date_short
from res_desktop.reports.common import docx_xml as xml
from res_desktop.reports.common.document import BOTTOM
from res_desktop.reports.common.document import LANDSCAPE
from res_desktop.reports.common.document import LEFT
from res_desktop.reports.common.document import PORTRAIT_WIDTH
from res_desktop.reports.common.document import RIGHT
from res_desktop.reports.common.document import TOP
from res_desktop.reports.common.document import _headings
from res_desktop.reports.common.document import write_pdf
from res_desktop.reports.common.fonts import FAMILY_NAME
from res_desktop.reports.common.fonts import serif_files
from res_desktop.reports.common.styles import TOC_STYLES

FIGURE_NOTE = "[Рисунки приводятся в экземпляре документа в формате PDF.]"
_ALIGN: dict[object, WD_ALIGN_PARAGRAPH] = {
    TA_CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    TA_RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
    TA_JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
}
KEPT_AFTER_CONDITIONAL_BREAK = 4  # a heading, a line or two, a label: not a whole page
_HEADING = {0: "Heading 1", 1: "Heading 2"}  # contents level -> Word's heading style
Container = DocxDocument | _Cell


class Paper(Protocol):
    """What the document's properties name: the author and when it was made."""

    @property
    def coordinator_body(self) -> str: ...
    @property
    def generated_at(self) -> dt.datetime: ...


class _Writer:
    def __init__(self, doc: DocxDocument) -> None:
        self.doc = doc
        self.landscape = False
        self.pending: str | None = None
        self.toc_entries: list[tuple[int, str]] = []
        self.headings = 0  # headings written so far: the n-th is bookmarked for the contents
        self.styles: dict[str, Any] = {}
        self.break_before = False  # a page break is due before the next paragraph
        self.keep_lines = 0  # after a conditional break: lines kept with what follows

    def new_paragraph(self, into: Container) -> DocxParagraph:
        """A new paragraph; the first after a page break starts the next page."""
        paragraph = into.add_paragraph()
        if into is self.doc:
            if self.break_before:
                paragraph.paragraph_format.page_break_before = True
                self.break_before = False
            if self.keep_lines:
                paragraph.paragraph_format.keep_with_next = True
        return paragraph

    # -- the story ----------------------------------------------------------------------
    def flow(self, items: Iterable[Flowable], into: Container | None = None) -> None:
        for item in items:
            self.one(item, into or self.doc)

    def one(self, item: Flowable, into: Container) -> None:
        if isinstance(item, Paragraph):
            self.paragraph(item, into)
        elif isinstance(item, Table):
            self.table(item, into)
        elif isinstance(item, KeepTogether):
            self.keep_together(item._content, into)  # type: ignore[attr-defined]  # no public accessor
        elif isinstance(item, TopPadder):
            self.at_page_foot(item.__dict__["_TopPadder__f"], into)
        elif isinstance(item, Drawing):
            self.figure_note(into)
        else:
            self.layout(item, into)

    def at_page_foot(self, item: Flowable, into: Container) -> None:
        """What the PDF sets at the foot of the page (the title page's dates, the executor):
        its tables float at the bottom of the text area, as Word positions tables."""
        element = into._element if isinstance(into, _Cell) else into.element.body
        before = set(element.iterchildren(qn("w:tbl")))
        self.one(item, into)
        for table in element.iterchildren(qn("w:tbl")):
            if table not in before:
                xml.float_to_page_foot(table)

    def keep_together(self, items: list[Flowable], into: Container) -> None:
        """What the PDF keeps on one page: each paragraph but the last kept with the next,
        so Word moves the block to the next page as reportlab does."""
        added = [e for e in self.added_by(items, into) if e.tag == qn("w:p")]
        for paragraph in added[:-1]:
            DocxParagraph(paragraph, into).paragraph_format.keep_with_next = True

    def added_by(self, items: list[Flowable], into: Container) -> list[Any]:
        """Write ``items`` and return the body elements they added (walking only those:
        counting a long body's children on each block would be quadratic)."""
        element = into._element if isinstance(into, _Cell) else into.element.body
        try:
            last = element[-1]  # from the end: no walk over the body
        except IndexError:
            last = None
        end = qn("w:sectPr")
        marker = last.getprevious() if last is not None and last.tag == end else last
        self.flow(items, into)
        following = element.iterchildren() if marker is None else marker.itersiblings()
        return [e for e in following if e.tag != end]

    def figure_note(self, into: Container) -> None:
        """Charts stay in the PDF; a run of them gets one note, not one line per chart."""
        last = into.paragraphs[-1] if into.paragraphs else None
        if last is not None and last.text == FIGURE_NOTE:
            return
        note = self.new_paragraph(into)
        note.alignment = WD_ALIGN_PARAGRAPH.CENTER
        note.add_run(FIGURE_NOTE).italic = True

    def layout(self, item: Flowable, into: Container) -> None:
        """Page breaks, templates, gaps and the contents; anything else prints nothing."""
        if isinstance(item, NextPageTemplate):
            self.pending = str(item.action[1])
        elif isinstance(item, PageBreak):
            self.page_break()
        elif isinstance(item, CondPageBreak):
            # «this heading with the first rows of its table»: Word keeps a paragraph with
            # the next table's first row, so the lines up to that table keep with the next.
            self.keep_lines = KEPT_AFTER_CONDITIONAL_BREAK
        elif isinstance(item, Spacer):
            self.spacer(item.height, into)  # Word keeps headings with what follows itself
        elif isinstance(item, TableOfContents):
            self.contents()

    def word_style(self, style: ParagraphStyle) -> Any:
        """One Word paragraph style per report style («Отчёт: Body»…), made once: the copy
        is edited with styles, and the file stays small and quick to write."""
        level = TOC_STYLES.get(style.name)
        if level is not None:
            return self.doc.styles[_HEADING[level]]
        name = f"Отчёт: {style.name}"
        if name in self.styles:
            return self.styles[name]
        made = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        made.base_style = self.doc.styles["Normal"]
        font = made.font
        font.size = Pt(style.fontSize)
        font.bold = "Bold" in style.fontName or None
        font.italic = "Italic" in style.fontName or None
        colour = xml.colour_hex(style.textColor)
        if colour:
            font.color.rgb = RGBColor.from_string(colour)
        fmt = made.paragraph_format
        fmt.alignment = _ALIGN.get(style.alignment, WD_ALIGN_PARAGRAPH.LEFT)
        fmt.space_before = Pt(style.spaceBefore)
        fmt.space_after = Pt(style.spaceAfter)
        # The PDF's leading exactly: Word's «multiple» would scale the face's own line height
        # (1.3 em for PT Serif), and every page would hold fewer lines than the PDF's.
        fmt.line_spacing = Pt(style.leading)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.keep_with_next = bool(getattr(style, "keepWithNext", 0))
        fmt.left_indent = xml.points(style.leftIndent)
        fmt.right_indent = xml.points(style.rightIndent)
        fmt.first_line_indent = xml.points(style.firstLineIndent)
        self.styles[name] = made
        return made

    def paragraph(self, para: Paragraph, into: Container) -> DocxParagraph:
        style = para.style
        out = self.new_paragraph(into)
        if into is self.doc and self.keep_lines:
            self.keep_lines -= 1
        out._p.style = self.word_style(style).style_id  # by id: python-docx's lookup is slow
        if style.name in TOC_STYLES and into is self.doc:
            self.headings += 1
            xml.bookmark(out, self.headings, xml.toc_mark(self.headings))
        if para.bulletText:
            fmt = out.paragraph_format
            fmt.first_line_indent = xml.points(style.bulletIndent - style.leftIndent)
            out.add_run(f"{para.bulletText}\t")
        for frag in para.frags:
            if getattr(frag, "lineBreak", False):
                out.add_run().add_break()
                continue
            text = getattr(frag, "text", "")
            if not text:
                continue
            run = out.add_run(text)
            if frag.fontName != style.fontName:  # <b>, <i> inside the paragraph
                run.bold = "Bold" in str(frag.fontName)
                run.italic = "Italic" in str(frag.fontName)
            if frag.fontSize != style.fontSize:
                run.font.size = Pt(frag.fontSize)
                if frag.fontSize > style.fontSize:  # an exact leading would clip it
                    out.paragraph_format.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
        return out

    def spacer(self, height: float, into: Container) -> None:
        gap = self.new_paragraph(into)
        gap.paragraph_format.space_before = Pt(max(height - 2, 0))
        gap.paragraph_format.space_after = Pt(0)
        gap.paragraph_format.line_spacing = Pt(2)

    def page_break(self) -> None:
        wanted = (self.pending or "") == LANDSCAPE if self.pending else self.landscape
        self.pending = None
        if wanted == self.landscape:
            self.break_before = True  # on what follows: a break of its own could end a full
            return  # page and leave the next one blank
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        width, height = section.page_width, section.page_height
        if width is not None and height is not None and (width > height) != wanted:
            section.page_width, section.page_height = height, width
        section.orientation = WD_ORIENT.LANDSCAPE if wanted else WD_ORIENT.PORTRAIT
        section.different_first_page_header_footer = False  # numbered from its first page
        self.landscape = wanted

    def contents(self) -> None:
        """The contents written out: each heading a link to it, its page a PAGEREF field that
        Word fills in when it opens the file (python-docx lays out no pages, so it cannot
        know them); the whole is a TOC field, so Word's «Обновить поле» rebuilds it."""
        right = xml.points(PORTRAIT_WIDTH)  # the page numbers at the text's right edge
        last: DocxParagraph | None = None
        for n, (level, text) in enumerate(self.toc_entries, start=1):
            line = self.new_paragraph(self.doc)
            fmt = line.paragraph_format
            fmt.left_indent = Mm(8 * level)
            fmt.space_after = Pt(2)
            fmt.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            if last is None:
                xml.field_part(line, "begin")
                xml.field_part(line, "instr", 'TOC \\o "1-2" \\h \\z \\u')
                xml.field_part(line, "separate")
            xml.link(line, xml.toc_mark(n), text, bold=level == 0)
            line.add_run("\t")
            xml.field(line, f"PAGEREF {xml.toc_mark(n)} \\h", "")
            last = line
        if last is not None:
            xml.field_part(last, "end")
        xml.update_fields_on_open(self.doc)

    def table(self, table: Table, into: Container) -> None:
        values: list[list[Any]] = table._cellvalues  # type: ignore[attr-defined]
        rows, cols = len(values), len(values[0]) if values else 0
        if not rows or not cols:
            return
        self.break_before_table(into)
        self.keep_lines = 0
        out = into.add_table(rows=rows, cols=cols)
        out.alignment = WD_TABLE_ALIGNMENT.LEFT
        out.autofit = False
        styles = table._cellStyles  # type: ignore[attr-defined]
        first = styles[0][0]  # the table's own padding: Word's is one margin per table
        base = float(first.topPadding)
        xml.cell_margins(out, first.leftPadding, first.rightPadding, base, first.bottomPadding)
        lines = [c[0] for c in table._linecmds]  # type: ignore[attr-defined]
        if {"GRID", "INNERGRID", "BOX"} & set(lines):
            out.style = self.doc.styles["Table Grid"]
        else:
            xml.no_borders(out)
        widths: list[float] = list(table._colWidths)  # type: ignore[attr-defined]
        for index, column in enumerate(out.columns):  # the grid Word lays the table out by
            column.width = xml.points(widths[index] or 30)
        for row in out.rows:
            for index, cell in enumerate(row.cells):
                cell.width = xml.points(widths[index] or 30)
        covered = xml.merge_spans(out, table._spanCmds, rows, cols)  # type: ignore[attr-defined]
        xml.shade_backgrounds(out, table._bkgrndcmds, covered)  # type: ignore[attr-defined]
        cells = out._cells  # table.cell() lists every cell again on each call
        for r, row_values in enumerate(values):
            for c, value in enumerate(row_values):
                if (r, c) not in covered:
                    extra = float(styles[r][c].topPadding) - base
                    self.cell(cells[r * cols + c], value, extra)
        xml.repeat_as_header(out, int(table.repeatRows or 0))
        if isinstance(into, DocxDocument):  # Word needs a paragraph between two tables
            self.spacer(0, into)

    def break_before_table(self, into: Container) -> None:
        """A table cannot start a page itself: a paragraph with the break goes first."""
        if self.break_before and into is self.doc:
            self.break_before = False
            self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def cell(self, cell: _Cell, value: Any, extra_top: float = 0) -> None:
        """A cell's paragraphs; a larger top padding than the table's (room to sign) becomes
        space before."""
        items = value if isinstance(value, list | tuple) else [value]
        for item in items:
            if isinstance(item, str):
                if item:
                    cell.add_paragraph(item)
            elif isinstance(item, Flowable):
                self.one(item, cell)
        if len(cell.paragraphs) > 1 and not cell.paragraphs[0].text:
            empty = cell.paragraphs[0]._p
            empty.getparent().remove(empty)  # the paragraph every new cell starts with
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.space_after = Pt(0)
        if extra_top > 1:
            cell.paragraphs[0].paragraph_format.space_before = Pt(extra_top)


def _new_document() -> DocxDocument:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = xml.points(LEFT)
    section.right_margin = xml.points(RIGHT)
    section.top_margin = xml.points(TOP)  # an official paper's: no running header above
    section.bottom_margin = xml.points(BOTTOM)
    section.header_distance = Mm(8)
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = FAMILY_NAME
    normal.font.size = Pt(12)
    xml.set_fonts(normal.element, FAMILY_NAME)
    for name, size in (("Heading 1", 14), ("Heading 2", 12.5)):
        heading = styles[name]
        heading.font.name = FAMILY_NAME
        heading.font.size = Pt(size)
        heading.font.bold = True
        heading.font.color.rgb = RGBColor(0x1F, 0x3B, 0x63)
        xml.set_fonts(heading.element, FAMILY_NAME)
    # ГОСТ Р 7.0.97: page numbers at the top centre, none on the first page.
    section.different_first_page_header_footer = True
    number = section.header.paragraphs[0]
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    xml.field(number, "PAGE", "2")
    return doc


def render_docx(story: list[Flowable], paper: Paper, *, title: str, subject: str) -> bytes:
    """The story as DOCX bytes, laid out like its PDF."""
    doc = _new_document()
    writer = _Writer(doc)
    writer.toc_entries = list(_headings(story))
    writer.flow(story)
    body = doc.element.body
    first = body[0] if len(body) else None
    if first is not None and first.tag == qn("w:p") and not "".join(first.itertext()).strip():
        body.remove(first)  # python-docx's template starts with one empty paragraph
    italic = bool(body.xpath(".//w:i[not(@w:val='0')]")) or any(
        style.font.italic for style in writer.styles.values()
    )
    xml.embed_fonts(doc, FAMILY_NAME, serif_files(italic=italic))
    props = doc.core_properties
    props.title, props.subject, props.author = title, subject, paper.coordinator_body
    props.language = "ru-RU"
    props.created = paper.generated_at
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def write_docx(data: bytes, out: str | Path) -> Path:
    """Write a rendered DOCX (parent folders created), as ``write_pdf`` does a PDF."""
    return write_pdf(data, out)


def fill_registration(path: Path, blank: str, number: str, day: dt.date) -> bool:
    """Put the outgoing number and date where the copy left ``blank``; False if it has none."""
    doc = Document(str(path))
    filled = False
    for paragraph in _all_paragraphs(doc):
        if blank in paragraph.text:
            text = paragraph.text.replace(blank, f"от {date_short(day)} № {number.strip()}")
            for run in paragraph.runs[1:]:
                run._r.getparent().remove(run._r)
            paragraph.runs[0].text = text
            filled = True
    if filled:
        doc.save(str(path))
    return filled


def _all_paragraphs(doc: DocxDocument) -> Iterable[DocxParagraph]:
    yield from doc.paragraphs
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs
