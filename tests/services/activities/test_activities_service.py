"""ActivityService: CRUD, validation, derived items of 10-15, warning, report extract."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from res_desktop.domain.activities.model import Activity
from res_desktop.domain.activities.model import ActivityKind
from res_desktop.domain.activities.model import IntlEventsPlan
from res_desktop.domain.activities.model import SocialAccount
from res_desktop.domain.activities.model import Website
from res_desktop.domain.activities.model import WebsiteTopic
from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.common.progress import Status
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from tests.services.exporters.exporters_analysis_helpers import add_company

K = ActivityKind


def ecom(day: dt.date, *companies: int) -> Activity:
    return Activity(
        kind=K.ECOM_POPULARISATION,
        title=f"Круглый стол по электронной торговле {day:%d.%m}",
        starts_on=day,
        ends_on=day,
        participants=tuple(CompanyId(c) for c in companies),
        companies_count=len(companies),
    )


def test_save_edit_delete_and_participants_protected(workspace: Workspace) -> None:
    first = add_company(workspace.db, "Альфа")
    second = add_company(workspace.db, "Бета")
    saved = workspace.activities.save_activity(activity=ecom(dt.date(2026, 3, 1), first, second))
    assert saved.id is not None and set(saved.participants) == {first, second}
    changed = workspace.activities.save_activity(
        activity=dataclasses.replace(saved, title="  Форум   «Экспорт онлайн» ", contracts_count=2)
    )
    assert changed.title == "Форум «Экспорт онлайн»" and changed.contracts_count == 2
    with pytest.raises(ValidationFailed, match="участником мероприятий"):
        workspace.exporters.delete_company(company_id=first)  # would erase the participation
    workspace.activities.save_activity(
        activity=dataclasses.replace(changed, participants=(CompanyId(second),))
    )
    workspace.exporters.delete_company(company_id=first)
    assert workspace.activities.activity(saved.id).participants == (second,)
    workspace.activities.delete_activity(activity_id=saved.id)
    assert workspace.activities.activities() == []


def test_unknown_company_and_bad_dates_are_refused(workspace: Workspace) -> None:
    bad = dataclasses.replace(ecom(dt.date(2026, 3, 1), 999), ends_on=dt.date(2026, 2, 1))
    with pytest.raises(ValidationFailed) as caught:
        workspace.activities.save_activity(activity=bad)
    assert set(caught.value.errors) == {"participants", "ends_on"}
    assert workspace.activities.activities() == []


def test_no_records_leave_items_to_the_user(workspace: Workspace) -> None:
    view = workspace.checklists.checklist("12", 2026)
    assert not view.view("ecom_events_two_per_year").is_derived


def test_instrument_12_derived_from_one_then_two_events(workspace: Workspace) -> None:
    workspace.activities.save_activity(activity=ecom(dt.date(2026, 3, 1)))
    item = workspace.checklists.checklist("12", 2026).view("ecom_events_two_per_year")
    assert item.status is Status.IN_PROGRESS and "1 из 2" in item.derived_note
    workspace.activities.save_activity(activity=ecom(dt.date(2026, 10, 5)))
    item = workspace.checklists.checklist("12", 2026).view("ecom_events_two_per_year")
    assert item.status is Status.DONE and item.state.done_on == dt.date(2026, 10, 5)
    assert workspace.checklists.checklist("15", 2026).view("umbrella_brands").status is (
        Status.NOT_STARTED
    )


def test_plan_of_instrument_11_and_website_of_14(workspace: Workspace) -> None:
    with pytest.raises(ValidationFailed) as caught:
        workspace.activities.approve_plan(
            plan=IntlEventsPlan(
                year=2026, approved_on=dt.date(2026, 12, 1), minutes_number="", planned_count=0
            )
        )
    assert set(caught.value.errors) == {"approved_on", "minutes_number", "planned_count"}
    workspace.activities.approve_plan(
        plan=IntlEventsPlan(
            year=2026, approved_on=dt.date(2026, 2, 3), minutes_number="1", planned_count=3
        )
    )
    item = workspace.checklists.checklist("11", 2026).view("intl_events_plan_approved")
    assert item.status is Status.DONE and "протокол № 1" in item.derived_note
    site = Website(
        url="https://export67.ru",
        updated_on=dt.date(2026, 5, 5),
        topics=((WebsiteTopic.CONTACTS, "https://export67.ru/contacts"),),
        accounts=(SocialAccount("Telegram", "https://t.me/export67"),),
    )
    workspace.activities.save_website(website=site)
    assert workspace.activities.website().accounts[0].network == "Telegram"
    view = workspace.checklists.checklist("14", 2026)
    assert view.view("website_section").status is Status.DONE
    assert view.view("social_media_accounts").status is Status.DONE
    assert view.view("website_contacts_links").status is Status.IN_PROGRESS
    with pytest.raises(ValidationFailed):
        workspace.activities.save_website(website=dataclasses.replace(site, url="export67.ru"))


def test_dashboard_warning_for_instrument_12(workspace: Workspace) -> None:
    assert workspace.activities.dashboard_warning(dt.date(2026, 11, 24)) is None  # no records
    workspace.activities.save_activity(activity=ecom(dt.date(2026, 3, 1)))
    assert workspace.activities.dashboard_warning(dt.date(2026, 10, 31)) is None  # 61 days
    warning = workspace.activities.dashboard_warning(dt.date(2026, 11, 1))
    assert warning is not None and "1 из 2" in warning and "60 дн." in warning
    workspace.activities.save_activity(activity=ecom(dt.date(2026, 10, 5)))
    assert workspace.activities.dashboard_warning(dt.date(2026, 11, 24)) is None


def test_report_extract(workspace: Workspace) -> None:
    company = add_company(workspace.db, "Гамма")
    workspace.activities.save_activity(
        activity=dataclasses.replace(
            ecom(dt.date(2026, 3, 1), company), contracts_count=1, contracts_kusd=120.5
        )
    )
    workspace.activities.save_activity(activity=ecom(dt.date(2026, 12, 15)))  # after «as of»
    data = workspace.activities.report_extract(2026, dt.date(2026, 9, 30))
    assert len(data.rows) == 1 and data.rows[0].place == "Россия, очно"
    assert data.total_kusd == pytest.approx(120.5)
    assert [v.instrument for v in data.verdicts] == ["10", "11", "12", "13", "14", "15"]
    assert not data.verdicts[2].met and data.verdicts[2].held == 1
    assert "не утвержден" in data.plan_text and len(data.website_missing) == 13


def test_report_verdicts_read_the_criteria_only(workspace: Workspace) -> None:
    """«Инструмент считается внедренным, если мероприятия, направленные на продвижение
    товаров (услуг) … проводятся на ежегодной основе»: one presentation implements 15 in the
    report, though fewer than the advised two were held."""
    assert workspace.activities.criteria("15", 2026) == {"promotion_events_yearly"}
    day = dt.date(2026, 3, 3)
    workspace.activities.save_activity(
        activity=Activity(ActivityKind.TRADE_MISSION_PRESENTATION, "Час с торгпредом", day, day)
    )
    rows = workspace.activities.report_extract(2026, dt.date(2026, 11, 24)).verdicts
    assert next(r for r in rows if r.instrument == "15").met
