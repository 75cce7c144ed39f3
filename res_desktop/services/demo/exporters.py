"""A few hundred realistic companies for the demo region's exporter registry (issue 6)."""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.exporters.model import Barrier
from res_desktop.domain.exporters.model import Company
from res_desktop.domain.exporters.model import DataSource
from res_desktop.domain.exporters.model import ExporterStatus
from res_desktop.domain.exporters.model import ExportStage
from res_desktop.domain.exporters.model import Need
from res_desktop.domain.exporters.model import Product
from res_desktop.domain.exporters.model import SmeCategory
from res_desktop.services.demo import exporter_data as data
from res_desktop.storage.common.convert import now_text
from res_desktop.storage.exporters import bulk

if TYPE_CHECKING:
    from res_desktop.services.common.workspace import Workspace

SEED = 9  # instrument 9
_STAGES = {
    ExporterStatus.ACTIVE: (ExportStage.FIRST_DEALS, ExportStage.REGULAR, ExportStage.EXPANDING),
    ExporterStatus.POTENTIAL: (
        ExportStage.NOT_READY, ExportStage.INTERESTED, ExportStage.PREPARING,
    ),
    ExporterStatus.STOPPED: (ExportStage.FIRST_DEALS, ExportStage.REGULAR),
}  # fmt: skip
_SME = (SmeCategory.MICRO, SmeCategory.SMALL, SmeCategory.MEDIUM, SmeCategory.LARGE)


def fill_exporters_demo(ws: Workspace, today: dt.date, count: int = 300) -> int:
    """``count`` companies, the same ones every time; nothing when the registry has any.

    Returns how many were added.
    """
    db = ws.db
    if bulk.registry_size(db):
        return 0
    rng = random.Random(SEED)
    companies = _companies(rng, today, count)
    with db.atomic():
        bulk.add_industries(db, list(data.INDUSTRIES))
        ids = bulk.insert_companies(db, companies, now_text())
        bulk.insert_support(db, _support(rng, today, ids, companies))
    return len(companies)


def _companies(rng: random.Random, today: dt.date, count: int) -> list[Company]:
    """Unique ИНН; names unique too while the word lists allow (a few hundred)."""
    inns: set[str] = set()
    names: set[str] = set()
    found: list[Company] = []
    attempts = 0
    while len(found) < count:
        attempts += 1
        company = _company(rng, today, len(found))
        repeated = company.full_name in names and attempts < count * 5
        if company.inn not in inns and not repeated:
            inns.add(company.inn)
            names.add(company.full_name)
            found.append(company)
    return found


def _names(rng: random.Random, stems: tuple[str, ...], index: int) -> tuple[str, str, str, str]:
    """(ИНН, ОГРН, full name, short name): every seventh is an entrepreneur."""
    registered = rng.randint(1998, 2023)
    if index % 7 == 6:
        person = data.person_name(rng)
        surname, name, patronymic = person.split()
        short = f"ИП {surname} {name[0]}. {patronymic[0]}."
        full = f"Индивидуальный предприниматель {person}"
        return data.person_inn(rng), data.person_ogrnip(rng, registered), full, short
    form, abbreviation = data.FORMS[0] if rng.random() < 0.85 else data.FORMS[1]
    stem = rng.choice(stems)
    label = stem if "«" in stem else f"«{stem}»"
    if "«" not in stem and rng.random() < 0.7:
        places = [m.split()[0] for m in data.MUNICIPALITIES[3:]]
        label = f"«{stem}-{rng.choice([*places, *data.NAME_SUFFIXES])}»"
    inn, ogrn = data.company_inn(rng), data.company_ogrn(rng, registered)
    return inn, ogrn, f"{form} {label}", f"{abbreviation} {label}"


