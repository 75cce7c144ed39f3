"""What services hand back: frozen plain values, never rows or widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from res_desktop.domain.checklist.model import EvidenceItem, ItemState
from res_desktop.domain.checklist.schedule import ScheduleVerdict
from res_desktop.domain.common.catalogue import ChecklistItem, Instrument
from res_desktop.domain.common.deadlines import ReportDeadline
from res_desktop.domain.common.progress import ItemMark, Progress, Status, progress_of
from res_desktop.services.common.context import Stored

T = TypeVar("T")


class ValidationFailed(Exception):
    """Bad input: field name -> Russian message, shown next to the field."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(" ".join(errors.values()))
        self.errors = errors


def found_or_refused(found: T | None, errors: dict[str, str]) -> T:
    """The record asked for, or a refusal: it was deleted meanwhile (in another window)."""
    if found is None:
        raise ValidationFailed(errors)
    return found


S = TypeVar("S", bound=Stored)


def with_id(records: Iterable[S], record_id: int, errors: dict[str, str]) -> S:
    """The record of that id among ``records``, or the refusal: it was deleted meanwhile."""
    return found_or_refused(next((r for r in records if r.id == record_id), None), errors)


def refuse_invalid(errors: dict[str, str]) -> None:
    """Stops a save on the first check that found anything: the form shows all the messages."""
    if errors:
        raise ValidationFailed(errors)


def cleaned_names(names: list[str], field: str, empty: str, twice: str) -> list[str]:
    """A user-edited list of names, spaces folded; refused (``field``: message) when a name
    is empty or repeated, letter case aside."""
    cleaned = [" ".join(n.split()) for n in names]
    if any(not n for n in cleaned):
        raise ValidationFailed({field: empty})
    folded = [n.casefold() for n in cleaned]
    if len(set(folded)) != len(folded):
        raise ValidationFailed({field: twice})
    return cleaned


@dataclass(frozen=True)
class ItemView:
    item: ChecklistItem
    state: ItemState
    evidence: tuple[EvidenceItem, ...]
    derived_note: str = ""

    @property
    def status(self) -> Status:
        return self.state.status

    @property
    def is_derived(self) -> bool:
        return bool(self.derived_note)


@dataclass(frozen=True)
class ChecklistView:
    instrument: Instrument
    year: int
    implementation_year: int
    items: tuple[ItemView, ...]

    @property
    def progress(self) -> Progress:
        return self.progress_on(None)

    def view(self, key: str) -> ItemView:
        return next(v for v in self.items if v.item.key == key)

    def progress_on(self, on: dt.date | None) -> Progress:
        """Progress as it stood on a date: items count from the day they were done."""
        return progress_of([ItemMark(v.item, v.status, v.state.done_on) for v in self.items], on)


@dataclass(frozen=True)
class InstrumentSummary:
    instrument: Instrument
    progress: Progress
    open_items: int


@dataclass(frozen=True)
class DueItem:
    instrument: Instrument
    item: ChecklistItem
    due_date: dt.date
    responsible: str
    overdue: bool


@dataclass(frozen=True)
class Dashboard:
    on: dt.date
    year: int
    implementation_year: int
    summaries: tuple[InstrumentSummary, ...]
    verdict: ScheduleVerdict
    due: tuple[DueItem, ...]
    deadline: ReportDeadline
    warnings: tuple[str, ...] = ()  # from the council and team records

    @property
    def implemented(self) -> int:
        return self.verdict.actual
