"""The analysis page's summary and instrument 9's verdicts, as rich text in Russian."""

from __future__ import annotations

from html import escape

from res_desktop.domain.common.progress import Status
from res_desktop.domain.common.russian import count
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import number
from res_desktop.domain.common.russian import plural
from res_desktop.domain.common.russian import share
from res_desktop.domain.exporters.analysis import Pairs
from res_desktop.domain.exporters.analysis import RegistryAnalysis
from res_desktop.gui.common import texts
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.exporters.analysis import INSTRUMENT
from res_desktop.services.exporters.analysis_reports import count_lines
from res_desktop.services.exporters.analysis_reports import indicator_lines


def _counts(title: str, analysis: RegistryAnalysis, pairs: Pairs, kind: str) -> str:
    lines = count_lines(pairs, kind, analysis.total)
    if not lines:
        return ""
    cells = "".join(
        f"<tr><td>{escape(x.label)}</td><td align='right'>&nbsp;{count(x.count)}</td>"
        f"<td align='right'>&nbsp;{share(x.share)}</td></tr>"
        for x in lines
    )
    return f"<p><b>{title}</b></p><table cellspacing='2'>{cells}</table>"


def summary_html(analysis: RegistryAnalysis) -> str:
    """Totals, the year's checks and support, compositions and the indicators' figures."""
    if not analysis.total:
        return (
            "<p>Реестр экспортёров пуст. Добавьте компании или импортируйте сведения "
            "ФТС России, ФНС России и других источников на странице реестра.</p>"
        )
    year, activity, support = analysis.year, analysis.activity, analysis.activity.support
    head = (
        f"<p>В реестре <b>{plural(analysis.total, 'компания', 'компании', 'компаний')}"
        f"</b>. В {year} году проверено {count(activity.checked)}, получено из источников "
        f"{count(activity.sourced)}, всего актуализировано <b>{count(activity.in_year)}</b>.</p>"
        f"<p>Потребности в поддержке выявлены у {count(analysis.with_needs)}, барьеры — у "
        f"{count(analysis.with_barriers)}. Поддержка в {year} году: "
        f"мер — {count(support.records)}, компаний — {count(support.companies)}, "
        f"экспортных контрактов — {count(support.export_contracts)}, "
        f"на сумму {number(support.amount_kusd, 1, fixed=True)} тыс. долл. США.</p>"
    )
    figures = "".join(
        f"<tr><td>{escape(label)}</td><td align='right'>&nbsp;<b>{escape(value)}</b></td></tr>"
        for label, value in indicator_lines(analysis.indicators)
    )
    return (
        head
        + _counts("По статусу", analysis, analysis.by_status, "status")
        + _counts("По этапу экспортного проекта", analysis, analysis.by_stage, "stage")
        + _counts("По категории МСП", analysis, analysis.by_sme, "sme")
        + f"<p><b>Показатели по данным реестра</b></p><table cellspacing='2'>{figures}</table>"
    )


def verdicts_html(ws: Workspace, year: int, has_records: bool) -> str:
    """Each item of instrument 9 with its state: from the registry, or marked by hand."""
    checklist = ws.checklists.checklist(INSTRUMENT, year)
    parts = [f"<p>Инструмент 9 в {year} году: выполнено {checklist.progress.percent}%.</p>"]
    if not has_records:
        parts.append(
            "<p>Реестр пуст, поэтому пункты инструмента отмечаются вручную на странице "
            "инструмента.</p>"
        )
    for view in checklist.items:
        colour = texts.STATUS_COLORS.get(view.status, "#000000")
        how = escape(view.derived_note) if view.is_derived else "отмечается вручную"
        if view.status is Status.DONE and view.state.done_on:
            how += f" Выполнено {date_short(view.state.done_on)}."
        parts.append(
            f"<p><b>{escape(view.item.title)}</b> — "
            f"<span style='color:{colour}'>{view.status.label}</span>.<br/>{how}</p>"
        )
    return "".join(parts)
