"""What changed between the report's two data passes (``data`` and ``data.previous``) and
what is still open: the figures the summary and the plan print, computed from the data alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from res_desktop.domain.common.progress import Status
from res_desktop.reports.activities.data import ActivitiesReportData
from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.data import ReportInstrument
from res_desktop.reports.common.data import ReportItem
from res_desktop.reports.common.paragraphs import section_data
from res_desktop.reports.council.data import CouncilReportData
from res_desktop.reports.exporters.data import ExporterReportData
from res_desktop.reports.programme.data import ProgrammeReportData
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
