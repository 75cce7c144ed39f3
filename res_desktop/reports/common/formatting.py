"""Russian wording for report values: dates, counts, ordinals."""

from __future__ import annotations

import datetime as dt
import re
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

_WORD_OR_SPACE = re.compile(r"(\s+)")
_LINK_PIECE = re.compile(r"[^/.\-_?&=#]+[/.\-_?&=#]*|[/.\-_?&=#]+")


def date_ru(day: dt.date | None, empty: str = "—") -> str:
    """ДД.ММ.ГГГГ, the form official Russian documents use."""
    return day.strftime("%d.%m.%Y") if day else empty


def datetime_ru(moment: dt.datetime) -> str:
    return moment.strftime("%d.%m.%Y %H:%M")


def plural(n: int, one: str, few: str, many: str) -> str:
    """Pick the Russian noun form for ``n``: 1 инструмент, 2 инструмента, 5 инструментов."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def instruments_count(n: int) -> str:
    return f"{n} {plural(n, 'инструмент', 'инструмента', 'инструментов')}"


def markup(text: str) -> str:
    """Escape user text for reportlab's paragraph mini-markup; keep line breaks."""
    return escape(text.strip()).replace("\n", "<br/>")


def fitted(text: str, width: float, font: str, size: float) -> str:
    """Like ``markup``, but words wider than ``width`` (links) get line breaks after «/», «.».

    reportlab would otherwise cut such a word at an arbitrary letter (``splitLongWords``)
    or, with ``uriWasteReduce``, let it run over the cell border.
    """
    room = width  # reportlab measures lines with the same stringWidth
    out = []
    for token in _WORD_OR_SPACE.split(text.strip()):
        if not token or token.isspace() or stringWidth(token, font, size) <= room:
            out.append(escape(token))
        else:
            out.append("<br/>".join(escape(c) for c in _chunks(token, room, font, size)))
    return "".join(out).replace("\n", "<br/>")


def _chunks(word: str, room: float, font: str, size: float) -> list[str]:
    chunks: list[str] = []
    current = ""
    for piece in _LINK_PIECE.findall(word):
        if stringWidth(current + piece, font, size) <= room:
            current += piece
            continue
        if current:
            chunks.append(current)
        current = ""
        for char in piece:  # a piece wider than the room: break between letters
            if current and stringWidth(current + char, font, size) > room:
                chunks.append(current)
                current = ""
            current += char
    if current:
        chunks.append(current)
    return chunks
