"""Table 1 in the reports: the year's indicators and a chart per indicator."""

from __future__ import annotations

from reportlab.platypus import Flowable
from reportlab.platypus import KeepTogether
from reportlab.platypus import Paragraph

from res_desktop.domain.common.russian import number
from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.document import PORTRAIT_WIDTH
from res_desktop.reports.common.paragraphs import section_data
from res_desktop.reports.common.styles import Styles
from res_desktop.reports.common.tables import data_table
from res_desktop.reports.records.data import IndicatorReportRow
from res_desktop.reports.records.data import IndicatorsReportData
from res_desktop.reports.records.indicators_chart import indicator_chart

EXTRAS_KEY = "indicators"
VERDICTS = {True: "да", False: "нет", None: "—"}
# The Standard numbers Table 1's rows 1, 3, 4 … 8: the report keeps its numbers, and says why.
NUMBERING_NOTE = "Номера строк — по таблице 1 Стандарта (строки 2 в ней нет)."


def _row(r: IndicatorReportRow) -> list[str]:
    return [
        str(r.number), f"{r.title}, {r.unit}", f"{number(r.actual, 1, fixed=True)}\n{r.source}",
        number(r.plan, 1, fixed=True), r.reference, VERDICTS[r.met_plan], VERDICTS[r.met_reference],
    ]  # fmt: skip


def indicators_section(data: ReportData, styles: Styles) -> list[Flowable]:
    """The year's Table 1 values against the plan and the Standard, then the charts."""
    ind = section_data(data, EXTRAS_KEY, IndicatorsReportData)
    if ind is None:
        return []
    header = ["№", "Показатель", "Факт", "План", "Эталон", "План выполнен", "Эталон достигнут"]
    flow: list[Flowable] = [
        Paragraph(f"Целевые показатели (таблица 1 Стандарта), {ind.year} год", styles.h1),
        data_table(header, [_row(r) for r in ind.rows], [6, 52, 20, 12, 12, 14, 14], styles,
                   centered_columns=(0, 2, 3, 4, 5, 6)),
        Paragraph(NUMBERING_NOTE, styles.small),
    ]  # fmt: skip
    for r in ind.rows:
        chart = indicator_chart(f"{r.number}. {r.title}, {r.unit}", r.series, PORTRAIT_WIDTH)
        flow.append(KeepTogether([chart]))
    return flow
