"""A company as JSON: kept as history when merged away, or before an import changes it."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.exporters.model import (
    Barrier,
    Company,
    DataSource,
    ExporterStatus,
    ExportStage,
    Need,
    Product,
    SmeCategory,
)


def _day(value: object) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def company_to_dict(company: Company) -> dict[str, Any]:
    return {
        "id": company.id,
        "inn": company.inn,
        "ogrn": company.ogrn,
        "full_name": company.full_name,
        "short_name": company.short_name,
        "sme_category": company.sme_category.value,
        "municipality": company.municipality,
        "okved": company.okved,
        "industry": company.industry,
        "status": company.status.value,
        "export_stage": company.export_stage.value if company.export_stage else None,
        "products": [[p.tnved, p.name] for p in company.products],
        "countries": list(company.countries),
        "export_volume": [[year, volume] for year, volume in company.export_volume],
        "needs": [n.value for n in company.needs],
        "needs_text": company.needs_text,
        "barriers": [b.value for b in company.barriers],
        "barriers_text": company.barriers_text,
        "sources": [[s.value, d.isoformat() if d else None] for s, d in company.sources],
        "contact_person": company.contact_person,
        "contact_phone": company.contact_phone,
        "contact_email": company.contact_email,
        "notes": company.notes,
        "last_checked": company.last_checked.isoformat() if company.last_checked else None,
    }


def company_from_dict(raw: Mapping[str, Any]) -> Company:
    stage = raw.get("export_stage")
    return Company(
        id=CompanyId(int(raw["id"])) if raw.get("id") is not None else None,
        inn=str(raw["inn"]),
        ogrn=str(raw.get("ogrn", "")),
        full_name=str(raw["full_name"]),
        short_name=str(raw.get("short_name", "")),
        sme_category=SmeCategory(raw.get("sme_category", "unknown")),
        municipality=str(raw.get("municipality", "")),
        okved=str(raw.get("okved", "")),
        industry=str(raw.get("industry", "")),
        status=ExporterStatus(raw.get("status", "potential")),
        export_stage=ExportStage(stage) if stage else None,
        products=tuple(Product(str(t), str(n)) for t, n in raw.get("products", ())),
        countries=tuple(str(c) for c in raw.get("countries", ())),
        export_volume=tuple((int(y), float(v)) for y, v in raw.get("export_volume", ())),
        needs=tuple(Need(n) for n in raw.get("needs", ())),
        needs_text=str(raw.get("needs_text", "")),
        barriers=tuple(Barrier(b) for b in raw.get("barriers", ())),
        barriers_text=str(raw.get("barriers_text", "")),
        sources=tuple((DataSource(s), _day(d)) for s, d in raw.get("sources", ())),
        contact_person=str(raw.get("contact_person", "")),
        contact_phone=str(raw.get("contact_phone", "")),
        contact_email=str(raw.get("contact_email", "")),
        notes=str(raw.get("notes", "")),
        last_checked=_day(raw.get("last_checked")),
    )


def company_to_json(company: Company) -> str:
    return json.dumps(company_to_dict(company), ensure_ascii=False, sort_keys=True)


def company_from_json(text: str) -> Company:
    return company_from_dict(json.loads(text))
