"""The «Экспортный совет» section of the quarterly and annual reports (issue 5).

Reads ``data.extras["council"]`` (a ``CouncilReportData``); renders nothing when absent.
"""

from __future__ import annotations

from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph

from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import plural_genitive
from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.formatting import markup
from res_desktop.reports.common.paragraphs import bullets
from res_desktop.reports.common.paragraphs import met_text
from res_desktop.reports.common.paragraphs import section_data
from res_desktop.reports.common.paragraphs import section_start
from res_desktop.reports.common.styles import Styles
from res_desktop.reports.common.tables import Bullets
from res_desktop.reports.common.tables import Cell
from res_desktop.reports.common.tables import data_table
from res_desktop.reports.council.data import CouncilReportData

EXTRA_KEY = "council"


def _facts(council: CouncilReportData, styles: Styles) -> list[Flowable]:
    lines = [f"<b>{markup(council.council_name)}</b>"]
    if council.regulation:
        lines.append(f"Положение о Совете: {markup(council.regulation)}.")
    if council.chair:
        lines.append(f"Председатель: {markup(council.chair)}.")
    if council.deputy_chair:
        lines.append(
            f"Заместитель председателя от предпринимательского сообщества: "
            f"{markup(council.deputy_chair)}."
        )
    lines.append(
        f"Членов Совета на {date_short(council.as_of)}: {council.members_count}. "
        f"{council.implementation_year}-й год внедрения Стандарта: требуется не менее "
        f"{plural_genitive(council.required_meetings, 'заседания', 'заседаний')} в год, "
        f"проведено {council.held_count}."
    )
    return [Paragraph(line, styles.body) for line in lines]


def _meetings(council: CouncilReportData, styles: Styles) -> list[Flowable]:
    if not council.meetings:
        return [Paragraph(f"Заседаний в {council.year} году не было.", styles.body)]
    rows: list[list[Cell]] = [
        [
            date_short(m.date),
            f"{m.status_label}, {m.form_label}" + ("" if m.is_public_open else ", закрытое"),
            str(m.agenda_items),
            Bullets(m.reports_heard) if m.reports_heard else "—",
            f"{m.decisions_done} из {m.decisions_total}" if m.decisions_total else "—",
            m.minutes,
        ]
        for m in council.meetings
    ]
    return [
        Paragraph(f"Заседания Совета в {council.year} году", styles.h2),
        data_table(
            ["Дата", "Состояние, форма", "Вопросов", "Заслушаны", "Поручения исполнены",
             "Протокол"],
            rows,
            [14, 22, 13, 40, 15, 30],
            styles,
            centered_columns=(0, 2, 4),
        ),
    ]  # fmt: skip


def _rules(council: CouncilReportData, styles: Styles) -> list[Flowable]:
    rows: list[list[Cell]] = [[r.title, met_text(r.met), r.note] for r in council.rules]
    return [
        Paragraph("Выполнение требований Стандарта по данным учёта заседаний", styles.h2),
        Paragraph(markup(council.summary), styles.body),
        data_table(["Требование", "Состояние", "Пояснение"], rows, [45, 15, 50], styles),
    ]


def _open_decisions(council: CouncilReportData, styles: Styles) -> list[Flowable]:
    if not council.decisions_open:
        return [
            Paragraph(
                f"Неисполненных решений Совета нет (исполнено решений: {council.decisions_done}).",
                styles.body,
            )
        ]
    rows: list[list[Cell]] = [
        [
            date_short(d.meeting_date),
            d.text,
            d.responsible or "—",
            date_short(d.due_date) + (" (просрочено)" if d.overdue else ""),
        ]
        for d in council.decisions_open
    ]
    return [
        Paragraph("Поручения Совета на исполнении", styles.h2),
        data_table(
            ["Заседание", "Решение", "Ответственный", "Срок"],
            rows,
            [14, 50, 25, 16],
            styles,
            centered_columns=(0, 3),
        ),
        Paragraph(f"Исполнено поручений: {council.decisions_done}.", styles.body),
    ]


def council_section(data: ReportData, styles: Styles) -> list[Flowable]:
    council = section_data(data, EXTRA_KEY, CouncilReportData)
    if council is None:
        return []
    return [
        *section_start("Экспортный совет", [], styles),
        *_facts(council, styles),
        *_meetings(council, styles),
        *_rules(council, styles),
        *_open_decisions(council, styles),
        *bullets(council.warnings, styles),
    ]
