"""The demo year of activities: 10 and 12 implemented, 11, 13, 14 and 15 partly."""

from __future__ import annotations

from res_desktop.domain.activities.rules import instrument_met
from res_desktop.domain.common.progress import Status
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.demo.activities import fill_activities_demo
from res_desktop.services.demo.exporters import fill_exporters_demo
from tests.conftest import TODAY


def test_demo_activities(workspace: Workspace) -> None:
    fill_exporters_demo(workspace, TODAY)
    fill_activities_demo(workspace, TODAY)
    facts = workspace.activities.facts(TODAY.year)
    assert instrument_met("10", facts).met and instrument_met("12", facts).met
    for code in ("11", "13", "14", "15"):
        verdict = instrument_met(code, facts)
        assert not verdict.met and verdict.partial, code
    assert all(a.participants for a in workspace.activities.activities(instrument="12"))
    view = workspace.checklists.checklist("14", TODAY.year)
    assert view.view("social_media_accounts").status is Status.DONE
    assert view.view("website_news_events").status is Status.IN_PROGRESS
    # the stage for last year, held in April, is this year's work («до 1 мая года, следующего
    # за отчетным»)
    assert view.view("exporter_of_year_regional_stage").status is Status.DONE
    previous = workspace.checklists.checklist("14", TODAY.year - 1)
    assert previous.view("exporter_of_year_regional_stage").status is not Status.DONE
    assert workspace.activities.dashboard_warning(TODAY) is None
