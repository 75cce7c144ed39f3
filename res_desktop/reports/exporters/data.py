"""The exporter registry as its PDFs show it: plain values with Russian labels."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class CountLine:
    label: str
    count: int
    share: float  # of the total it belongs to, 0..1


@dataclass(frozen=True)
class GroupLine:
    """One industry or municipality."""

    name: str  # «не указана» when blank
    companies: int
    exporters: int
    potential: int
    with_stage: int
    needs: int  # needs identified (a company counts once per need)
    barriers: int
    top_need: str  # label or «—»
    top_barrier: str


@dataclass(frozen=True)
class BarrierLine:
    label: str
    companies: int
    industries: tuple[str, ...]
    examples: tuple[str, ...]
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class DispatchLine:
    sent_on: dt.date
    outgoing_number: str
    recipient: str


@dataclass(frozen=True)
class VerdictLine:
    title: str
    status_label: str  # «выполнено»
    note: str


@dataclass(frozen=True)
class ExporterReportData:
    """The «База экспортёров» section of a quarterly or annual report (``extras["exporters"]``)."""

    year: int
    as_of: dt.date
    total: int
    in_year: int  # checked or received from sources in the year
    checked: int
    sourced: int
    sources: tuple[CountLine, ...]  # companies per source dated in the year
    by_status: tuple[CountLine, ...]
    by_stage: tuple[CountLine, ...]
    by_sme: tuple[CountLine, ...]
    industries: tuple[GroupLine, ...]
    municipalities: tuple[GroupLine, ...]
    needs: tuple[CountLine, ...]  # share of all companies
    barriers: tuple[CountLine, ...]
    with_needs: int
    with_barriers: int
    support_records: int
    support_companies: int
    support_contracts: int
    support_amount_kusd: float
    indicators: tuple[tuple[str, str], ...]  # (figure, value)
    barriers_to_send: tuple[BarrierLine, ...]
    dispatches: tuple[DispatchLine, ...]
    verdicts: tuple[VerdictLine, ...]


@dataclass(frozen=True)
class BarriersAnnexData:
    """«Приложение. Барьеры, …» sent with the letter to the federal body and РЭЦ."""

    region_name: str
    coordinator_body: str
    year: int
    generated_at: dt.datetime
    total_companies: int  # in the registry
    analysed_companies: int  # with barriers identified
    barriers: tuple[BarrierLine, ...]
    contact_person: str = ""
    phone: str = ""
    email: str = ""
