"""What the records and indicators sections print: plain frozen values (issue 7)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KpiLine:
    label: str
    plan: str
    fact: str
    met: bool


@dataclass(frozen=True)
class PresenceLine:
    country: str
    formats: str  # «—» when there is none


@dataclass(frozen=True)
class RecordsReportData:
    """Instruments 6, 7, 8 in one year."""

    year: int
    centre: str  # «ЦПЭ» or «специалист по поддержке экспортёров»
    kpis: tuple[KpiLine, ...]
    presence: tuple[PresenceLine, ...]
    presence_note: str
    agreements: tuple[str, ...]
    training: tuple[tuple[str, str], ...]  # label, value
    training_note: str


@dataclass(frozen=True)
class IndicatorPoint:
    year: int
    actual: float | None
    plan: float | None
    reference: float | None


@dataclass(frozen=True)
class IndicatorReportRow:
    number: int
    title: str
    unit: str
    actual: float | None
    source: str  # «из реестра» / «введено вручную» / «нет данных»
    plan: float | None
    reference: str
    met_reference: bool | None
    met_plan: bool | None
    series: tuple[IndicatorPoint, ...]


@dataclass(frozen=True)
class IndicatorsReportData:
    year: int
    rows: tuple[IndicatorReportRow, ...]
