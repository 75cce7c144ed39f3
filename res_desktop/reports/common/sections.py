"""Report sections shared by the quarterly and annual reports: title, contents, summary, sign-off.

Each section is a callable ``(data, styles) -> list[Flowable]``; sections after the title
start their own page (``new_page``) when they need one.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak
from reportlab.platypus import Flowable
from reportlab.platypus import KeepTogether
from reportlab.platypus import Paragraph
from reportlab.platypus import Spacer
from reportlab.platypus import Table
from reportlab.platypus import TableStyle
from reportlab.platypus.flowables import TopPadder

from res_desktop.domain.common.catalogue import BLOCK_NAMES
from res_desktop.domain.common.catalogue import BLOCK_ROMAN
from res_desktop.domain.common.declension import in_region
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import datetime_short
from res_desktop.reports.common.chart import schedule_chart
from res_desktop.reports.common.data import ADDRESSEE
from res_desktop.reports.common.data import Outgoing
from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.data import ReportInstrument
from res_desktop.reports.common.data import ReportKind
from res_desktop.reports.common.data import Signatory
from res_desktop.reports.common.document import PORTRAIT
from res_desktop.reports.common.document import PORTRAIT_WIDTH
from res_desktop.reports.common.document import contents
from res_desktop.reports.common.document import new_page
from res_desktop.reports.common.fonts import BOLD
from res_desktop.reports.common.fonts import REGULAR
from res_desktop.reports.common.formatting import instruments_genitive
from res_desktop.reports.common.formatting import markup
from res_desktop.reports.common.styles import Styles
from res_desktop.reports.common.tables import data_table
from res_desktop.reports.common.tables import signature_table

Section = Callable[[ReportData, Styles], list[Flowable]]

REPORT_SUBJECT = "о ходе внедрения Регионального экспортного стандарта"
REGISTRATION_BLANK = "от «___» ____________ 20___ г. № ________"
BLANK_NAME = "________________"


def report_heading(data: ReportData) -> str:
    """«ОТЧЁТ» or «ГОДОВОЙ ОТЧЁТ»: the big word on the title page."""
    if data.kind is not ReportKind.ANNUAL:
        return "ОТЧЁТ"
    return "ПРЕДВАРИТЕЛЬНЫЙ ГОДОВОЙ ОТЧЁТ" if data.preliminary else "ГОДОВОЙ ОТЧЁТ"


def report_title(data: ReportData) -> str:
    """One-line title, used for the PDF metadata too."""
    head = "Годовой отчёт" if data.kind is ReportKind.ANNUAL else "Отчёт"
    if data.preliminary:
        head = "Предварительный годовой отчёт"
    return f"{head} {REPORT_SUBJECT} за {data.period_label}"


def block_heading(block: int) -> str:
    return f"Блок {BLOCK_ROMAN.get(block, str(block))}. {BLOCK_NAMES.get(block, '')}".rstrip(". ")


def implemented_label(instrument: ReportInstrument) -> str:
    return "внедрён" if instrument.implemented else "не внедрён"


def advice_count(instrument: ReportInstrument) -> str:
    """Recommendations done, apart from the criteria's percent: «5 из 9», «—» when none."""
    if not instrument.advice_total:
        return "—"
    return f"{instrument.advice_done} из {instrument.advice_total}"


def standard_instruments(data: ReportData) -> list[ReportInstrument]:
    """Instruments 1-15 (blocks I-III): the plan-schedule counts only these."""
    return [i for i in data.instruments if i.block != 4]


def registration_line(outgoing: Outgoing) -> str:
    """«от 07.10.2026 № 01-12/345», or the blank the office fills in when it registers it."""
    if outgoing.number.strip() and outgoing.date is not None:
        return f"от {date_short(outgoing.date)} № {markup(outgoing.number)}"
    return REGISTRATION_BLANK


