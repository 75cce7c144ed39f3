"""PT Serif for the text of every PDF, PT Sans for charts: the built-in PDF fonts have no
Cyrillic glyphs, and official papers (ГОСТ Р 7.0.97) are set in a serif text face."""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from res_desktop.paths import fonts_dir

REGULAR = "PTSerif"
BOLD = "PTSerif-Bold"
ITALIC = "PTSerif-Italic"
BOLD_ITALIC = "PTSerif-BoldItalic"
FAMILY_NAME = "PT Serif"  # the face as a word processor names it (the DOCX copies)

SANS = "PTSans"
SANS_BOLD = "PTSans-Bold"

_FILES = {
    REGULAR: "PTF55F.ttf",
    BOLD: "PTF75F.ttf",
    ITALIC: "PTF56F.ttf",
    BOLD_ITALIC: "PTF76F.ttf",
    SANS: "PTS55F.ttf",
    SANS_BOLD: "PTS75F.ttf",
    "PTSans-Italic": "PTS56F.ttf",
    "PTSans-BoldItalic": "PTS76F.ttf",
}

_DOCX_SLOTS = {"embedRegular": REGULAR, "embedBold": BOLD, "embedItalic": ITALIC,
               "embedBoldItalic": BOLD_ITALIC}  # fmt: skip


def serif_files(*, italic: bool) -> dict[str, Path]:
    """PT Serif's files by the DOCX slot that embeds them; the italics only when used
    (each face adds some 150 KB to the copy)."""
    folder = fonts_dir()
    return {
        slot: folder / _FILES[face]
        for slot, face in _DOCX_SLOTS.items()
        if italic or "Italic" not in slot
    }


_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register PT Serif and PT Sans once per process; returns the text (regular) face.

    reportlab embeds a subset of each TrueType font a PDF uses, so the PDFs read
    the same on machines without the PT fonts.
    """
    global _registered  # noqa: PLW0603 - a process-wide registry, like reportlab's own
    with _lock:
        if not _registered:
            folder = fonts_dir()
            for name, file in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(folder / file)))
            # The family mapping lets <b> and <i> inside paragraphs pick the right face.
            for regular in (REGULAR, SANS):
                pdfmetrics.registerFontFamily(
                    regular,
                    normal=regular,
                    bold=f"{regular}-Bold",
                    italic=f"{regular}-Italic",
                    boldItalic=f"{regular}-BoldItalic",
                )
            _registered = True
    return REGULAR
