"""The region profile: who the coordinator is and when the region started."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from res_desktop.domain.common.catalogue import RegionSettings
from res_desktop.domain.common.catalogue import year_bucket
from res_desktop.domain.common.declension import initials_before
from res_desktop.domain.common.text_checks import is_email

FIRST_STANDARD_YEAR = 2019


@dataclass(frozen=True)
class RegionProfile:
    region_code: str
    region_name: str
    coordinator_body: str
    start_year: int
    low_export_potential: bool = False
    federal_city: bool = False
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    export_centre_federal_funding: bool = False  # instrument 6's compliance criterion applies
    head_name: str = ""  # «Громов Андрей Павлович»: signs the official papers
    head_position: str = ""  # «Министр экономического развития Калужской области»
    head_signature: str = ""  # the transcript as typed; empty: «А.П. Громов» from the name

    @property
    def settings(self) -> RegionSettings:
        return RegionSettings(
            low_export_potential=self.low_export_potential,
            federal_city=self.federal_city,
            export_centre_federal_funding=self.export_centre_federal_funding,
        )

    @property
    def signature_transcript(self) -> str:
        """«А.П. Громов» under the head's signature (ГОСТ Р 7.0.97), or the form typed."""
        return self.head_signature.strip() or initials_before(self.head_name)

    def implementation_year(self, year: int) -> int:
        """The region's N-th year of implementing the Standard (1 in the start year)."""
        return max(year - self.start_year + 1, 1)

    def year_bucket(self, year: int) -> int:
        return year_bucket(self.implementation_year(year))


def validate_profile(profile: RegionProfile, today: dt.date) -> dict[str, str]:
    """Field name -> Russian message; empty when the profile can be saved."""
    errors: dict[str, str] = {}
    if not profile.region_code or not profile.region_name:
        errors["region"] = "Выберите субъект Российской Федерации."
    if len(profile.coordinator_body.strip()) < 3:
        errors["coordinator_body"] = "Укажите наименование РОИВ-координатора."
    if not FIRST_STANDARD_YEAR <= profile.start_year <= today.year + 1:
        errors["start_year"] = (
            f"Год начала внедрения должен быть от {FIRST_STANDARD_YEAR} до {today.year + 1}."
        )
    if profile.email and not is_email(profile.email):
        errors["email"] = "Адрес электронной почты указан неверно."
    return errors
