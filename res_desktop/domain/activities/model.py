"""Activities of instruments 10-15: events, the plan of instrument 11, the website of 14."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NewType

from res_desktop.domain.common.dates import not_before
from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.common.labelled import LabelledEnum
from res_desktop.domain.common.russian import figure_errors

ActivityId = NewType("ActivityId", int)

INSTRUMENTS: tuple[str, ...] = ("10", "11", "12", "13", "14", "15")


class ActivityKind(LabelledEnum):
    """Types named by the Standard for each instrument; the value is frozen in the schema."""

    SEMINAR = "seminar", "Семинар"
    WEBINAR = "webinar", "Вебинар"
    EDU_PROGRAMME = "edu_programme", "Образовательная программа"
    BUSINESS_MISSION = "business_mission", "Бизнес-миссия за рубеж"
    GOVERNOR_DELEGATION = "governor_delegation", "Визит делегации с участием губернатора"
    REVERSE_MISSION = "reverse_mission", "Приём иностранных покупателей (реверсная бизнес-миссия)"
    INTL_FORUM = "intl_forum", "Международный бизнес-форум / дни"
    EXHIBITION_ABROAD = "exhibition_abroad", "Выставка за рубежом"
    EXHIBITION_RU_COLLECTIVE = "exhibition_ru_collective", "Выставка в России (коллективный стенд)"
    EXHIBITION_RU_INDIVIDUAL = (
        "exhibition_ru_individual",
        "Выставка в России (индивидуальный стенд)",
    )
    ECOM_POPULARISATION = (
        "ecom_popularisation",
        "Мероприятие по популяризации электронной торговли (форум, конференция, круглый стол)",
    )
    ECOM_TRAINING = "ecom_training", "Обучение работе на электронных площадках"
    MARKETPLACE_ONBOARDING = "marketplace_onboarding", "Вывод компании на маркетплейс"
    NATIONAL_PAVILION = "national_pavilion", "Национальный павильон"
    ACCELERATOR_COHORT = "accelerator_cohort", "Акселерационная программа (поток)"
    MENTORING = "mentoring", "Наставничество"
    EXCHANGE_PLATFORM = "exchange_platform", "Площадка обмена опытом"
    POPULARISATION_CAMPAIGN = "popularisation_campaign", "Кампания по популяризации экспорта"
    EXPORTER_OF_YEAR = "exporter_of_year", "Конкурс «Экспортёр года» (региональный этап)"
    EXPORT_NOMINATION = "export_nomination", "Номинация в сфере экспорта в ином конкурсе"
    WEBSITE_PUBLICATION = "website_publication", "Публикация в разделе сайта"
    TRADE_MISSION_PRESENTATION = (
        "trade_mission_presentation",
        "Презентация в торгпредстве («Час с торгпредом»)",
    )
    FOREIGN_MEDIA = "foreign_media", "Публикация в зарубежных СМИ"
    UMBRELLA_BRAND = "umbrella_brand", "Продвижение зонтичного бренда"
    SUPPLY_CHAIN = "supply_chain", "Вход в цепочки поставок"

    @property
    def instrument(self) -> str:
        return _INSTRUMENT_OF[self]


_K = ActivityKind
# The instrument each kind belongs to, in the Standard's order within the instrument.
_KINDS_OF: dict[str, tuple[ActivityKind, ...]] = {
    "10": (_K.SEMINAR, _K.WEBINAR, _K.EDU_PROGRAMME),
    "11": (
        _K.BUSINESS_MISSION,
        _K.GOVERNOR_DELEGATION,
        _K.REVERSE_MISSION,
        _K.INTL_FORUM,
        _K.EXHIBITION_ABROAD,
        _K.EXHIBITION_RU_COLLECTIVE,
        _K.EXHIBITION_RU_INDIVIDUAL,
    ),
    "12": (
        _K.ECOM_POPULARISATION,
        _K.ECOM_TRAINING,
        _K.MARKETPLACE_ONBOARDING,
        _K.NATIONAL_PAVILION,
    ),
    "13": (_K.ACCELERATOR_COHORT, _K.MENTORING, _K.EXCHANGE_PLATFORM),
    "14": (
        _K.POPULARISATION_CAMPAIGN,
        _K.EXPORTER_OF_YEAR,
        _K.EXPORT_NOMINATION,
        _K.WEBSITE_PUBLICATION,
    ),
    "15": (_K.TRADE_MISSION_PRESENTATION, _K.FOREIGN_MEDIA, _K.UMBRELLA_BRAND, _K.SUPPLY_CHAIN),
}
_INSTRUMENT_OF = {kind: code for code, kinds in _KINDS_OF.items() for kind in kinds}

CONTEST_KINDS = frozenset({_K.EXPORTER_OF_YEAR, _K.EXPORT_NOMINATION})


def kinds_of(instrument: str) -> tuple[ActivityKind, ...]:
    return _KINDS_OF.get(instrument, ())


class ActivityFormat(LabelledEnum):
    IN_PERSON = "in_person", "очно"
    REMOTE = "remote", "дистанционно"


@dataclass(frozen=True)
class Activity:
    kind: ActivityKind
    title: str
    starts_on: dt.date
    ends_on: dt.date
    country: str = ""  # ISO 3166-1 alpha-2; "" — in Russia
    fmt: ActivityFormat = ActivityFormat.IN_PERSON
    participants: tuple[CompanyId, ...] = ()  # companies of the registry
    companies_count: int = 0  # all participating companies, registered or not
    contracts_count: int = 0
    contracts_kusd: float = 0.0  # thousand USD
    link: str = ""  # publication of the announcement / results
    notes: str = ""
    contest_year: int | None = None  # the reporting year a contest judges
    id: ActivityId | None = None

    @property
    def instrument(self) -> str:
        return self.kind.instrument

    def held_by(self, day: dt.date) -> bool:
        return self.ends_on <= day

    def in_year(self, year: int) -> bool:
        return self.ends_on.year == year


@dataclass(frozen=True)
class IntlEventsPlan:
    """Instrument 11: the year's plan of international events approved by the Council."""

    year: int
    approved_on: dt.date
    minutes_number: str
    planned_count: int
    id: int | None = None


