"""What the activity records say about the items of instruments 10-15.

Thresholds where the Standard gives no number (decided here, shown in the notes):
- 10: at least one seminar or webinar held in the year («на ежегодной основе»);
- 11: the year's plan approved by the Export Council, at least one event of each kind
  (missions, foreign buyers, exhibitions), as many events held as planned, every held
  event with a link to its published results;
- 12: at least 2 popularisation events (the Standard's «не менее двух»), one training,
  one marketplace onboarding, one national pavilion;
- 13: one accelerator cohort, one mentoring record, one exchange-platform meeting;
- 14: one campaign; the website section with its address and every topic of the group;
  one social account; the «Экспортёр года» regional stage held in the year: for the year
  before by 30 April, or for the year itself (for a low export potential, a nomination in
  another contest or the stage itself);
- 15: at least one promotion activity (the criterion); «регулярная» presentations — at
  least 2 a year (a recommendation).
Only the criterion items decide an instrument as a whole (``instrument_met``).
An activity counts as held when it has ended on or before the «as of» date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from collections.abc import Collection
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from res_desktop.domain.activities.model import TOPIC_GROUPS
from res_desktop.domain.activities.model import Activity
from res_desktop.domain.activities.model import ActivityKind
from res_desktop.domain.activities.model import IntlEventsPlan
from res_desktop.domain.activities.model import Website
from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.common.russian import date_short

_K = ActivityKind
ECOM_EVENTS_REQUIRED = 2
PRESENTATIONS_REQUIRED = 2


@dataclass(frozen=True)
class Facts:
    """Everything the rules read, for one year and one «as of» date."""

    year: int
    as_of: dt.date
    activities: tuple[Activity, ...]  # all records, any year
    plan: IntlEventsPlan | None
    website: Website
    low_export_potential: bool = False

    def held(self, *kinds: ActivityKind) -> list[Activity]:
        found = [
            a
            for a in self.activities
            if a.kind in kinds and a.in_year(self.year) and a.held_by(self.as_of)
        ]
        return sorted(found, key=lambda a: a.ends_on)


def at_least(facts: Facts, kinds: Sequence[ActivityKind], need: int, what: str) -> Verdict:
    """Met on the day the ``need``-th activity of those kinds ended."""
    held = facts.held(*kinds)
    reached = f"{what}: проведено {len(held)} (требуется {need})."
    short = f"{what}: проведено {len(held)} из {need} в {facts.year} году."
    return _count_reached(held, need, reached, short)


def _count_reached(
    held: Sequence[Activity], need: int, reached: str, short: str, earliest: dt.date | None = None
) -> Verdict:
    """Met on the day the ``need``-th of the ``held`` activities ended (not before
    ``earliest``); partly done while fewer were held."""
    if len(held) >= need:
        day = held[need - 1].ends_on
        return Verdict(met=True, note=reached, done_on=max(day, earliest) if earliest else day)
    return Verdict(met=False, note=short, partial=bool(held))


def intl_plan(facts: Facts) -> Verdict:
    plan = facts.plan
    if plan is None or plan.approved_on > facts.as_of:
        return Verdict(
            met=False,
            note=f"План международных мероприятий на {facts.year} год не утвержден Советом.",
        )
    return Verdict(
        met=True,
        note=f"План на {plan.year} год утвержден Экспортным советом "
        f"{date_short(plan.approved_on)}, протокол № {plan.minutes_number}.",
        done_on=plan.approved_on,
    )


def intl_plan_completed(facts: Facts) -> Verdict:
    plan = facts.plan
    if plan is None:
        return Verdict(met=False, note=f"Нет утвержденного плана на {facts.year} год.")
    held = facts.held(*(k for k in ActivityKind if k.instrument == "11"))
    done = f"Проведено {len(held)} из {plan.planned_count}"
    reached, short = f"{done} по плану.", f"{done} мероприятий плана."
    return _count_reached(held, plan.planned_count, reached, short, plan.approved_on)


def results_published(facts: Facts) -> Verdict:
    held = facts.held(*(k for k in ActivityKind if k.instrument == "11"))
    if not held:
        return Verdict(met=False, note="Мероприятия инструмента 11 в году не проводились.")
    missing = [a.title for a in held if not a.link.strip()]
    if missing:
        return Verdict(
            met=False,
            note="Нет ссылки на публикацию итогов: " + "; ".join(missing) + ".",
            partial=True,
        )
    return Verdict(met=True, note="Итоги всех мероприятий опубликованы.", done_on=held[-1].ends_on)


def website_section(facts: Facts) -> Verdict:
    site = facts.website
    if not site.url.strip():
        return Verdict(met=False, note="Не указан адрес раздела по экспорту на сайте.")
    if site.updated_on is None or site.updated_on.year != facts.year:
        return Verdict(
            met=False, note=f"Нет отметки об обновлении раздела в {facts.year} году.", partial=True
        )
    return Verdict(met=True, note=f"Раздел: {site.url}.", done_on=site.updated_on)


def website_topics(facts: Facts, key: str) -> Verdict:
    site, topics = facts.website, TOPIC_GROUPS[key]
    missing = site.missing(topics)
    if not site.url.strip():
        return Verdict(met=False, note="Не указан адрес раздела по экспорту на сайте.")
    if missing:
        listed = "; ".join(t.label for t in missing)
        return Verdict(
            met=False, note=f"В разделе не размещено: {listed}.", partial=len(missing) < len(topics)
        )
    return Verdict(met=True, note="Все материалы размещены в разделе.", done_on=site.updated_on)


def social_accounts(facts: Facts) -> Verdict:
    accounts = [a for a in facts.website.accounts if a.url.strip()]
    if not accounts:
        return Verdict(met=False, note="Не указаны аккаунты региона в социальных сетях.")
    names = ", ".join(a.network for a in accounts)
    return Verdict(met=True, note=f"Аккаунты: {names}.", done_on=facts.website.updated_on)


def contest_deadline(year: int) -> dt.date:
    """The regional stage for ``year`` must be held before this date (1 May of year + 1)."""
    return dt.date(year + 1, 5, 1)


CONTEST_NAMES = {
    _K.EXPORTER_OF_YEAR: "Региональный этап «Экспортёр года»",
    _K.EXPORT_NOMINATION: "Номинация в сфере экспорта",
}


def contest(facts: Facts, *kinds: ActivityKind) -> Verdict:
    """A contest held in ``facts.year`` on time for the year it judges.

    «проводить региональный этап конкурса в срок до 1 мая года, следующего за отчётным»: the
    stage judging year Y−1 is held in January-April of year Y, so it is year Y's work and
    counts for year Y (otherwise year Y could only be completed in Y+1, after the year-end
    schedule date). A stage for year Y held within year Y counts too. ``kinds``: a
    low-export-potential region may hold «Экспортёр года» instead of the nomination.
    """
    year = facts.year
    held = sorted(
        (
            a
            for a in facts.activities
            if a.kind in kinds
            and a.contest_year in (year - 1, year)
            and a.ends_on.year == year
            and a.held_by(facts.as_of)
        ),
        key=lambda a: a.ends_on,
    )
    on_time = [a for a in held if a.ends_on < contest_deadline(a.contest_year or year)]
    if on_time:
        first = on_time[0]
        return Verdict(
            met=True,
            note=f"{CONTEST_NAMES[first.kind]} за {first.contest_year} год проведен "
            f"{date_short(first.ends_on)}.",
            done_on=first.ends_on,
        )
    what = CONTEST_NAMES[kinds[0]]
    deadline = date_short(contest_deadline(year - 1) - dt.timedelta(days=1))
    if held:
        return Verdict(
            met=False,
            note=f"{what} за {held[0].contest_year} год проведен {date_short(held[0].ends_on)} — "
            f"позже срока ({deadline}).",
        )
    return Verdict(
        met=False,
        note=f"{what} в {year} году не проведен: за {year - 1} год — до {deadline} "
        f"(или за {year} год — до 31.12.{year}).",
    )


def _rules(facts: Facts) -> dict[str, dict[str, Callable[[], Verdict]]]:
    f = facts
    return {
        "10": {
            "seminars_webinars_held": lambda: at_least(
                f, (_K.SEMINAR, _K.WEBINAR), 1, "Семинары и вебинары"
            ),
        },
        "11": {
            "intl_events_plan_approved": lambda: intl_plan(f),
            "business_missions": lambda: at_least(
                f, (_K.BUSINESS_MISSION, _K.GOVERNOR_DELEGATION), 1, "Бизнес-миссии и визиты"
            ),
            "foreign_buyers_attracted": lambda: at_least(
                f, (_K.REVERSE_MISSION, _K.INTL_FORUM), 1, "Приём иностранных покупателей"
            ),
            "exhibitions_participation": lambda: at_least(
                f,
                (_K.EXHIBITION_ABROAD, _K.EXHIBITION_RU_COLLECTIVE, _K.EXHIBITION_RU_INDIVIDUAL),
                1,
                "Выставки",
            ),
            "plan_events_completed": lambda: intl_plan_completed(f),
            "events_results_published": lambda: results_published(f),
        },
        "12": {
            "ecom_events_two_per_year": lambda: at_least(
                f, (_K.ECOM_POPULARISATION,), ECOM_EVENTS_REQUIRED, "Мероприятия по популяризации"
            ),
            "ecom_training": lambda: at_least(f, (_K.ECOM_TRAINING,), 1, "Обучение"),
            "ecom_marketplace_registration": lambda: at_least(
                f, (_K.MARKETPLACE_ONBOARDING,), 1, "Выводы компаний на маркетплейсы"
            ),
            "ecom_federal_projects": lambda: at_least(
                f, (_K.NATIONAL_PAVILION,), 1, "Участие в национальных павильонах"
            ),
        },
        "13": {
            "accelerator_implemented": lambda: at_least(
                f, (_K.ACCELERATOR_COHORT,), 1, "Потоки акселератора"
            ),
            "mentoring_programme": lambda: at_least(f, (_K.MENTORING,), 1, "Наставничество"),
            "experience_exchange_platform": lambda: at_least(
                f, (_K.EXCHANGE_PLATFORM,), 1, "Встречи площадки обмена опытом"
            ),
        },
        "14": {
            "popularisation_events": lambda: at_least(
                f, (_K.POPULARISATION_CAMPAIGN,), 1, "Кампании по популяризации"
            ),
            "website_section": lambda: website_section(f),
            **{key: partial(website_topics, f, key) for key in TOPIC_GROUPS},
            "social_media_accounts": lambda: social_accounts(f),
            "exporter_of_year_regional_stage": lambda: contest(f, _K.EXPORTER_OF_YEAR),
            "export_nomination_other_contest": lambda: contest(
                f, _K.EXPORT_NOMINATION, _K.EXPORTER_OF_YEAR
            ),
        },
        "15": {
            "promotion_events_yearly": lambda: at_least(
                f,
                tuple(k for k in ActivityKind if k.instrument == "15"),
                1,
                "Мероприятия по продвижению",
            ),
            "trade_mission_presentations": lambda: at_least(
                f, (_K.TRADE_MISSION_PRESENTATION,), PRESENTATIONS_REQUIRED, "Презентации"
            ),
            "foreign_media_publications": lambda: at_least(
                f, (_K.FOREIGN_MEDIA,), 1, "Публикации в зарубежных СМИ"
            ),
            "umbrella_brands": lambda: at_least(f, (_K.UMBRELLA_BRAND,), 1, "Зонтичные бренды"),
            "supply_chains_assistance": lambda: at_least(
                f, (_K.SUPPLY_CHAIN,), 1, "Содействие встраиванию в цепочки поставок"
            ),
        },
    }


DERIVED_KEYS: dict[str, tuple[str, ...]] = {
    code: tuple(rules)
    for code, rules in _rules(Facts(2000, dt.date(2000, 1, 1), (), None, Website())).items()
}


def item_verdicts(instrument: str, facts: Facts) -> dict[str, Verdict]:
    """The verdict of every item of ``instrument`` the records decide."""
    return {key: rule() for key, rule in _rules(facts).get(instrument, {}).items()}


def instrument_met(
    instrument: str, facts: Facts, criteria: Collection[str] | None = None
) -> Verdict:
    """The implementation criterion of an instrument as a whole (report and dashboard).

    ``criteria``: the keys of the instrument's applicable criterion items; the text's
    recommendations do not decide it. None reads every derived item (the low export
    potential choosing between the contest and the nomination).
    """
    verdicts = item_verdicts(instrument, facts)
    if criteria is not None:
        verdicts = {k: v for k, v in verdicts.items() if k in criteria}
    elif instrument == "14":
        alt = "export_nomination_other_contest" if facts.low_export_potential else None
        skip = "exporter_of_year_regional_stage" if alt else "export_nomination_other_contest"
        verdicts.pop(skip)
    missing = list(dict.fromkeys(v.note for v in verdicts.values() if not v.met))
    if not missing:
        days = [v.done_on for v in verdicts.values() if v.done_on]
        return Verdict(
            met=True, note="Все критерии выполнены.", done_on=max(days) if days else None
        )
    met = any(v.met for v in verdicts.values())
    return Verdict(met=False, note=" ".join(missing), partial=met)
