"""A meeting's agenda and the draft of its minutes (СЛУШАЛИ / РЕШИЛИ), as PDF (issue 5)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from res_desktop.domain.common.russian import date_short
from res_desktop.reports.common.document import (
    PORTRAIT_WIDTH,
    render_pdf,
    write_pdf,
)
from res_desktop.reports.common.fonts import REGULAR
from res_desktop.reports.common.formatting import markup
from res_desktop.reports.common.paragraphs import bullet
from res_desktop.reports.common.styles import Styles, make_styles
from res_desktop.reports.common.tables import signature_table
from res_desktop.reports.council.data import MeetingDocData

BLANK = "________________"


def of_council(name: str) -> str:
    """«заседания Экспортного совета при …»: the usual name put in the genitive."""
    head = "Экспортный совет"
    if name.startswith(head):
        return f"заседания Экспортного совета{name[len(head) :]}"
    return f"заседания Совета «{name}»"


def _heading(word: str, doc: MeetingDocData, styles: Styles) -> list[Flowable]:
    return [
        Paragraph(word, styles.subtitle),
        Spacer(1, 2 * mm),
        Paragraph(markup(of_council(doc.council_name)), styles.centered),
        Spacer(1, 6 * mm),
    ]


def _when_where(doc: MeetingDocData, styles: Styles) -> list[Flowable]:
    right = ParagraphStyle("Right", parent=styles.body, alignment=TA_RIGHT)
    table = Table(
        [[Paragraph(date_short(doc.date), styles.body), Paragraph(markup(doc.region_name), right)]],
        colWidths=[PORTRAIT_WIDTH / 2] * 2,
        style=TableStyle(
            [("FONTNAME", (0, 0), (-1, -1), REGULAR), ("LEFTPADDING", (0, 0), (-1, -1), 0),
             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
        ),
    )  # fmt: skip
    lines = [table, Paragraph(f"Форма проведения: {doc.form_label}.", styles.body)]
    if doc.venue:
        lines.append(Paragraph(f"Место проведения: {markup(doc.venue)}.", styles.body))
    return [*lines, Spacer(1, 3 * mm)]


def _agenda_items(doc: MeetingDocData, styles: Styles) -> list[Flowable]:
    flow: list[Flowable] = []
    for item in doc.items:
        flow.append(Paragraph(f"{item.number}. {markup(item.title)}", styles.label))
        for speaker in item.speakers:
            flow.append(Paragraph(f"Докладчик: {markup(speaker)}", styles.bullet))
    if not doc.items:
        flow.append(Paragraph("Вопросы повестки не указаны.", styles.body))
    return flow


def agenda_story(doc: MeetingDocData, styles: Styles) -> list[Flowable]:
    return [*_heading("ПОВЕСТКА", doc, styles), *_when_where(doc, styles),
            *_agenda_items(doc, styles)]  # fmt: skip


def _people(doc: MeetingDocData, styles: Styles) -> list[Flowable]:
    flow: list[Flowable] = [
        Paragraph(f"Председательствовал: {markup(doc.chair) or BLANK}", styles.body),
        Paragraph("Присутствовали:", styles.label),
    ]
    for person in doc.present:
        flow.append(bullet(markup(person.caption), styles))
    if not doc.present:
        flow.append(Paragraph(BLANK, styles.body))
    invited = [f"экспортёров, не входящих в состав Совета: {doc.invited_exporters}"]
    if doc.guests.strip():
        invited.insert(0, markup(doc.guests))
    flow.append(Paragraph(f"Приглашённые: {'; '.join(invited)}.", styles.body))
    return flow


def _heard_and_decided(doc: MeetingDocData, styles: Styles) -> list[Flowable]:
    flow: list[Flowable] = [Spacer(1, 3 * mm), Paragraph("ПОВЕСТКА ДНЯ:", styles.label)]
    flow += [Paragraph(f"{i.number}. {markup(i.title)}", styles.body) for i in doc.items]
    for item in doc.items:
        block: list[Flowable] = [
            Spacer(1, 2 * mm),
            Paragraph(f"{item.number}. {markup(item.title)}", styles.label),
            Paragraph("СЛУШАЛИ:", styles.label),
        ]
        block += [Paragraph(markup(s), styles.body) for s in item.speakers] or [
            Paragraph(BLANK, styles.body)
        ]
        block.append(Paragraph("РЕШИЛИ:", styles.label))
        block += [
            Paragraph(f"{item.number}.{n}. {markup(text)}", styles.body)
            for n, text in enumerate(item.decisions, start=1)
        ] or [Paragraph(f"{item.number}.1. Информацию принять к сведению.", styles.body)]
        flow.append(KeepTogether(block))
    if doc.general_decisions:
        flow.append(Paragraph("По итогам заседания РЕШИЛИ:", styles.label))
        flow += [
            Paragraph(f"{n}. {markup(text)}", styles.body)
            for n, text in enumerate(doc.general_decisions, start=1)
        ]
    return flow


def _signatures(doc: MeetingDocData, styles: Styles) -> list[Flowable]:
    caption = ParagraphStyle("SignCaption", parent=styles.small, alignment=TA_CENTER)
    rows = [
        ["Председатель Совета", doc.chair],
        ["Секретарь Совета", doc.signed_by],
    ]
    body: list[list[object]] = []
    for role, name in rows:
        body.append([Paragraph(role, styles.body), Paragraph("____________", styles.body),
                     Paragraph(f"/ {markup(name) or BLANK} /", styles.body)])  # fmt: skip
        body.append(["", Paragraph("(подпись)", caption), ""])
    widths = [60 * mm, 35 * mm, PORTRAIT_WIDTH - 95 * mm]
    table = signature_table(body, widths, ("TOPPADDING", (0, 0), (-1, -1), 6))
    return [KeepTogether([Spacer(1, 10 * mm), table])]


def minutes_story(doc: MeetingDocData, styles: Styles) -> list[Flowable]:
    draft = ParagraphStyle("Draft", parent=styles.small, alignment=TA_RIGHT)
    number = markup(doc.minutes_number) or "____"
    return [
        Paragraph("ПРОЕКТ", draft),
        *_heading(f"ПРОТОКОЛ № {number}", doc, styles),
        *_when_where(doc, styles),
        *_people(doc, styles),
        *_heard_and_decided(doc, styles),
        *_signatures(doc, styles),
    ]


def _render(doc: MeetingDocData, title: str, story: list[Flowable]) -> bytes:
    subject = f"{doc.council_name}: заседание {date_short(doc.date)}"
    return render_pdf(story, doc, title=title, subject=subject, header_right=doc.council_name)


def build_agenda_pdf(doc: MeetingDocData, out: str | Path) -> Path:
    title = f"Повестка заседания {date_short(doc.date)}"
    return write_pdf(_render(doc, title, agenda_story(doc, make_styles())), out)


def build_minutes_pdf(doc: MeetingDocData, out: str | Path) -> Path:
    title = f"Проект протокола заседания {date_short(doc.date)}"
    return write_pdf(_render(doc, title, minutes_story(doc, make_styles())), out)