def letterhead(data: ReportData, styles: Styles) -> Table:
    """The sender (coordinator body, region, address, registration) on the left, the
    addressee on the right, as a letter's first page sets them (ГОСТ Р 7.0.97)."""
    sender = ParagraphStyle("Sender", parent=styles.centered, fontName=BOLD)
    left: list[Flowable] = [
        Paragraph(markup(data.coordinator_body), sender),
        Paragraph(markup(data.region_name), styles.centered),
    ]
    if data.address.strip():
        left.append(Paragraph(markup(data.address), styles.centered))
    left += [Spacer(1, 4 * mm), Paragraph(registration_line(data.outgoing), styles.centered)]
    right = [Paragraph(ADDRESSEE, styles.addressee)]
    return Table(
        [[left, "", right]],
        colWidths=[82 * mm, 13 * mm, PORTRAIT_WIDTH - 95 * mm],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
        hAlign="LEFT",
    )


def title_page(data: ReportData, styles: Styles) -> list[Flowable]:
    """The first page: letterhead and addressee, the report's title; the next page is portrait."""
    lines = [
        letterhead(data, styles),
        Spacer(1, 40 * mm),
        Paragraph(report_heading(data), styles.title),
        Spacer(1, 4 * mm),
        Paragraph(f"{REPORT_SUBJECT} {in_region(data.region_name)}", styles.subtitle),
        Spacer(1, 10 * mm),
        Paragraph(f"за {markup(data.period_label)}", styles.centered),
        Paragraph(f"по состоянию на {date_short(data.as_of)}", styles.centered),
        Spacer(1, 4 * mm),
        Paragraph(f"{data.implementation_year}-й год внедрения Стандарта", styles.centered),
    ]
    facts = []
    if data.kind is ReportKind.QUARTERLY and data.due_date:
        facts.append(f"Срок представления: не позднее {date_short(data.due_date)}")
    facts.append(f"Дата формирования: {datetime_short(data.generated_at)}")
    # TopPadder sets the dates at the foot of the page whatever the length of the names above.
    bottom = Table(
        [[Paragraph(text, styles.centered)] for text in facts],
        colWidths=[PORTRAIT_WIDTH],
        style=TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR)]),
    )
    lines.append(TopPadder(bottom))
    return [*lines, *new_page(PORTRAIT)]


def contents_page(_data: ReportData, styles: Styles) -> list[Flowable]:
    return [Paragraph("Содержание", styles.plain_heading), contents(styles)]


def _schedule_sentences(data: ReportData) -> list[str]:
    total = len(standard_instruments(data))
    sentences = [
        f"По состоянию на {date_short(data.as_of)} внедрено <b>{data.schedule_actual}</b> "
        f"из {instruments_genitive(total)} Стандарта (инструмент считается внедрённым "
        "при выполнении на 100%)."
    ]
    if data.schedule_date is None:
        first = data.milestones[0].date if data.milestones else None
        sentences.append(
            f"Первая контрольная дата планового графика ({date_short(first)}) ещё не наступила."
        )
    else:
        verdict = (
            "плановый график <b>выполняется</b>"
            if data.schedule_on_track
            else "<b>отставание от планового графика</b>: не хватает "
            f"{instruments_genitive(data.schedule_required - data.schedule_actual)}"
        )
        sentences.append(
            f"Плановым графиком на {date_short(data.schedule_date)} предусмотрено внедрение "
            f"не менее {instruments_genitive(data.schedule_required)}; "
            f"фактически внедрено {data.schedule_actual} — {verdict}."
        )
    upcoming = [m for m in data.milestones if m.date > data.as_of]
    if upcoming:
        nxt = upcoming[0]
        sentences.append(
            f"К следующей контрольной дате ({date_short(nxt.date)}) требуется внедрить "
            f"не менее {instruments_genitive(nxt.required)}."
        )
    own = [i for i in data.instruments if i.block == 4]
    if own:
        done = sum(i.implemented for i in own)
        sentences.append(f"Собственных инструментов региона внедрено {done} из {len(own)}.")
    offers = data.extras.get("own_offers")
    if isinstance(offers, tuple) and offers:
        sentences.append(" ".join(escape(str(o)) for o in offers))
    return sentences


