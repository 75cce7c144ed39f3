"""Issue 15, part 4: taking part in an activity is support the company received, counted by
instrument 9 from the activity, without a second entry in the support log."""

from __future__ import annotations

import datetime as dt

from benchmarks.registry_table import inn_for
from res_desktop.domain.activities.model import Activity
from res_desktop.domain.activities.model import ActivityKind
from res_desktop.domain.exporters.model import Company
from res_desktop.domain.exporters.model import Need
from res_desktop.domain.exporters.records import SupportRecord
from res_desktop.services.common.workspace import Workspace


def _company(ws: Workspace, n: int) -> Company:
    company = Company(inn=inn_for(n), full_name=f"ООО «Фирма {n}»", needs=(Need.FINANCE,))
    return ws.exporters.save_company(company=company)


def test_an_activity_counts_as_support_once(workspace: Workspace) -> None:
    first, second = _company(workspace, 1), _company(workspace, 2)
    assert first.id and second.id
    workspace.exporters.save_support_record(
        record=SupportRecord(first.id, "Консультация", dt.date(2026, 3, 2), "ЦПЭ")
    )
    day = dt.date(2026, 6, 10)
    workspace.activities.save_activity(
        activity=Activity(ActivityKind.SEMINAR, "Семинар по ВЭД", day, day,
                          participants=(first.id, second.id), companies_count=2)
    )  # fmt: skip
    as_of = dt.date(2026, 11, 24)
    figures = workspace.exporter_analysis.activity(2026, as_of)
    assert figures.support.records == 3  # one entered, two taken part
    assert figures.support.companies == 2
    assert figures.supported_with_needs == 2
    assert figures.first_support_with_needs == dt.date(2026, 3, 2)
    assert workspace.exporters.support_records(second.id) == []  # nothing entered twice
    [taken] = workspace.exporters.activity_support(second.id)
    assert (taken.given_on, taken.title, taken.instrument) == (day, "Семинар по ВЭД", "10")
    before = workspace.exporter_analysis.activity(2026, dt.date(2026, 6, 9))
    assert before.support.records == 1  # not before the activity ended
