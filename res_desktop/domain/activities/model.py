"""Activities of instruments 10-15: events, the plan of instrument 11, the website of 14."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import NewType

from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.common.russian import figure_errors

ActivityId = NewType("ActivityId", int)

INSTRUMENTS: tuple[str, ...] = ("10", "11", "12", "13", "14", "15")


class ActivityKind(StrEnum):
    """Types named by the Standard for each instrument; the value is frozen in the schema."""

    SEMINAR = "seminar"
    WEBINAR = "webinar"
    EDU_PROGRAMME = "edu_programme"
    BUSINESS_MISSION = "business_mission"
    GOVERNOR_DELEGATION = "governor_delegation"
    REVERSE_MISSION = "reverse_mission"
    INTL_FORUM = "intl_forum"
    EXHIBITION_ABROAD = "exhibition_abroad"
    EXHIBITION_RU_COLLECTIVE = "exhibition_ru_collective"
    EXHIBITION_RU_INDIVIDUAL = "exhibition_ru_individual"
    ECOM_POPULARISATION = "ecom_popularisation"
    ECOM_TRAINING = "ecom_training"
    MARKETPLACE_ONBOARDING = "marketplace_onboarding"
    NATIONAL_PAVILION = "national_pavilion"
    ACCELERATOR_COHORT = "accelerator_cohort"
    MENTORING = "mentoring"
    EXCHANGE_PLATFORM = "exchange_platform"
    POPULARISATION_CAMPAIGN = "popularisation_campaign"
    EXPORTER_OF_YEAR = "exporter_of_year"
    EXPORT_NOMINATION = "export_nomination"
    WEBSITE_PUBLICATION = "website_publication"
    TRADE_MISSION_PRESENTATION = "trade_mission_presentation"
    FOREIGN_MEDIA = "foreign_media"
    UMBRELLA_BRAND = "umbrella_brand"
    SUPPLY_CHAIN = "supply_chain"

    @property
    def label(self) -> str:
        return _KINDS[self][1]

    @property
    def instrument(self) -> str:
        return _KINDS[self][0]


_K = ActivityKind
_KINDS: dict[ActivityKind, tuple[str, str]] = {
    _K.SEMINAR: ("10", "Семинар"),
    _K.WEBINAR: ("10", "Вебинар"),
    _K.EDU_PROGRAMME: ("10", "Образовательная программа"),
    _K.BUSINESS_MISSION: ("11", "Бизнес-миссия за рубеж"),
    _K.GOVERNOR_DELEGATION: ("11", "Визит делегации с участием губернатора"),
    _K.REVERSE_MISSION: ("11", "Приём иностранных покупателей (реверсная бизнес-миссия)"),
    _K.INTL_FORUM: ("11", "Международный бизнес-форум / дни"),
    _K.EXHIBITION_ABROAD: ("11", "Выставка за рубежом"),
    _K.EXHIBITION_RU_COLLECTIVE: ("11", "Выставка в России (коллективный стенд)"),
    _K.EXHIBITION_RU_INDIVIDUAL: ("11", "Выставка в России (индивидуальный стенд)"),
    _K.ECOM_POPULARISATION: (
        "12",
        "Мероприятие по популяризации электронной торговли (форум, конференция, круглый стол)",
    ),
    _K.ECOM_TRAINING: ("12", "Обучение работе на электронных площадках"),
    _K.MARKETPLACE_ONBOARDING: ("12", "Вывод компании на маркетплейс"),
    _K.NATIONAL_PAVILION: ("12", "Национальный павильон"),
    _K.ACCELERATOR_COHORT: ("13", "Акселерационная программа (поток)"),
    _K.MENTORING: ("13", "Наставничество"),
    _K.EXCHANGE_PLATFORM: ("13", "Площадка обмена опытом"),
    _K.POPULARISATION_CAMPAIGN: ("14", "Кампания по популяризации экспорта"),
    _K.EXPORTER_OF_YEAR: ("14", "Конкурс «Экспортер года» (региональный этап)"),
    _K.EXPORT_NOMINATION: ("14", "Номинация в сфере экспорта в ином конкурсе"),
    _K.WEBSITE_PUBLICATION: ("14", "Публикация в разделе сайта"),
    _K.TRADE_MISSION_PRESENTATION: ("15", "Презентация в торгпредстве («Час с торгпредом»)"),
    _K.FOREIGN_MEDIA: ("15", "Публикация в зарубежных СМИ"),
    _K.UMBRELLA_BRAND: ("15", "Продвижение зонтичного бренда"),
    _K.SUPPLY_CHAIN: ("15", "Вход в цепочки поставок"),
}

CONTEST_KINDS = frozenset({_K.EXPORTER_OF_YEAR, _K.EXPORT_NOMINATION})


def kinds_of(instrument: str) -> tuple[ActivityKind, ...]:
    return tuple(k for k in ActivityKind if k.instrument == instrument)


class ActivityFormat(StrEnum):
    IN_PERSON = "in_person"
    REMOTE = "remote"

    @property
    def label(self) -> str:
        return "очно" if self is ActivityFormat.IN_PERSON else "дистанционно"


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


class WebsiteTopic(StrEnum):
    """What the Standard wants in the export section of the region's website (instrument 14)."""

    CONTACTS = "contacts"
    TRADE_MISSIONS = "trade_missions"
    MINISTRY_LINKS = "ministry_links"
    REC_LINKS = "rec_links"
    COUNCIL = "council"
    STRATEGY = "strategy"
    PLAN = "plan"
    YEARLY_RESULTS = "yearly_results"
    SUCCESS_STORIES = "success_stories"
    STATISTICS = "statistics"
    NEWS = "news"
    CALENDAR = "calendar"
    EVENT_RESULTS = "event_results"

    @property
    def label(self) -> str:
        return _TOPICS[self]


_T = WebsiteTopic
_TOPICS: dict[WebsiteTopic, str] = {
    _T.CONTACTS: "Контакты РОИВ-координатора и инфраструктуры поддержки экспорта",
    _T.TRADE_MISSIONS: "Контакты торговых представительств",
    _T.MINISTRY_LINKS: "Ссылки на разделы сайта Минпромторга России",
    _T.REC_LINKS: "Ссылки на сайт РЭЦ и портал ВЭД регионов",
    _T.COUNCIL: "План и результаты заседаний Экспортного совета",
    _T.STRATEGY: "Экспортная стратегия",
    _T.PLAN: "План субъекта (Региональная программа)",
    _T.YEARLY_RESULTS: "Ежегодные итоги реализации плана мероприятий",
    _T.SUCCESS_STORIES: "Истории успеха экспортеров",
    _T.STATISTICS: "Экспортная статистика региона",
    _T.NEWS: "Новости и интервью о развитии экспорта",
    _T.CALENDAR: "График предстоящих мероприятий",
    _T.EVENT_RESULTS: "Итоги проведенных мероприятий",
}

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
    if activity.ends_on < activity.starts_on:
        errors["ends_on"] = "Дата окончания не может быть раньше даты начала."
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
        errors["participants"] = "Компания не найдена в реестре экспортеров."
    link = activity.link.strip()
    if link and not link.startswith(("http://", "https://")):
        errors["link"] = "Ссылка должна начинаться с http:// или https://."
    if activity.kind in CONTEST_KINDS and activity.contest_year is None:
        errors["contest_year"] = "Укажите отчетный год, за который проводится конкурс."
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
