"""The 89 subjects of the Russian Federation, from resources/catalogue/regions.toml."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from res_desktop.domain.common.catalogue import catalogue_table


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    federal_district: str
    federal_city: bool


def load_regions(folder: Path) -> tuple[Region, ...]:
    return tuple(
        Region(
            code=str(r["code"]),
            name=str(r["name"]),
            federal_district=str(r["federal_district"]),
            federal_city=bool(r.get("federal_city", False)),
        )
        for r in catalogue_table(folder, "regions")
    )
