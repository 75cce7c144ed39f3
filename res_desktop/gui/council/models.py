"""The Council's tables: members, meetings, and a meeting's reports and decisions."""

from __future__ import annotations

from res_desktop.domain.common.russian import date_short
from res_desktop.domain.council.model import Decision
from res_desktop.domain.council.model import Meeting
from res_desktop.domain.council.model import MeetingReport
from res_desktop.domain.council.model import MeetingStatus
from res_desktop.domain.council.model import Member
from res_desktop.gui.common import texts
from res_desktop.gui.common.table_model import Column
from res_desktop.gui.common.table_model import RecordTableModel

ISO_NONE = "9999-12-31"


def _day(value: object) -> str:
    return date_short(value) if value else ""  # type: ignore[arg-type]


def _iso(value: object) -> str:
    return value.isoformat() if value else ISO_NONE  # type: ignore[attr-defined]


class MembersModel(RecordTableModel[Member]):
    text_tooltips = True
    columns = (
        Column("ФИО", lambda m: m.name),
        Column("Категория", lambda m: m.category.label),
        Column("Организация", lambda m: m.organisation),
        Column("Должность", lambda m: m.position),
        Column("В составе с", lambda m: date_short(m.joined_on), lambda m: _iso(m.joined_on)),
        Column("Выбыл", lambda m: _day(m.left_on), lambda m: _iso(m.left_on)),
    )

    def cell_colour(self, row: Member, column: int) -> str | None:
        return "#6b6b6b" if row.left_on else None


def reports_text(meeting: Meeting) -> str:
    heard = [r.kind.label for r in meeting.reports if r.heard]
    return "; ".join(heard) if heard else "—"


def minutes_text(meeting: Meeting) -> str:
    minutes = meeting.minutes
    if minutes is None:
        return "—"
    state = (
        f"опубликован {date_short(minutes.published_on)}"
        if minutes.is_published
        else "не опубликован"
    )
    return f"№ {minutes.number}, {state}"


class MeetingsModel(RecordTableModel[Meeting]):
    text_tooltips = True
    columns = (
        Column("Дата", lambda m: date_short(m.date), lambda m: m.date.isoformat(), centered=True),
        Column("Состояние", lambda m: m.status.label),
        Column("Форма", lambda m: m.form.label),
        Column("Заслушаны доклады", reports_text),
        Column("Протокол", minutes_text),
        Column(
            "Решений", lambda m: str(len(m.decisions)), lambda m: len(m.decisions), centered=True
        ),
    )

    def cell_colour(self, row: Meeting, column: int) -> str | None:
        if row.status is MeetingStatus.HELD and column == 1:
            return texts.OK_COLOR
        needs_minutes = row.is_held and (row.minutes is None or not row.minutes.is_published)
        return texts.OVERDUE_COLOR if column == 4 and needs_minutes else None


def _agenda(number: int | None) -> str:
    return str(number) if number else "—"


class ReportsModel(RecordTableModel[MeetingReport]):
    text_tooltips = True
    columns = (
        Column("Вид", lambda r: r.kind.label),
        Column("Докладчик", lambda r: r.speaker),
        Column("Тема", lambda r: r.title),
        Column(
            "Вопрос", lambda r: _agenda(r.agenda_item), lambda r: r.agenda_item or 0, centered=True
        ),
        Column("Согласован", lambda r: _day(r.agreed_on), lambda r: _iso(r.agreed_on)),
        Column("Заслушан", lambda r: "да" if r.heard else "нет", centered=True),
    )


class DecisionsModel(RecordTableModel[Decision]):
    text_tooltips = True
    columns = (
        Column("Решение", lambda d: d.text),
        Column("Ответственный", lambda d: d.responsible),
        Column("Срок", lambda d: _day(d.due_date), lambda d: _iso(d.due_date)),
        Column("Исполнено", lambda d: _day(d.done_on), lambda d: _iso(d.done_on)),
        Column(
            "Вопрос", lambda d: _agenda(d.agenda_item), lambda d: d.agenda_item or 0, centered=True
        ),
    )
