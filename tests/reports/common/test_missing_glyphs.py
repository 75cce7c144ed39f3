"""What the bundled fonts cannot draw (emoji) is replaced by a visible mark and listed at the
end of the PDF, never silently dropped."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph
from reportlab.platypus import Table

from res_desktop.reports.common.document import render_pdf
from res_desktop.reports.common.document import write_pdf
from res_desktop.reports.common.fonts import REGULAR
from res_desktop.reports.common.formatting import markup
from res_desktop.reports.common.glyphs import MARK
from res_desktop.reports.common.styles import make_styles
from res_desktop.reports.council.docs import build_agenda_pdf
from res_desktop.services.demo.council import fill_council_demo
from res_desktop.services.demo.region import build_demo
from tests.conftest import TODAY
from tests.reports.common.helpers import read_pdf


@dataclasses.dataclass
class _Paper:
    region_name: str = "Демонстрационная область"
    coordinator_body: str = "Министерство экономического развития"
    generated_at: dt.datetime = dt.datetime(2026, 11, 24, 10, 0)


def test_an_emoji_in_a_company_name_is_marked_and_listed(tmp_path: Path) -> None:
    styles = make_styles()
    story = [
        Paragraph(markup("Поддержка оказана: ООО «Ромашка 🌼»"), styles.body),
        Table(
            [[Paragraph("Организация", styles.body), "ООО «Ёлка 🎄»"]],
            style=[("FONTNAME", (0, 0), (-1, -1), REGULAR)],
        ),
    ]
    pdf = read_pdf(
        write_pdf(render_pdf(story, _Paper(), title="т", subject="т"), tmp_path / "a.pdf")
    )
    assert f"ООО «Ромашка {MARK}»" in pdf.text
    assert f"ООО «Ёлка {MARK}»" in pdf.text
    assert "U+1F33C BLOSSOM" in pdf.text and "U+1F384 CHRISTMAS TREE" in pdf.text
    assert "заменены на" in pdf.text


def test_plain_russian_text_gets_no_note(tmp_path: Path) -> None:
    story: list[Flowable] = [Paragraph(markup("ООО «Ромашка» — № 5, 10 000 ₽"), make_styles().body)]
    pdf = read_pdf(
        write_pdf(render_pdf(story, _Paper(), title="т", subject="т"), tmp_path / "b.pdf")
    )
    assert "ООО «Ромашка» — № 5" in pdf.text
    assert MARK not in pdf.text and "заменены" not in pdf.text


def test_an_emoji_in_a_meeting_topic_is_marked_in_the_agenda(tmp_path: Path) -> None:
    ws = build_demo(tmp_path / "demo.sqlite3", clock=lambda: TODAY)
    try:
        fill_council_demo(ws, TODAY)
        meeting = ws.council.meetings(year=TODAY.year)[1]
        assert meeting.id is not None
        doc = ws.council.meeting_document(meeting.id)
    finally:
        ws.close()
    first = dataclasses.replace(doc.items[0], title=f"{doc.items[0].title} 🚀")
    doc = dataclasses.replace(doc, items=(first, *doc.items[1:]))
    pdf = read_pdf(build_agenda_pdf(doc, tmp_path / "повестка.pdf"))
    assert MARK in pdf.text
    assert "U+1F680 ROCKET" in pdf.text
