"""Records of instruments 6, 7 and 8: centre KPIs, presence abroad, staff training (issue 7)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from res_desktop.domain.common.labelled import LabelledEnum
from res_desktop.domain.common.russian import figure_errors


class PresenceFormat(LabelledEnum):
    """The formats of presence abroad the Standard lists for instrument 7."""

    OWN_OFFICE = "own_office", "Собственное представительство"
    TRADE_MISSION = "trade_mission", "Представитель в составе торгпредства"
    INTERNSHIPS = "internships", "Систематические стажировки в торгпредстве / РЭЦ"
    SUBORDINATE_OFFICE = "subordinate_office", "Представительство подведомственной организации"
    PPP = "ppp", "Государственно-частное партнёрство"
    INTERREGIONAL = "interregional", "Межрегиональное представительство"
    OTHER = "other", "Другое"


@dataclass(frozen=True)
class CentreKpi:
    """One year's KPIs of the export support centre (or the specialist): plan and fact."""

    year: int
    plan_supported: int
    fact_supported: int | None = None
    plan_contracts: int = 0
    fact_contracts: int | None = None
    plan_volume_kusd: float = 0.0  # supported export volume, thousand USD
    fact_volume_kusd: float | None = None
    approved_on: dt.date | None = None  # when the year's KPIs were set
    reported_on: dt.date | None = None  # the year's report with the facts
    id: int | None = None


@dataclass(frozen=True)
class PriorityCountry:
    """A country the export strategy names as priority."""

    code: str  # ISO 3166-1 alpha-2
    name: str
    listed_on: dt.date | None = None
    id: int | None = None


@dataclass(frozen=True)
class Presence:
    """One format of presence in a priority country."""

    country_id: int
    format: PresenceFormat
    description: str = ""
    since: dt.date | None = None
    id: int | None = None


@dataclass(frozen=True)
class ForeignAgreement:
    """An agreement with a foreign region or authority (4-ФЗ, 179-ФЗ)."""

    partner: str
    country_code: str
    signed_on: dt.date
    title: str = ""
    id: int | None = None


@dataclass(frozen=True)
class StaffTraining:
    """One year's staff training: the plan and what was done."""

    year: int
    planned: int
    trained: int | None = None
    interned: int | None = None
    programmes_developed: bool = False  # year 1: programmes or a system of sending students
    plan_approved_on: dt.date | None = None
    reported_on: dt.date | None = None
    id: int | None = None


KPI_FIGURES = ("plan_supported", "fact_supported", "plan_contracts", "fact_contracts",
               "plan_volume_kusd", "fact_volume_kusd")  # fmt: skip
TRAINING_FIGURES = ("planned", "trained", "interned")


def validate_kpi(kpi: CentreKpi) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not 2019 <= kpi.year <= 2100:
        errors["year"] = "Укажите год от 2019 до 2100."
    for field in ("plan_supported", "plan_contracts", "plan_volume_kusd"):
        if getattr(kpi, field) < 0:
            errors[field] = "Плановое значение не может быть отрицательным."
    for field in ("fact_supported", "fact_contracts", "fact_volume_kusd"):
        value = getattr(kpi, field)
        if value is not None and value < 0:
            errors[field] = "Фактическое значение не может быть отрицательным."
    if kpi.plan_supported == 0 and kpi.plan_contracts == 0 and kpi.plan_volume_kusd == 0:
        errors["plan_supported"] = "Укажите хотя бы одно плановое значение КПЭ."
    errors.update(figure_errors({f: getattr(kpi, f) for f in KPI_FIGURES}))
    return errors


def validate_training(training: StaffTraining) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not 2019 <= training.year <= 2100:
        errors["year"] = "Укажите год от 2019 до 2100."
    if training.planned < 0:
        errors["planned"] = "Плановое число обучаемых не может быть отрицательным."
    if training.trained is not None and training.trained < 0:
        errors["trained"] = "Число обученных не может быть отрицательным."
    if training.interned is not None:
        if training.interned < 0:
            errors["interned"] = "Число стажёров не может быть отрицательным."
        elif training.trained is None or training.interned > training.trained:
            errors["interned"] = "Стажёров не может быть больше, чем обученных."
    errors.update(figure_errors({f: getattr(training, f) for f in TRAINING_FIGURES}))
    return errors