def _company(rng: random.Random, today: dt.date, index: int) -> Company:
    industry = rng.choice(list(data.INDUSTRIES))
    stems, okveds, products = data.INDUSTRIES[industry]
    inn, ogrn, full, short = _names(rng, stems, index)
    status = rng.choices(list(ExporterStatus), weights=(40, 45, 15))[0]
    has_stage = status is not ExporterStatus.POTENTIAL or rng.random() < 0.8
    chosen = rng.sample(products, k=min(len(products), rng.randint(1, 3)))
    return Company(
        inn=inn, full_name=full, ogrn=ogrn, short_name=short,
        sme_category=rng.choices(_SME, weights=(30, 40, 20, 10))[0],
        municipality=rng.choices(data.MUNICIPALITIES, weights=(30, 12, 8, *[7] * 7))[0],
        okved=rng.choice(okveds), industry=industry, status=status,
        export_stage=rng.choice(_STAGES[status]) if has_stage else None,
        products=tuple(Product(code, name) for code, name in chosen),
        countries=_countries(rng, status), export_volume=_volumes(rng, today, status),
        needs=tuple(rng.sample(list(Need), k=rng.randint(0, 3))),
        barriers=tuple(rng.sample(list(Barrier)[:-1], k=rng.randint(0, 2))),
        sources=_sources(rng, today, status),
        contact_person=data.person_name(rng),
        contact_phone=f"+7 (800) 555-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        contact_email=f"export{index + 1}@demo-company.example",
        last_checked=today - dt.timedelta(days=rng.randint(0, 300)),
    )  # fmt: skip


def _countries(rng: random.Random, status: ExporterStatus) -> tuple[str, ...]:
    if status is ExporterStatus.POTENTIAL:
        return ()
    weights = [12, 12, 9, 5, 5, 5, 4, 3, 3, 3, 2, 2, 2, 2, 2]
    picked: list[str] = []
    for _ in range(rng.randint(1, 4)):
        country = rng.choices(data.COUNTRIES, weights=weights)[0]
        if country not in picked:
            picked.append(country)
    return tuple(picked)


def _volumes(
    rng: random.Random, today: dt.date, status: ExporterStatus
) -> tuple[tuple[int, float], ...]:
    """Thousand USD for the last three full years: stopped exporters only the earliest."""
    if status is ExporterStatus.POTENTIAL:
        return ()
    base = rng.lognormvariate(5.5, 1.3)
    years = range(today.year - 3, today.year)
    if status is ExporterStatus.STOPPED:
        years = range(today.year - 3, today.year - 2)
    return tuple((y, round(base * rng.uniform(0.7, 1.4), 1)) for y in years)


def _sources(
    rng: random.Random, today: dt.date, status: ExporterStatus
) -> tuple[tuple[DataSource, dt.date | None], ...]:
    """Where the record came from, each dated within this year: from late January, when a
    region receives the previous year's customs and tax data after the holidays."""
    first_day = min(dt.date(today.year, 1, 20), today)
    span = (today - first_day).days

    def day() -> dt.date:
        return first_day + dt.timedelta(days=rng.randint(0, span))

    first = DataSource.FTS if status is not ExporterStatus.POTENTIAL else DataSource.FNS
    others = rng.sample([DataSource.CPE, DataSource.POST, DataSource.CBR], k=rng.randint(0, 2))
    return tuple((source, day()) for source in (first, *others))


def _support(
    rng: random.Random, today: dt.date, ids: list[CompanyId], companies: list[Company]
) -> list[tuple[int, str, dt.date, str, str, bool, float | None]]:
    """About a fifth of the companies received support this year or last."""
    rows: list[tuple[int, str, dt.date, str, str, bool, float | None]] = []
    for company_id, company in zip(ids, companies, strict=True):
        if rng.random() > 0.2:
            continue
        for _ in range(rng.randint(1, 2)):
            measure = rng.choice(data.SUPPORT_MEASURES)
            given = today - dt.timedelta(days=rng.randint(10, 500))
            contract = company.status is ExporterStatus.ACTIVE and rng.random() < 0.4
            amount = round(rng.uniform(20, 900), 1) if contract else None
            result = "заключён экспортный контракт" if contract else "услуга оказана"
            provider = rng.choice(data.SUPPORT_PROVIDERS)
            rows.append((company_id, measure.label, given, provider, result, contract, amount))
    return rows


def demo_companies(today: dt.date, count: int, seed: int = SEED) -> list[Company]:
    """The demo's generator on its own: benchmarks and tests build large registries with it."""
    return _companies(random.Random(seed), today, count)
