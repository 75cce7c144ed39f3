"""A company's value of each registry column, as an exported file and the import's
field-by-field changes show it (one source, so the two never read differently)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import format_plain
from res_desktop.domain.exporters import columns as col
from res_desktop.domain.exporters import import_values as val
from res_desktop.domain.exporters.model import Company

Value = str | float | dt.date | None

FIELD_VALUES: dict[str, Callable[[Company], Value]] = {
    col.INN: lambda c: c.inn,
    col.OGRN: lambda c: c.ogrn,
    col.FULL_NAME: lambda c: c.full_name,
    col.SHORT_NAME: lambda c: c.short_name,
    col.SME: lambda c: c.sme_category.label,
    col.MUNICIPALITY: lambda c: c.municipality,
    col.OKVED: lambda c: c.okved,
    col.INDUSTRY: lambda c: c.industry,
    col.STATUS: lambda c: c.status.label,
    col.STAGE: lambda c: c.export_stage.label if c.export_stage else "",
    col.PRODUCTS: lambda c: val.format_products(c.products),
    col.COUNTRIES: lambda c: val.format_countries(c.countries),
    col.NEEDS: lambda c: val.format_choices(c.needs, c.needs_text),
    col.BARRIERS: lambda c: val.format_choices(c.barriers, c.barriers_text),
    col.SOURCES: lambda c: val.format_sources(c.sources),
    col.CONTACT_PERSON: lambda c: c.contact_person,
    col.CONTACT_PHONE: lambda c: c.contact_phone,
    col.CONTACT_EMAIL: lambda c: c.contact_email,
    col.NOTES: lambda c: c.notes,
    col.LAST_CHECKED: lambda c: c.last_checked,
}


def field_value(company: Company, field: str) -> Value:
    """The value of one column, a volume column (``volume:2025``) included."""
    year = col.volume_year(field)
    if year is not None:
        return dict(company.export_volume).get(year)
    return FIELD_VALUES[field](company)


def field_text(company: Company, field: str) -> str:
    """The value as the user reads it: «1234,5», «05.04.2026», "" when empty."""
    value = field_value(company, field)
    if value is None:
        return ""
    if isinstance(value, float):
        return format_plain(value)
    if isinstance(value, dt.date):
        return date_short(value)
    return value
