"""Paragraph shapes every section repeats: its opening, dashed lists, verdict lines."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph

from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.document import PORTRAIT
from res_desktop.reports.common.document import new_page
from res_desktop.reports.common.formatting import markup
from res_desktop.reports.common.styles import Styles

T = TypeVar("T")


def section_data(data: ReportData, key: str, kind: type[T]) -> T | None:
    """A subsystem's part of the report; None when the report carries none (no section)."""
    found = data.extras.get(key)
    return found if isinstance(found, kind) else None


def section_start(
    title: str, intro: Iterable[str], styles: Styles, template: str = PORTRAIT
) -> list[Flowable]:
    """A new page on ``template``, the section's heading and its opening paragraphs (markup)."""
    return [
        *new_page(template),
        Paragraph(title, styles.h1),
        *(Paragraph(text, styles.body) for text in intro),
    ]


def bullet(text: str, styles: Styles) -> Paragraph:
    """One line of a dashed list; ``text`` is paragraph markup."""
    return Paragraph(text, styles.bullet, bulletText="–")


def bullets(texts: Iterable[str], styles: Styles) -> list[Flowable]:
    """Plain texts as a dashed list."""
    return [bullet(markup(text), styles) for text in texts]


def met_text(met: bool) -> str:
    return "выполнено" if met else "не выполнено"


def verdict_bullet(title: str, status: str, note: str, styles: Styles) -> Paragraph:
    """«Title — **status**. Note.» as a list line: ``title`` in markup, ``note`` plain text
    (its first letter capital: it begins a sentence)."""
    return bullet(f"{title} — <b>{status}</b>. {markup(note[:1].upper() + note[1:])}", styles)
