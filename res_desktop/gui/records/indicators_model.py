"""Table 1 of a year: actual with its source, plan, reference, met / not met in colour."""

from __future__ import annotations

from res_desktop.domain.common.russian import number
from res_desktop.domain.records.indicators import IndicatorValue
from res_desktop.gui.common import texts
from res_desktop.gui.common.table_model import Column
from res_desktop.gui.common.table_model import RecordTableModel


def verdict_text(met: bool | None) -> str:
    return {True: "выполнен", False: "не выполнен", None: "нет данных"}[met]


def _figure(value: float | None) -> float:
    return -1e18 if value is None else value


COLUMNS: tuple[Column[IndicatorValue], ...] = (
    Column("№", lambda r: str(r.indicator.number), lambda r: r.indicator.number, True),
    Column("Показатель", lambda r: r.indicator.title),
    Column("Ед. изм.", lambda r: r.indicator.unit),
    Column("Факт", lambda r: number(r.actual), lambda r: _figure(r.actual), True),
    Column("Источник факта", lambda r: r.source_label),
    Column("План", lambda r: number(r.plan), lambda r: _figure(r.plan), True),
    Column("План выполнен", lambda r: verdict_text(r.met_plan), None, True),
    Column("Эталон", lambda r: r.reference, None, True),
    Column("Эталон достигнут", lambda r: verdict_text(r.met_reference), None, True),
)
VERDICT_COLUMNS = {6: "met_plan", 8: "met_reference"}


class IndicatorsModel(RecordTableModel[IndicatorValue]):
    columns = COLUMNS

    def cell_colour(self, row: IndicatorValue, column: int) -> str | None:
        met = getattr(row, VERDICT_COLUMNS[column]) if column in VERDICT_COLUMNS else None
        if met is None:
            return None
        return texts.OK_COLOR if met else texts.OVERDUE_COLOR

    def cell_tooltip(self, row: IndicatorValue, column: int) -> str | None:
        if column != 3 or row.raw is None:
            return None
        unit = row.indicator.raw_unit
        base = f"; база 2020 г.: {number(row.base)} {unit}" if row.base else ""
        return f"Значение: {number(row.raw)} {unit}{base}".strip()
