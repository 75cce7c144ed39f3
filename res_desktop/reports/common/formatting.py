"""Report text: user text as reportlab markup, long links fitted to a cell.

Dates, numbers and noun forms come from ``res_desktop.domain.common.russian``.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from res_desktop.domain.common.russian import plural_genitive

_WORD_OR_SPACE = re.compile(r"(\s+)")
_LINK_PIECE = re.compile(r"[^/.\-_?&=#]+[/.\-_?&=#]*|[/.\-_?&=#]+")


def instruments_genitive(n: int) -> str:
    """«не менее 4 инструментов», «не хватает 1 инструмента»."""
    return plural_genitive(n, "инструмента", "инструментов")


def kind_and_title(kind: str, title: str) -> str:
    """«Выставка за рубежом: Стенд на Gulfood», but the title alone when it begins with the
    kind's word (never «Семинар: Семинар …», «Вывод на маркетплейс: Вывод компаний …»)."""
    first = [w.split()[0].casefold() if w.split() else "" for w in (kind, title)]
    return title if first[0] and first[0] == first[1] else f"{kind}: {title}"


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
