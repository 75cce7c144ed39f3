"""Activities of instruments 10-15 as a report shows them (filled by services/activities)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ActivityReportRow:
    instrument: str  # «12»
    kind_label: str
    title: str
    starts_on: dt.date
    ends_on: dt.date
    place: str  # country name or «Россия», with the format
    companies: int
    contracts_count: int
    contracts_kusd: float
    link: str = ""


@dataclass(frozen=True)
class InstrumentVerdictRow:
    instrument: str
    title: str
    met: bool
    note: str
    held: int  # activities held in the year up to the «as of» date


@dataclass(frozen=True)
class ActivitiesReportData:
    year: int
    as_of: dt.date
    rows: tuple[ActivityReportRow, ...]  # held in the year by the «as of» date
    verdicts: tuple[InstrumentVerdictRow, ...]
    plan_text: str  # instrument 11's plan approval, or what is missing
    website_missing: tuple[str, ...]  # topic labels not placed in the website section

    @property
    def total_contracts(self) -> int:
        return sum(r.contracts_count for r in self.rows)

    @property
    def total_kusd(self) -> float:
        return sum(r.contracts_kusd for r in self.rows)
