"""The registry's yearly analysis as plain values (instrument 9): figures, barriers, dispatches."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NewType

from res_desktop.domain.common.dates import not_after_today
from res_desktop.domain.exporters.model import Barrier

DispatchId = NewType("DispatchId", int)

MINEC = "Минэкономразвития России"
REC = "АО «Российский экспортный центр»"
RECIPIENTS = (MINEC, REC)

# Barriers whose removal is a federal matter (customs, foreign technical rules, currency
# control, trade restrictions abroad, transport): the default list sent to the federal body
# and РЭЦ; the coordinator may add or remove kinds before sending.
FEDERAL_BARRIERS: tuple[Barrier, ...] = (
    Barrier.CUSTOMS,
    Barrier.CERTIFICATION,
    Barrier.LOGISTICS,
    Barrier.PAYMENTS,
    Barrier.NON_TARIFF,
)

Pairs = tuple[tuple[str, int], ...]  # key (enum value, "" when not filled) -> count


def count_of(pairs: Pairs, key: str) -> int:
    return next((n for k, n in pairs if k == key), 0)


@dataclass(frozen=True)
class GroupStats:
    """One industry or municipality: companies, stages, needs and barriers."""

    name: str  # "" when the field is not filled
    companies: int
    exporters: int  # status «действующий экспортёр»
    potential: int
    stages: Pairs  # export stage value ("" = not determined) -> companies
    needs: Pairs  # need value -> companies
    barriers: Pairs  # barrier value -> companies

    @property
    def with_stage(self) -> int:
        return sum(n for k, n in self.stages if k)


@dataclass(frozen=True)
class SupportFigures:
    records: int
    companies: int
    export_contracts: int  # records that ended in an export contract
    amount_kusd: float


@dataclass(frozen=True)
class IndustryShare:
    industry: str
    volume_kusd: float
    share: float  # of the year's total volume, 0..1


@dataclass(frozen=True)
class IndicatorFigures:
    """What the Standard's Table 1 indicators need from the registry for one year."""

    year: int
    sme_exporters: int  # active exporters of the micro / small / medium categories
    export_countries: int  # distinct countries of active exporters
    tnved_positions: int  # distinct 6-digit ТН ВЭД codes of active exporters
    export_volume_kusd: float  # the year's total, thousand USD
    volume_by_year: tuple[tuple[int, float], ...]
    industry_shares: tuple[IndustryShare, ...]  # largest first; blank industry left out
    unassigned_volume_kusd: float  # volume of companies without an industry

    @property
    def leading_share(self) -> float | None:
        return self.industry_shares[0].share if self.industry_shares else None

    @property
    def top5_share(self) -> float | None:
        if not self.industry_shares:
            return None
        return sum(s.share for s in self.industry_shares[:5])


@dataclass(frozen=True)
class YearActivity:
    """What was done with the registry in one calendar year."""

    year: int
    checked: int  # companies with last_checked in the year
    sourced: int  # companies with a source dated in the year
    in_year: int  # companies checked or sourced in the year
    in_year_with_stage: int
    in_year_analysed: int  # with at least one need or barrier (list or text)
    sources: tuple[tuple[str, int, dt.date], ...]  # source value, companies, first date
    support: SupportFigures
    supported_with_needs: int  # companies with needs that received support in the year
    first_support_with_needs: dt.date | None
    last_date: dt.date | None  # the latest check or source date in the year
    first_date: dt.date | None = None  # the earliest (instrument 9's «реестр сформирован»)


@dataclass(frozen=True)
class RegistryAnalysis:
    year: int
    total: int
    by_status: Pairs
    by_stage: Pairs
    by_sme: Pairs
    needs: Pairs  # need -> companies
    barriers: Pairs
    with_needs: int  # companies with at least one need
    with_barriers: int
    by_industry: tuple[GroupStats, ...]
    by_municipality: tuple[GroupStats, ...]
    activity: YearActivity
    indicators: IndicatorFigures


@dataclass(frozen=True)
class BarrierToSend:
    barrier: Barrier
    companies: int
    industries: tuple[str, ...]
    examples: tuple[str, ...]  # company names (up to five)
    details: tuple[str, ...] = ()  # the companies' own words, for «иное»


@dataclass(frozen=True)
class BarrierDispatch:
    year: int
    sent_on: dt.date
    outgoing_number: str
    recipient: str
    id: DispatchId | None = None

    @property
    def to_rec(self) -> bool:
        return self.recipient == REC


def validate_dispatch(dispatch: BarrierDispatch, today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not dispatch.outgoing_number.strip():
        errors["outgoing_number"] = "Укажите исходящий номер письма."
    if not dispatch.recipient.strip():
        errors["recipient"] = "Укажите адресата письма."
    if future := not_after_today(dispatch.sent_on, today, "Дата отправки"):
        errors["sent_on"] = future
    elif dispatch.sent_on.year < dispatch.year:
        errors["sent_on"] = (
            f"Результаты анализа за {dispatch.year} год не могли быть направлены "
            f"раньше {dispatch.year} года."
        )
    return errors
