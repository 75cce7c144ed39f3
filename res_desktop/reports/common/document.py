"""The PDF base every report shares: page templates, running header and footer, contents.

Official papers (the reports on the Standard, the Council's agenda and minutes) follow
ГОСТ Р 7.0.97: A4 portrait (landscape pages for wide tables), PT Serif, no running header, the
page number alone at the top centre from page 2. Working papers (analyses) keep a small grey
header with the region and the coordinator body and «Страница N из M» in the footer.
Build with ``ReportDocument.multiBuild``: the contents and the page total need several passes.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    TableStyle,
)
from reportlab.platypus.doctemplate import IndexingFlowable
from reportlab.platypus.tableofcontents import TableOfContents

from res_desktop.domain.common.russian import datetime_short
from res_desktop.reports.common.fonts import REGULAR, register_fonts
from res_desktop.reports.common.formatting import markup
from res_desktop.reports.common.glyphs import cover, cover_story, missing_note
from res_desktop.reports.common.styles import GREY, RULE, TOC_STYLES, Styles

TITLE_PAGE = "title"
PORTRAIT = "portrait"
LANDSCAPE = "landscape"

# Margins after the Russian office-paper convention (ГОСТ Р 7.0.97): wide left edge for binding.
LEFT = 25 * mm
RIGHT = 15 * mm
TOP = 24 * mm  # leaves room for the running header
BOTTOM = 22 * mm  # leaves room for the footer
HEADER_GAP = 8 * mm  # from the page top to the header text baseline
PAGE_NUMBER_SIZE = 12
FOOTER_GAP = 10 * mm  # from the page bottom to the footer baseline

PORTRAIT_SIZE = A4
LANDSCAPE_SIZE = landscape(A4)
PORTRAIT_WIDTH = PORTRAIT_SIZE[0] - LEFT - RIGHT
LANDSCAPE_WIDTH = LANDSCAPE_SIZE[0] - LEFT - RIGHT


class PageCount(IndexingFlowable):
    """Invisible story entry that makes multiBuild repeat until the page total is stable.

    Footers read the previous pass's total, so the saved pass says «Страница N из M» with
    the real M. (A canvas that holds pages back would break bookmarks and contents links.)
    """

    def __init__(self) -> None:
        super().__init__()
        self.total = 0
        self.previous = 0

    def beforeBuild(self) -> None:  # noqa: N802 - reportlab's name
        self.previous = self.total

    def notify(self, kind: str, stuff: Any) -> None:
        if kind == "PageCount":
            self.total = stuff

    def isSatisfied(self) -> int:  # noqa: N802 - reportlab's name
        return self.total == self.previous

    def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        return None


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
        official: bool = False,
    ) -> None:
        register_fonts()
        self.official = official
        self.header_left = header_left
        self.header_right = header_right
        self.generated_at = generated_at
        self._heading_ids: itertools.count[int] = itertools.count(1)
        self._pages = PageCount()
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
        """Running header (region, coordinator body) and footer (date made, page N of M);
        on an official paper only the page number, top centre, from page 2."""
        if self.official:
            if self.page > 1:
                canvas.saveState()
                canvas.setFont(REGULAR, PAGE_NUMBER_SIZE)
                canvas.drawCentredString(width / 2, height - HEADER_GAP - 4, str(self.page))
                canvas.restoreState()
            return
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
        canvas.drawString(LEFT, FOOTER_GAP, f"Сформировано {datetime_short(self.generated_at)}")
        total = self._pages.previous or "…"  # only the first, discarded pass lacks it
        canvas.drawRightString(width - RIGHT, FOOTER_GAP, f"Страница {self.page} из {total}")
        canvas.restoreState()

    def multiBuild(self, story: list[Flowable], maxPasses: int = 10, **kwargs: Any) -> int:  # noqa: N802, N803
        """Build until the contents and the page total are both stable.

        The contents is seeded with the story's headings, so the first pass already lays
        it out at full length: two passes instead of three.
        """
        entries = [(level, markup(text), 0, None) for level, text in _headings(story)]
        for flowable in story:
            if isinstance(flowable, TableOfContents):
                flowable.clearEntries()
                flowable.addEntries(entries)
        return super().multiBuild([self._pages, *story], maxPasses=maxPasses, **kwargs)

    def afterPage(self) -> None:  # noqa: N802 - reportlab's name
        self.notify("PageCount", self.page)

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
        self.notify("TOCEntry", (level, markup(text), self.page, key))


def _headings(flowables: Sequence[Flowable]) -> Iterator[tuple[int, str]]:
    """Contents-level headings in story order, looking inside KeepTogether groups."""
    for flowable in flowables:
        if isinstance(flowable, Paragraph):
            level = TOC_STYLES.get(flowable.style.name)
            if level is not None:
                yield level, flowable.getPlainText()
        elif isinstance(flowable, KeepTogether):
            yield from _headings(flowable._content)  # type: ignore[attr-defined]  # no public accessor


def new_page(template: str = PORTRAIT) -> list[Flowable]:
    """Start the next page on ``template`` (PORTRAIT or LANDSCAPE)."""
    return [NextPageTemplate(template), PageBreak()]


def contents(styles: Styles) -> TableOfContents:
    """Contents filled by ReportDocument.afterFlowable; needs a multi-pass build."""
    return TableOfContents(
        levelStyles=list(styles.toc_levels),
        dotsMinLevel=0,
        rightColumnWidth=14 * mm,
        # Without FONTNAME the table falls back to Helvetica, which has no Cyrillic.
        tableStyle=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )


class Letterhead(Protocol):
    """Whose paper it is: the running header and the PDF's author."""

    @property
    def region_name(self) -> str: ...
    @property
    def coordinator_body(self) -> str: ...
    @property
    def generated_at(self) -> dt.datetime: ...


def render_pdf(
    story: list[Flowable],
    paper: Letterhead,
    *,
    title: str,
    subject: str,
    header_right: str | None = None,
    official: bool = False,
) -> bytes:
    """The story as PDF bytes; the header names the region and (by default) the coordinator
    body, the footer the time the paper was made; an ``official`` paper has only page numbers."""
    buffer = io.BytesIO()
    header: set[str] = set()  # the running header is drawn, not flowed: covered here
    left = cover(paper.region_name, header)
    right = cover(paper.coordinator_body if header_right is None else header_right, header)
    missing = sorted({*cover_story(story), *header})
    if missing:
        story = [*story, missing_note(missing)]
    ReportDocument(
        buffer,
        title=title,
        author=paper.coordinator_body,
        subject=subject,
        header_left=left,
        header_right=right,
        generated_at=paper.generated_at,
        official=official,
    ).multiBuild(story)
    return buffer.getvalue()


def write_pdf(pdf: bytes, out: str | Path) -> Path:
    """Write a rendered PDF (parent folders created): a failed build leaves no half-written file."""
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf)
    return path
