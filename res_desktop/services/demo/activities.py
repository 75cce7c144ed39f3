"""A realistic year of activities (instruments 10-15) for the demo region.

Call after the registry demo: participants are picked from the companies already there.
Dates are spread over the part of the year that has passed, so every event is «held».
Instruments 10 and 12 come out implemented; 11, 13, 14 and 15 partly.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from typing import NamedTuple

from res_desktop.domain.activities.model import Activity
from res_desktop.domain.activities.model import ActivityFormat
from res_desktop.domain.activities.model import ActivityKind
from res_desktop.domain.activities.model import IntlEventsPlan
from res_desktop.domain.activities.model import SocialAccount
from res_desktop.domain.activities.model import Website
from res_desktop.domain.activities.model import WebsiteTopic
from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.exporters.query import RegistryQuery

if TYPE_CHECKING:
    from res_desktop.services.common.workspace import Workspace

K = ActivityKind
SITE = "https://export.invest-region.ru"


class _Event(NamedTuple):
    kind: ActivityKind
    title: str
    share: float  # of the elapsed year: when it was held
    companies: int
    country: str = ""
    contracts: int = 0
    kusd: float = 0.0  # contracts' total, thousand USD
    link: bool = True  # a news item on the export website


_EVENTS: tuple[_Event, ...] = (
    _Event(K.SEMINAR, "Семинар «Первые шаги в экспорте»", 0.15, 4),
    _Event(K.WEBINAR, "Вебинар «Меры поддержки экспорта РЭЦ»", 0.45, 6),
    _Event(K.EDU_PROGRAMME, "Образовательная программа «Экспортный стандарт 2.0»", 0.7, 5),
    _Event(K.BUSINESS_MISSION, "Бизнес-миссия в Республику Узбекистан", 0.3, 5, "UZ", 3, 1250.0),
    _Event(K.REVERSE_MISSION, "Приём делегации закупщиков из Китая", 0.5, 4, "CN", 2, 640.0, False),
    _Event(K.EXHIBITION_ABROAD, "Коллективный стенд на выставке Gulfood", 0.1, 3, "AE", 1, 310.0),
    _Event(K.ECOM_POPULARISATION, "Форум «Экспорт через маркетплейсы»", 0.2, 8),
    _Event(K.ECOM_POPULARISATION, "Круглый стол по трансграничной торговле", 0.6, 6),
    _Event(K.ECOM_TRAINING, "Обучение работе на международных площадках", 0.35, 5),
    _Event(
        K.MARKETPLACE_ONBOARDING, "Вывод компаний на Ozon Global", 0.55, 3, "KZ", 0, 85.0, False
    ),
    _Event(
        K.NATIONAL_PAVILION, "Национальный павильон на платформе Alibaba.com", 0.8, 2, "CN", 1, 40.0
    ),
    _Event(K.ACCELERATOR_COHORT, "Экспортный акселератор, весенний поток", 0.5, 6, "", 2, 210.0),
    _Event(K.POPULARISATION_CAMPAIGN, "Кампания «Экспорт — это просто»", 0.4, 0),
    _Event(K.TRADE_MISSION_PRESENTATION, "«Час с торгпредом»: Казахстан", 0.65, 4, "KZ", 1, 120.0),
    _Event(K.FOREIGN_MEDIA, "Публикация о производителях региона в СМИ Армении", 0.75, 3, "AM"),
)


def _on(today: dt.date, share: float) -> dt.date:
    start = dt.date(today.year, 1, 1)
    return start + dt.timedelta(days=int((today - start).days * share))


def fill_activities_demo(ws: Workspace, today: dt.date) -> None:
    """Adds the demo year's activities, instrument 11's plan and the export website."""
    rows = ws.exporters.page(RegistryQuery(), offset=0, limit=60)
    ids = [CompanyId(int(r.id)) for r in rows]
    for n, (kind, title, share, count, country, contracts, amount, link) in enumerate(_EVENTS):
        day = _on(today, share)
        picked = tuple(ids[(n * 3 + i) % len(ids)] for i in range(min(count, len(ids))))
        ws.activities.save_activity(
            activity=Activity(
                kind=kind,
                title=title,
                starts_on=day,
                ends_on=day,
                country=country,
                fmt=ActivityFormat.REMOTE if kind is K.WEBINAR else ActivityFormat.IN_PERSON,
                participants=tuple(dict.fromkeys(picked)),
                companies_count=max(count, len(set(picked))) + (10 if count > 4 else 0),
                contracts_count=contracts,
                contracts_kusd=amount,
                link=f"{SITE}/news/{n + 1}" if link else "",
            )
        )
    contest_day = min(dt.date(today.year, 4, 24), today)
    ws.activities.save_activity(
        activity=Activity(
            kind=K.EXPORTER_OF_YEAR,
            title=f"Региональный этап конкурса «Экспортёр года — {today.year - 1}»",
            starts_on=contest_day,
            ends_on=contest_day,
            participants=tuple(ids[:3]),
            companies_count=max(12, len(ids[:3])),
            contest_year=today.year - 1,
            link=f"{SITE}/contest",
        )
    )
    ws.activities.approve_plan(
        plan=IntlEventsPlan(
            year=today.year, approved_on=_on(today, 0.05), minutes_number="1", planned_count=6
        )
    )
    placed = [t for t in WebsiteTopic if t not in (WebsiteTopic.CALENDAR, WebsiteTopic.STATISTICS)]
    ws.activities.save_website(
        website=Website(
            url=SITE,
            updated_on=_on(today, 0.9),
            topics=tuple((t, f"{SITE}/{t.value.replace('_', '-')}") for t in placed),
            accounts=(
                SocialAccount("ВКонтакте", "https://vk.com/export_region"),
                SocialAccount("Telegram", "https://t.me/export_region"),
            ),
        )
    )
