"""Setting up and editing the region profile."""

from __future__ import annotations

from typing import TYPE_CHECKING

from res_desktop.domain.common.profile import RegionProfile, validate_profile
from res_desktop.services.common.results import ValidationFailed, refuse_invalid
from res_desktop.storage.common import region_repo

if TYPE_CHECKING:
    from res_desktop.services.common.context import ServiceContext


class RegionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

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
