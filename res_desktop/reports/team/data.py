"""The management team as a report shows it: plain values filled by services/team_reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import field

from res_desktop.reports.common.data import RuleRow
from res_desktop.reports.common.data import Signatory


@dataclass(frozen=True)
class TeamMemberRow:
    full_name: str
    position: str
    organisation: str
    slot_label: str
    included_on: dt.date
    excluded_on: dt.date | None
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class SlotRow:
    label: str
    holders: tuple[str, ...]  # full names on the «as of» date
    required: bool


@dataclass(frozen=True)
class ActivityRow:
    starts_on: dt.date
    ends_on: dt.date
    kind_label: str
    title: str
    organisation: str
    hours: int
    mode_label: str
    topics: tuple[str, ...]
    certificate: str = ""  # «№ 123; скан: file.pdf»


@dataclass(frozen=True)
class MemberTraining:
    full_name: str
    slot_label: str
    activities: tuple[ActivityRow, ...]

    @property
    def total_hours(self) -> int:
        return sum(a.hours for a in self.activities)


@dataclass(frozen=True)
class TeamReportData:
    region_name: str
    coordinator_body: str
    contact_person: str
    year: int
    as_of: dt.date
    generated_at: dt.datetime
    implementation_year: int
    members: tuple[TeamMemberRow, ...]  # everyone on the team at some time in the year
    slots: tuple[SlotRow, ...]
    training: tuple[MemberTraining, ...]  # one per member listed, activities of the year
    events_count: int
    turnover_percent: int
    turnover_text: str
    retraining_required: bool
    retraining_note: str
    verdicts: tuple[RuleRow, ...]
    signatory: Signatory = field(default_factory=Signatory)
    phone: str = ""

    @property
    def total_hours(self) -> int:
        return sum(m.total_hours for m in self.training)

    @property
    def empty_slots(self) -> tuple[str, ...]:
        return tuple(s.label for s in self.slots if s.required and not s.holders)

    @property
    def current_count(self) -> int:
        return sum(1 for m in self.members if m.excluded_on is None or m.excluded_on > self.as_of)
