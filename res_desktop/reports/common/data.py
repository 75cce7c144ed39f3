"""What a report shows, as plain values: services fill it, the PDF builders only read it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import field

from res_desktop.domain.common.labelled import LabelledEnum


class ReportKind(LabelledEnum):
    QUARTERLY = "quarterly", "квартальный"
    ANNUAL = "annual", "годовой"


@dataclass(frozen=True)
class RuleRow:
    """One criterion of the implementation year as a section lists it: met or not, and why."""

    title: str
    met: bool
    note: str
    key: str = ""  # the checklist item it states (the report takes the item's word for it)


@dataclass(frozen=True)
class ReportItem:
    number: int
    title: str
    status: str  # Status value: not_started / in_progress / done / not_applicable
    status_label: str  # «выполнено»
    weight: int
    responsible: str = ""
    due_date: dt.date | None = None
    done_on: dt.date | None = None
    comment: str = ""
    na_reason: str = ""
    evidence: tuple[str, ...] = ()  # one caption per document, file or link
    derived_note: str = ""  # the records' word, or both words under a manual status
    criterion: bool = True  # False: a recommendation, outside the instrument's percent
    manual_grounds: str = ""  # why the status was set by hand (and the document)
    key: str = ""  # the catalogue item's key


@dataclass(frozen=True)
class ReportInstrument:
    label: str  # «5» or «IV.1»
    block: int
    title: str
    short_title: str
    kind_label: str  # «ежегодный» / «единовременный»
    progress_percent: int  # of the criteria only
    implemented: bool
    items: tuple[ReportItem, ...]
    advice_done: int = 0  # recommendations done, of advice_total, counted apart
    advice_total: int = 0


@dataclass(frozen=True)
class Milestone:
    date: dt.date
    required: int
    actual: int | None  # None for dates after the report's «as of» date


ADDRESSEE = "АО\u00a0«Российский экспортный\u00a0центр»"  # kept in two whole lines


@dataclass(frozen=True)
class Signatory:
    """Who signs an official paper: the position as written above the signature line and the
    transcript after it («А.П. Громов»); empty parts are left as blanks to fill in by hand."""

    position: str = ""
    transcript: str = ""


@dataclass(frozen=True)
class Outgoing:
    """The letter's registration: filled once the report is marked sent, else blanks."""

    number: str = ""
    date: dt.date | None = None


@dataclass(frozen=True)
class ReportData:
    kind: ReportKind
    year: int
    quarter: int | None
    period_label: str  # «III квартал 2026 года» / «2026 год»
    period_start: dt.date
    period_end: dt.date
    as_of: dt.date  # the state the report shows (period end, or today if earlier)
    generated_at: dt.datetime
    due_date: dt.date | None  # when the quarterly report is due (6th working day)
    region_name: str
    coordinator_body: str
    contact_person: str
    phone: str
    email: str
    implementation_year: int
    schedule_required: int
    schedule_actual: int
    schedule_on_track: bool
    schedule_date: dt.date | None  # the schedule date the verdict refers to
    milestones: tuple[Milestone, ...]
    instruments: tuple[ReportInstrument, ...]
    extras: dict[str, object] = field(default_factory=dict)  # later issues' sections
    signatory: Signatory = Signatory()
    outgoing: Outgoing = Outgoing()
    address: str = ""  # the coordinator body's postal address, under its name on page 1
    # The same computation as of the previous quarter's end (quarterly) or for the previous
    # year (annual): what the summary compares against; None when there is nothing before.
    previous: ReportData | None = None

    @property
    def preliminary(self) -> bool:
        """An annual report for a year that has not ended yet is «предварительный»."""
        return self.kind is ReportKind.ANNUAL and self.as_of < self.period_end

    def instrument(self, label: str) -> ReportInstrument | None:
        """The instrument by its label («12»): a section states its verdict from here, so the
        report gives every instrument one verdict."""
        return next((i for i in self.instruments if i.label == label), None)
