"""The «База экспортёров (инструмент 9)» section of the quarterly and annual reports (issue 6).

Reads ``data.extras["exporters"]`` (an ``ExporterReportData``); renders nothing when absent.
"""

from __future__ import annotations

from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph
from reportlab.platypus import Spacer

from res_desktop.domain.common.russian import count
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import number
from res_desktop.domain.common.russian import share
from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.document import LANDSCAPE
from res_desktop.reports.common.document import LANDSCAPE_WIDTH
from res_desktop.reports.common.document import PORTRAIT
from res_desktop.reports.common.document import PORTRAIT_WIDTH
from res_desktop.reports.common.document import new_page
from res_desktop.reports.common.formatting import markup
from res_desktop.reports.common.paragraphs import bullet
from res_desktop.reports.common.paragraphs import section_data
from res_desktop.reports.common.paragraphs import section_start
from res_desktop.reports.common.paragraphs import verdict_bullet
from res_desktop.reports.common.styles import Styles
from res_desktop.reports.common.tables import Cell
from res_desktop.reports.common.tables import data_table
from res_desktop.reports.exporters.barriers_annex import barriers_table
from res_desktop.reports.exporters.chart import count_chart
from res_desktop.reports.exporters.data import CountLine
from res_desktop.reports.exporters.data import ExporterReportData
from res_desktop.reports.exporters.data import GroupLine

EXTRAS_KEY = "exporters"
GROUP_ROWS = 15  # the largest industries / municipalities shown; the rest summed up


def _counts(title: str, lines: tuple[CountLine, ...], styles: Styles) -> list[Flowable]:
    if not lines:
        return []
    rows: list[list[Cell]] = [[x.label, count(x.count), share(x.share)] for x in lines]
    return [
        Paragraph(title, styles.label),
        data_table(["", "Компаний", "Доля"], rows, [70, 15, 15], styles, centered_columns=(1, 2)),
        Spacer(1, 3),
    ]


def _rest(groups: tuple[GroupLine, ...]) -> list[Cell]:
    return [
        f"прочие ({len(groups)})",
        str(sum(g.companies for g in groups)),
        str(sum(g.exporters for g in groups)),
        str(sum(g.potential for g in groups)),
        str(sum(g.with_stage for g in groups)),
        str(sum(g.needs for g in groups)),
        str(sum(g.barriers for g in groups)),
        "—",
    ]


def _groups(title: str, groups: tuple[GroupLine, ...], styles: Styles) -> list[Flowable]:
    if not groups:
        return []
    rows: list[list[Cell]] = [
        [g.name, count(g.companies), count(g.exporters), count(g.potential), count(g.with_stage),
         count(g.needs), count(g.barriers), f"{g.top_need}; {g.top_barrier}"]
        for g in groups[:GROUP_ROWS]
    ]  # fmt: skip
    if len(groups) > GROUP_ROWS:
        rows.append(_rest(groups[GROUP_ROWS:]))
    header = ["", "Компаний", "Экспортёров", "Потенциальных", "Этап определён",
              "Потребностей", "Барьеров", "Основная потребность; основной барьер"]  # fmt: skip
    return [
        Paragraph(title, styles.h2),
        data_table(
            header,
            rows,
            [40, 13, 15, 17, 13, 16, 13, 60],
            styles,
            total_width=LANDSCAPE_WIDTH,
            centered_columns=(1, 2, 3, 4, 5, 6),
        ),
    ]


def _facts(ex: ExporterReportData, styles: Styles) -> list[Flowable]:
    lines = [
        f"В реестре экспортёров и потенциальных экспортёров на {date_short(ex.as_of)} — "
        f"{count(ex.total)} компаний. В {ex.year} году проверено {count(ex.checked)}, получено из "
        f"источников {count(ex.sourced)}, всего актуализировано {count(ex.in_year)}.",
        f"Потребности в мерах поддержки выявлены у {count(ex.with_needs)} компаний, барьеры — "
        f"у {count(ex.with_barriers)}.",
        f"Поддержка в {ex.year} году: мер — {count(ex.support_records)}, компаний — "
        f"{count(ex.support_companies)}, экспортных контрактов — {count(ex.support_contracts)}, "
        f"на сумму {number(ex.support_amount_kusd, 1, fixed=True)} тыс. долл. США.",
    ]
    if ex.sources:
        used = "; ".join(f"{s.label} — {count(s.count)}" for s in ex.sources)
        lines.append(f"Источники сведений {ex.year} года (компаний): {used}.")
    return [Paragraph(markup(line), styles.body) for line in lines]


def _indicators(ex: ExporterReportData, styles: Styles) -> list[Flowable]:
    rows: list[list[Cell]] = [[label, value] for label, value in ex.indicators]
    return [
        Paragraph("Показатели по данным реестра", styles.h2),
        data_table(["Показатель", "Значение"], rows, [75, 25], styles, centered_columns=(1,)),
    ]


def _barriers(ex: ExporterReportData, styles: Styles) -> list[Flowable]:
    flow: list[Flowable] = [
        Paragraph("Барьеры, требующие решений на федеральном уровне", styles.h2)
    ]
    if ex.barriers_to_send:
        flow.append(barriers_table(ex.barriers_to_send, styles))
    else:
        flow.append(Paragraph("Такие барьеры в реестре не выявлены.", styles.body))
    if not ex.dispatches:
        flow.append(Paragraph(f"Результаты анализа за {ex.year} год не направлялись.", styles.body))
    for d in ex.dispatches:
        flow.append(
            bullet(
                f"Направлено {date_short(d.sent_on)}, исх. № {markup(d.outgoing_number)}, "
                f"в адрес: {markup(d.recipient)}.",
                styles,
            )
        )
    return flow


def _verdicts(ex: ExporterReportData, styles: Styles) -> list[Flowable]:
    flow: list[Flowable] = [Paragraph("Инструмент 9 по данным реестра", styles.h2)]
    flow += [verdict_bullet(markup(v.title), v.status_label, v.note, styles) for v in ex.verdicts]
    return flow


def exporter_section(data: ReportData, styles: Styles) -> list[Flowable]:
    ex = section_data(data, EXTRAS_KEY, ExporterReportData)
    if ex is None:
        return []
    flow: list[Flowable] = [
        *section_start("База экспортёров (инструмент 9)", [], styles),
        *_facts(ex, styles),
        *_counts("По статусу", ex.by_status, styles),
        *_counts("По этапу экспортного проекта", ex.by_stage, styles),
        *_counts("По категории МСП", ex.by_sme, styles),
    ]
    if ex.by_stage:
        flow += [Spacer(1, 4), count_chart("Компании по этапам", ex.by_stage, PORTRAIT_WIDTH)]
    flow += new_page(LANDSCAPE)  # the group tables are wide
    flow += _groups("По отраслям", ex.industries, styles)
    flow += _groups("По муниципальным образованиям", ex.municipalities, styles)
    flow += new_page(PORTRAIT)
    flow.append(Paragraph("Потребности и барьеры", styles.h2))
    for title, lines in (("Потребности в мерах поддержки", ex.needs), ("Барьеры", ex.barriers)):
        if lines:
            flow += [count_chart(title, lines, PORTRAIT_WIDTH), Spacer(1, 4)]
    if not ex.needs and not ex.barriers:
        flow.append(Paragraph("Потребности и барьеры компаний не выявлены.", styles.body))
    return flow + _indicators(ex, styles) + _barriers(ex, styles) + _verdicts(ex, styles)
