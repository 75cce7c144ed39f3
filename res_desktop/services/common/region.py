"""Setting up and editing the region profile."""

from __future__ import annotations

from typing import TYPE_CHECKING

from res_desktop.domain.common.profile import RegionProfile, validate_profile
from res_desktop.services.common.results import ValidationFailed
from res_desktop.storage.common import region_repo

if TYPE_CHECKING:
    from res_desktop.services.common.workspace import Workspace


class RegionService:
    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def profile(self) -> RegionProfile | None:
        return region_repo.load_profile(self._ws.db)

    def require_profile(self) -> RegionProfile:
        profile = self.profile()
        if profile is None:
            raise ValidationFailed(
                {"region": "Регион не настроен: пройдите первоначальную настройку."}
            )
        return profile

    def is_demo(self) -> bool:
        return region_repo.is_demo(self._ws.db)

    def save(self, profile: RegionProfile, *, demo: bool = False) -> RegionProfile:
        errors = validate_profile(profile, self._ws.today())
        if errors:
            raise ValidationFailed(errors)
        with self._ws.db.atomic():
            region_repo.save_profile(self._ws.db, profile, demo=demo)
        return profile
