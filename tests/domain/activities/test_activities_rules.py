"""Rules of instruments 10-15 at their boundaries."""

from __future__ import annotations

import datetime as dt

from res_desktop.domain.activities.model import Activity
from res_desktop.domain.activities.model import ActivityKind
from res_desktop.domain.activities.model import IntlEventsPlan
from res_desktop.domain.activities.model import SocialAccount
from res_desktop.domain.activities.model import Website
from res_desktop.domain.activities.model import WebsiteTopic
from res_desktop.domain.activities.model import validate_activity
from res_desktop.domain.activities.rules import DERIVED_KEYS
from res_desktop.domain.activities.rules import Facts
from res_desktop.domain.activities.rules import contest_deadline
from res_desktop.domain.activities.rules import instrument_met
from res_desktop.domain.activities.rules import item_verdicts

K = ActivityKind
AS_OF = dt.date(2026, 11, 24)


def act(kind: ActivityKind, day: dt.date, **changes: object) -> Activity:
    return Activity(kind=kind, title=f"{kind.label} {day}", starts_on=day, ends_on=day, **changes)  # type: ignore[arg-type]


def facts(*activities: Activity, year: int = 2026, **changes: object) -> Facts:
    values: dict[str, object] = {"plan": None, "website": Website()}
    values.update(changes)
    return Facts(year, AS_OF, activities, **values)  # type: ignore[arg-type]


def test_every_kind_belongs_to_one_of_instruments_10_to_15() -> None:
    assert {k.instrument for k in ActivityKind} == set(DERIVED_KEYS)


def test_ecom_one_event_is_not_enough_two_are() -> None:
    one = item_verdicts("12", facts(act(K.ECOM_POPULARISATION, dt.date(2026, 3, 1))))
    verdict = one["ecom_events_two_per_year"]
    assert not verdict.met and verdict.partial
    assert "проведено 1 из 2" in verdict.note
    two = facts(
        act(K.ECOM_POPULARISATION, dt.date(2026, 3, 1)),
        act(K.ECOM_POPULARISATION, dt.date(2026, 9, 15)),
    )
    verdict = item_verdicts("12", two)["ecom_events_two_per_year"]
    assert verdict.met and verdict.done_on == dt.date(2026, 9, 15)


def test_ecom_events_of_another_year_or_still_ahead_do_not_count() -> None:
    verdict = item_verdicts(
        "12",
        facts(
            act(K.ECOM_POPULARISATION, dt.date(2025, 12, 1)),
            act(K.ECOM_POPULARISATION, dt.date(2026, 12, 10)),  # after «as of»
            act(K.ECOM_POPULARISATION, dt.date(2026, 5, 10)),
        ),
    )["ecom_events_two_per_year"]
    assert not verdict.met


def test_seminar_or_webinar_held_for_instrument_10() -> None:
    assert not item_verdicts("10", facts())["seminars_webinars_held"].met
    verdict = item_verdicts("10", facts(act(K.WEBINAR, dt.date(2026, 2, 2))))
    assert verdict["seminars_webinars_held"].done_on == dt.date(2026, 2, 2)


def test_contest_before_first_of_may_counts_for_the_year_it_is_held_in() -> None:
    """«рекомендовано проводить региональный этап конкурса в срок до 1 мая года, следующего за
    отчетным»: the stage for 2025 held by 30.04.2026 is 2026's work, so the 2026 checklist is
    completable by 31.12.2026; on 1 May it is late."""
    assert contest_deadline(2025) == dt.date(2026, 5, 1)
    on_time = act(K.EXPORTER_OF_YEAR, dt.date(2026, 4, 30), contest_year=2025)
    late = act(K.EXPORTER_OF_YEAR, dt.date(2026, 5, 1), contest_year=2025)
    verdict = item_verdicts("14", facts(on_time))["exporter_of_year_regional_stage"]
    assert verdict.met and verdict.done_on == dt.date(2026, 4, 30)
    assert "за 2025 год проведен 30.04.2026" in verdict.note
    verdict = item_verdicts("14", facts(late))["exporter_of_year_regional_stage"]
    assert not verdict.met and "позже срока (30.04.2026)" in verdict.note
    # held in 2026, it is not 2025's: the 2025 checklist closes on 31.12.2025
    assert not item_verdicts("14", facts(on_time, year=2025))["exporter_of_year_regional_stage"].met


def test_contest_for_the_current_year_held_within_it_counts() -> None:
    december = act(K.EXPORTER_OF_YEAR, dt.date(2026, 11, 20), contest_year=2026)
    assert item_verdicts("14", facts(december))["exporter_of_year_regional_stage"].met
    older = act(K.EXPORTER_OF_YEAR, dt.date(2026, 3, 1), contest_year=2024)
    assert not item_verdicts("14", facts(older))["exporter_of_year_regional_stage"].met


def test_contest_not_held_names_both_ways_to_do_it() -> None:
    verdict = item_verdicts("14", facts())["exporter_of_year_regional_stage"]
    assert not verdict.met and "за 2025 год — до 30.04.2026" in verdict.note


def test_low_potential_region_holding_exporter_of_the_year_gets_credit() -> None:
    """«проводится конкурс «Экспортер года» … или в субъекте Российской Федерации с низким
    уровнем экспортного потенциала … предусмотрена номинация»: an alternative, not a
    replacement."""
    f = _fourteen(_site(), True)  # the campaign, the site and «Экспортер года» for 2025
    assert item_verdicts("14", f)["export_nomination_other_contest"].met
    assert instrument_met("14", f).met
    criteria = {"popularisation_events", "website_section", "social_media_accounts",
                "export_nomination_other_contest"}  # fmt: skip
    assert instrument_met("14", f, criteria).met


