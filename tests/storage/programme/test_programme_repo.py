"""The programme's tables: KPI plans cascade, one programme row, CHECKs guard bad values."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from res_desktop.domain.programme.model import ApprovalBody
from res_desktop.domain.programme.model import Kpi
from res_desktop.domain.programme.model import Programme
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.programme import repo as programme_repo


def test_kpi_plans_round_trip_and_cascade(workspace: Workspace) -> None:
    db = workspace.db
    with db.atomic():
        kpi_id = programme_repo.save_kpi(
            db, None, Kpi("Экспорт", "млн долл.", {2026: 1.5, 2030: 3})
        )
    assert programme_repo.load_kpis(db) == [
        Kpi("Экспорт", "млн долл.", {2026: 1.5, 2030: 3.0}, kpi_id)
    ]
    with db.atomic():
        programme_repo.save_kpi(db, kpi_id, Kpi("Экспорт", "млн долл.", {2027: 2}))
        assert programme_repo.load_kpis(db)[0].plan == {2027: 2.0}
        programme_repo.delete_kpi(db, kpi_id)
    assert list(db.query("SELECT * FROM programme_kpi_plan")) == []


def test_one_programme_row_rewritten_with_goals_in_order(workspace: Workspace) -> None:
    db = workspace.db
    first = Programme("П", ApprovalBody.COUNCIL, goals=("Б", "А"))
    second = Programme(
        "П2", ApprovalBody.GOVERNOR, "Постановление", "1", dt.date(2024, 1, 9), goals=("В",)
    )
    with db.atomic():
        programme_repo.save_programme(db, first)
        assert programme_repo.load_programme(db) == first
        programme_repo.save_programme(db, second)
    assert programme_repo.load_programme(db) == second
    assert programme_repo.has_records(db)


def test_schema_takes_any_instrument_the_strategy_or_a_project_nothing_else(
    workspace: Workspace,
) -> None:
    insert = (
        "INSERT INTO programme_event (year, title, instrument, planned_count, deadline,"
        " status, created_at) VALUES (2026, 'x', ?, 1, '2026-01-01', 'planned', '')"
    )
    for target in ("01", "09", "15", "strategy", "regional_project"):
        workspace.db.execute(insert, [target])
    for wrong in ("16", "00", "9", ""):
        with pytest.raises(sqlite3.IntegrityError):
            workspace.db.execute(insert, [wrong])


def test_kpi_facts_round_trip_and_cascade(workspace: Workspace) -> None:
    """The value reached by year (m0018) is kept beside the plan and goes with the KPI."""
    db = workspace.db
    kpi = Kpi("Экспорт", "млн долл.", {2025: 1.5}, fact={2024: 1.25, 2025: 1.75})
    with db.atomic():
        kpi_id = programme_repo.save_kpi(db, None, kpi)
    assert programme_repo.load_kpis(db) == [
        Kpi("Экспорт", "млн долл.", {2025: 1.5}, kpi_id, {2024: 1.25, 2025: 1.75})
    ]
    with db.atomic():
        programme_repo.save_kpi(db, kpi_id, Kpi("Экспорт", "млн долл.", {2025: 1.5}))
        assert programme_repo.load_kpis(db)[0].fact == {}
        programme_repo.save_kpi(db, kpi_id, kpi)
        programme_repo.delete_kpi(db, kpi_id)
    assert list(db.query("SELECT * FROM programme_kpi_fact")) == []
