"""What РЭЦ reads first: the period against the one before.

Every figure comes from the two data passes of the report (``data`` and ``data.previous``):
no section here queries anything of its own (the plan ahead is in ``plan``, the programme KPIs
in ``kpis``).
"""

from __future__ import annotations

from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph

from res_desktop.domain.common.russian import NO_VALUE
from res_desktop.domain.common.russian import count
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import plural
from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.data import ReportInstrument
from res_desktop.reports.common.data import ReportKind
from res_desktop.reports.common.paragraphs import bullets
from res_desktop.reports.common.paragraphs import section_start
from res_desktop.reports.common.styles import Styles
from res_desktop.reports.common.tables import data_table
from res_desktop.reports.reporting.changes import NO_DATA
from res_desktop.reports.reporting.changes import CompletedItem
from res_desktop.reports.reporting.changes import became_implemented
from res_desktop.reports.reporting.changes import ceased
from res_desktop.reports.reporting.changes import completed_items
from res_desktop.reports.reporting.changes import moved_figures


def _change(before: int | None, after: int | None) -> str:
    if before is None or after is None:
        return NO_VALUE
    delta = after - before
    return f"+{count(delta)}" if delta > 0 else f"−{count(-delta)}"


def _compared_with(data: ReportData, prev: ReportData) -> str:
    if data.kind is ReportKind.ANNUAL:
        return f"{prev.year} годом"
    return f"состоянием на {date_short(prev.as_of)}"


def period_summary(data: ReportData, styles: Styles) -> list[Flowable]:
    """What was done in the period and what changed against the previous quarter or year."""
    prev = data.previous
    if prev is None:
        return []
    annual = data.kind is ReportKind.ANNUAL
    title = (
        f"Итоги {data.year} года в сравнении с {prev.year} годом"
        if annual
        else f"Итоги отчётного периода ({data.period_label})"
    )
    intro = [f"Сведения на {date_short(data.as_of)} сопоставлены с {_compared_with(data, prev)}."]
    flow = section_start(title, intro, styles)
    flow += _implemented_part(data, styles)
    flow += _items_part(data, styles)
    moved = moved_figures(data)
    if moved:
        before = date_short(prev.as_of) if not annual else f"{prev.year} г."
        after = date_short(data.as_of) if not annual else f"{data.year} г."
        flow.append(Paragraph("Изменение показателей", styles.h2))
        flow.append(
            data_table(
                ["Показатель", before, after, "Изменение"],
                [[t, _value(b), _value(a), _change(b, a)] for t, b, a in moved],
                [90, 25, 25, 25],
                styles,
                centered_columns=(1, 2, 3),
            )
        )
    return flow


def _value(n: int | None) -> str:
    return NO_DATA if n is None else count(n)


def _named(instruments: list[ReportInstrument]) -> list[str]:
    return [f"{i.label} «{i.short_title}»" for i in instruments]


def _implemented_part(data: ReportData, styles: Styles) -> list[Flowable]:
    new = became_implemented(data)
    lost = ceased(data)
    when = f"в {data.year} году" if data.kind is ReportKind.ANNUAL else "за отчётный период"
    flow: list[Flowable] = [Paragraph("Внедрение инструментов", styles.h2)]
    if new:
        flow.append(Paragraph(f"Внедрены {when}:", styles.body))
        flow += bullets(_named(new), styles)
    else:
        flow.append(Paragraph(f"Новых внедрённых инструментов {when} нет.", styles.body))
    if lost and data.previous is not None:
        then = date_short(data.previous.as_of)
        flow.append(
            Paragraph(
                f"Были внедрены на {then}, на {date_short(data.as_of)} не внедрены "
                "(ежегодные инструменты выполняются заново каждый год):",
                styles.body,
            )
        )
        flow += bullets(_named(lost), styles)
    return flow


def _items_part(data: ReportData, styles: Styles) -> list[Flowable]:
    done = completed_items(data)
    flow: list[Flowable] = [Paragraph("Выполненные пункты чек-листов", styles.h2)]
    if not done:
        flow.append(Paragraph("За период новые пункты чек-листов не выполнены.", styles.body))
        return flow
    if data.kind is ReportKind.ANNUAL:
        return flow + _items_by_instrument(data, done, styles)
    flow.append(
        Paragraph(
            f"За период выполнено {plural(len(done), 'пункт', 'пункта', 'пунктов')} чек-листов:",
            styles.body,
        )
    )
    rows = [
        [c.instrument.label, c.item.title, date_short(c.item.done_on), c.item.responsible or "—"]
        for c in done
    ]
    flow.append(
        data_table(
            ["Инстр.", "Пункт чек-листа", "Выполнен", "Ответственный"],
            rows,
            [12, 100, 22, 40],
            styles,
            centered_columns=(0, 2),
        )
    )
    return flow


def _items_by_instrument(
    data: ReportData, done: list[CompletedItem], styles: Styles
) -> list[Flowable]:
    """A year's completed items, counted per instrument: the list itself is the checklists'."""
    per: dict[str, int] = {}
    for c in done:
        per[c.instrument.label] = per.get(c.instrument.label, 0) + 1
    rows = [
        [f"{i.label} «{i.short_title}»", str(per[i.label]), str(len(i.items))]
        for i in data.instruments
        if i.label in per
    ]
    return [
        Paragraph(
            f"В {data.year} году выполнено "
            f"{plural(len(done), 'пункт', 'пункта', 'пунктов')} чек-листов:",
            styles.body,
        ),
        data_table(
            ["Инструмент", "Выполнено пунктов", "Всего пунктов"],
            rows,
            [100, 35, 35],
            styles,
            centered_columns=(1, 2),
        ),
    ]
