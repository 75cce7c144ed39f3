"""A meeting's agenda and minutes as Russian practice writes them (ГОСТ Р 7.0.97), PDF and DOCX.

The agenda carries the chair's УТВЕРЖДАЮ, the date, start time and place; the minutes the
date, number and city, who chaired and who attended, the quorum, the agenda, and for each item
СЛУШАЛИ (in the accusative), ВЫСТУПИЛИ, РЕШИЛИ with who answers for it and by when, then the
chair's and the secretary's signatures. «ПРОЕКТ» stays until the minutes have a number and date.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import KeepTogether
from reportlab.platypus import Paragraph
from reportlab.platypus import Spacer
from reportlab.platypus import Table
from reportlab.platypus import TableStyle

from res_desktop.domain.common.declension import accusative_short
from res_desktop.domain.common.declension import genitive_phrase
from res_desktop.domain.common.declension import initials_after
from res_desktop.domain.common.declension import initials_before
from res_desktop.domain.common.declension import position_genitive
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import plural_genitive
from res_desktop.reports.common.document import PORTRAIT_WIDTH
from res_desktop.reports.common.document import render_pdf
from res_desktop.reports.common.document import write_pdf
from res_desktop.reports.common.docx_render import render_docx
from res_desktop.reports.common.docx_render import write_docx
from res_desktop.reports.common.fonts import BOLD
from res_desktop.reports.common.fonts import REGULAR
from res_desktop.reports.common.formatting import markup
from res_desktop.reports.common.paragraphs import bullet
from res_desktop.reports.common.styles import Styles
from res_desktop.reports.common.styles import make_styles
from res_desktop.reports.common.tables import signature_table
from res_desktop.reports.council.data import AgendaItemDoc
from res_desktop.reports.council.data import DecisionDoc
from res_desktop.reports.council.data import MeetingDocData
from res_desktop.reports.council.data import PersonLine
from res_desktop.reports.council.data import SpeechDoc

BLANK = "________________"
TIME_BLANK = "____ ч ____ мин"
DATE_BLANK = "«___» ____________ 20___ г."
NOTHING_RAISED = "Вопросов и предложений не поступило."


def of_council(name: str) -> str:
    """«заседания Экспортного совета при …»: the usual name put in the genitive."""
    head = "Экспортный совет"
    if name.startswith(head):
        return f"заседания Экспортного совета{name[len(head) :]}"
    return f"заседания Совета «{name}»"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def role(person: PersonLine) -> str:
    """«начальник отдела … Министерства экономического развития …» (nominative)."""
    position, organisation = person.position.strip(), person.organisation.strip()
    if position and organisation:
        return f"{_lower_first(position)} {genitive_phrase(organisation)}"
    return _lower_first(position) or organisation


def _role_genitive(person: PersonLine) -> str:
    """«начальника отдела … Министерства …»: after the accusative name in СЛУШАЛИ."""
    position, organisation = person.position.strip(), person.organisation.strip()
    if position and organisation:
        return f"{position_genitive(position)} {genitive_phrase(organisation)}"
    return position_genitive(position) if position else organisation


def about(topic: str) -> str:
    """«о ходе реализации Плана», «с отчётом о работе …»: what a speaker spoke on."""
    text = topic.strip().rstrip(".")
    first = text.split(" ", 1)[0].lower()
    if first in ("о", "об", "обо"):
        return text[:1].lower() + text[1:]
    for noun, instrumental in (("отчёт", "отчётом"), ("отчет", "отчётом"),
                               ("доклад", "докладом"), ("информация", "информацией")):  # fmt: skip
        if first == noun:
            return f"с {instrumental}{text[len(noun) :]}"
    return f"по вопросу «{text}»"


def heard_line(speech: SpeechDoc) -> str:
    """«Иванову М.С. — начальника отдела …, о ходе реализации Плана»; a speaker who is not a
    member is printed as typed (so the user can write the form wanted)."""
    if speech.person is None:
        who = speech.speaker or BLANK
        return f"{who}, {about(speech.topic)}"
    name = accusative_short(speech.person.name)
    detail = _role_genitive(speech.person)
    return (
        f"{name} — {detail}, {about(speech.topic)}" if detail else f"{name}, {about(speech.topic)}"
    )


def _heading(word: str, doc: MeetingDocData, styles: Styles) -> list[Flowable]:
    return [
        Paragraph(word, styles.subtitle),
        Spacer(1, 1 * mm),
        Paragraph(markup(of_council(doc.council_name)), styles.centered),
        Spacer(1, 6 * mm),
    ]


def _approval(doc: MeetingDocData, styles: Styles) -> list[Flowable]:
    """УТВЕРЖДАЮ at the top right: the chair approves the agenda."""
    position = doc.chair_position.strip() or "Председатель Совета"
    transcript = initials_before(doc.chair) if doc.chair.strip() else BLANK
    lines = [
        Paragraph("УТВЕРЖДАЮ", ParagraphStyle("Approve", parent=styles.body, fontName=BOLD)),
        Paragraph(markup(position), styles.signature),
        Spacer(1, 6 * mm),
        Paragraph(f"____________ {markup(transcript)}", styles.signature),
        Paragraph(DATE_BLANK, styles.signature),
    ]
    return [_columns([], lines, 85 * mm), Spacer(1, 8 * mm)]


def _columns(left: list[Flowable], right: list[Flowable], right_width: float) -> Table:
    return Table(
        [[left, right]],
        colWidths=[PORTRAIT_WIDTH - right_width, right_width],
        style=TableStyle(
            [("FONTNAME", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
        ),
        hAlign="LEFT",
    )  # fmt: skip


def _particulars(doc: MeetingDocData, styles: Styles) -> list[Flowable]:
    """Date, start time, place and form: the agenda's opening lines."""
    lines = [
        f"Дата проведения: {date_short(doc.date)}",
        f"Время начала: {doc.start_time or TIME_BLANK}",
        f"Место проведения: {markup(doc.venue) or BLANK}",
        f"Форма проведения: {doc.form_label}",
    ]
    return [*(Paragraph(f"{line}.", styles.body) for line in lines), Spacer(1, 3 * mm)]


