"""Countries of export: ISO 3166-1 alpha-2 codes with Russian names (resources/catalogue)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from res_desktop import paths
from res_desktop.domain.common.catalogue import catalogue_table


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2, upper case
    name: str  # short Russian name, as in ОКСМ
    aliases: tuple[str, ...] = ()


def load_countries(folder: Path) -> tuple[Country, ...]:
    return tuple(
        Country(
            code=str(c["code"]),
            name=str(c["name"]),
            aliases=tuple(str(a) for a in c.get("aliases", ())),
        )
        for c in catalogue_table(folder, "countries")
    )


@cache
def all_countries() -> tuple[Country, ...]:
    """The bundled list, read once per process."""
    return load_countries(paths.catalogue_dir())


@cache
def country_names() -> dict[str, str]:
    return {c.code: c.name for c in all_countries()}


def country_name(code: str) -> str:
    """«Китай» for "CN"; an unknown code is shown as it is."""
    return country_names().get(code, code)


def _key(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


@cache
def _lookup() -> dict[str, str]:
    found: dict[str, str] = {}
    for country in all_countries():
        for text in (country.code, country.name, *country.aliases):
            found.setdefault(_key(text), country.code)
    return found


def country_code(text: str) -> str | None:
    """The code for a code, a name or a usual alias («КНР» -> "CN"); None when unknown."""
    return _lookup().get(_key(text))
