"""Report sections shared by the quarterly and annual reports: title, contents, summary, sign-off.

Each section is a callable ``(data, styles) -> list[Flowable]``; sections after the title
start their own page (``new_page``) when they need one.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import TopPadder

from res_desktop.domain.common.catalogue import BLOCK_NAMES, BLOCK_ROMAN
from res_desktop.domain.common.russian import date_short, datetime_short
from res_desktop.reports.common.chart import schedule_chart
from res_desktop.reports.common.data import ReportData, ReportInstrument, ReportKind
from res_desktop.reports.common.document import PORTRAIT, PORTRAIT_WIDTH, contents, new_page
from res_desktop.reports.common.fonts import REGULAR
from res_desktop.reports.common.formatting import instruments_count, markup
from res_desktop.reports.common.styles import Styles
from res_desktop.reports.common.tables import data_table, signature_table

Section = Callable[[ReportData, Styles], list[Flowable]]

REPORT_SUBJECT = "о ходе внедрения Регионального экспортного стандарта"


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


def standard_instruments(data: ReportData) -> list[ReportInstrument]:
    """Instruments 1-15 (blocks I-III): the plan-schedule counts only these."""
    return [i for i in data.instruments if i.block != 4]


def title_page(data: ReportData, styles: Styles) -> list[Flowable]:
    """Title page on the header-less template; the next page is portrait."""
    lines = [
        Paragraph(markup(data.coordinator_body), styles.centered),
        Spacer(1, 3 * mm),
        Paragraph(markup(data.region_name), styles.centered),
        Spacer(1, 55 * mm),
        Paragraph(report_heading(data), styles.title),
        Spacer(1, 4 * mm),
        Paragraph(REPORT_SUBJECT, styles.subtitle),
        Spacer(1, 3 * mm),
        Paragraph(markup(data.region_name), styles.subtitle),
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
        f"из {total} инструментов Стандарта (инструмент считается внедрённым "
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
            f"{instruments_count(data.schedule_required - data.schedule_actual)}"
        )
        sentences.append(
            f"Плановым графиком на {date_short(data.schedule_date)} предусмотрено внедрение "
            f"не менее {instruments_count(data.schedule_required)}; "
            f"фактически внедрено {data.schedule_actual} — {verdict}."
        )
    upcoming = [m for m in data.milestones if m.date > data.as_of]
    if upcoming:
        nxt = upcoming[0]
        sentences.append(
            f"К следующей контрольной дате ({date_short(nxt.date)}) требуется внедрить "
            f"не менее {instruments_count(nxt.required)}."
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
                implemented_label(instrument),
            ]
        )
    return [
        Paragraph("Состояние инструментов", styles.h2),
        data_table(
            ["№", "Инструмент", "Вид", "Выполнение", "Состояние"],
            rows,
            [8, 70, 25, 20, 20],
            styles,
            centered_columns=(0, 2, 3, 4),
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


def signature_block(coordinator_body: str, contact: str, styles: Styles) -> list[Flowable]:
    """Signature of the coordinator body's head, the date line, and who prepared the paper."""
    blank = ParagraphStyle("SignBlank", parent=styles.body, alignment=TA_CENTER)
    caption = ParagraphStyle("SignCaption", parent=styles.small, alignment=TA_CENTER)
    signature = signature_table(
        [
            [
                Paragraph("Руководитель РОИВ-координатора", styles.body),
                Paragraph("____________", blank),
                Paragraph("/ ____________ /", blank),
            ],
            [
                Paragraph(markup(coordinator_body), styles.small),
                Paragraph("(подпись)", caption),
                Paragraph("(расшифровка подписи)", caption),
            ],
            [Paragraph("«____» ______________ 20____ г.", styles.body), "", ""],
        ],
        [95 * mm, 30 * mm, 45 * mm],
        ("TOPPADDING", (0, 1), (-1, 1), 0),
        ("TOPPADDING", (0, 2), (-1, 2), 8 * mm),
    )
    return [
        KeepTogether(
            [
                Spacer(1, 12 * mm),
                signature,
                Spacer(1, 10 * mm),
                Paragraph(f"Исполнитель: {markup(contact) or '____________'}", styles.small),
            ]
        )
    ]


def sign_off(data: ReportData, styles: Styles) -> list[Flowable]:
    """Signature block: head of the coordinator body, date, the person who prepared it."""
    contact = ", ".join(v for v in (data.contact_person, data.phone, data.email) if v.strip())
    return signature_block(data.coordinator_body, contact, styles)
