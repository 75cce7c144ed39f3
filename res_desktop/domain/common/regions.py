"""The 89 subjects of the Russian Federation, from resources/catalogue/regions.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    federal_district: str
    federal_city: bool


def load_regions(folder: Path) -> tuple[Region, ...]:
    raw = tomllib.loads((folder / "regions.toml").read_text("utf-8"))
    return tuple(
        Region(
            code=str(r["code"]),
            name=str(r["name"]),
            federal_district=str(r["federal_district"]),
            federal_city=bool(r.get("federal_city", False)),
        )
        for r in raw["regions"]
    )
