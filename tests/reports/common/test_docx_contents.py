"""The DOCX copy's contents is written out: every heading listed, each a link to a bookmark
on its heading, its page a PAGEREF field Word fills in when it opens the file."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.docx_render import write_docx
from res_desktop.reports.common.quarterly import render_docx_report


def _text(element: BaseOxmlElement) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def test_contents_links_every_heading_and_asks_word_for_the_pages(
    tmp_path: Path, demo_quarterly: ReportData
) -> None:
    doc = Document(str(write_docx(render_docx_report(demo_quarterly), tmp_path / "копия.docx")))
    body = doc.element.body
    headings = [p for p in doc.paragraphs if p.style.name in ("Heading 1", "Heading 2")]
    marks = {b.get(qn("w:name")): _text(b.getparent()) for b in body.iter(qn("w:bookmarkStart"))}
    assert len(marks) == len(headings) > 20
    assert set(marks.values()) == {h.text for h in headings}
    links = [(a.get(qn("w:anchor")), _text(a)) for a in body.iter(qn("w:hyperlink"))]
    assert [text for _, text in links] == [h.text for h in headings]  # in order, all of them
    assert all(marks[anchor] == text for anchor, text in links)
    instructions = [t.text for t in body.iter(qn("w:instrText"))]
    assert instructions.count('TOC \\o "1-2" \\h \\z \\u') == 1
    assert [i for i in instructions if i.startswith("PAGEREF")] == [
        f"PAGEREF {anchor} \\h" for anchor, _ in links
    ]
    assert "F9" not in " ".join(p.text for p in doc.paragraphs)
    update = doc.settings.element.find(qn("w:updateFields"))
    assert update is not None and update.get(qn("w:val")) == "true"
