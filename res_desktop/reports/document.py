"""The PDF base every report shares: pages, running header and footer, styles, tables, contents.

Official look: A4 portrait (landscape pages for wide tables), PT Sans throughout, a small grey
header with the region and the coordinator body, «Страница N из M» in the footer.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from res_desktop.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts
from res_desktop.reports.formatting import datetime_ru, markup

TITLE_PAGE = "title"
PORTRAIT = "portrait"
LANDSCAPE = "landscape"

# Margins after the Russian office-paper convention (ГОСТ Р 7.0.97): wide left edge for binding.
LEFT = 25 * mm
RIGHT = 15 * mm
TOP = 24 * mm  # leaves room for the running header
BOTTOM = 22 * mm  # leaves room for the footer
HEADER_GAP = 8 * mm  # from the page top to the header text baseline
FOOTER_GAP = 10 * mm  # from the page bottom to the footer baseline

PORTRAIT_SIZE = A4
LANDSCAPE_SIZE = landscape(A4)
PORTRAIT_WIDTH = PORTRAIT_SIZE[0] - LEFT - RIGHT
LANDSCAPE_WIDTH = LANDSCAPE_SIZE[0] - LEFT - RIGHT

GREY = colors.HexColor("#6b6b6b")
RULE = colors.HexColor("#9a9a9a")
GRID = colors.HexColor("#8c8c8c")
HEADER_FILL = colors.HexColor("#e6e9ee")
BAND_FILL = colors.HexColor("#f3f4f6")
ACCENT = colors.HexColor("#1f3b63")

TOC_STYLES = {"H1": 0, "H2": 1}  # heading style name -> contents level


@dataclass(frozen=True)
class Styles:
    """Paragraph styles of a report; section builders take it as their second argument."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    centered: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    plain_heading: ParagraphStyle  # looks like H1, stays out of the contents
    body: ParagraphStyle
    small: ParagraphStyle
    caption: ParagraphStyle
    bullet: ParagraphStyle  # use with Paragraph(..., bulletText="–")
    cell: ParagraphStyle
    cell_list: ParagraphStyle  # one paragraph per listed value inside a cell
    cell_center: ParagraphStyle
    cell_header: ParagraphStyle
    band: ParagraphStyle  # a full-width group row inside a table
    toc_levels: tuple[ParagraphStyle, ...]


