"""The regional programme's target indicators: plan against fact, and the next year's plan."""

from __future__ import annotations

from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph

from res_desktop.domain.common.russian import number
from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.data import ReportKind
from res_desktop.reports.common.paragraphs import section_data
from res_desktop.reports.common.paragraphs import section_start
from res_desktop.reports.common.styles import Styles
from res_desktop.reports.common.tables import data_table
from res_desktop.reports.programme.data import ProgrammeKpiData
from res_desktop.reports.reporting.changes import NO_DATA


def kpi_section(data: ReportData, styles: Styles) -> list[Flowable]:
    """The regional programme's target indicators: plan against fact (and the next plan)."""
    kpis = section_data(data, "programme_kpis", ProgrammeKpiData)
    if kpis is None or not kpis.rows:
        return []
    annual = data.kind is ReportKind.ANNUAL
    header = ["Показатель", "Ед. изм.", f"План {kpis.year}", f"Факт {kpis.year}"]
    widths: list[float] = [80, 30, 25, 25]
    if annual:
        header.append(f"План {kpis.year + 1}")
        widths.append(25)
    rows = []
    for r in kpis.rows:
        row = [r.name, r.unit, _figure(r.plan), _figure(r.fact)]
        if annual:
            row.append(_figure(r.next_plan))
        rows.append(row)
    flow = section_start("Показатели региональной программы: план и факт", [], styles)
    flow.append(data_table(header, rows, widths, styles, centered_columns=(1,)))
    if all(r.fact is None for r in kpis.rows):
        flow.append(
            Paragraph(
                "Фактические значения показателей программы за год в учёте не внесены.",
                styles.body,
            )
        )
    return flow


def _figure(value: float | None) -> str:
    return NO_DATA if value is None else number(value)
