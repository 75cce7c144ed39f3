"""The Regional export programme (instrument 4) and the Plan's budget (block V) as values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import field
from typing import NewType

from res_desktop.domain.common.labelled import LabelledEnum

EventId = NewType("EventId", int)
KpiId = NewType("KpiId", int)

# Blocks II and III of the Standard: the programme must hold events for each of them.
EVENT_INSTRUMENTS: tuple[str, ...] = ("10", "11", "12", "13", "14", "15")
# What a programme event may belong to: any instrument, the export strategy's events or a
# regional project («рекомендовано включить … мероприятия по реализации экспортной стратегии»,
# «… мероприятия региональных проектов»), not only blocks II and III.
STRATEGY_TARGET = "strategy"
REGIONAL_PROJECT_TARGET = "regional_project"
EVENT_TARGETS: tuple[str, ...] = (
    *(f"{n:02d}" for n in range(1, 16)),
    STRATEGY_TARGET,
    REGIONAL_PROJECT_TARGET,
)
_TARGET_LABELS = {
    STRATEGY_TARGET: ("Мероприятие экспортной стратегии", "Стратегия"),
    REGIONAL_PROJECT_TARGET: ("Мероприятие регионального проекта", "Рег. проект"),
}


def target_label(code: str) -> str:
    """«Инструмент 4», «Мероприятие экспортной стратегии»: for combos and sentences."""
    if code in _TARGET_LABELS:
        return _TARGET_LABELS[code][0]
    return f"Инструмент {int(code)}"


def target_short(code: str) -> str:
    """«4», «Стратегия»: for narrow table columns."""
    if code in _TARGET_LABELS:
        return _TARGET_LABELS[code][1]
    return str(int(code))


# Section V: the Plan's budget is at least 0.01% of GRP and at least 50 million roubles a year.
MIN_BUDGET_ROUBLES = 50_000_000
GRP_SHARE_DIVISOR = 10_000  # 0.01% = 1 / 10 000
PERIOD_END_YEAR = 2024
FORECAST_YEAR = 2030


class ApprovalBody(LabelledEnum):
    GOVERNOR = "governor", "Высшее должностное лицо субъекта РФ"
    COUNCIL = "council", "Экспортный совет"


class EventStatus(LabelledEnum):
    PLANNED = "planned", "запланировано"
    IN_PROGRESS = "in_progress", "выполняется"
    DONE = "done", "выполнено"
    CANCELLED = "cancelled", "отменено"


class Execution(LabelledEnum):
    """How an event stood at a quarter's end."""

    ON_TIME = "on_time", "выполнено в срок"
    LATE = "late", "выполнено с нарушением срока"
    NOT_DONE = "not_done", "не выполнено"


@dataclass(frozen=True)
class Funding:
    """Roubles by source of money."""

    regional: int = 0
    federal: int = 0
    extra: int = 0  # extra-budgetary

    @property
    def total(self) -> int:
        return self.regional + self.federal + self.extra

    def __add__(self, other: Funding) -> Funding:
        return Funding(
            self.regional + other.regional, self.federal + other.federal, self.extra + other.extra
        )


@dataclass(frozen=True)
class Programme:
    """The programme document: who approved it, by which act, for which period."""

    title: str
    approved_by: ApprovalBody
    act_type: str = ""  # «Постановление Губернатора», «Протокол Экспортного совета»
    act_number: str = ""
    act_date: dt.date | None = None
    start_year: int = 2021
    end_year: int = PERIOD_END_YEAR
    forecast_year: int = FORECAST_YEAR
    goals: tuple[str, ...] = ()

    @property
    def is_approved(self) -> bool:
        return bool(self.act_type.strip() and self.act_number.strip() and self.act_date)


@dataclass(frozen=True)
class Kpi:
    name: str
    unit: str
    plan: dict[int, float] = field(default_factory=dict)  # year -> plan value
    id: KpiId | None = None
    fact: dict[int, float] = field(default_factory=dict)  # year -> the value reached


@dataclass(frozen=True)
class ProgrammeEvent:
    year: int
    title: str
    instrument: str  # one of EVENT_TARGETS: "01".."15", "strategy", "regional_project"
    planned_count: int
    responsible: str
    deadline: dt.date
    planned: Funding = Funding()
    actual: Funding = Funding()
    status: EventStatus = EventStatus.PLANNED
    done_count: int = 0
    done_on: dt.date | None = None
    id: EventId | None = None

    @property
    def done_fully(self) -> bool:
        return (
            self.status is EventStatus.DONE
            and self.done_count >= self.planned_count
            and self.done_on is not None
        )

    def done_fully_by(self, day: dt.date) -> bool:
        return self.done_fully and self.done_on is not None and self.done_on <= day

    @property
    def on_time(self) -> bool:
        return self.done_fully and self.done_on is not None and self.done_on <= self.deadline


@dataclass(frozen=True)
class BudgetYear:
    """The region's GRP and the Plan's budget for one year, in roubles."""

    year: int
    grp: int
    budget: int


def quarter_end(year: int, quarter: int) -> dt.date:
    month = quarter * 3
    next_first = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return next_first - dt.timedelta(days=1)