def _agenda_items(doc: MeetingDocData, styles: Styles) -> list[Flowable]:
    flow: list[Flowable] = []
    for item in doc.items:
        flow.append(Paragraph(f"{item.number}. {markup(item.title)}", styles.label))
        for speech in item.speeches:
            who = speech.person.name if speech.person else speech.speaker
            detail = role(speech.person) if speech.person else ""
            text = f"{who}, {detail}" if detail else who
            flow.append(Paragraph(f"Докладчик: {markup(text) or BLANK}", styles.bullet))
    if not doc.items:
        flow.append(Paragraph("Вопросы повестки не указаны.", styles.body))
    return flow


def agenda_story(doc: MeetingDocData, styles: Styles) -> list[Flowable]:
    return [
        *_approval(doc, styles),
        *_heading("ПОВЕСТКА", doc, styles),
        *_particulars(doc, styles),
        *_agenda_items(doc, styles),
    ]


def _register(doc: MeetingDocData, styles: Styles) -> list[Flowable]:
    """«15.05.2026 № 3» and the city under it (a blank number until there is one)."""
    number = markup(doc.minutes_number) or "____"
    when = date_short(doc.minutes_date or doc.date)
    right = ParagraphStyle("Number", parent=styles.body, alignment=TA_RIGHT)
    return [
        _columns([Paragraph(when, styles.body)], [Paragraph(f"№ {number}", right)], 60 * mm),
        Paragraph(markup(doc.city), styles.centered),
        Spacer(1, 4 * mm),
    ]


def _quorum(doc: MeetingDocData) -> str:
    members = len(doc.present)
    if doc.attendance_blank:  # no roll yet: no verdict on the quorum either
        of = (
            f" из {plural_genitive(doc.members_total, 'члена', 'членов')}"
            if doc.members_total
            else ""
        )
        return f"Присутствовали ____{of} Совета, кворум ____________."
    if not doc.members_total:
        return f"Присутствовали {members} членов Совета."
    verdict = "кворум имеется" if members * 2 > doc.members_total else "кворума нет"
    return (
        f"Присутствовали {members} из "
        f"{plural_genitive(doc.members_total, 'члена', 'членов')} Совета, {verdict}."
    )


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _not_members(doc: MeetingDocData) -> list[str]:
    """Who spoke or signs but is not on the Council (typed by hand): they were there too,
    so the minutes name them among the invited, as typed."""
    members = {_key(p.name) for p in doc.present}
    names = [s.speaker for item in doc.items for s in item.speeches if s.person is None]
    names.append(doc.signed_by)
    found: dict[str, str] = {}
    for name in names:
        if name.strip() and _key(name) not in members:
            found.setdefault(_key(name), _short(name.strip()))
    return list(found.values())