class WebsiteTopic(LabelledEnum):
    """What the Standard wants in the export section of the region's website (instrument 14)."""

    CONTACTS = "contacts", "Контакты РОИВ-координатора и инфраструктуры поддержки экспорта"
    TRADE_MISSIONS = "trade_missions", "Контакты торговых представительств"
    MINISTRY_LINKS = "ministry_links", "Ссылки на разделы сайта Минпромторга России"
    REC_LINKS = "rec_links", "Ссылки на сайт РЭЦ и портал ВЭД регионов"
    COUNCIL = "council", "План и результаты заседаний Экспортного совета"
    STRATEGY = "strategy", "Экспортная стратегия"
    PLAN = "plan", "План субъекта (Региональная программа)"
    YEARLY_RESULTS = "yearly_results", "Ежегодные итоги реализации плана мероприятий"
    SUCCESS_STORIES = "success_stories", "Истории успеха экспортёров"
    STATISTICS = "statistics", "Экспортная статистика региона"
    NEWS = "news", "Новости и интервью о развитии экспорта"
    CALENDAR = "calendar", "График предстоящих мероприятий"
    EVENT_RESULTS = "event_results", "Итоги проведенных мероприятий"


_T = WebsiteTopic

# Which topics each website item of instrument 14 needs.
TOPIC_GROUPS: dict[str, tuple[WebsiteTopic, ...]] = {
    "website_contacts_links": (_T.CONTACTS, _T.TRADE_MISSIONS, _T.MINISTRY_LINKS, _T.REC_LINKS),
    "website_strategy_plan": (_T.STRATEGY, _T.PLAN, _T.YEARLY_RESULTS, _T.COUNCIL),
    "website_news_events": (
        _T.SUCCESS_STORIES,
        _T.STATISTICS,
        _T.NEWS,
        _T.CALENDAR,
        _T.EVENT_RESULTS,
    ),
}


@dataclass(frozen=True)
class SocialAccount:
    network: str
    url: str
    id: int | None = None


@dataclass(frozen=True)
class Website:
    """The export section: its address, the topics placed (topic -> URL), social accounts."""

    url: str = ""
    updated_on: dt.date | None = None
    topics: tuple[tuple[WebsiteTopic, str], ...] = ()
    accounts: tuple[SocialAccount, ...] = ()

    def topic_url(self, topic: WebsiteTopic) -> str:
        return dict(self.topics).get(topic, "")

    def missing(self, topics: tuple[WebsiteTopic, ...] = tuple(WebsiteTopic)) -> list[WebsiteTopic]:
        placed = {t for t, url in self.topics if url.strip()}
        return [t for t in topics if t not in placed]

    @property
    def is_empty(self) -> bool:
        return not (self.url or self.topics or self.accounts)


ACTIVITY_FIGURES = ("companies_count", "contracts_count", "contracts_kusd")


def validate_activity(activity: Activity, known: set[int]) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not activity.title.strip():
        errors["title"] = "Укажите название мероприятия."
    if early := not_before(activity.ends_on, activity.starts_on, "Дата окончания", "даты начала"):
        errors["ends_on"] = early
    if activity.companies_count < 0:
        errors["companies_count"] = "Число компаний не может быть отрицательным."
    elif activity.companies_count < len(set(activity.participants)):
        errors["companies_count"] = (
            "Число компаний-участников меньше числа выбранных компаний из реестра."
        )
    if activity.contracts_count < 0:
        errors["contracts_count"] = "Число контрактов не может быть отрицательным."
    if activity.contracts_kusd < 0:
        errors["contracts_kusd"] = "Сумма контрактов не может быть отрицательной."
    if any(c not in known for c in activity.participants):
        errors["participants"] = "Компания не найдена в реестре экспортёров."
    link = activity.link.strip()
    if link and not link.startswith(("http://", "https://")):
        errors["link"] = "Ссылка должна начинаться с http:// или https://."
    if activity.kind in CONTEST_KINDS and activity.contest_year is None:
        errors["contest_year"] = "Укажите отчётный год, за который проводится конкурс."
    errors.update(figure_errors({f: getattr(activity, f) for f in ACTIVITY_FIGURES}))
    return errors


def validate_plan(plan: IntlEventsPlan, today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if plan.approved_on > today:
        errors["approved_on"] = "Дата утверждения не может быть в будущем."
    if not plan.minutes_number.strip():
        errors["minutes_number"] = "Укажите номер протокола заседания Экспортного совета."
    if plan.planned_count < 1:
        errors["planned_count"] = "План должен содержать хотя бы одно мероприятие."
    errors.update(figure_errors({"planned_count": plan.planned_count}))
    if not 2000 <= plan.year <= 2100:
        errors["year"] = "Укажите год плана."
    return errors