def test_instrument_met_reads_only_the_criteria_it_is_given() -> None:
    """«Инструмент считается внедренным, если мероприятия, направленные на продвижение товаров
    (услуг) … проводятся на ежегодной основе»: one presentation (fewer than the advised 2)
    and no media, brands or supply chains still implement 15."""
    f = facts(act(K.TRADE_MISSION_PRESENTATION, dt.date(2026, 3, 3)))
    assert not instrument_met("15", f).met
    assert instrument_met("15", f, {"promotion_events_yearly"}).met
    assert not instrument_met("15", facts(), {"promotion_events_yearly"}).met


def _site(missing: WebsiteTopic | None = None) -> Website:
    topics = tuple(
        (t, f"https://export.example.ru/{t.value}") for t in WebsiteTopic if t != missing
    )
    return Website(
        url="https://export.example.ru",
        updated_on=dt.date(2026, 3, 1),
        topics=topics,
        accounts=(SocialAccount("ВКонтакте", "https://vk.com/export67"),),
    )


def _fourteen(site: Website, low: bool = False, *extra: Activity) -> Facts:
    return facts(
        act(K.POPULARISATION_CAMPAIGN, dt.date(2026, 6, 1)),
        act(K.EXPORTER_OF_YEAR, dt.date(2026, 4, 20), contest_year=2025),
        *extra,
        website=site,
        low_export_potential=low,
    )


def test_instrument_14_met_with_campaign_site_accounts_and_contest() -> None:
    f = facts(
        act(K.POPULARISATION_CAMPAIGN, dt.date(2026, 6, 1)),
        act(K.EXPORTER_OF_YEAR, dt.date(2026, 4, 20), contest_year=2025),
        year=2025,
    )
    assert not instrument_met("14", f).met  # nothing held in 2025, no website
    assert instrument_met("14", _fourteen(_site())).met
    done = facts(
        act(K.POPULARISATION_CAMPAIGN, dt.date(2026, 6, 1)),
        act(K.EXPORTER_OF_YEAR, dt.date(2026, 4, 20), contest_year=2026),
        website=_site(),
    )
    assert instrument_met("14", done).met


def test_website_checklist_incomplete_names_what_is_missing() -> None:
    f = _fourteen(_site(missing=WebsiteTopic.CALENDAR))
    verdicts = item_verdicts("14", f)
    assert verdicts["website_contacts_links"].met
    news = verdicts["website_news_events"]
    assert not news.met and news.partial and "График предстоящих мероприятий" in news.note
    assert not instrument_met("14", f).met


def test_website_not_updated_this_year() -> None:
    site = Website(url="https://export.example.ru", updated_on=dt.date(2025, 12, 1))
    verdict = item_verdicts("14", facts(website=site))["website_section"]
    assert not verdict.met and "обновлении" in verdict.note


def test_low_export_potential_takes_the_nomination_instead_of_the_contest() -> None:
    nomination = act(K.EXPORT_NOMINATION, dt.date(2026, 4, 1), contest_year=2026)
    f = facts(
        act(K.POPULARISATION_CAMPAIGN, dt.date(2026, 6, 1)),
        nomination,
        website=_site(),
        low_export_potential=True,
    )
    assert instrument_met("14", f).met
    normal = facts(act(K.POPULARISATION_CAMPAIGN, dt.date(2026, 6, 1)), nomination, website=_site())
    assert not instrument_met("14", normal).met


def test_intl_plan_approved_and_completed() -> None:
    plan = IntlEventsPlan(2026, dt.date(2026, 2, 10), "1", planned_count=2)
    mission = act(K.BUSINESS_MISSION, dt.date(2026, 4, 1), country="CN", link="https://x.ru/1")
    one = item_verdicts("11", facts(mission, plan=plan))
    assert one["intl_events_plan_approved"].done_on == dt.date(2026, 2, 10)
    assert "протокол № 1" in one["intl_events_plan_approved"].note
    assert not one["plan_events_completed"].met and one["plan_events_completed"].partial
    assert one["events_results_published"].met
    fair = act(K.EXHIBITION_ABROAD, dt.date(2026, 9, 1), country="AE")
    two = item_verdicts("11", facts(mission, fair, plan=plan))
    assert two["plan_events_completed"].met
    assert not two["events_results_published"].met  # the exhibition has no link
    assert not item_verdicts("11", facts(mission))["intl_events_plan_approved"].met


def test_instrument_15_presentations_need_two() -> None:
    one = facts(act(K.TRADE_MISSION_PRESENTATION, dt.date(2026, 3, 3)))
    assert item_verdicts("15", one)["promotion_events_yearly"].met
    assert not item_verdicts("15", one)["trade_mission_presentations"].met


def test_validation_messages() -> None:
    bad = Activity(
        kind=K.EXPORTER_OF_YEAR,
        title=" ",
        starts_on=dt.date(2026, 3, 2),
        ends_on=dt.date(2026, 3, 1),
        link="example.ru",
        participants=(5,),  # type: ignore[arg-type]
    )
    errors = validate_activity(bad, known=set())
    assert set(errors) == {
        "title",
        "ends_on",
        "link",
        "participants",
        "contest_year",
        "companies_count",
    }
