"""The PDF base every report shares: page templates, running header and footer, contents.

Official papers (the reports on the Standard, the Council's agenda and minutes) follow
ГОСТ Р 7.0.97: A4 portrait (landscape pages for wide tables), PT Serif, no running header, the
page number alone at the top centre from page 2. Working papers (analyses) keep a small grey
header with the region and the coordinator body and «Страница N из M» in the footer.
Build with ``ReportDocument.multiBuild``: the story is laid out once; what a page shows of
later pages (the contents' page numbers, the page total) is filled in before the file is written.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import itertools
import os
import tempfile
from ast import literal_eval
from collections.abc import Callable
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from typing import BinaryIO
from typing import Protocol
from typing import cast

from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate
from reportlab.platypus import Flowable
from reportlab.platypus import Frame
from reportlab.platypus import KeepTogether
from reportlab.platypus import NextPageTemplate
from reportlab.platypus import PageBreak
from reportlab.platypus import PageTemplate
from reportlab.platypus import Paragraph
from reportlab.platypus import TableStyle
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.tableofcontents import TableOfContents
from reportlab.platypus.tableofcontents import drawPageNumbers

from res_desktop.domain.common.russian import datetime_short
from res_desktop.reports.common.fonts import REGULAR
from res_desktop.reports.common.fonts import register_fonts
from res_desktop.reports.common.formatting import markup
from res_desktop.reports.common.glyphs import cover
from res_desktop.reports.common.glyphs import cover_story
from res_desktop.reports.common.glyphs import missing_note
from res_desktop.reports.common.styles import GREY
from res_desktop.reports.common.styles import RULE
from res_desktop.reports.common.styles import TOC_STYLES
from res_desktop.reports.common.styles import Styles

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


@dataclass(frozen=True)
class _EntryEnd:
    """Where a contents entry's dots and page number go, known when the contents is drawn."""

    x: float
    y: float
    width: float
    style: Any
    dot: str