def make_styles() -> Styles:
    register_fonts()
    base = ParagraphStyle(
        "Base",
        fontName=REGULAR,
        bulletFontName=REGULAR,  # the default bullet font is Helvetica: no Cyrillic
        fontSize=10.5,
        leading=14,
        splitLongWords=1,
    )
    body = ParagraphStyle("Body", parent=base, spaceAfter=5, alignment=TA_LEFT)
    h1 = ParagraphStyle(
        "H1",
        parent=base,
        fontName=BOLD,
        fontSize=14,
        leading=18,
        spaceBefore=6,
        spaceAfter=8,
        textColor=ACCENT,
        keepWithNext=1,
    )
    cell = ParagraphStyle("Cell", parent=base, fontSize=8.5, leading=10.5)
    toc0 = ParagraphStyle(
        "TOC0", parent=base, fontName=BOLD, fontSize=10.5, leading=13, spaceBefore=6
    )
    toc1 = ParagraphStyle(
        "TOC1", parent=base, fontSize=9.5, leading=12, leftIndent=8 * mm, spaceBefore=2
    )
    return Styles(
        title=ParagraphStyle(
            "Title", parent=base, fontName=BOLD, fontSize=24, leading=30, alignment=TA_CENTER
        ),
        subtitle=ParagraphStyle(
            "Subtitle", parent=base, fontName=BOLD, fontSize=14, leading=19, alignment=TA_CENTER
        ),
        centered=ParagraphStyle("Centered", parent=base, fontSize=12, leading=16, alignment=1),
        h1=h1,
        h2=ParagraphStyle(
            "H2",
            parent=base,
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        plain_heading=ParagraphStyle("PlainHeading", parent=h1),
        body=body,
        small=ParagraphStyle("Small", parent=base, fontSize=8.5, leading=11, textColor=GREY),
        caption=ParagraphStyle(
            "Caption", parent=base, fontName=ITALIC, fontSize=9, leading=12, alignment=TA_CENTER
        ),
        bullet=ParagraphStyle(
            "Bullet", parent=body, leftIndent=6 * mm, bulletIndent=1.5 * mm, spaceAfter=3
        ),
        cell=cell,
        cell_list=ParagraphStyle(
            "CellList", parent=cell, leftIndent=7, bulletIndent=0, spaceAfter=1.5
        ),
        cell_center=ParagraphStyle("CellCenter", parent=cell, alignment=TA_CENTER),
        cell_header=ParagraphStyle("CellHeader", parent=cell, fontName=BOLD, alignment=TA_CENTER),
        band=ParagraphStyle("Band", parent=cell, fontName=BOLD),
        toc_levels=(toc0, toc1),
    )


class NumberedCanvas(Canvas):
    """Holds pages back until the end so each footer can say «Страница N из M»."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initialFontName", REGULAR)
        super().__init__(*args, **kwargs)
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        width = self._pagesize[0]
        self.saveState()
        self.setFont(REGULAR, 8)
        self.setFillColor(GREY)
        self.drawRightString(width - RIGHT, FOOTER_GAP, f"Страница {self._pageNumber} из {total}")
        self.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis so it fits ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class ReportDocument(BaseDocTemplate):
    """A4 document with title, portrait and landscape page templates and a contents hook."""

    def __init__(
        self,
        out: str | Path | BinaryIO,
        *,
        title: str,
        author: str,
        subject: str,
        header_left: str,
        header_right: str,
        generated_at: dt.datetime,
    ) -> None:
        register_fonts()
        self.header_left = header_left
        self.header_right = header_right
        self.generated_at = generated_at
        self._heading_ids: itertools.count[int] = itertools.count(1)
        super().__init__(
            str(out) if isinstance(out, Path) else out,
            pagesize=PORTRAIT_SIZE,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=title,
            author=author,
            subject=subject,
            creator="res_desktop",
            lang="ru-RU",
            initialFontName=REGULAR,
            displayDocTitle=1,
        )
        self.addPageTemplates(
            [
                self._template(TITLE_PAGE, PORTRAIT_SIZE, header=False),
                self._template(PORTRAIT, PORTRAIT_SIZE, header=True),
                self._template(LANDSCAPE, LANDSCAPE_SIZE, header=True),
            ]
        )

    def _template(self, name: str, size: tuple[float, float], *, header: bool) -> PageTemplate:
        width, height = size
        frame = Frame(
            LEFT,
            BOTTOM,
            width - LEFT - RIGHT,
            height - TOP - BOTTOM,
            id=f"{name}-frame",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

        def on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
            self._draw_furniture(canvas, width, height, header=header)

        return PageTemplate(id=name, frames=[frame], onPage=on_page, pagesize=size)

    def _draw_furniture(self, canvas: Canvas, width: float, height: float, *, header: bool) -> None:
        """Running header (region, coordinator body) and the footer's left half."""
        canvas.saveState()
        canvas.setFillColor(GREY)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        usable = width - LEFT - RIGHT
        if header:
            size = 8
            y = height - HEADER_GAP - size
            left_w = stringWidth(self.header_left, REGULAR, size)
            right_w = stringWidth(self.header_right, REGULAR, size)
            canvas.setFont(REGULAR, size)
            if left_w + right_w + 12 * mm <= usable:
                canvas.drawString(LEFT, y, self.header_left)
                canvas.drawRightString(width - RIGHT, y, self.header_right)
            else:  # two lines rather than overlapping text
                canvas.drawString(LEFT, y + size + 1, _fit(self.header_left, REGULAR, size, usable))
                canvas.drawString(LEFT, y, _fit(self.header_right, REGULAR, size, usable))
            canvas.line(LEFT, y - 3, width - RIGHT, y - 3)
        canvas.line(LEFT, FOOTER_GAP + 10, width - RIGHT, FOOTER_GAP + 10)
        canvas.setFont(REGULAR, 8)
        canvas.drawString(LEFT, FOOTER_GAP, f"Сформировано {datetime_ru(self.generated_at)}")
        canvas.restoreState()

    def beforeDocument(self) -> None:  # noqa: N802 - reportlab's name
        # Restart per pass so the contents' links point at the same keys every pass.
        self._heading_ids = itertools.count(1)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        """Headings feed the contents and the PDF outline (bookmarks)."""
        if not isinstance(flowable, Paragraph):
            return
        level = TOC_STYLES.get(flowable.style.name)
        if level is None:
            return
        text = flowable.getPlainText()
        key = f"h{next(self._heading_ids)}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, text, self.page, key))


def new_page(template: str = PORTRAIT) -> list[Flowable]:
    """Start the next page on ``template`` (PORTRAIT or LANDSCAPE)."""
    return [NextPageTemplate(template), PageBreak()]


def contents(styles: Styles) -> TableOfContents:
    """Contents filled by ReportDocument.afterFlowable; needs a multi-pass build."""
    toc = TableOfContents(
        levelStyles=list(styles.toc_levels),
        dotsMinLevel=0,
        rightColumnWidth=14 * mm,
    )
    return toc


def cell(value: str | Flowable, style: ParagraphStyle) -> Flowable:
    """Plain text becomes a wrapping paragraph; flowables pass through."""
    if isinstance(value, str):
        return Paragraph(markup(value), style)
    return value


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str | Flowable]],
    widths: Sequence[float],
    styles: Styles,
    *,
    total_width: float = PORTRAIT_WIDTH,
    centered_columns: Sequence[int] = (),
    bands: Sequence[int] = (),
) -> Table:
    """A grid table that splits across pages and repeats its header row.

    ``widths`` are fractions of ``total_width``; string cells wrap as paragraphs.
    ``bands`` are row indexes (in ``rows``) holding one value to span all columns,
    e.g. a block name above its instruments.
    """
    scale = total_width / sum(widths)
    col_widths = [w * scale for w in widths]
    body: list[list[Flowable | str]] = [[cell(h, styles.cell_header) for h in header]]
    for index, row in enumerate(rows):
        if index in bands:
            body.append([cell(row[0], styles.band)] + [""] * (len(header) - 1))
            continue
        body.append(
            [
                cell(v, styles.cell_center if n in centered_columns else styles.cell)
                for n, v in enumerate(row)
            ]
        )
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for index in bands:
        commands += [
            ("SPAN", (0, index + 1), (-1, index + 1)),
            ("BACKGROUND", (0, index + 1), (-1, index + 1), BAND_FILL),
        ]
    return Table(
        body,
        colWidths=col_widths,
        repeatRows=1,
        splitByRow=1,
        splitInRow=1,  # a row taller than a page (many documents) still splits
        style=TableStyle(commands),
        hAlign="LEFT",
    )
