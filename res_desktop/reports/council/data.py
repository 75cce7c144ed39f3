"""What the Council's PDFs show, as plain values: the service fills them, builders only read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from res_desktop.domain.common.declension import initials_after
from res_desktop.domain.council.model import MeetingStatus
from res_desktop.reports.common.data import RuleRow


@dataclass(frozen=True)
class CouncilMeetingRow:
    date: dt.date
    status_label: str  # «проведено»
    form_label: str  # «очное»
    is_public_open: bool
    agenda_items: int
    reports_heard: tuple[str, ...]  # «отчёт РОИВ-координатора (Иванова М. С.)»
    decisions_total: int
    decisions_done: int
    minutes: str  # «№ 3 от 15.05.2026, опубликован 20.05.2026» or «—»


@dataclass(frozen=True)
class CouncilDecisionRow:
    meeting_date: dt.date
    text: str
    responsible: str
    due_date: dt.date | None
    overdue: bool


@dataclass(frozen=True)
class CouncilReportData:
    """The «Экспортный совет» section of a quarterly or annual report (``extras["council"]``)."""

    year: int
    as_of: dt.date
    implementation_year: int
    council_name: str
    regulation: str  # «Указ Губернатора № 12 от 01.02.2024» or «»
    chair: str
    deputy_chair: str
    members_count: int
    required_meetings: int
    meetings: tuple[CouncilMeetingRow, ...]
    decisions_done: int
    decisions_open: tuple[CouncilDecisionRow, ...]
    rules: tuple[RuleRow, ...]
    summary: str  # what is missing in one line
    warnings: tuple[str, ...] = ()

    @property
    def held_count(self) -> int:
        return sum(1 for m in self.meetings if m.status_label == MeetingStatus.HELD.label)


@dataclass(frozen=True)
class PersonLine:
    name: str
    position: str = ""
    organisation: str = ""

    @property
    def caption(self) -> str:
        """«Белова Н.И. — министр, Министерство …»: a line of those present."""
        position = (
            self.position[:1].lower() + self.position[1:]
            if self.position[1:2].islower()
            else self.position
        )
        rest = ", ".join(p for p in (position, self.organisation) if p.strip())
        short = initials_after(self.name)
        return f"{short} — {rest}" if rest else short


@dataclass(frozen=True)
class SpeechDoc:
    """Who reports on an agenda item and on what; ``person`` is None for a speaker typed by
    hand who is not a member (printed as typed: the user's own form of the name)."""

    speaker: str
    topic: str
    person: PersonLine | None = None
    approve: str = ""  # «отчёт о работе РОИВ-координатора за I полугодие»: the minutes approve it


@dataclass(frozen=True)
class DecisionDoc:
    text: str
    responsible: str = ""
    due_date: dt.date | None = None


@dataclass(frozen=True)
class AgendaItemDoc:
    number: int
    title: str
    speakers: tuple[str, ...]  # «Иванова Мария Сергеевна — О ходе реализации Плана»
    decisions: tuple[DecisionDoc, ...]
    speeches: tuple[SpeechDoc, ...] = ()


@dataclass(frozen=True)
class MeetingDocData:
    """One meeting, ready for its agenda and its minutes."""

    council_name: str
    region_name: str
    coordinator_body: str
    date: dt.date
    form_label: str
    venue: str
    minutes_number: str  # «» when no minutes yet: the draft leaves a blank
    chair: str
    deputy_chair: str
    present: tuple[PersonLine, ...]
    invited_exporters: int
    guests: str
    items: tuple[AgendaItemDoc, ...]
    generated_at: dt.datetime  # the workspace's date at the wall-clock time
    general_decisions: tuple[DecisionDoc, ...] = ()
    signed_by: str = ""
    start_time: str = ""  # «11:00», or «» for a blank
    chair_position: str = ""
    members_total: int = 0  # members on the Council that day: the quorum's base
    minutes_date: dt.date | None = None
    attendance_recorded: bool = True  # False: only the speakers and signers are known

    @property
    def attendance_blank(self) -> bool:
        """A draft before the roll is taken: the secretary writes in who came."""
        return self.is_draft and not self.attendance_recorded

    @property
    def is_draft(self) -> bool:
        """«ПРОЕКТ» until the minutes have a number and a date."""
        return not (self.minutes_number.strip() and self.minutes_date)

    @property
    def city(self) -> str:
        """«г. Демонстрационный» from the venue, else the region: the minutes' place."""
        head = self.venue.split(",")[0].strip()
        return (
            head
            if head.startswith(("г.", "г ", "город", "пгт", "с.", "пос."))
            else self.region_name
        )
