"""«Отчёт о повышении профессионального уровня управленческой команды за ГГГГ год» (PDF).

The yearly report of instrument 3 in years 2 and 3: the team with its roles, each member's
activities (dates, kind, organisation, hours, topics), totals, turnover and a signature block.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import NextPageTemplate
from reportlab.platypus import Paragraph
from reportlab.platypus import Spacer

from res_desktop.domain.common.russian import count
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import plural
from res_desktop.reports.common.document import PORTRAIT
from res_desktop.reports.common.document import render_pdf
from res_desktop.reports.common.document import write_pdf
from res_desktop.reports.common.formatting import markup
from res_desktop.reports.common.paragraphs import met_text
from res_desktop.reports.common.paragraphs import verdict_bullet
from res_desktop.reports.common.sections import executor_lines
from res_desktop.reports.common.sections import signature_block
from res_desktop.reports.common.styles import Styles
from res_desktop.reports.common.styles import make_styles
from res_desktop.reports.common.tables import Bullets
from res_desktop.reports.common.tables import data_table
from res_desktop.reports.team.data import MemberTraining
from res_desktop.reports.team.data import TeamReportData
from res_desktop.reports.team.section import composition_table
from res_desktop.reports.team.section import turnover_paragraph

SUBJECT = "о повышении профессионального уровня управленческой команды"


def report_title(data: TeamReportData) -> str:
    return f"Отчёт {SUBJECT} за {data.year} год"


def _hours(n: int) -> str:
    return plural(n, "час", "часа", "часов")


def _heading(data: TeamReportData, styles: Styles) -> list[Flowable]:
    return [
        NextPageTemplate(PORTRAIT),
        Paragraph(markup(data.coordinator_body), styles.centered),
        Paragraph(markup(data.region_name), styles.centered),
        Spacer(1, 12 * mm),
        Paragraph("ОТЧЁТ", styles.title),
        Spacer(1, 2 * mm),
        Paragraph(f"{SUBJECT} за {data.year} год", styles.subtitle),
        Paragraph(
            f"по состоянию на {date_short(data.as_of)}; "
            f"{data.implementation_year}-й год внедрения Регионального экспортного стандарта",
            styles.centered,
        ),
        Spacer(1, 8 * mm),
    ]


def _period(start: dt.date, end: dt.date) -> str:
    return date_short(start) if start == end else f"{date_short(start)}\n– {date_short(end)}"


def _member_block(member: MemberTraining, styles: Styles) -> list[Flowable]:
    head = Paragraph(
        f"{markup(member.full_name)} <font size=9>— {markup(member.slot_label)}</font>", styles.h2
    )
    if not member.activities:
        return [head, Paragraph("Мероприятий в отчётном году нет.", styles.body)]
    rows = [
        [
            _period(a.starts_on, a.ends_on),
            f"{a.kind_label}, {a.mode_label}",
            f"{a.title}\n{a.organisation}".strip(),
            Bullets(a.topics) if a.topics else "—",
            str(a.hours),
            a.certificate or "—",
        ]
        for a in member.activities
    ]
    rows.append(["", "", "Итого", "", count(member.total_hours), ""])
    table = data_table(
        ["Даты", "Вид, форма", "Мероприятие, организация", "Темы", "Часов", "Документ"],
        rows,
        [19, 24, 46, 34, 10, 24],
        styles,
        centered_columns=(0, 4),
    )
    return [head, table]


def _totals(data: TeamReportData, styles: Styles) -> list[Flowable]:
    rows = [[m.full_name, count(len(m.activities)), count(m.total_hours)] for m in data.training]
    rows.append(["Итого по команде", count(data.events_count), count(data.total_hours)])
    flow: list[Flowable] = [
        Paragraph("3. Итоги", styles.h1),
        data_table(
            ["Член команды", "Мероприятий", "Часов"],
            rows,
            [70, 20, 20],
            styles,
            centered_columns=(1, 2),
        ),
        Spacer(1, 3 * mm),
        Paragraph(
            f"Проведено мероприятий: {count(data.events_count)}, общий объём — "
            f"{_hours(data.total_hours)}.",
            styles.body,
        ),
        turnover_paragraph(data, styles),
    ]
    flow += [
        verdict_bullet(markup(r.title), met_text(r.met), r.note, styles) for r in data.verdicts
    ]
    return flow


def _signature(data: TeamReportData, styles: Styles) -> list[Flowable]:
    return signature_block(data.signatory, executor_lines(data.contact_person, data.phone), styles)


def story(data: TeamReportData, styles: Styles) -> list[Flowable]:
    flow = _heading(data, styles)
    flow += [Paragraph("1. Состав управленческой команды", styles.h1)]
    flow += [composition_table(data, styles)] if data.members else []
    if data.empty_slots:
        listed = "; ".join(data.empty_slots)
        flow.append(Paragraph(f"Не заполнены роли: {markup(listed)}.", styles.body))
    flow.append(Paragraph("2. Мероприятия по профессиональному развитию", styles.h1))
    for member in data.training:
        flow += _member_block(member, styles)
    flow += _totals(data, styles)
    flow += _signature(data, styles)
    return flow


def render_development_report(data: TeamReportData) -> bytes:
    title = report_title(data)
    subject = f"{data.region_name}: {title}"
    return render_pdf(story(data, make_styles()), data, title=title, subject=subject, official=True)


def build_development_report_pdf(data: TeamReportData, out: str | Path) -> Path:
    """Write the PDF to ``out`` (rendered in memory first: no half-written file)."""
    return write_pdf(render_development_report(data), out)
