"""What the Council's PDFs show, as plain values: the service fills them, builders only read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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
        rest = ", ".join(p for p in (self.position, self.organisation) if p.strip())
        return f"{self.name} — {rest}" if rest else self.name


@dataclass(frozen=True)
class AgendaItemDoc:
    number: int
    title: str
    speakers: tuple[str, ...]  # «Иванова М. С. — отчёт РОИВ-координатора …»
    decisions: tuple[str, ...]


@dataclass(frozen=True)
class MeetingDocData:
    """One meeting, ready for its agenda and the draft of its minutes."""

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
    general_decisions: tuple[str, ...] = ()
    signed_by: str = ""