def _short(name: str) -> str:
    """«Кузнецова А.П.» for a full name; anything else as typed."""
    return initials_after(name) if len(name.split()) == 3 and "," not in name else name


def _people(doc: MeetingDocData, styles: Styles) -> list[Flowable]:
    chair = next((p for p in doc.present if p.name == doc.chair), PersonLine(doc.chair))
    chaired = markup(chair.caption) if doc.chair.strip() else BLANK
    flow: list[Flowable] = [
        Paragraph(
            f"Время начала: {doc.start_time or TIME_BLANK}. Место проведения: "
            f"{markup(doc.venue) or BLANK}. Форма проведения: {doc.form_label}.",
            styles.body,
        ),
        Paragraph(f"<b>Председательствовал:</b> {chaired}.", styles.body),
        Paragraph("Присутствовали члены Совета:", styles.label),
    ]
    for person in doc.present:
        flow.append(bullet(markup(person.caption), styles))
    if not doc.present or doc.attendance_blank:
        flow.append(Paragraph(BLANK, styles.body))
    invited = [markup(", ".join(_not_members(doc)))] if _not_members(doc) else []
    if doc.guests.strip():
        invited.append(markup(doc.guests))
    if doc.invited_exporters:  # none invited: no line saying «0»
        invited.append(f"экспортёры, не входящие в состав Совета: {doc.invited_exporters}")
    if invited:
        flow.append(Paragraph(f"<b>Приглашённые:</b> {'; '.join(invited)}.", styles.body))
    flow.append(Paragraph(f"<b>Кворум.</b> {_quorum(doc)}", styles.body))
    return flow


def _decision_lines(number: str, decision: DecisionDoc, styles: Styles) -> list[Flowable]:
    lines: list[Flowable] = [Paragraph(f"{number}. {markup(decision.text)}", styles.body)]
    who = decision.responsible
    task = []
    if who:
        short = markup(_short(who))
        task.append(f"Ответственный: {short}{'' if short.endswith('.') else '.'}")
    if decision.due_date:
        task.append(f"Срок: до {date_short(decision.due_date)}.")
    if task:
        lines.append(Paragraph(" ".join(task), styles.bullet))
    return lines


def _item_block(item: AgendaItemDoc, doc: MeetingDocData, styles: Styles) -> list[Flowable]:
    """СЛУШАЛИ, ВЫСТУПИЛИ, РЕШИЛИ. The draft leaves blanks for the secretary; the minutes
    print only what was recorded: no blank line and no decision nobody took."""
    first, rest = item.speeches[:1], item.speeches[1:]
    approvals = [DecisionDoc(f"Утвердить {s.approve}.") for s in item.speeches if s.approve]
    typed = {_same(d.text) for d in approvals}  # a decision typed as the approval: once
    decisions = approvals + [d for d in item.decisions if _same(d.text) not in typed]
    block: list[Flowable] = [
        Spacer(1, 2 * mm),
        Paragraph(f"{item.number}. {markup(item.title)}", styles.label),
    ]
    if not (first or decisions or doc.is_draft):
        return [*block, Paragraph(NOTHING_RAISED, styles.body)]
    if first or doc.is_draft:
        block.append(Paragraph("СЛУШАЛИ:", styles.label))
        block += [Paragraph(markup(heard_line(s)), styles.body) for s in first]
        if not first:
            block.append(Paragraph(BLANK, styles.body))
    if rest or doc.is_draft:  # the secretary adds who spoke in the debate to the draft
        block.append(Paragraph("ВЫСТУПИЛИ:", styles.label))
        block += [Paragraph(markup(heard_line(s)), styles.body) for s in rest]
        if not rest:
            block.append(Paragraph(BLANK, styles.body))
    block.append(Paragraph("РЕШИЛИ:", styles.label))
    if not decisions:  # someone was heard (or a draft): the usual wording, to edit
        decisions = [DecisionDoc("Информацию принять к сведению.")]
    for n, decision in enumerate(decisions, start=1):
        block += _decision_lines(f"{item.number}.{n}", decision, styles)
    return block


