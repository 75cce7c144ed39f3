"""What РЭЦ reads first: the period against the one before, the plan ahead, the programme KPIs.

Every figure comes from the two data passes of the report (``data`` and ``data.previous``):
no section here queries anything of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph

from res_desktop.domain.checklist.schedule import milestones
from res_desktop.domain.common.progress import Status
from res_desktop.domain.common.russian import NO_VALUE, count, date_short, number, plural
from res_desktop.reports.activities.data import ActivitiesReportData
from res_desktop.reports.common.data import ReportData, ReportInstrument, ReportItem, ReportKind
from res_desktop.reports.common.formatting import instruments_genitive
from res_desktop.reports.common.paragraphs import bullets, section_data, section_start
from res_desktop.reports.common.styles import Styles
from res_desktop.reports.common.tables import data_table
from res_desktop.reports.council.data import CouncilReportData
from res_desktop.reports.exporters.data import ExporterReportData
from res_desktop.reports.programme.data import ProgrammeKpiData, ProgrammeReportData
from res_desktop.reports.team.data import TeamReportData

NO_DATA = "нет данных"
OPEN = (Status.NOT_STARTED.value, Status.IN_PROGRESS.value)


@dataclass(frozen=True)
class CompletedItem:
    instrument: ReportInstrument
    item: ReportItem


def became_implemented(data: ReportData) -> list[ReportInstrument]:
    """Instruments implemented at the report's date that were not at the previous one."""
    before = _implemented_labels(data.previous)
    return [i for i in data.instruments if i.implemented and i.label not in before]


def ceased(data: ReportData) -> list[ReportInstrument]:
    """Implemented at the previous date, not at this one (annual instruments re-done yearly)."""
    now = _implemented_labels(data)
    previous = data.previous.instruments if data.previous else ()
    return [i for i in previous if i.implemented and i.label not in now]


def _implemented_labels(data: ReportData | None) -> set[str]:
    return {i.label for i in data.instruments if i.implemented} if data else set()


def completed_items(data: ReportData) -> list[CompletedItem]:
    """Items done at the report's date and not done at the previous date of the same year's
    checklists; for the annual report, the items done within the year."""
    done_before: set[tuple[str, int]] = set()
    prev = data.previous
    if prev is not None and prev.year == data.year:
        done_before = {
            (i.label, item.number)
            for i in prev.instruments
            for item in i.items
            if item.status == Status.DONE.value
        }
    return [
        CompletedItem(i, item)
        for i in data.instruments
        for item in i.items
        if item.status == Status.DONE.value
        and (i.label, item.number) not in done_before
        and (item.done_on is None or item.done_on >= data.period_start)
    ]


Figure = Callable[[ReportData], int | None]

# (figure, extras key, section data type, attribute: a number, or a tuple of rows to count)
EXTRA_FIGURES: tuple[tuple[str, str, type, str], ...] = (
    ("Проведено заседаний Экспортного совета", "council", CouncilReportData, "held_count"),
    ("Исполнено решений Экспортного совета", "council", CouncilReportData, "decisions_done"),
    ("Мероприятий по обучению управленческой команды", "team", TeamReportData, "events_count"),
    ("Компаний в реестре экспортёров", "exporters", ExporterReportData, "total"),
    ("Оказано мер поддержки (записей)", "exporters", ExporterReportData, "support_records"),
    ("Компаний, получивших поддержку", "exporters", ExporterReportData, "support_companies"),
    ("Мероприятий программы исполнено в срок", "programme", ProgrammeReportData, "on_time_count"),
    ("Проведено мероприятий для экспортёров", "activities", ActivitiesReportData, "rows"),
)


def _extra(key: str, kind: type, attribute: str) -> Figure:
    def figure(d: ReportData) -> int | None:
        found = section_data(d, key, kind)
        if found is None:
            return None
        value = getattr(found, attribute)
        return len(value) if isinstance(value, tuple) else int(value)

    return figure


def _done_items(d: ReportData) -> int:
    return sum(1 for i in d.instruments for it in i.items if it.status == Status.DONE.value)


FIGURES: tuple[tuple[str, Figure], ...] = (
    ("Внедрено инструментов Стандарта", lambda d: d.schedule_actual),
    ("Выполнено пунктов чек-листов", _done_items),
    *((label, _extra(key, kind, attribute)) for label, key, kind, attribute in EXTRA_FIGURES),
)


def moved_figures(data: ReportData) -> list[tuple[str, int | None, int | None]]:
    """(figure, previous value, current value) for each figure that changed."""
    prev = data.previous
    if prev is None:
        return []
    rows = [(label, read(prev), read(data)) for label, read in FIGURES]
    moved = [r for r in rows if r[2] is not None and r[1] != r[2]]
    for now in data.instruments:
        before = next((i for i in prev.instruments if i.label == now.label), None)
        if before is not None and before.progress_percent != now.progress_percent:
            title = f"Выполнение инструмента {now.label} «{now.short_title}», %"
            moved.append((title, before.progress_percent, now.progress_percent))
    return moved


def _change(before: int | None, after: int | None) -> str:
    if before is None or after is None:
        return NO_VALUE
    delta = after - before
    return f"+{count(delta)}" if delta > 0 else f"−{count(-delta)}"


def _compared_with(data: ReportData, prev: ReportData) -> str:
    if data.kind is ReportKind.ANNUAL:
        return f"{prev.year} годом"
    return f"состоянием на {date_short(prev.as_of)}"


