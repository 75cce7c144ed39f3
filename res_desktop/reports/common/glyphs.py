"""Characters the bundled fonts lack (emoji, rare symbols): replaced by a visible mark and
listed at the end of the PDF, never silently dropped as reportlab would."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from collections.abc import Sequence
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable
from reportlab.platypus import KeepTogether
from reportlab.platypus import Paragraph
from reportlab.platypus import Table

from res_desktop.reports.common.fonts import REGULAR
from res_desktop.reports.common.fonts import register_fonts

MARK = "[?]"


@cache
def _covered() -> frozenset[int]:
    """The code points PT Serif draws (its bold and italic faces cover the same ones)."""
    register_fonts()
    face = pdfmetrics.getFont(REGULAR).face  # type: ignore[attr-defined]  # a TTFont's
    return frozenset(face.charToGlyph)


def _drawn(char: str) -> bool:
    return ord(char) in _covered() or char in "\n\r\t" or unicodedata.category(char) == "Cf"


def cover(text: str, missing: set[str]) -> str:
    """``text`` with every character the font lacks replaced by MARK, noted in ``missing``."""
    if all(_drawn(char) for char in text):
        return text
    out = []
    for char in text:
        if _drawn(char):
            out.append(char)
        else:
            missing.add(char)
            out.append(MARK)
    return "".join(out)


def _cover_paragraph(paragraph: Paragraph, missing: set[str]) -> None:
    for frag in paragraph.frags:
        if isinstance(getattr(frag, "text", None), str):
            frag.text = cover(frag.text, missing)
    bullet = getattr(paragraph, "bulletText", None)
    if isinstance(bullet, str):
        paragraph.bulletText = cover(bullet, missing)


def _cover_table(table: Table, missing: set[str]) -> None:
    for row in table._cellvalues:  # type: ignore[attr-defined]  # no public accessor
        for column, cell in enumerate(row):
            if isinstance(cell, str):
                row[column] = cover(cell, missing)
            else:
                _cover_flowables(cell if isinstance(cell, list | tuple) else [cell], missing)


def _cover_flowables(flowables: Iterable[object], missing: set[str]) -> None:
    for flowable in flowables:
        if isinstance(flowable, Paragraph):
            _cover_paragraph(flowable, missing)
        elif isinstance(flowable, Table):
            _cover_table(flowable, missing)
        elif isinstance(flowable, KeepTogether):
            _cover_flowables(flowable._content, missing)  # type: ignore[attr-defined]


def cover_story(story: Sequence[Flowable]) -> list[str]:
    """Replace, in place, what the font cannot draw; the characters replaced, in order."""
    missing: set[str] = set()
    _cover_flowables(story, missing)
    return sorted(missing)


def missing_note(missing: list[str]) -> Paragraph:
    """The closing note that lists, by code and name, what MARK stands for."""
    names = "; ".join(
        f"U+{ord(char):04X} {unicodedata.name(char, 'без названия')}" for char in missing
    )
    style = ParagraphStyle("missing-glyphs", fontName=REGULAR, fontSize=9, leading=11)
    return Paragraph(
        f"Примечание. Знаки, которых нет в шрифте документа, заменены на «{MARK}»: {names}.",
        style,
    )
