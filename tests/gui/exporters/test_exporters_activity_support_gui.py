"""Issue 15, part 4 in the card: the activities a company took part in, with its support log."""

from __future__ import annotations

import datetime as dt

from benchmarks.registry_table import inn_for
from res_desktop.domain.activities.model import Activity
from res_desktop.domain.activities.model import ActivityKind
from res_desktop.domain.exporters.model import Company
from res_desktop.gui.exporters.support_dialog import SupportTab
from res_desktop.services.common.workspace import Workspace


def test_the_card_lists_the_activities_with_the_support_log(qtbot, workspace: Workspace) -> None:
    company = workspace.exporters.save_company(
        company=Company(inn=inn_for(1), full_name="ООО «Фирма»")
    )
    assert company.id
    day = dt.date(2026, 6, 10)
    workspace.activities.save_activity(
        activity=Activity(ActivityKind.SEMINAR, "Семинар по ВЭД", day, day,
                          participants=(company.id,), companies_count=1)
    )  # fmt: skip
    tab = SupportTab(workspace)
    qtbot.addWidget(tab)
    tab.load(company.id)
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 1).text() == "Участие: Семинар по ВЭД"
    assert tab.table.item(0, 2).text().startswith("Инструмент 10")
    assert not tab.delete_button.isEnabled()  # it is the activity's, deleted only there
