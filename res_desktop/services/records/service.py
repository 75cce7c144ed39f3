"""Records of instruments 6, 7, 8 and Table 1: editing and what they decide (issue 7)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from res_desktop.domain.common.countries import country_names
from res_desktop.domain.common.dates import not_after_today
from res_desktop.domain.common.dates import year_as_of
from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.records.model import CentreKpi
from res_desktop.domain.records.model import ForeignAgreement
from res_desktop.domain.records.model import Presence
from res_desktop.domain.records.model import PresenceFormat
from res_desktop.domain.records.model import PriorityCountry
from res_desktop.domain.records.model import StaffTraining
from res_desktop.domain.records.model import validate_kpi
from res_desktop.domain.records.model import validate_training
from res_desktop.reports.records.data import IndicatorsReportData
from res_desktop.reports.records.data import RecordsReportData
from res_desktop.services.common.input import stripped
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.results import refuse_invalid
from res_desktop.services.records import extract as records_extract
from res_desktop.services.records import indicators as indicator_service
from res_desktop.services.records.indicators import IndicatorTable
from res_desktop.storage.records import repo as records_repo

if TYPE_CHECKING:
    from res_desktop.services.common.context import ServiceContext
    from res_desktop.services.common.region import RegionService
    from res_desktop.services.exporters.analysis import AnalysisService


class RecordsService:
    def __init__(
        self, ctx: ServiceContext, *, region: RegionService, analysis: AnalysisService
    ) -> None:
        self._ctx = ctx
        self._region = region
        self._analysis = analysis

    # -- instrument 6 --------------------------------------------------------------------
    def kpis(self) -> list[CentreKpi]:
        return records_repo.KPIS.load(self._ctx.db)

    def kpi(self, year: int) -> CentreKpi | None:
        return records_repo.KPIS.get(self._ctx.db, year)

    def save_kpi(self, *, kpi: CentreKpi) -> CentreKpi:
        """Adds or replaces the year's plan and fact."""
        refuse_invalid(validate_kpi(kpi))
        kpi_id = self._ctx.write(records_repo.save_kpi, kpi)
        return dataclasses.replace(kpi, id=kpi_id)

    def delete_kpi(self, *, year: int) -> None:
        self._ctx.write(records_repo.KPIS.delete, year)

    # -- instrument 7 --------------------------------------------------------------------
    def countries(self) -> list[PriorityCountry]:
        return records_repo.load_countries(self._ctx.db)

    def add_country(self, *, code: str, listed_on: dt.date | None = None) -> PriorityCountry:
        code = code.strip().upper()
        if code not in country_names():
            raise ValidationFailed({"code": "Выберите страну из справочника."})
        if any(c.code == code for c in self.countries()):
            raise ValidationFailed({"code": "Эта страна уже в перечне приоритетных."})
        country = PriorityCountry(code=code, name=country_names()[code], listed_on=listed_on)
        return self._ctx.insert(records_repo.COUNTRIES.insert, country)

    def delete_country(self, *, country_id: int) -> None:
        """Removes the country with its formats of presence."""
        self._ctx.write(records_repo.COUNTRIES.delete, country_id)

    def presences(self) -> list[Presence]:
        return records_repo.PRESENCES.load(self._ctx.db)

    def add_presence(self, *, presence: Presence) -> Presence:
        if not any(c.id == presence.country_id for c in self.countries()):
            raise ValidationFailed({"country": "Приоритетная страна не найдена."})
        presence = dataclasses.replace(presence, description=presence.description.strip())
        if presence.format is PresenceFormat.OTHER and not presence.description:
            raise ValidationFailed({"description": "Опишите формат присутствия «Другое»."})
        if late := not_after_today(presence.since, self._ctx.today(), "Дата"):
            raise ValidationFailed({"since": late})
        return self._ctx.insert(records_repo.PRESENCES.insert, presence)

    def delete_presence(self, *, presence_id: int) -> None:
        self._ctx.write(records_repo.PRESENCES.delete, presence_id)

    def agreements(self) -> list[ForeignAgreement]:
        return records_repo.AGREEMENTS.load(self._ctx.db)

    def add_agreement(self, *, agreement: ForeignAgreement) -> ForeignAgreement:
        agreement = stripped(agreement, ("partner", "title"))
        errors = {}
        if not agreement.partner:
            errors["partner"] = "Укажите иностранного партнёра."
        if agreement.country_code not in country_names():
            errors["country_code"] = "Выберите страну из справочника."
        if late := not_after_today(agreement.signed_on, self._ctx.today(), "Дата подписания"):
            errors["signed_on"] = late
        refuse_invalid(errors)
        return self._ctx.insert(records_repo.AGREEMENTS.insert, agreement)

    def delete_agreement(self, *, agreement_id: int) -> None:
        self._ctx.write(records_repo.AGREEMENTS.delete, agreement_id)

    # -- instrument 8 --------------------------------------------------------------------
    def trainings(self) -> list[StaffTraining]:
        return records_repo.TRAININGS.load(self._ctx.db)

    def training(self, year: int) -> StaffTraining | None:
        return records_repo.TRAININGS.get(self._ctx.db, year)

    def save_training(self, *, training: StaffTraining) -> StaffTraining:
        refuse_invalid(validate_training(training))
        return self._ctx.write(records_repo.TRAININGS.save, training)

    def delete_training(self, *, year: int) -> None:
        self._ctx.write(records_repo.TRAININGS.delete, year)

    # -- verdicts, Table 1 and reports ---------------------------------------------------
    def verdicts(self, year: int, as_of: dt.date | None = None) -> dict[tuple[int, str], Verdict]:
        """(instrument number, item key) -> verdict, only for kinds of records kept."""
        on = as_of or year_as_of(year, self._ctx.today())
        return records_extract.verdicts(self, self._region, year, on)

    def indicators(self, year: int) -> IndicatorTable:
        return indicator_service.indicator_table(self._ctx, self._analysis, year)

    def set_indicator_value(
        self, *, number: int, year: int, kind: str, value: float | None
    ) -> None:
        indicator_service.set_value(self._ctx, number=number, year=year, kind=kind, value=value)

    def take_snapshot(self, *, year: int) -> None:
        """Keep the registry's present counts as ``year``'s (Table 1 of a past year)."""
        indicator_service.take_snapshot(self._ctx, year)

    def excluded_headings(self) -> list[tuple[str, str]]:
        """The ТН ВЭД codes Table 1's non-commodity export leaves out: (code, title)."""
        return indicator_service.excluded_headings(self._ctx)

    def set_excluded_headings(self, *, headings: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """The whole list replaced; refused with a message naming the line."""
        return indicator_service.set_excluded_headings(self._ctx, headings)

    def report_extract(self, year: int, as_of: dt.date) -> RecordsReportData:
        return records_extract.report_extract(self, self._region, year, as_of)

    def indicators_extract(self, year: int) -> IndicatorsReportData:
        return records_extract.indicators_extract(self._ctx, self._analysis, year)