def _status_table(data: ReportData, styles: Styles) -> list[Flowable]:
    rows: list[list[str]] = []
    bands: list[int] = []
    block = None
    for instrument in data.instruments:
        if instrument.block != block:
            block = instrument.block
            bands.append(len(rows))
            rows.append([block_heading(block)])
        rows.append(
            [
                instrument.label,
                instrument.short_title,
                instrument.kind_label,
                f"{instrument.progress_percent}%",
                advice_count(instrument),
                implemented_label(instrument),
            ]
        )
    return [
        Paragraph("Состояние инструментов", styles.h2),
        data_table(
            ["№", "Инструмент", "Вид", "Критерии", "Рекомендации", "Состояние"],
            rows,
            [8, 60, 23, 18, 22, 20],
            styles,
            centered_columns=(0, 2, 3, 4, 5),
            bands=bands,
        ),
    ]


def _schedule_figure(data: ReportData, styles: Styles) -> list[Flowable]:
    if not data.milestones:
        return []
    return [
        KeepTogether(
            [
                Paragraph("Выполнение планового графика", styles.h2),
                schedule_chart(data.milestones, PORTRAIT_WIDTH),
                Paragraph(
                    "Рисунок 1. Количество внедрённых инструментов Стандарта на контрольные "
                    "даты планового графика: требуется и фактически "
                    f"(для дат после {date_short(data.as_of)} факт не приводится)",
                    styles.caption,
                ),
            ]
        )
    ]


def summary(data: ReportData, styles: Styles) -> list[Flowable]:
    """Implemented instruments vs the plan-schedule: sentences, chart, table."""
    period = f"{date_short(data.period_start)} – {date_short(data.period_end)}"
    return [
        *new_page(PORTRAIT),
        Paragraph("Сводные сведения о внедрении Стандарта", styles.h1),
        Paragraph(
            f"Отчётный период: {markup(data.period_label)} ({period}), "
            f"{data.implementation_year}-й год внедрения Стандарта.",
            styles.body,
        ),
        *(Paragraph(text, styles.body) for text in _schedule_sentences(data)),
        *_schedule_figure(data, styles),
        *_status_table(data, styles),
    ]


def signature_block(
    signatory: Signatory, executor: Sequence[str], styles: Styles
) -> list[Flowable]:
    """The head's position, room for the signature, its transcript («А.П. Громов»); who
    prepared the paper and their phone at the foot of the last page (ГОСТ Р 7.0.97)."""
    right = ParagraphStyle("SignName", parent=styles.body, alignment=TA_RIGHT)
    position = markup(signatory.position) or "Руководитель РОИВ-координатора"
    signature = signature_table(
        [[Paragraph(position, styles.signature), "",
          Paragraph(markup(signatory.transcript) or BLANK_NAME, right)]],
        [90 * mm, 35 * mm, PORTRAIT_WIDTH - 125 * mm],
    )  # fmt: skip
    # room for the signature and the executor below it: they never part across pages
    flow: list[Flowable] = [CondPageBreak(70 * mm), KeepTogether([Spacer(1, 14 * mm), signature])]
    lines = [markup(line) for line in executor if line.strip()]
    if lines:
        who = Table(
            [[Paragraph("<br/>".join(lines), styles.executor)]],
            colWidths=[PORTRAIT_WIDTH],
            style=TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]),
        )  # fmt: skip
        flow.append(TopPadder(who))
    return flow


def executor_lines(person: str, phone: str, email: str = "") -> list[str]:
    """«Исп. Иванова Мария Сергеевна», «тел. +7 …», the e-mail: under the last page."""
    lines = [f"Исп. {person.strip()}" if person.strip() else "Исп. ____________"]
    if phone.strip():
        lines.append(f"тел. {phone.strip()}")
    if email.strip():
        lines.append(email.strip())
    return lines


def sign_off(data: ReportData, styles: Styles) -> list[Flowable]:
    """The head of the coordinator body signs; the executor and phone close the last page."""
    return signature_block(
        data.signatory, executor_lines(data.contact_person, data.phone, data.email), styles
    )
