"""What services hand back: frozen plain values, never rows or widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from res_desktop.domain.checklist.model import EvidenceItem
from res_desktop.domain.checklist.model import ItemState
from res_desktop.domain.checklist.schedule import ScheduleVerdict
from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.catalogue import ChecklistItem
from res_desktop.domain.common.catalogue import Instrument
from res_desktop.domain.common.deadlines import ReportDeadline
from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.common.progress import ItemMark
from res_desktop.domain.common.progress import Progress
from res_desktop.domain.common.progress import Status
from res_desktop.domain.common.progress import progress_of
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
    """An item as it counts: ``state`` holds the effective status (manual, else derived, else
    the hand-set one); ``recorded`` is the row as stored, ``verdict`` the records' answer."""

    item: ChecklistItem
    state: ItemState
    evidence: tuple[EvidenceItem, ...]
    derived_note: str = ""
    verdict: Verdict | None = None
    recorded: ItemState | None = None

    @property
    def status(self) -> Status:
        return self.state.status

    @property
    def is_derived(self) -> bool:
        return self.verdict is not None or bool(self.derived_note)

    @property
    def is_manual(self) -> bool:
        """A status the coordinator set by hand over a derived one."""
        return self.recorded is not None and self.recorded.manual_status is not None

    @property
    def manual_grounds(self) -> str:
        """Why the status was set by hand: «reason (document)», empty when it was not."""
        recorded = self.recorded
        if recorded is None or recorded.manual_status is None:
            return ""
        document = recorded.manual_document
        return f"{recorded.manual_reason} ({document})" if document else recorded.manual_reason

    @property
    def status_note(self) -> str:
        """Both words when they may differ, in the issue's wording:
        «установлено вручную: выполнено; по данным программы: не выполнено (…)»."""
        if not self.is_manual:
            return self.derived_note
        parts = [f"установлено вручную: {self.status.label}"]
        if self.verdict is not None:
            derived = Status.DONE.label if self.verdict.met else "не выполнено"
            note = f" ({self.verdict.note})" if self.verdict.note else ""
            parts.append(f"по данным программы: {derived}{note}")
        return "; ".join(parts)


@dataclass(frozen=True)
class ChecklistView:
    instrument: Instrument
    year: int
    implementation_year: int
    items: tuple[ItemView, ...]

    @property
    def progress(self) -> Progress:
        return self.progress_on(None)

    @property
    def advice(self) -> Progress:
        return self.advice_on(None)

    def view(self, key: str) -> ItemView:
        return next(v for v in self.items if v.item.key == key)

    def _marks(self) -> list[ItemMark]:
        return [ItemMark(v.item, v.status, v.state.done_on) for v in self.items]

    def progress_on(self, on: dt.date | None) -> Progress:
        """Criteria's progress as it stood on a date: items count from the day they were done.

        This is what makes the instrument «внедрён»; recommendations are ``advice_on``.
        """
        return progress_of(self._marks(), on, Basis.CRITERION)

    def advice_on(self, on: dt.date | None) -> Progress:
        """The recommendations' own progress, shown beside the criteria's and never in it."""
        return progress_of(self._marks(), on, Basis.RECOMMENDATION)


@dataclass(frozen=True)
class InstrumentSummary:
    instrument: Instrument
    progress: Progress
    open_items: int  # criteria not yet done (nor «не применимо»)
    advice: Progress  # the recommendations, apart from ``progress``


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
