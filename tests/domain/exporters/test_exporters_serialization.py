"""A company's JSON form, kept in import_change and in the merge history: stored records of
earlier versions must still read back."""

from __future__ import annotations

import datetime as dt
import json

from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.exporters.model import Company
from res_desktop.domain.exporters.model import DataSource
from res_desktop.domain.exporters.model import ExporterStatus
from res_desktop.domain.exporters.model import Need
from res_desktop.domain.exporters.model import Product
from res_desktop.domain.exporters.model import SmeCategory
from res_desktop.domain.exporters.serialization import company_from_json
from res_desktop.domain.exporters.serialization import company_to_dict
from res_desktop.domain.exporters.serialization import company_to_json

COMPANY = Company(
    inn="6731000342", full_name="ООО «Лён»", sme_category=SmeCategory.SMALL,
    status=ExporterStatus.ACTIVE, products=(Product("530911", "Ткани льняные"),),
    countries=("BY", "CN"), export_volume=((2025, 12.5),), needs=(Need.FINANCE,),
    sources=((DataSource.FTS, dt.date(2026, 3, 1)), (DataSource.CPE, None)),
    last_checked=dt.date(2026, 4, 2), id=CompanyId(7),
)  # fmt: skip
STORED = {  # as written since issue 6
    "id": 7, "inn": "6731000342", "ogrn": "", "full_name": "ООО «Лён»", "short_name": "",
    "sme_category": "small", "municipality": "", "okved": "", "industry": "",
    "status": "active", "export_stage": None, "products": [["530911", "Ткани льняные"]],
    "countries": ["BY", "CN"], "export_volume": [[2025, 12.5]], "needs": ["finance"],
    "needs_text": "", "barriers": [], "barriers_text": "",
    "sources": [["fts", "2026-03-01"], ["cpe", None]], "contact_person": "",
    "contact_phone": "", "contact_email": "", "notes": "", "last_checked": "2026-04-02",
}  # fmt: skip


def test_company_json_form_is_the_stored_one() -> None:
    assert company_to_dict(COMPANY) == STORED
    assert json.loads(company_to_json(COMPANY)) == STORED


def test_stored_company_reads_back_with_its_id() -> None:
    company = company_from_json(json.dumps(STORED))
    assert company == COMPANY and company.id == 7
    assert company.sources[1] == (DataSource.CPE, None)
    assert isinstance(company.products[0], Product) and isinstance(company.export_volume[0], tuple)


def test_missing_fields_keep_their_defaults_and_unknown_keys_are_ignored() -> None:
    company = company_from_json('{"inn": "6731000342", "full_name": "ООО «Лён»", "fax": "1"}')
    assert company == Company(inn="6731000342", full_name="ООО «Лён»") and company.id is None
