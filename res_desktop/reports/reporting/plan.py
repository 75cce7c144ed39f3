"""The plan to the next schedule dates (and, in the annual report, the next year): the open
criteria of the instruments not yet implemented, by deadline and responsible.
"""

from __future__ import annotations

from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph

from res_desktop.domain.checklist.schedule import milestones
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import plural
from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.data import ReportKind
from res_desktop.reports.common.formatting import instruments_genitive
from res_desktop.reports.common.paragraphs import section_data
from res_desktop.reports.common.paragraphs import section_start
from res_desktop.reports.common.styles import Styles
from res_desktop.reports.common.tables import data_table
from res_desktop.reports.programme.data import ProgrammeKpiData
from res_desktop.reports.reporting.changes import CompletedItem
from res_desktop.reports.reporting.changes import open_items


def plan_section(data: ReportData, styles: Styles) -> list[Flowable]:
    """The plan to the next schedule dates: how many instruments, which items, by when, who."""
    upcoming = [m for m in data.milestones if m.date > data.as_of]
    items = open_items(data)
    following = data.kind is ReportKind.ANNUAL
    if not upcoming and not items and not following:
        return []
    title = "План работы до следующих контрольных дат планового графика"
    if following:
        title = (
            f"{title} и на {data.year + 1} год"
            if upcoming or items
            else f"План на {data.year + 1} год"
        )
    flow = section_start(title, [], styles)
    actual = data.schedule_actual
    if upcoming:
        flow.append(
            Paragraph(
                f"Внедрено на {date_short(data.as_of)}: "
                f"{plural(actual, 'инструмент', 'инструмента', 'инструментов')}. "
                "Требования планового графика на предстоящие контрольные даты:",
                styles.body,
            )
        )
        flow.append(
            data_table(
                ["Контрольная дата", "Требуется внедрить", "Внедрено", "Не хватает"],
                [
                    [
                        date_short(m.date),
                        str(m.required),
                        str(actual),
                        str(max(m.required - actual, 0)),
                    ]
                    for m in upcoming
                ],
                [40, 40, 40, 40],
                styles,
                centered_columns=(0, 1, 2, 3),
            )
        )
    if following:
        flow += _next_year(data, styles)
    if items:
        flow += _open_items_table(data, items, styles)
    return flow


def _next_year(data: ReportData, styles: Styles) -> list[Flowable]:
    nxt = data.year + 1
    points = milestones(nxt)
    flow: list[Flowable] = [
        Paragraph(
            f"Плановым графиком {nxt} года предусмотрено внедрение "
            f"{_at_least(points[0].required)} к {date_short(points[0].date)} и "
            f"{_at_least(points[-1].required)} к {date_short(points[-1].date)}.",
            styles.body,
        )
    ]
    kpis = section_data(data, "programme_kpis", ProgrammeKpiData)
    if kpis is not None and kpis.next_year_events:
        events = plural(kpis.next_year_events, "мероприятие", "мероприятия", "мероприятий")
        flow.append(
            Paragraph(f"Региональной программой на {nxt} год запланировано {events}.", styles.body)
        )
    return flow


def _at_least(n: int) -> str:
    """«не менее 2 инструментов», «не менее 21 инструмента»: the genitive after «не менее»."""
    return f"не менее {instruments_genitive(n)}"


def _open_items_table(
    data: ReportData, items: list[CompletedItem], styles: Styles
) -> list[Flowable]:
    ahead = "к концу года" if data.kind is ReportKind.ANNUAL else "к следующим контрольным датам"
    rows = [
        [
            f"{c.instrument.label} ({c.instrument.progress_percent}%)",
            c.item.title,
            date_short(c.item.due_date, "не установлен"),
            c.item.responsible or "не назначен",
        ]
        for c in items
    ]
    nearest = list(dict.fromkeys(c.instrument.label for c in items))[:3]
    return [
        Paragraph(f"Пункты чек-листов, которые предстоит выполнить {ahead}", styles.h2),
        Paragraph(
            f"Не выполнено {plural(len(items), 'критерий', 'критерия', 'критериев')} "
            f"невнедрённых инструментов; ближе всего к внедрению инструменты "
            f"{', '.join(nearest)}. Пункты приведены в порядке готовности инструментов "
            "и сроков.",
            styles.body,
        ),
        data_table(
            ["Инстр. (выполнение)", "Пункт чек-листа", "Срок", "Ответственный"],
            rows,
            [22, 90, 22, 40],
            styles,
            centered_columns=(0, 2),
        ),
    ]
