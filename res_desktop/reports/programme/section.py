"""The Regional programme and budget section of the quarterly and annual reports (instr. 4)."""

from __future__ import annotations

from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph

from res_desktop.domain.common.russian import count
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.programme.model import target_short
from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.document import LANDSCAPE
from res_desktop.reports.common.document import LANDSCAPE_WIDTH
from res_desktop.reports.common.formatting import markup
from res_desktop.reports.common.paragraphs import bullets
from res_desktop.reports.common.paragraphs import met_text
from res_desktop.reports.common.paragraphs import section_data
from res_desktop.reports.common.paragraphs import section_start
from res_desktop.reports.common.paragraphs import verdict_bullet
from res_desktop.reports.common.styles import Styles
from res_desktop.reports.common.tables import data_table
from res_desktop.reports.programme.data import ProgrammeReportData

EXTRAS_KEY = "programme"


def events_table(p: ProgrammeReportData, styles: Styles) -> Flowable:
    rows = [
        [
            str(n),
            target_short(e.instrument),
            e.title,
            e.responsible,
            date_short(e.deadline),
            f"{e.done_count} из {e.planned_count}",
            date_short(e.done_on),
            e.execution_label,
            count(e.planned_total),
            count(e.actual_total),
        ]
        for n, e in enumerate(p.events, start=1)
    ]
    return data_table(
        ["№", "Инстр.", "Мероприятие", "Ответственный", "Срок", "Выполнено", "Дата",
         "Исполнение", "План, ₽", "Факт, ₽"],
        rows,
        [6, 12, 60, 28, 17, 17, 17, 28, 22, 22],
        styles,
        total_width=LANDSCAPE_WIDTH,
        centered_columns=(0, 1, 4, 5, 6),
    )  # fmt: skip


def funding_table(p: ProgrammeReportData, styles: Styles) -> Flowable:
    rows = [
        [target_short(f.instrument), count(f.planned_regional), count(f.planned_federal),
         count(f.planned_extra), count(f.planned_total), count(f.actual_total)]
        for f in p.funding
    ]  # fmt: skip
    total = (
        sum(f.planned_regional for f in p.funding),
        sum(f.planned_federal for f in p.funding),
        sum(f.planned_extra for f in p.funding),
        sum(f.planned_total for f in p.funding),
        sum(f.actual_total for f in p.funding),
    )
    rows.append(["Итого", *(count(t) for t in total)])
    return data_table(
        ["Инструмент", "Бюджет субъекта РФ, ₽", "Федеральный бюджет, ₽", "Внебюджетные, ₽",
         "Всего план, ₽", "Всего факт, ₽"],
        rows,
        [20, 30, 30, 30, 30, 30],
        styles,
        total_width=LANDSCAPE_WIDTH,
        centered_columns=(0,),
    )  # fmt: skip


def programme_section(data: ReportData, styles: Styles) -> list[Flowable]:
    """The document, the year's events and their execution, funding and block V's check."""
    p = section_data(data, EXTRAS_KEY, ProgrammeReportData)
    if p is None:
        return []
    intro = [
        f"<b>{markup(p.title)}</b>. Утверждение: {markup(p.approval)}.",
        f"Период реализации: {markup(p.period)}",
    ]
    title = "Региональная программа развития экспорта (инструмент 4)"
    flow = section_start(title, intro, styles, LANDSCAPE)
    flow += bullets(p.goals, styles)
    flow.append(Paragraph(f"Мероприятия {p.year} года на {date_short(p.as_of)}", styles.h2))
    if p.events:
        flow.append(events_table(p, styles))
        flow.append(
            Paragraph(f"Выполнено в срок: {p.on_time_count} из {len(p.events)}.", styles.body)
        )
        flow.append(Paragraph("Финансирование по инструментам", styles.h2))
        flow.append(funding_table(p, styles))
    else:
        flow.append(Paragraph("Мероприятия на год не внесены.", styles.body))
    flow.append(Paragraph("Ресурсное обеспечение (раздел V Стандарта)", styles.h2))
    budget = markup(p.budget_note)
    flow.append(Paragraph(f"<b>{budget}</b>" if p.budget_met is False else budget, styles.body))
    flow += _verdicts(p, styles)
    return flow


def _verdicts(p: ProgrammeReportData, styles: Styles) -> list[Flowable]:
    if not p.verdicts:
        return []
    flow: list[Flowable] = [
        Paragraph(
            f"Критерии инструмента 4 для {p.implementation_year}-го года внедрения", styles.h2
        )
    ]
    flow += [verdict_bullet(markup(r.title), met_text(r.met), r.note, styles) for r in p.verdicts]
    return flow
