"""The registry's analysis turned into report values with Russian labels, and the barriers XLSX."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from pathlib import Path

from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.common.russian import NO_DATA
from res_desktop.domain.common.russian import count
from res_desktop.domain.common.russian import number
from res_desktop.domain.common.russian import share
from res_desktop.domain.exporters.analysis import BarrierDispatch
from res_desktop.domain.exporters.analysis import BarrierToSend
from res_desktop.domain.exporters.analysis import GroupStats
from res_desktop.domain.exporters.analysis import IndicatorFigures
from res_desktop.domain.exporters.analysis import Pairs
from res_desktop.domain.exporters.analysis import RegistryAnalysis
from res_desktop.domain.exporters.model import Barrier
from res_desktop.domain.exporters.model import DataSource
from res_desktop.domain.exporters.model import ExporterStatus
from res_desktop.domain.exporters.model import ExportStage
from res_desktop.domain.exporters.model import Need
from res_desktop.domain.exporters.model import SmeCategory
from res_desktop.reports.exporters.data import BarrierLine
from res_desktop.reports.exporters.data import BarriersAnnexData
from res_desktop.reports.exporters.data import CountLine
from res_desktop.reports.exporters.data import DispatchLine
from res_desktop.reports.exporters.data import ExporterReportData
from res_desktop.reports.exporters.data import GroupLine
from res_desktop.reports.exporters.data import VerdictLine
from res_desktop.storage.common.temporaries import saved_atomically

NO_STAGE = "этап не определён"
NOT_SET = "не указано"
Labeller = Callable[[str], str]


def _enum_label(kind: type[Need] | type[Barrier] | type[DataSource]) -> Labeller:
    def label(value: str) -> str:
        try:
            return kind(value).label
        except ValueError:
            return value  # a value this build does not know: shown as stored

    return label


LABELS: dict[str, Labeller] = {
    "status": lambda v: ExporterStatus(v).label,
    "stage": lambda v: ExportStage(v).label if v else NO_STAGE,
    "sme": lambda v: SmeCategory(v).label,
    "need": _enum_label(Need),
    "barrier": _enum_label(Barrier),
    "source": _enum_label(DataSource),
}


ORDERS: dict[str, list[str]] = {
    "status": [s.value for s in ExporterStatus],
    "stage": [s.value for s in ExportStage] + [""],  # not determined last
    "sme": [s.value for s in SmeCategory],
}


def count_lines(pairs: Pairs, kind: str, total: int) -> tuple[CountLine, ...]:
    """Labelled counts: statuses, stages and SME categories in their own order, others by size."""
    label, order = LABELS[kind], ORDERS.get(kind)
    if order:
        pairs = tuple(sorted(pairs, key=lambda p: order.index(p[0]) if p[0] in order else 99))
    return tuple(CountLine(label(k), n, n / total if total else 0.0) for k, n in pairs)


def group_lines(groups: Sequence[GroupStats]) -> tuple[GroupLine, ...]:
    """Largest first, the companies without the field last."""
    return tuple(group_line(g) for g in sorted(groups, key=lambda g: not g.name))


def _top(pairs: Pairs, kind: str) -> str:
    return LABELS[kind](pairs[0][0]) if pairs else "—"


def group_line(group: GroupStats) -> GroupLine:
    return GroupLine(
        name=group.name or NOT_SET,
        companies=group.companies,
        exporters=group.exporters,
        potential=group.potential,
        with_stage=group.with_stage,
        needs=sum(n for _k, n in group.needs),
        barriers=sum(n for _k, n in group.barriers),
        top_need=_top(group.needs, "need"),
        top_barrier=_top(group.barriers, "barrier"),
    )


def barrier_line(barrier: BarrierToSend) -> BarrierLine:
    return BarrierLine(
        label=barrier.barrier.label,
        companies=barrier.companies,
        industries=barrier.industries,
        examples=barrier.examples,
        details=barrier.details,
    )


def indicator_lines(figures: IndicatorFigures) -> tuple[tuple[str, str], ...]:
    year, shares = figures.year, figures.industry_shares
    recorded = any(y == year for y, _total in figures.volume_by_year)
    volume = number(figures.export_volume_kusd, 1, fixed=True) if recorded else NO_DATA
    lines = [
        ("Экспортёры — субъекты МСП (действующие; микро-, малые и средние)",
         str(figures.sme_exporters)),
        ("Страны экспорта действующих экспортёров", count(figures.export_countries)),
        ("Товарные позиции экспорта (6 знаков ТН ВЭД ЕАЭС)", str(figures.tnved_positions)),
        (f"Объём экспорта компаний реестра за {year} год, тыс. долл. США", volume),
    ]  # fmt: skip
    if shares:
        lines.append(
            (f"Доля ведущей отрасли ({shares[0].industry}) в объёме экспорта",
             share(shares[0].share))
        )  # fmt: skip
        lines.append(
            ("Доля пяти ведущих отраслей в объёме экспорта", share(figures.top5_share or 0))
        )
    if figures.unassigned_volume_kusd:
        lines.append(
            ("Объём экспорта компаний без указанной отрасли, тыс. долл. США",
             number(figures.unassigned_volume_kusd, 1, fixed=True))
        )  # fmt: skip
    return tuple(lines)


def report_data(
    analysis: RegistryAnalysis,
    as_of: dt.date,
    barriers: Sequence[BarrierToSend],
    dispatches: Sequence[BarrierDispatch],
    verdicts: Mapping[str, Verdict],
) -> ExporterReportData:
    total, activity = analysis.total, analysis.activity
    sources = tuple((s, n) for s, n, _first in activity.sources)
    return ExporterReportData(
        year=analysis.year,
        as_of=as_of,
        total=total,
        in_year=activity.in_year,
        checked=activity.checked,
        sourced=activity.sourced,
        sources=count_lines(sources, "source", total),
        by_status=count_lines(analysis.by_status, "status", total),
        by_stage=count_lines(analysis.by_stage, "stage", total),
        by_sme=count_lines(analysis.by_sme, "sme", total),
        industries=group_lines(analysis.by_industry),
        municipalities=group_lines(analysis.by_municipality),
        needs=count_lines(analysis.needs, "need", total),
        barriers=count_lines(analysis.barriers, "barrier", total),
        with_needs=analysis.with_needs,
        with_barriers=analysis.with_barriers,
        support_records=activity.support.records,
        support_companies=activity.support.companies,
        support_contracts=activity.support.export_contracts,
        support_amount_kusd=activity.support.amount_kusd,
        indicators=indicator_lines(analysis.indicators),
        barriers_to_send=tuple(barrier_line(b) for b in barriers),
        dispatches=tuple(
            DispatchLine(d.sent_on, d.outgoing_number, d.recipient) for d in dispatches
        ),
        verdicts=tuple(VerdictLine(t, v.status.label, v.note) for t, v in verdicts.items()),
    )


XLSX_HEADER = ("№", "Барьер", "Компаний", "Отрасли", "Компании (примеры)", "Пояснения компаний")
XLSX_WIDTHS = (6, 45, 12, 40, 50, 50)


def write_barriers_xlsx(data: BarriersAnnexData, out: Path) -> Path:
    """One sheet: title rows, then one row per barrier (lists joined by line breaks)."""
    from openpyxl import Workbook  # imported when used: not at every start
    from openpyxl.styles import Alignment
    from openpyxl.styles import Font

    from res_desktop.reports.exporters.barriers_annex import TITLE  # reportlab's

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Барьеры"
    sheet.append([f"Приложение. {TITLE}"])
    sheet.append([f"{data.region_name}; реестр экспортёров за {data.year} год"])
    sheet.append([])
    sheet.append(list(XLSX_HEADER))
    for n, line in enumerate(data.barriers, start=1):
        sheet.append(
            [n, line.label, line.companies, "\n".join(line.industries),
             "\n".join(line.examples), "\n".join(line.details)]
        )  # fmt: skip
    sheet["A1"].font = Font(bold=True, size=12)
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows(min_row=5):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDEF", XLSX_WIDTHS, strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A5"
    with saved_atomically(out) as partial:
        book.save(partial)
    return out