def _same(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").rstrip(". ").split())


def _heard_and_decided(doc: MeetingDocData, styles: Styles) -> list[Flowable]:
    flow: list[Flowable] = [Spacer(1, 3 * mm), Paragraph("ПОВЕСТКА ДНЯ:", styles.label)]
    flow += [Paragraph(f"{i.number}. {markup(i.title)}", styles.body) for i in doc.items]
    for item in doc.items:
        flow.append(KeepTogether(_item_block(item, doc, styles)))
    if doc.general_decisions:
        flow.append(Paragraph("По итогам заседания РЕШИЛИ:", styles.label))
        for n, decision in enumerate(doc.general_decisions, start=1):
            flow += _decision_lines(str(n), decision, styles)
    return flow


def _signatures(doc: MeetingDocData, styles: Styles) -> list[Flowable]:
    right = ParagraphStyle("SignName", parent=styles.body, alignment=TA_RIGHT)
    body: list[list[object]] = []
    for role_name, name in (
        ("Председатель Совета", doc.chair),
        ("Секретарь Совета", doc.signed_by),
    ):
        transcript = initials_before(name) if name.strip() else BLANK
        body.append([Paragraph(role_name, styles.signature), "",
                     Paragraph(markup(transcript), right)])  # fmt: skip
    widths = [70 * mm, 45 * mm, PORTRAIT_WIDTH - 115 * mm]
    table = signature_table(body, widths, ("TOPPADDING", (0, 1), (-1, -1), 10 * mm))
    return [KeepTogether([Spacer(1, 12 * mm), table])]


def minutes_story(doc: MeetingDocData, styles: Styles) -> list[Flowable]:
    draft = ParagraphStyle("Draft", parent=styles.body, fontName=BOLD, alignment=TA_RIGHT)
    return [
        *([Paragraph("ПРОЕКТ", draft)] if doc.is_draft else []),
        *_heading("ПРОТОКОЛ", doc, styles),
        *_register(doc, styles),
        *_people(doc, styles),
        *_heard_and_decided(doc, styles),
        *_signatures(doc, styles),
    ]


Story = Callable[[MeetingDocData, Styles], list[Flowable]]


def _paper(doc: MeetingDocData, story: Story, title: str, *, docx: bool) -> bytes:
    flow = story(doc, make_styles())
    subject = f"{doc.council_name}: заседание {date_short(doc.date)}"
    if docx:
        return render_docx(flow, doc, title=title, subject=subject)
    return render_pdf(flow, doc, title=title, subject=subject, official=True)


def _agenda_title(doc: MeetingDocData) -> str:
    return f"Повестка заседания {date_short(doc.date)}"


def _minutes_title(doc: MeetingDocData) -> str:
    word = "Проект протокола" if doc.is_draft else "Протокол"
    return f"{word} заседания {date_short(doc.date)}"


def build_agenda_pdf(doc: MeetingDocData, out: str | Path) -> Path:
    return write_pdf(_paper(doc, agenda_story, _agenda_title(doc), docx=False), out)


def build_minutes_pdf(doc: MeetingDocData, out: str | Path) -> Path:
    return write_pdf(_paper(doc, minutes_story, _minutes_title(doc), docx=False), out)


def build_agenda_docx(doc: MeetingDocData, out: str | Path) -> Path:
    """The agenda as an editable DOCX: the same content and layout as its PDF."""
    return write_docx(_paper(doc, agenda_story, _agenda_title(doc), docx=True), out)


def build_minutes_docx(doc: MeetingDocData, out: str | Path) -> Path:
    """The minutes as an editable DOCX: the same content and layout as their PDF."""
    return write_docx(_paper(doc, minutes_story, _minutes_title(doc), docx=True), out)
