"""Aggregate SQL over a hand-made registry: exact counts, distinct codes, sums and shares."""

from __future__ import annotations

import datetime as dt

import pytest

from res_desktop.domain.exporters.analysis import FEDERAL_BARRIERS
from res_desktop.domain.exporters.analysis import count_of
from res_desktop.domain.exporters.model import Barrier
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.exporters import stats_repo as stats
from tests.services.exporters.exporters_analysis_fixture import small_registry


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    small_registry(workspace.db)
    return workspace


def test_counts_by_status_stage_and_sme(ws: Workspace) -> None:
    analysis = stats.registry_analysis(ws.db, 2026)
    assert analysis.total == 5
    assert dict(analysis.by_status) == {"active": 3, "potential": 1, "stopped": 1}
    assert dict(analysis.by_stage) == {
        "regular": 1, "expanding": 1, "first_deals": 1, "preparing": 1, "": 1,
    }  # fmt: skip
    assert dict(analysis.by_sme) == {"small": 2, "medium": 1, "large": 1, "micro": 1}
    assert analysis.by_status[0] == ("active", 3)  # largest first


def test_needs_and_barriers_overall(ws: Workspace) -> None:
    analysis = stats.registry_analysis(ws.db, 2026)
    assert dict(analysis.needs) == {"finance": 2, "exhibitions": 1, "training": 1}
    assert dict(analysis.barriers) == {
        "customs": 2, "logistics": 1, "payments": 1, "other": 1, "certification": 1,
    }  # fmt: skip
    assert analysis.with_needs == 3
    assert analysis.with_barriers == 3


def test_groups_by_industry_and_municipality(ws: Workspace) -> None:
    analysis = stats.registry_analysis(ws.db, 2026)
    industries = {g.name: g for g in analysis.by_industry}
    assert set(industries) == {"АПК", "Металлургия", "Лесопромышленный комплекс", ""}
    agro = industries["АПК"]
    assert (agro.companies, agro.exporters, agro.potential, agro.with_stage) == (2, 1, 1, 2)
    assert count_of(agro.stages, "regular") == 1 and count_of(agro.stages, "preparing") == 1
    assert dict(agro.needs) == {"exhibitions": 1, "finance": 1, "training": 1}
    assert dict(agro.barriers) == {"customs": 1, "logistics": 1}
    assert industries[""].with_stage == 0 and count_of(industries[""].stages, "") == 1
    towns = {g.name: g for g in analysis.by_municipality}
    assert towns["Смоленск"].companies == 2 and towns["Смоленск"].exporters == 2
    assert count_of(towns["Смоленск"].barriers, "customs") == 2
    assert towns["Вязьма"].companies == 2 and towns["Вязьма"].potential == 1
    assert analysis.by_industry[0].name == "АПК"  # the largest first


def test_year_activity(ws: Workspace) -> None:
    activity = stats.year_activity(ws.db, 2026)
    assert (activity.checked, activity.sourced, activity.in_year) == (1, 3, 3)
    assert activity.in_year_with_stage == 3 and activity.in_year_analysed == 3
    assert activity.sources == (
        ("fns", 2, dt.date(2026, 3, 1)),
        ("fts", 2, dt.date(2026, 2, 10)),
    )
    support = activity.support
    assert (support.records, support.companies, support.export_contracts) == (2, 2, 1)
    assert support.amount_kusd == pytest.approx(150.5)
    assert activity.supported_with_needs == 1
    assert activity.first_support_with_needs == dt.date(2026, 6, 1)
    assert activity.last_date == dt.date(2026, 5, 20)
    last_year = stats.year_activity(ws.db, 2025)
    assert (last_year.checked, last_year.sourced, last_year.in_year) == (1, 1, 1)
    assert last_year.support.export_contracts == 1 and last_year.supported_with_needs == 1


def test_reached_on_is_the_nth_company_first_date(ws: Workspace) -> None:
    assert stats.reached_on(ws.db, 2026, 1) == dt.date(2026, 2, 10)
    assert stats.reached_on(ws.db, 2026, 2) == dt.date(2026, 2, 12)
    assert stats.reached_on(ws.db, 2026, 3) == dt.date(2026, 5, 20)
    assert stats.reached_on(ws.db, 2026, 4) is None


def test_indicator_figures(ws: Workspace) -> None:
    figures = stats.indicator_figures(ws.db, 2026)
    assert figures.sme_exporters == 2  # active and micro/small/medium: Агро, Металл
    assert figures.export_countries == 4  # BY, KZ, CN, FI; DE belongs to a stopped exporter
    assert figures.tnved_positions == 4  # 110100 counted once; 999999 is not an exporter's
    assert figures.export_volume_kusd == pytest.approx(1000.0)
    assert figures.volume_by_year == ((2025, 150.0), (2026, 1000.0))
    assert [(s.industry, s.share) for s in figures.industry_shares] == [
        ("Металлургия", 0.5), ("АПК", 0.3), ("Лесопромышленный комплекс", 0.2),
    ]  # fmt: skip
    assert figures.leading_share == pytest.approx(0.5)
    assert figures.top5_share == pytest.approx(1.0)
    assert figures.unassigned_volume_kusd == 0


def test_industry_shares_leave_blank_industry_out_of_the_ranking(ws: Workspace) -> None:
    figures = stats.indicator_figures(ws.db, 2025)
    assert figures.export_volume_kusd == pytest.approx(150.0)
    assert [s.industry for s in figures.industry_shares] == ["АПК"]
    assert figures.leading_share == pytest.approx(100 / 150)
    assert figures.unassigned_volume_kusd == pytest.approx(50.0)
    empty = stats.indicator_figures(ws.db, 2020)
    assert empty.export_volume_kusd == 0 and empty.leading_share is None
    assert empty.top5_share is None


def test_barriers_to_send_grouped_by_kind(ws: Workspace) -> None:
    found = stats.barriers_to_send(ws.db, FEDERAL_BARRIERS)
    assert [(b.barrier, b.companies) for b in found] == [
        (Barrier.CUSTOMS, 2), (Barrier.CERTIFICATION, 1), (Barrier.LOGISTICS, 1),
        (Barrier.PAYMENTS, 1),
    ]  # fmt: skip
    customs = found[0]
    assert customs.industries == ("АПК", "Металлургия")
    assert customs.examples == ("Агро", "Металл")
    assert customs.details == ()
    other = stats.barriers_to_send(ws.db, [Barrier.OTHER, Barrier.SKILLS])
    assert len(other) == 1
    assert other[0].details == ("Нет вагонов на станции отправления",)
