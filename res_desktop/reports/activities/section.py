"""Instruments 10-15's section of the quarterly and annual reports: events and verdicts."""

from __future__ import annotations

from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph

from res_desktop.domain.common.russian import count
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import number
from res_desktop.domain.common.russian import plural
from res_desktop.reports.activities.data import ActivitiesReportData
from res_desktop.reports.activities.data import ActivityReportRow
from res_desktop.reports.activities.data import InstrumentVerdictRow
from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.formatting import kind_and_title
from res_desktop.reports.common.formatting import markup
from res_desktop.reports.common.paragraphs import bullets
from res_desktop.reports.common.paragraphs import met_text
from res_desktop.reports.common.paragraphs import section_data
from res_desktop.reports.common.paragraphs import section_start
from res_desktop.reports.common.paragraphs import verdict_bullet
from res_desktop.reports.common.sections import implemented_label
from res_desktop.reports.common.styles import Styles
from res_desktop.reports.common.tables import data_table

EXTRAS_KEY = "activities"


def _dates(row: ActivityReportRow) -> str:
    if row.starts_on == row.ends_on:
        return date_short(row.starts_on)
    return f"{date_short(row.starts_on)}–\n{date_short(row.ends_on)}"


def events_table(data: ActivitiesReportData, styles: Styles) -> Flowable:
    rows = [
        [
            r.instrument,
            _dates(r),
            kind_and_title(r.kind_label, r.title) + (f"\n{r.link}" if r.link else ""),
            r.place,
            count(r.companies),
            # Shown whenever the row adds to the total, so that «Итого» is the column's sum.
            f"{count(r.contracts_count)} / {number(r.contracts_kusd, 1, fixed=True)}"
            if r.contracts_count or r.contracts_kusd
            else "—",
        ]
        for r in data.rows
    ]
    rows.append(
        [
            "",
            "",
            f"Итого мероприятий: {len(data.rows)}",
            "",
            "",
            f"{count(data.total_contracts)} / {number(data.total_kusd, 1, fixed=True)}",
        ]
    )
    return data_table(
        ["Инстр.", "Даты", "Мероприятие", "Место, формат", "Компаний", "Контрактов / тыс. USD"],
        rows,
        [11, 18, 56, 24, 15, 20],
        styles,
        centered_columns=(0, 1, 4, 5),
    )


def activities_section(data: ReportData, styles: Styles) -> list[Flowable]:
    """Events held in the year by the «as of» date, and each instrument's verdict."""
    found = section_data(data, EXTRAS_KEY, ActivitiesReportData)
    if found is None:
        return []
    held = plural(len(found.rows), "мероприятие", "мероприятия", "мероприятий")
    intro = f"Проведено в {found.year} году по состоянию на {date_short(found.as_of)}: {held}."
    flow = section_start("Мероприятия по инструментам 10–15", [intro], styles)
    if found.rows:
        flow.append(events_table(found, styles))
    flow.append(Paragraph("Международные мероприятия (инструмент 11)", styles.h2))
    flow.append(Paragraph(markup(found.plan_text), styles.body))
    flow.append(Paragraph("Раздел по экспорту на сайте (инструмент 14)", styles.h2))
    if found.website_missing:
        flow.append(Paragraph("В разделе не размещено:", styles.label))
        flow += bullets(found.website_missing, styles)
    else:
        flow.append(Paragraph("Все рекомендованные материалы размещены.", styles.body))
    flow.append(Paragraph("Выполнение критериев внедрения", styles.h2))
    for v in found.verdicts:
        title = f"Инструмент {int(v.instrument)} «{markup(v.title)}»"
        flow.append(verdict_bullet(title, _state(data, v), _criteria_note(data, v), styles))
    return flow


def _state(data: ReportData, verdict: InstrumentVerdictRow) -> str:
    """The instrument's state as its checklist gives it (the one verdict in the report)."""
    instrument = data.instrument(str(int(verdict.instrument)))
    if instrument is None:
        return met_text(verdict.met)
    return f"{implemented_label(instrument)} ({instrument.progress_percent}%)"


def _criteria_note(data: ReportData, verdict: InstrumentVerdictRow) -> str:
    """What the events say; when they meet their criteria but the instrument is not
    implemented, the rest is in its checklist."""
    instrument = data.instrument(str(int(verdict.instrument)))
    if verdict.met and instrument is not None and not instrument.implemented:
        return (
            "Критерии, проверяемые по учёту мероприятий, выполнены; невыполненные пункты "
            "приведены в чек-листе инструмента."
        )
    return verdict.note
