"""The team's development report and its section in the quarterly report, read back."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from res_desktop.domain.team.model import Topic
from res_desktop.domain.team.model import TrainingKind
from res_desktop.reports.common.quarterly import QUARTERLY_SECTIONS
from res_desktop.reports.common.quarterly import build_report
from res_desktop.reports.team.docs import build_development_report_pdf
from res_desktop.reports.team.section import team_section
from res_desktop.services.common.workspace import Workspace
from tests.reports.common.helpers import make_data
from tests.reports.common.helpers import make_instrument
from tests.reports.common.helpers import make_item
from tests.reports.common.helpers import read_pdf
from tests.services.team.team_helpers import form_team
from tests.services.team.team_helpers import train

YEAR = 2026


def _team(ws: Workspace) -> None:
    team = form_team(ws, dt.date(YEAR - 1, 2, 1))
    train(ws, team, dt.date(YEAR, 3, 6), [Topic.EXPORT_ORGANISATION], hours=36)
    train(ws, team[:2], dt.date(YEAR, 5, 20), hours=8, kind=TrainingKind.SEMINAR,
          title="Меры поддержки экспорта")  # fmt: skip


def test_development_report_lists_members_and_hours(workspace: Workspace, tmp_path: Path) -> None:
    _team(workspace)
    pdf = read_pdf(
        build_development_report_pdf(workspace.team.development_report(YEAR), tmp_path / "r.pdf")
    )
    text = pdf.text
    assert "о повышении профессионального уровня управленческой команды за 2026 год" in text
    assert "Соколов Андрей Петрович" in text and "Волков Илья Романович" in text
    assert "Меры поддержки экспорта" in text
    assert "Итого по команде 2 268" in text  # 7 × 36 + 2 × 8
    assert "общий объём — 268 часов" in text
    assert "Руководитель РОИВ-координатора" in text
    meta = pdf.reader.metadata
    assert meta is not None
    assert (
        meta.title
        == "Отчёт о повышении профессионального уровня управленческой команды за 2026 год"
    )


def test_team_section_joins_a_quarterly_report(workspace: Workspace, tmp_path: Path) -> None:
    _team(workspace)
    team = workspace.team.report_extract(YEAR, dt.date(YEAR, 9, 30))
    base = make_data((make_instrument("3", 1, (make_item(1),)),))
    assert team_section in QUARTERLY_SECTIONS
    sections = QUARTERLY_SECTIONS
    with_team = dataclasses.replace(base, extras={"team": team})
    text = read_pdf(build_report(with_team, tmp_path / "q.pdf", sections=sections)).text
    assert "Управленческая команда (инструмент 3)" in text
    assert "Состав управленческой команды на 30.09.2026: 7 чел." in text
    assert "Соколов Андрей Петрович" in text
    assert "Итого мероприятий: 2 268" in text
    without = read_pdf(build_report(base, tmp_path / "plain.pdf", sections=sections)).text
    assert "Управленческая команда (инструмент 3)" not in without
