"""Report fixtures: the demo region's quarterly and annual data and its quarterly PDF."""

from __future__ import annotations

import pytest

from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.data import ReportKind
from res_desktop.reports.common.quarterly import build_quarterly
from res_desktop.services.demo.region import build_demo
from tests.conftest import TODAY
from tests.reports.common.helpers import Pdf
from tests.reports.common.helpers import read_pdf


@pytest.fixture(scope="session")
def demo_workspace_data(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[ReportKind, ReportData]:
    ws = build_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite3", clock=lambda: TODAY)
    try:
        return {
            ReportKind.QUARTERLY: ws.reports.report_data(
                kind=ReportKind.QUARTERLY, year=2026, quarter=3
            ),
            ReportKind.ANNUAL: ws.reports.report_data(kind=ReportKind.ANNUAL, year=2026),
        }
    finally:
        ws.close()


@pytest.fixture(scope="session")
def demo_quarterly(demo_workspace_data: dict[ReportKind, ReportData]) -> ReportData:
    return demo_workspace_data[ReportKind.QUARTERLY]


@pytest.fixture(scope="session")
def demo_annual(demo_workspace_data: dict[ReportKind, ReportData]) -> ReportData:
    return demo_workspace_data[ReportKind.ANNUAL]


@pytest.fixture(scope="session")
def quarterly_pdf(tmp_path_factory: pytest.TempPathFactory, demo_quarterly: ReportData) -> Pdf:
    return read_pdf(build_quarterly(demo_quarterly, tmp_path_factory.mktemp("q") / "q.pdf"))
