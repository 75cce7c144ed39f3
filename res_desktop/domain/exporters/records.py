"""The registry's side records: support received, saved filters, duplicates, merges."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NewType

from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.exporters.query import RegistryQuery

SupportId = NewType("SupportId", int)
FilterId = NewType("FilterId", int)
MergeId = NewType("MergeId", int)


@dataclass(frozen=True)
class SupportRecord:
    """One support measure a company received (instrument 9: targeted support)."""

    company_id: CompanyId
    measure: str
    given_on: dt.date
    provider: str = ""
    result: str = ""
    export_contract: bool = False
    amount_kusd: float | None = None  # the export contract's amount, thousand USD
    id: SupportId | None = None


@dataclass(frozen=True)
class ActivitySupport:
    """Support given by taking part in an activity of instruments 10-15 (issue 15): read
    from the activity, so it is counted without being entered in the support log again."""

    given_on: dt.date  # the activity's last day
    title: str
    instrument: str  # "10".."15"
    kind: str  # Russian label of the activity's type


@dataclass(frozen=True)
class SavedFilter:
    name: str
    query: RegistryQuery
    id: FilterId | None = None


@dataclass(frozen=True)
class DuplicatePair:
    first: CompanyId
    second: CompanyId
    reason: str  # Russian: why the two look like one company
    warning: str = ""  # Russian: why they may be two companies after all (two valid ИНН)


@dataclass(frozen=True)
class MergeRecord:
    """A company merged into another: what it was, kept as history."""

    kept_id: CompanyId
    removed_inn: str
    removed_record: str  # JSON
    merged_at: str
    id: MergeId | None = None
    undoable: bool = False  # made by a release that keeps what undoing needs (issue 15)
