"""Grid tables that split across pages, repeat their header row and wrap long Russian text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph
from reportlab.platypus import Table
from reportlab.platypus import TableStyle

from res_desktop.reports.common.document import PORTRAIT_WIDTH
from res_desktop.reports.common.fonts import BOLD
from res_desktop.reports.common.fonts import REGULAR
from res_desktop.reports.common.formatting import fitted
from res_desktop.reports.common.styles import BAND_FILL
from res_desktop.reports.common.styles import GRID
from res_desktop.reports.common.styles import HEADER_FILL
from res_desktop.reports.common.styles import Styles

PADDING = 3  # left and right cell padding, points
TABLE_FONT_SIZE = 10  # ГОСТ Р 7.0.97: no smaller than 10 pt in tables

# «1 234,5», «45%», «12,5 млн руб.», «-3»: a figure (with its unit) is set flush right.
_FIGURE = re.compile(r"[-−+]?\d[\d\u00a0\u202f ]*(?:,\d+)?(?:[\u00a0 ]?(?:%|₽|[а-я]{1,5}\.?)){0,3}")


def is_figure(value: object) -> bool:
    """A plain cell holding one number, so it lines up on the right like a column of figures."""
    return (
        isinstance(value, str)
        and not isinstance(value, Markup | Bullets)
        and bool(_FIGURE.fullmatch(value.strip()))
    )


# reportlab's in-row splitting repeats the header mid-page and leaves gaps, so it is only the
# fallback for a row taller than a whole page (see quarterly.render).
_split_in_row: ContextVar[bool] = ContextVar("split_in_row", default=False)


@contextmanager
def rows_may_split() -> Iterator[None]:
    """Tables made inside this block may split a single row across pages."""
    token = _split_in_row.set(True)
    try:
        yield
    finally:
        _split_in_row.reset(token)


class Markup(str):
    """Cell text already in reportlab paragraph markup (escaped by the caller)."""

    __slots__ = ()


class Bullets(tuple[str, ...]):
    """Plain-text values listed one under another in a cell, each after a dash."""

    __slots__ = ()


Cell = str | Markup | Bullets | Flowable


class CellParagraph(Paragraph):
    """A paragraph that keeps its line breaks for the width it was last wrapped to.

    A table wraps each cell to measure its row, again to draw it and again after each page
    split; the lines depend only on the width, so they are broken once.
    """

    _wrapped: tuple[float, tuple[float, float]] | None = None  # (width, wrap's answer)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # A split that finds no room drops the lines (blPara): then they are broken anew.
        if self._wrapped is None or self._wrapped[0] != avail_width or "blPara" not in vars(self):
            self._wrapped = (avail_width, super().wrap(avail_width, avail_height))
        return self._wrapped[1]


class DataTable(Table):
    """A table that splits between rows; a row taller than a whole page (dozens of documents
    on one item) splits inside itself rather than failing the build."""

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(avail_width, avail_height)
        if not parts and not self.splitInRow and self._next_row_outgrows_a_page():
            self.splitInRow = 1
            parts = super().split(avail_width, avail_height)
        return parts

    def _next_row_outgrows_a_page(self) -> bool:
        """The header and the first row do not fit even an empty frame of this page."""
        template = getattr(self.canv, "_doctemplate", None)  # set by reportlab while it builds
        page = getattr(getattr(template, "frame", None), "_aH", None)
        heights: list[float] = getattr(self, "_rowHeights", [])  # measured by the split
        if page is None or len(heights) <= self.repeatRows:
            return False
        return bool(sum(heights[: self.repeatRows + 1]) > page)


def column_widths(widths: Sequence[float], total_width: float) -> list[float]:
    """Relative ``widths`` scaled to ``total_width`` points."""
    scale = total_width / sum(widths)
    return [w * scale for w in widths]


def inner_width(column_width: float) -> float:
    return column_width - 2 * PADDING


def cell(
    value: Cell, style: ParagraphStyle, width: float, list_style: ParagraphStyle
) -> Flowable | list[Flowable]:
    """Plain text becomes a wrapping paragraph (long links broken to fit ``width``)."""
    if isinstance(value, Markup):
        return CellParagraph(value, style)
    if isinstance(value, Bullets):
        room = inner_width(width) - list_style.leftIndent
        return [
            CellParagraph(
                fitted(v, room, list_style.fontName, list_style.fontSize),
                list_style,
                bulletText="–",
            )
            for v in value
        ]
    if isinstance(value, str):
        return CellParagraph(
            fitted(value, inner_width(width), style.fontName, style.fontSize), style
        )
    return value


def _word_room(value: Cell, font: str, size: float) -> float:
    """The widest word of a plain cell, in points (0 for markup and flowables)."""
    if isinstance(value, Markup) or not isinstance(value, str | Bullets):
        return 0.0
    texts = value if isinstance(value, Bullets) else (value,)
    words = [w for text in texts for w in text.split()]
    return max((stringWidth(w, font, size) for w in words), default=0.0)


def fit_columns(
    widths: list[float], header: Sequence[str], rows: Sequence[Sequence[Cell]], bands: Sequence[int]
) -> list[float]:
    """Widen a column too narrow for its longest word («единовременный», «Выполнение») at the
    table's 10 pt, taking the room from columns that have some to spare; a word longer than a
    third of the table (a link) is left to ``fitted`` to break."""
    total = sum(widths)
    need = [_word_room(h, BOLD, TABLE_FONT_SIZE) + 2 * PADDING + 1 for h in header]
    for index, row in enumerate(rows):
        if index in bands:
            continue
        for n, value in enumerate(row):
            room = _word_room(value, REGULAR, TABLE_FONT_SIZE) + 2 * PADDING + 1
            if isinstance(value, Bullets):
                room += 7  # the list's indent (styles.cell_list)
            need[n] = max(need[n], room)
    need = [n if n <= total / 3 else 0.0 for n in need]
    short = sum(max(n - w, 0.0) for n, w in zip(need, widths, strict=True))
    spare = sum(max(w - n, 0.0) for n, w in zip(need, widths, strict=True))
    if not short or spare <= short:
        return widths
    return [n if n > w else w - (w - n) * short / spare for n, w in zip(need, widths, strict=True)]


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    styles: Styles,
    *,
    total_width: float = PORTRAIT_WIDTH,
    centered_columns: Sequence[int] = (),
    bands: Sequence[int] = (),
) -> Table:
    """A grid table that splits across pages and repeats its header row.

    ``widths`` are relative (scaled to ``total_width``); string cells wrap as paragraphs,
    ``Bullets`` stack as a dashed list, ``Markup`` is used as given.
    ``bands`` are row indexes (in ``rows``) holding one value to span all columns,
    e.g. a block name above its instruments.
    """
    col_widths = fit_columns(column_widths(widths, total_width), header, rows, bands)
    body: list[list[Any]] = [
        [
            cell(h, styles.cell_header, w, styles.cell_list)
            for h, w in zip(header, col_widths, strict=True)
        ]
    ]
    for index, row in enumerate(rows):
        if index in bands:
            band = cell(row[0], styles.band, total_width, styles.cell_list)
            body.append([band] + [""] * (len(header) - 1))
            continue
        body.append(
            [
                cell(
                    v,
                    _style_for(v, n, header, centered_columns, styles),
                    col_widths[n],
                    styles.cell_list,
                )
                for n, v in enumerate(row)
            ]
        )
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), TABLE_FONT_SIZE),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for index in bands:
        commands += [
            ("SPAN", (0, index + 1), (-1, index + 1)),
            ("BACKGROUND", (0, index + 1), (-1, index + 1), BAND_FILL),
        ]
    return DataTable(
        body,
        colWidths=col_widths,
        repeatRows=1,
        splitByRow=1,
        splitInRow=int(_split_in_row.get()),
        style=TableStyle(commands),
        hAlign="LEFT",
    )


def _style_for(
    value: Cell, column: int, header: Sequence[str], centered: Sequence[int], styles: Styles
) -> ParagraphStyle:
    """Figures flush right (not in a «№» column); the other cells as the section asks."""
    if is_figure(value) and header[column].strip() != "№":
        return styles.cell_figure
    return styles.cell_center if column in centered else styles.cell


def signature_table(
    rows: Sequence[list[Any]], widths: Sequence[float], *spacing: tuple[Any, ...]
) -> Table:
    """A borderless table lining signature lines up at the foot of their cells; ``spacing``
    holds the TableStyle paddings that set the gaps between the lines."""
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        *spacing,
    ]
    return Table(rows, colWidths=list(widths), style=TableStyle(commands), hAlign="LEFT")
