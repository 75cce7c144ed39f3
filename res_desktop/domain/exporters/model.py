"""The exporter registry's vocabulary (instrument 9) and the official number checks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from stdnum.ru import inn as stdnum_inn

from res_desktop.domain.common.ids import CompanyId


class SmeCategory(StrEnum):
    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return {
            "micro": "микро",
            "small": "малое",
            "medium": "среднее",
            "large": "крупное",
            "unknown": "нет данных",
        }[self.value]

    @property
    def is_sme(self) -> bool:
        return self in (SmeCategory.MICRO, SmeCategory.SMALL, SmeCategory.MEDIUM)


class ExporterStatus(StrEnum):
    ACTIVE = "active"
    POTENTIAL = "potential"
    STOPPED = "stopped"

    @property
    def label(self) -> str:
        return {
            "active": "действующий экспортёр",
            "potential": "потенциальный экспортёр",
            "stopped": "прекративший экспорт",
        }[self.value]


class ExportStage(StrEnum):
    """Stages of an export project's life cycle / readiness for export (instrument 9)."""

    NOT_READY = "not_ready"
    INTERESTED = "interested"
    PREPARING = "preparing"
    FIRST_DEALS = "first_deals"
    REGULAR = "regular"
    EXPANDING = "expanding"

    @property
    def label(self) -> str:
        return {
            "not_ready": "не готова к экспорту",
            "interested": "интерес к экспорту, оценка возможностей",
            "preparing": "подготовка к выходу на экспорт",
            "first_deals": "первые экспортные поставки",
            "regular": "регулярный экспорт",
            "expanding": "расширение географии и ассортимента",
        }[self.value]


class Need(StrEnum):
    """Support needs, following the Standard's support measures (blocks II and III)."""

    TRAINING = "training"
    BUSINESS_MISSIONS = "business_missions"
    EXHIBITIONS = "exhibitions"
    BUYERS_SEARCH = "buyers_search"
    ECOMMERCE = "ecommerce"
    ACCELERATION = "acceleration"
    CERTIFICATION = "certification"
    FINANCE = "finance"
    LOGISTICS = "logistics"
    PROMOTION = "promotion"
    LEGAL = "legal"

    @property
    def label(self) -> str:
        return NEED_LABELS[self]


NEED_LABELS = {
    Need.TRAINING: "обучение экспортной деятельности",
    Need.BUSINESS_MISSIONS: "бизнес-миссии за рубеж",
    Need.EXHIBITIONS: "участие в международных выставках",
    Need.BUYERS_SEARCH: "поиск иностранных покупателей",
    Need.ECOMMERCE: "выход на международные электронные площадки",
    Need.ACCELERATION: "акселерационные программы",
    Need.CERTIFICATION: "сертификация и омологация продукции",
    Need.FINANCE: "финансовая поддержка (кредит, страхование, субсидии)",
    Need.LOGISTICS: "логистика и транспортировка",
    Need.PROMOTION: "продвижение продукции за рубежом",
    Need.LEGAL: "юридическое и таможенное консультирование",
}


class Barrier(StrEnum):
    CUSTOMS = "customs"
    CERTIFICATION = "certification"
    LOGISTICS = "logistics"
    PAYMENTS = "payments"
    FINANCE = "finance"
    SKILLS = "skills"
    NON_TARIFF = "non_tariff"
    COMPETITION = "competition"
    INFORMATION = "information"
    OTHER = "other"

    @property
    def label(self) -> str:
        return BARRIER_LABELS[self]


BARRIER_LABELS = {
    Barrier.CUSTOMS: "таможенное администрирование",
    Barrier.CERTIFICATION: "технические требования и сертификация за рубежом",
    Barrier.LOGISTICS: "логистические ограничения и стоимость доставки",
    Barrier.PAYMENTS: "международные расчёты и валютный контроль",
    Barrier.FINANCE: "недоступность финансирования",
    Barrier.SKILLS: "нехватка компетенций и кадров",
    Barrier.NON_TARIFF: "нетарифные ограничения в странах импорта",
    Barrier.COMPETITION: "высокая конкуренция на внешних рынках",
    Barrier.INFORMATION: "недостаток информации о рынках",
    Barrier.OTHER: "иное",
}


class DataSource(StrEnum):
    FTS = "fts"
    FNS = "fns"
    POST = "post"
    CBR = "cbr"
    CPE = "cpe"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "fts": "ФТС России",
            "fns": "ФНС России",
            "post": "Почта России",
            "cbr": "Банк России",
            "cpe": "ЦПЭ",
            "other": "иной источник",
        }[self.value]


@dataclass(frozen=True)
class Product:
    tnved: str  # 6 digits of ТН ВЭД ЕАЭС
    name: str = ""


@dataclass(frozen=True)
class Company:
    inn: str
    full_name: str
    ogrn: str = ""
    short_name: str = ""
    sme_category: SmeCategory = SmeCategory.UNKNOWN
    municipality: str = ""
    okved: str = ""
    industry: str = ""
    status: ExporterStatus = ExporterStatus.POTENTIAL
    export_stage: ExportStage | None = None
    products: tuple[Product, ...] = ()
    countries: tuple[str, ...] = ()  # ISO 3166-1 alpha-2
    export_volume: tuple[tuple[int, float], ...] = ()  # (year, thousand USD)
    needs: tuple[Need, ...] = ()
    needs_text: str = ""
    barriers: tuple[Barrier, ...] = ()
    barriers_text: str = ""
    sources: tuple[tuple[DataSource, dt.date | None], ...] = ()
    contact_person: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    notes: str = ""
    last_checked: dt.date | None = None
    id: CompanyId | None = field(default=None, compare=False)


def _digits(value: str, lengths: tuple[int, ...]) -> bool:
    return value.isdigit() and value.isascii() and len(value) in lengths


def is_valid_inn(value: str) -> bool:
    """10 digits (organisation) or 12 (individual), with the official check digits."""
    return _digits(value, (10, 12)) and bool(stdnum_inn.is_valid(value))


def is_valid_ogrn(value: str) -> bool:
    """ОГРН (13 digits) or ОГРНИП (15), by the official rule, not one library's.

    ОГРН: the last digit is (first 12 digits mod 11) mod 10.
    ОГРНИП: the last digit is (first 14 digits mod 13) mod 10 — python-stdnum 2.2 wrongly
    rejects remainders 10-12, whose check digit is the remainder's last digit.
    """
    if _digits(value, (13,)):
        return value[0] != "0" and int(value[:12]) % 11 % 10 == int(value[12])
    if _digits(value, (15,)):
        return value[0] != "0" and int(value[:14]) % 13 % 10 == int(value[14])
    return False


def is_valid_tnved(code: str) -> bool:
    return _digits(code, (6,))