class Contents(TableOfContents):
    """A contents whose page numbers are written in once the last page is laid out.

    The entries are known before the build (the story's headings), their pages only at its
    end: each entry's end (dots and page number, drawn by reportlab's own contents code) is
    left as a mark in the page and filled in before the file is written. One layout pass
    instead of two.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.ends: dict[str, _EntryEnd] = {}

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        size = super().wrap(avail_width, avail_height)

        def entry_end(canvas: Canvas, _kind: str | None, label: str) -> None:
            _page, level, quoted = label.split(",")
            key, style = literal_eval(quoted), self.getLevelStyle(int(level))
            x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]  # type: ignore[attr-defined]  # reportlab's callbacks read it
            dots = self.dotsMinLevel >= 0 and int(level) >= self.dotsMinLevel
            self.ends[key] = _EntryEnd(x, y, avail_width, style, " . " if dots else "")
            cast("_DeferringCanvas", canvas).defer(_entry_mark(key))
            canvas.linkRect("", key, (x, y, avail_width, y + style.leading), relative=1)

        self.canv.setNamedCB("drawTOCEntryEnd", entry_end)
        return size

    def isSatisfied(self) -> bool:  # noqa: N802 - reportlab's name
        return True  # the page numbers are filled in when the file is written

    def fill_ends(self, canvas: _DeferringCanvas, pages: dict[str, int]) -> None:
        """Each entry's dots and page number, as reportlab's contents draws them."""
        for key, end in self.ends.items():

            def draw(c: Canvas, end: _EntryEnd = end, page: int = pages[key]) -> None:
                c._curr_tx_info = {"cur_x": end.x, "cur_y": end.y}  # type: ignore[attr-defined]  # what drawPageNumbers reads
                drawPageNumbers(c, end.style, [(page, None)], end.width, 0, end.dot)

            canvas.fill(_entry_mark(key), draw)


def _entry_mark(key: str) -> str:
    return f"contents-{key}"


def _footer_mark(page: int) -> str:
    return f"footer-{page}"


class _DeferringCanvas(Canvas):
    """A canvas that leaves marks in a page's drawing and fills them in before saving: what
    a page shows of pages laid out after it (the contents' page numbers, the page total)."""

    _code: list[str]  # reportlab's drawing of the current page

    def __init__(self, *args: Any, before_save: Callable[[_DeferringCanvas], None], **kw: Any):
        super().__init__(*args, **kw)
        self._before_save = before_save
        self._marks: dict[str, int] = {}  # mark -> index of the page that holds it

    def defer(self, mark: str) -> None:
        self._code.append(_comment(mark))  # the page's drawing so far
        self._marks[mark] = self.getPageNumber() - 1

    def fill(self, mark: str, draw: Callable[[Canvas], None]) -> None:
        """Replace ``mark`` by what ``draw`` draws, in the page's drawing as it was kept."""
        kept: list[str] = self._code
        self._code = []
        try:
            draw(self)
            code = "\n".join(self._code)
        finally:
            self._code = kept
        page = self._doc.Pages.pages[self._marks[mark]]  # type: ignore[attr-defined]  # the kept pages
        page.stream = page.stream.replace(_comment(mark) + "\n", code + "\n", 1)

    def save(self) -> None:
        self._before_save(self)
        super().save()


def _comment(mark: str) -> str:
    return f"% {mark}"


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
        self._heading_pages: dict[str, int] = {}  # heading key -> its page
        self._footer_right: dict[int, float] = {}  # page -> where «Страница N из M» ends
        self._contents: list[Contents] = []
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
        # The total is known only when the file is written: a form drawn then.
        self._footer_right[self.page] = width - RIGHT
        cast("_DeferringCanvas", canvas).defer(_footer_mark(self.page))
        canvas.restoreState()

    def _fill_in(self, canvas: _DeferringCanvas) -> None:
        """What the pages show of the whole document, once every page is laid out: the
        contents' page numbers and the working paper's «Страница N из M»."""
        missing = [k for c in self._contents for k in c.ends if k not in self._heading_pages]
        if missing:
            raise LayoutError(f"Contents entries without a heading in the text: {missing}")
        for contents in self._contents:
            contents.fill_ends(canvas, self._heading_pages)
        total = len(self._footer_right)
        for page, right in self._footer_right.items():

            def draw(c: Canvas, page: int = page, right: float = right) -> None:
                c.setFont(REGULAR, 8)
                c.drawRightString(right, FOOTER_GAP, f"Страница {page} из {total}")

            canvas.fill(_footer_mark(page), draw)

    def multiBuild(self, story: list[Flowable], maxPasses: int = 10, **kwargs: Any) -> int:  # noqa: N802, N803
        """Lay the story out once; the forward references (the contents' page numbers, the
        page total) are filled in before the file is written.

        The contents is seeded with the story's headings, so it has its full length from
        the start and the pages after it do not move.
        """
        del maxPasses  # one pass is enough; kept for reportlab's signature
        entries = [
            (level, markup(text), 0, f"h{n}")
            for n, (level, text) in enumerate(_headings(story), start=1)
        ]
        self._contents = [f for f in story if isinstance(f, Contents)]
        for flowable in self._contents:
            flowable.clearEntries()
            flowable.addEntries(entries)
            flowable.beforeBuild()  # what a pass lays out: the entries just added
            flowable.ends = {}
        canvasmaker = functools.partial(_DeferringCanvas, before_save=self._fill_in)
        self.build(list(story), canvasmaker=canvasmaker, **kwargs)
        return 1

    def beforeDocument(self) -> None:  # noqa: N802 - reportlab's name
        self._heading_ids = itertools.count(1)
        self._heading_pages = {}
        self._footer_right = {}

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
        self._heading_pages[key] = self.page


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


def contents(styles: Styles) -> Contents:
    """Contents of the story's headings; their pages are filled in by ReportDocument."""
    return Contents(
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
    """Write a rendered PDF (parent folders created): a failed build leaves no half-written file.

    Written under a temporary name beside ``out`` and renamed once synced, so a full disk
    leaves neither a truncated file at ``out`` nor the temporary (QSaveFile's way).
    """
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as sink:
            sink.write(pdf)
            sink.flush()
            os.fsync(sink.fileno())
        os.chmod(name, 0o644)
        os.replace(name, path)
    finally:
        Path(name).unlink(missing_ok=True)
    return path
