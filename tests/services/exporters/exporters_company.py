"""One company with every field of the registry filled, for the registry and export tests."""

from __future__ import annotations

import datetime as dt

from res_desktop.domain.exporters.model import Barrier
from res_desktop.domain.exporters.model import Company
from res_desktop.domain.exporters.model import DataSource
from res_desktop.domain.exporters.model import ExporterStatus
from res_desktop.domain.exporters.model import ExportStage
from res_desktop.domain.exporters.model import Need
from res_desktop.domain.exporters.model import Product
from res_desktop.domain.exporters.model import SmeCategory

FULL = Company(
    inn="6731000342",
    ogrn="1026701449719",
    full_name="Общество с ограниченной ответственностью «Смоленский Экспорт Льна»",
    short_name="ООО «Смоленский Экспорт Льна»",
    sme_category=SmeCategory.SMALL,
    municipality="Вяземский муниципальный округ",
    okved="13.20",
    industry="Лёгкая промышленность",
    status=ExporterStatus.ACTIVE,
    export_stage=ExportStage.REGULAR,
    products=(Product("530911", "Ткани льняные"), Product("630210", "Бельё постельное")),
    countries=("BY", "CN", "KZ"),
    export_volume=((2024, 1234.5), (2025, 2000.0)),
    needs=(Need.EXHIBITIONS, Need.CERTIFICATION),
    needs_text="Нужен стенд на «Иннопроме»",
    barriers=(Barrier.LOGISTICS, Barrier.PAYMENTS),
    barriers_text="Платежи через банки-посредники",
    sources=((DataSource.FTS, dt.date(2026, 3, 1)), (DataSource.CPE, None)),
    contact_person="Ёлкина Анна Петровна",
    contact_phone="+7 (4812) 00-00-00",
    contact_email="export@лён.рф",
    notes="Проверено по выписке ЕГРЮЛ",
    last_checked=dt.date(2026, 10, 1),
)
