"""The exporter registry's vocabulary (instrument 9) and the official number checks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import field

from stdnum.ru import inn as stdnum_inn

from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.common.labelled import LabelledEnum


class SmeCategory(LabelledEnum):
    MICRO = "micro", "микро"
    SMALL = "small", "малое"
    MEDIUM = "medium", "среднее"
    LARGE = "large", "крупное"
    UNKNOWN = "unknown", "нет данных"

    @property
    def is_sme(self) -> bool:
        return self in (SmeCategory.MICRO, SmeCategory.SMALL, SmeCategory.MEDIUM)


class ExporterStatus(LabelledEnum):
    ACTIVE = "active", "действующий экспортёр"
    POTENTIAL = "potential", "потенциальный экспортёр"
    STOPPED = "stopped", "прекративший экспорт"


class ExportStage(LabelledEnum):
    """Stages of an export project's life cycle / readiness for export (instrument 9)."""

    NOT_READY = "not_ready", "не готова к экспорту"
    INTERESTED = "interested", "интерес к экспорту, оценка возможностей"
    PREPARING = "preparing", "подготовка к выходу на экспорт"
    FIRST_DEALS = "first_deals", "первые экспортные поставки"
    REGULAR = "regular", "регулярный экспорт"
    EXPANDING = "expanding", "расширение географии и ассортимента"


class Need(LabelledEnum):
    """Support needs, following the Standard's support measures (blocks II and III)."""

    TRAINING = "training", "обучение экспортной деятельности"
    BUSINESS_MISSIONS = "business_missions", "бизнес-миссии за рубеж"
    EXHIBITIONS = "exhibitions", "участие в международных выставках"
    BUYERS_SEARCH = "buyers_search", "поиск иностранных покупателей"
    ECOMMERCE = "ecommerce", "выход на международные электронные площадки"
    ACCELERATION = "acceleration", "акселерационные программы"
    CERTIFICATION = "certification", "сертификация и омологация продукции"
    FINANCE = "finance", "финансовая поддержка (кредит, страхование, субсидии)"
    LOGISTICS = "logistics", "логистика и транспортировка"
    PROMOTION = "promotion", "продвижение продукции за рубежом"
    LEGAL = "legal", "юридическое и таможенное консультирование"


class Barrier(LabelledEnum):
    CUSTOMS = "customs", "таможенное администрирование"
    CERTIFICATION = "certification", "технические требования и сертификация за рубежом"
    LOGISTICS = "logistics", "логистические ограничения и стоимость доставки"
    PAYMENTS = "payments", "международные расчёты и валютный контроль"
    FINANCE = "finance", "недоступность финансирования"
    SKILLS = "skills", "нехватка компетенций и кадров"
    NON_TARIFF = "non_tariff", "нетарифные ограничения в странах импорта"
    COMPETITION = "competition", "высокая конкуренция на внешних рынках"
    INFORMATION = "information", "недостаток информации о рынках"
    OTHER = "other", "иное"


class DataSource(LabelledEnum):
    FTS = "fts", "ФТС России"
    FNS = "fns", "ФНС России"
    POST = "post", "Почта России"
    CBR = "cbr", "Банк России"
    CPE = "cpe", "ЦПЭ"
    OTHER = "other", "иной источник"


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


# A company's yearly export above 100 billion USD is a slip of units (issue 15: an import
# stored 1.2 quadrillion dollars and Table 1 printed it).
MAX_COMPANY_VOLUME_KUSD = 100_000_000.0


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
