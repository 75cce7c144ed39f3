"""Setting up and editing the region profile."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from res_desktop.domain.common.catalogue import Catalogue
from res_desktop.domain.common.catalogue import Funding
from res_desktop.domain.common.funding_marks import MarkedCatalogue
from res_desktop.domain.common.profile import RegionProfile
from res_desktop.domain.common.profile import validate_profile
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.results import refuse_invalid
from res_desktop.storage.common import region_repo

if TYPE_CHECKING:
    from res_desktop.services.common.context import ServiceContext


PLAN_YEARS = 4  # the Standard's plan speaks of the 1st to the 4th year (and later ones)


@dataclass(frozen=True)
class StartYearChange:
    """What moving the start of implementation changes, for the user to confirm first."""

    old: int
    new: int
    plan_years: tuple[tuple[int, int, int], ...]  # (year of implementation, old year, new year)
    left_out: Mapping[str, int]  # records in years no longer of the implementation, by table


class RegionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def start_year_change(self, new: int) -> StartYearChange | None:
        """None when the start year stays; else which plan years move and which records fall
        before the new start (they stay stored, outside the implementation period)."""
        profile = self.profile()
        if profile is None or profile.start_year == new:
            return None
        old = profile.start_year
        plan = tuple((n, old + n - 1, new + n - 1) for n in range(1, PLAN_YEARS + 1))
        left_out = region_repo.records_in_years(self._ctx.db, old, new - 1) if new > old else {}
        return StartYearChange(old, new, plan, {k: v for k, v in left_out.items() if v})

    def profile(self) -> RegionProfile | None:
        return region_repo.load_profile(self._ctx.db)

    def require_profile(self) -> RegionProfile:
        profile = self.profile()
        if profile is None:
            raise ValidationFailed(
                {"region": "Регион не настроен: пройдите первоначальную настройку."}
            )
        return profile

    def is_demo(self) -> bool:
        return region_repo.is_demo(self._ctx.db)

    def save(self, profile: RegionProfile, *, demo: bool = False) -> RegionProfile:
        refuse_invalid(validate_profile(profile, self._ctx.today()))
        self._ctx.write(region_repo.save_profile, profile, demo=demo)
        return profile

    def funding_marks(self) -> dict[str, Funding]:
        """The funding marks the region set itself, by instrument code (the rest: the TOML's)."""
        return {
            code: Funding(value)
            for code, value in region_repo.load_funding_marks(self._ctx.db).items()
        }

    def save_funding_marks(self, marks: Mapping[str, Funding]) -> None:
        """Sets the region's marks for the instruments given; one equal to the catalogue's own
        mark is not kept, so a later catalogue correction still reaches the region."""
        standard: dict[str, Funding] = {
            i.code: i.funding for i in self._standard_catalogue().instruments
        }
        unknown = [code for code in marks if code not in standard]
        if unknown:
            raise ValidationFailed(
                {"funding": f"Нет инструмента {', '.join(unknown)} в Стандарте."}
            )
        with self._ctx.writing():
            for code, funding in marks.items():
                kept = None if funding is standard[code] else funding.value
                region_repo.save_funding_mark(self._ctx.db, code, kept)

    def _standard_catalogue(self) -> Catalogue:
        catalogue = self._ctx.catalogue
        return catalogue.standard if isinstance(catalogue, MarkedCatalogue) else catalogue
