"""PT Sans for every PDF: the built-in PDF fonts have no Cyrillic glyphs."""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from res_desktop.paths import fonts_dir

REGULAR = "PTSans"
BOLD = "PTSans-Bold"
ITALIC = "PTSans-Italic"
BOLD_ITALIC = "PTSans-BoldItalic"

_FILES = {
    REGULAR: "PTS55F.ttf",
    BOLD: "PTS75F.ttf",
    ITALIC: "PTS56F.ttf",
    BOLD_ITALIC: "PTS76F.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the PT Sans family once per process; returns the family (regular) name.

    reportlab embeds a subset of each TrueType font a PDF uses, so the PDFs read
    the same on machines without PT Sans.
    """
    global _registered  # noqa: PLW0603 - a process-wide registry, like reportlab's own
    with _lock:
        if not _registered:
            folder = fonts_dir()
            for name, file in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(folder / file)))
            # The family mapping lets <b> and <i> inside paragraphs pick the right face.
            pdfmetrics.registerFontFamily(
                REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            _registered = True
    return REGULAR
