"""Paragraph styles and colours of the reports: PT Serif at 12 pt for text and 10 pt in tables
(ГОСТ Р 7.0.97: 12-14 pt for text, no less than 10 pt in tables), sober ministry look."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from res_desktop.reports.common.fonts import BOLD
from res_desktop.reports.common.fonts import ITALIC
from res_desktop.reports.common.fonts import REGULAR
from res_desktop.reports.common.fonts import register_fonts

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
    label: ParagraphStyle  # a bold run-in heading kept with what follows, not in the contents
    small: ParagraphStyle
    caption: ParagraphStyle
    bullet: ParagraphStyle  # use with Paragraph(..., bulletText="–")
    cell: ParagraphStyle
    cell_list: ParagraphStyle  # one paragraph per listed value inside a cell
    cell_center: ParagraphStyle
    cell_figure: ParagraphStyle  # a number: right-aligned so digits line up
    cell_header: ParagraphStyle
    band: ParagraphStyle  # a full-width group row inside a table
    addressee: ParagraphStyle  # «АО «Российский экспортный центр»» at the top right
    signature: ParagraphStyle  # the signer's position, left of the signature
    executor: ParagraphStyle  # who prepared the paper, at the foot of the last page
    toc_levels: tuple[ParagraphStyle, ...]


def make_styles() -> Styles:
    register_fonts()
    base = ParagraphStyle(
        "Base",
        fontName=REGULAR,
        bulletFontName=REGULAR,  # the default bullet font is Helvetica: no Cyrillic
        fontSize=12,
        leading=15.5,
        splitLongWords=1,
    )
    body = ParagraphStyle("Body", parent=base, spaceAfter=5, alignment=TA_JUSTIFY)
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
    cell = ParagraphStyle("Cell", parent=base, fontSize=10, leading=12)
    # rightIndent keeps wrapped entries clear of the dots and page number at the right edge.
    toc0 = ParagraphStyle(
        "TOC0",
        parent=base,
        fontName=BOLD,
        fontSize=12,
        leading=15,
        spaceBefore=6,
        rightIndent=12 * mm,
    )
    toc1 = ParagraphStyle(
        "TOC1",
        parent=base,
        fontSize=12,
        leading=15,
        leftIndent=14 * mm,
        firstLineIndent=-6 * mm,
        spaceBefore=2,
        rightIndent=12 * mm,
    )
    return Styles(
        title=ParagraphStyle(
            "Title", parent=base, fontName=BOLD, fontSize=20, leading=26, alignment=TA_CENTER
        ),
        subtitle=ParagraphStyle(
            "Subtitle", parent=base, fontName=BOLD, fontSize=14, leading=19, alignment=TA_CENTER
        ),
        centered=ParagraphStyle("Centered", parent=base, alignment=TA_CENTER),
        h1=h1,
        h2=ParagraphStyle(
            "H2",
            parent=base,
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        plain_heading=ParagraphStyle("PlainHeading", parent=h1),
        body=body,
        label=ParagraphStyle("Label", parent=body, fontName=BOLD, keepWithNext=1),
        small=ParagraphStyle("Small", parent=base, fontSize=10, leading=12.5, textColor=GREY),
        caption=ParagraphStyle(
            "Caption", parent=base, fontName=ITALIC, fontSize=10, leading=13, alignment=TA_CENTER
        ),
        # No lone first or last line on another page: an item's title and status stay together.
        bullet=ParagraphStyle(
            "Bullet",
            parent=body,
            alignment=TA_LEFT,  # justified list lines open wide gaps around names and initials
            leftIndent=6 * mm,
            bulletIndent=1.5 * mm,
            spaceAfter=3,
            allowOrphans=0,
            allowWidows=0,
        ),
        cell=cell,
        cell_list=ParagraphStyle(
            "CellList", parent=cell, leftIndent=7, bulletIndent=0, spaceAfter=1.5
        ),
        cell_center=ParagraphStyle("CellCenter", parent=cell, alignment=TA_CENTER),
        cell_figure=ParagraphStyle("CellFigure", parent=cell, alignment=TA_RIGHT),
        cell_header=ParagraphStyle("CellHeader", parent=cell, fontName=BOLD, alignment=TA_CENTER),
        band=ParagraphStyle("Band", parent=cell, fontName=BOLD),
        addressee=ParagraphStyle("Addressee", parent=base, fontSize=13, leading=17),
        signature=ParagraphStyle("Signature", parent=base, alignment=TA_LEFT),
        executor=ParagraphStyle("Executor", parent=base, fontSize=10, leading=12),
        toc_levels=(toc0, toc1),
    )
