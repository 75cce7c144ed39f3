"""Two records of one company made into one: the kept record's values win, lists unite."""

from __future__ import annotations

import dataclasses
from typing import Any

from res_desktop.domain.exporters.model import Company
from res_desktop.domain.exporters.model import SmeCategory
from res_desktop.domain.exporters.model import is_valid_inn


def _union(kept: tuple[Any, ...], other: tuple[Any, ...], key: Any = None) -> tuple[Any, ...]:
    """Kept items first; the other's items only where the key is new."""
    key = key or (lambda item: item)
    seen = {key(item) for item in kept}
    return (*kept, *(item for item in other if key(item) not in seen))


def _first(kept: Any, other: Any) -> Any:
    return kept if kept not in ("", None) else other


def merge_companies(kept: Company, removed: Company) -> Company:
    """The company as it stands after ``removed`` is merged into ``kept``."""
    scalars = {
        f.name: _first(getattr(kept, f.name), getattr(removed, f.name))
        for f in dataclasses.fields(Company)
        if isinstance(getattr(kept, f.name), str) or getattr(kept, f.name) is None
    }
    scalars.pop("id", None)
    if kept.sme_category is SmeCategory.UNKNOWN:
        scalars["sme_category"] = removed.sme_category
    if kept.last_checked and removed.last_checked:
        scalars["last_checked"] = max(kept.last_checked, removed.last_checked)
    return dataclasses.replace(
        kept,
        **scalars,
        products=_union(kept.products, removed.products, lambda p: p.tnved),
        countries=_union(kept.countries, removed.countries),
        export_volume=_union(kept.export_volume, removed.export_volume, lambda v: v[0]),
        needs=_union(kept.needs, removed.needs),
        barriers=_union(kept.barriers, removed.barriers),
        sources=_union(kept.sources, removed.sources, lambda s: s[0]),
    )


def two_companies_warning(first_inn: str, second_inn: str) -> str:
    """Two different valid ИНН are two taxpayers: the duplicate finder says so (issue 15)."""
    if first_inn != second_inn and is_valid_inn(first_inn) and is_valid_inn(second_inn):
        return (
            f"ИНН {first_inn} и {second_inn} различны и оба действительны: по данным ФНС это "
            "две разные организации. Объединяйте их, только если одна из записей ошибочна."
        )
    return ""
