"""The management team's section of the quarterly and annual reports (instrument 3)."""

from __future__ import annotations

from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph

from res_desktop.domain.common.russian import count
from res_desktop.domain.common.russian import date_short
from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.formatting import kind_and_title
from res_desktop.reports.common.formatting import markup
from res_desktop.reports.common.paragraphs import bullets
from res_desktop.reports.common.paragraphs import met_text
from res_desktop.reports.common.paragraphs import section_data
from res_desktop.reports.common.paragraphs import section_start
from res_desktop.reports.common.paragraphs import verdict_bullet
from res_desktop.reports.common.styles import Styles
from res_desktop.reports.common.tables import Bullets
from res_desktop.reports.common.tables import data_table
from res_desktop.reports.team.data import TeamMemberRow
from res_desktop.reports.team.data import TeamReportData

EXTRAS_KEY = "team"


def composition_table(team: TeamReportData, styles: Styles) -> Flowable:
    rows = [
        [str(n), m.full_name, f"{m.position}, {m.organisation}", m.slot_label, _dates(m)]
        for n, m in enumerate(team.members, start=1)
    ]
    return data_table(
        ["№", "ФИО", "Должность, организация", "Роль в команде", "В составе"],
        rows,
        [6, 30, 42, 40, 22],
        styles,
        centered_columns=(0, 4),
    )


def _dates(member: TeamMemberRow) -> str:
    since = f"с {date_short(member.included_on)}"
    return f"{since}\nпо {date_short(member.excluded_on)}" if member.excluded_on else since


def turnover_paragraph(team: TeamReportData, styles: Styles) -> Paragraph:
    text = f"Обновление состава: {markup(team.turnover_text)}."
    if team.retraining_required:
        text += f" <b>{markup(team.retraining_note)}</b>"
    return Paragraph(text, styles.body)


def team_section(data: ReportData, styles: Styles) -> list[Flowable]:
    """Composition, empty roles, turnover, training hours by member and the year's verdicts."""
    team = section_data(data, EXTRAS_KEY, TeamReportData)
    if team is None:
        return []
    intro = (
        f"Состав управленческой команды на {date_short(team.as_of)}: "
        f"{team.current_count} чел. (рекомендовано 7)."
    )
    flow = section_start("Управленческая команда (инструмент 3)", [intro], styles)
    if team.empty_slots:
        flow.append(Paragraph("Не заполнены рекомендованные роли:", styles.label))
        flow += bullets(team.empty_slots, styles)
    flow += [composition_table(team, styles), turnover_paragraph(team, styles)]
    flow += _training_summary(team, styles)
    if team.verdicts:
        flow.append(
            Paragraph(
                f"Критерии инструмента 3 для {team.implementation_year}-го года внедрения",
                styles.h2,
            )
        )
        flow += [
            verdict_bullet(markup(r.title), met_text(r.met), r.note, styles) for r in team.verdicts
        ]
    return flow


def _training_summary(team: TeamReportData, styles: Styles) -> list[Flowable]:
    heading = Paragraph(f"Профессиональное развитие в {team.year} году", styles.h2)
    if not team.events_count:
        return [heading, Paragraph("Мероприятия не проводились.", styles.body)]
    rows = [
        [
            m.full_name,
            Bullets(kind_and_title(a.kind_label, a.title) for a in m.activities) or "—",
            count(m.total_hours),
        ]
        for m in team.training
    ]
    rows.append(["Итого", f"мероприятий: {count(team.events_count)}", count(team.total_hours)])
    return [
        heading,
        data_table(
            ["Член команды", "Мероприятия", "Часов"],
            rows,
            [40, 90, 14],
            styles,
            centered_columns=(2,),
        ),
    ]