def period_summary(data: ReportData, styles: Styles) -> list[Flowable]:
    """What was done in the period and what changed against the previous quarter or year."""
    prev = data.previous
    if prev is None:
        return []
    annual = data.kind is ReportKind.ANNUAL
    title = (
        f"Итоги {data.year} года в сравнении с {prev.year} годом"
        if annual
        else f"Итоги отчётного периода ({data.period_label})"
    )
    intro = [f"Сведения на {date_short(data.as_of)} сопоставлены с {_compared_with(data, prev)}."]
    flow = section_start(title, intro, styles)
    flow += _implemented_part(data, styles)
    flow += _items_part(data, styles)
    moved = moved_figures(data)
    if moved:
        before = date_short(prev.as_of) if not annual else f"{prev.year} г."
        after = date_short(data.as_of) if not annual else f"{data.year} г."
        flow.append(Paragraph("Изменение показателей", styles.h2))
        flow.append(
            data_table(
                ["Показатель", before, after, "Изменение"],
                [[t, _value(b), _value(a), _change(b, a)] for t, b, a in moved],
                [90, 25, 25, 25],
                styles,
                centered_columns=(1, 2, 3),
            )
        )
    return flow


def _value(n: int | None) -> str:
    return NO_DATA if n is None else count(n)


def _named(instruments: list[ReportInstrument]) -> list[str]:
    return [f"{i.label} «{i.short_title}»" for i in instruments]


def _implemented_part(data: ReportData, styles: Styles) -> list[Flowable]:
    new = became_implemented(data)
    lost = ceased(data)
    when = f"в {data.year} году" if data.kind is ReportKind.ANNUAL else "за отчётный период"
    flow: list[Flowable] = [Paragraph("Внедрение инструментов", styles.h2)]
    if new:
        flow.append(Paragraph(f"Внедрены {when}:", styles.body))
        flow += bullets(_named(new), styles)
    else:
        flow.append(Paragraph(f"Новых внедрённых инструментов {when} нет.", styles.body))
    if lost and data.previous is not None:
        then = date_short(data.previous.as_of)
        flow.append(
            Paragraph(
                f"Были внедрены на {then}, на {date_short(data.as_of)} не внедрены "
                "(ежегодные инструменты выполняются заново каждый год):",
                styles.body,
            )
        )
        flow += bullets(_named(lost), styles)
    return flow


def _items_part(data: ReportData, styles: Styles) -> list[Flowable]:
    done = completed_items(data)
    flow: list[Flowable] = [Paragraph("Выполненные пункты чек-листов", styles.h2)]
    if not done:
        flow.append(Paragraph("За период новые пункты чек-листов не выполнены.", styles.body))
        return flow
    if data.kind is ReportKind.ANNUAL:
        return flow + _items_by_instrument(data, done, styles)
    flow.append(
        Paragraph(
            f"За период выполнено {plural(len(done), 'пункт', 'пункта', 'пунктов')} чек-листов:",
            styles.body,
        )
    )
    rows = [
        [c.instrument.label, c.item.title, date_short(c.item.done_on), c.item.responsible or "—"]
        for c in done
    ]
    flow.append(
        data_table(
            ["Инстр.", "Пункт чек-листа", "Выполнен", "Ответственный"],
            rows,
            [12, 100, 22, 40],
            styles,
            centered_columns=(0, 2),
        )
    )
    return flow


def _items_by_instrument(
    data: ReportData, done: list[CompletedItem], styles: Styles
) -> list[Flowable]:
    """A year's completed items, counted per instrument: the list itself is the checklists'."""
    per: dict[str, int] = {}
    for c in done:
        per[c.instrument.label] = per.get(c.instrument.label, 0) + 1
    rows = [
        [f"{i.label} «{i.short_title}»", str(per[i.label]), str(len(i.items))]
        for i in data.instruments
        if i.label in per
    ]
    return [
        Paragraph(
            f"В {data.year} году выполнено "
            f"{plural(len(done), 'пункт', 'пункта', 'пунктов')} чек-листов:",
            styles.body,
        ),
        data_table(
            ["Инструмент", "Выполнено пунктов", "Всего пунктов"],
            rows,
            [100, 35, 35],
            styles,
            centered_columns=(1, 2),
        ),
    ]


def open_items(data: ReportData) -> list[CompletedItem]:
    """Open criteria of the instruments not yet implemented, the nearest deadline first
    (recommendations do not decide implementation, so they are not the plan)."""
    found = [
        CompletedItem(i, item)
        for i in data.instruments
        if not i.implemented
        for item in i.items
        if item.status in OPEN and item.criterion
    ]
    far = dt.date.max
    return sorted(
        found,
        key=lambda c: (-c.instrument.progress_percent, c.item.due_date or far, c.item.number),
    )


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


def kpi_section(data: ReportData, styles: Styles) -> list[Flowable]:
    """The regional programme's target indicators: plan against fact (and the next plan)."""
    kpis = section_data(data, "programme_kpis", ProgrammeKpiData)
    if kpis is None or not kpis.rows:
        return []
    annual = data.kind is ReportKind.ANNUAL
    header = ["Показатель", "Ед. изм.", f"План {kpis.year}", f"Факт {kpis.year}"]
    widths: list[float] = [80, 30, 25, 25]
    if annual:
        header.append(f"План {kpis.year + 1}")
        widths.append(25)
    rows = []
    for r in kpis.rows:
        row = [r.name, r.unit, _figure(r.plan), _figure(r.fact)]
        if annual:
            row.append(_figure(r.next_plan))
        rows.append(row)
    flow = section_start("Показатели региональной программы: план и факт", [], styles)
    flow.append(data_table(header, rows, widths, styles, centered_columns=(1,)))
    if all(r.fact is None for r in kpis.rows):
        flow.append(
            Paragraph(
                "Фактические значения показателей программы за год в учёте не внесены.",
                styles.body,
            )
        )
    return flow


def _figure(value: float | None) -> str:
    return NO_DATA if value is None else number(value)
