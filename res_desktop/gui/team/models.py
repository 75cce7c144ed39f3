"""The team's three tables: members, training events, qualification confirmations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from res_desktop.domain.common.russian import date_short
from res_desktop.domain.team.model import MemberId
from res_desktop.domain.team.model import QualificationConfirmation
from res_desktop.domain.team.model import RoleSlot
from res_desktop.domain.team.model import TeamMember
from res_desktop.domain.team.model import Topic
from res_desktop.domain.team.model import TrainingEvent
from res_desktop.gui.common.table_model import Column
from res_desktop.gui.common.table_model import RecordTableModel

Row = TypeVar("Row")


def _iso(value: dt.date | None) -> str:
    return value.isoformat() if value else "9999"


def _date_column(header: str, get: Callable[[Row], dt.date | None]) -> Column[Row]:
    return Column(
        header, lambda r: date_short(get(r)) if get(r) else "", lambda r: _iso(get(r)), True
    )


def _count_column(header: str, get: Callable[[Row], int]) -> Column[Row]:
    return Column(header, lambda r: str(get(r)), get, True)


_SLOT_ORDER = {slot: n for n, slot in enumerate(RoleSlot)}


def _organisation(event: TrainingEvent) -> str:
    return event.organisation + (" (образовательная)" if event.is_educational_org else "")


def members_model(parent: object = None) -> RecordTableModel[TeamMember]:
    columns: list[Column[TeamMember]] = [
        Column("ФИО", lambda m: m.full_name),
        Column("Должность", lambda m: m.position),
        Column("Организация", lambda m: m.organisation),
        Column("Роль в команде", lambda m: m.slot.label, lambda m: _SLOT_ORDER[m.slot]),
        _date_column("Включён", lambda m: m.included_on),
        _date_column("Исключён", lambda m: m.excluded_on),
    ]
    model: RecordTableModel[TeamMember] = RecordTableModel(columns, parent)
    model.tooltip = lambda m: ", ".join(v for v in (m.phone, m.email) if v)
    return model


def events_model(parent: object = None) -> RecordTableModel[TrainingEvent]:
    columns: list[Column[TrainingEvent]] = [
        _date_column("Начало", lambda e: e.starts_on),
        _date_column("Окончание", lambda e: e.ends_on),
        Column("Вид", lambda e: e.kind.label),
        Column("Наименование", lambda e: e.title),
        Column("Организация", _organisation),
        _count_column("Часов", lambda e: e.hours),
        Column("Форма", lambda e: e.mode.label),
        _count_column("Участников", lambda e: len(e.participants)),
    ]
    model: RecordTableModel[TrainingEvent] = RecordTableModel(columns, parent)
    model.tooltip = lambda e: "Темы: " + "; ".join(t.label for t in Topic if t in e.topics)
    return model


def confirmations_model(
    name_of: Callable[[MemberId], str], parent: object = None
) -> RecordTableModel[QualificationConfirmation]:
    columns: list[Column[QualificationConfirmation]] = [
        Column("Член команды", lambda c: name_of(c.member_id)),
        _date_column("Дата", lambda c: c.confirmed_on),
        Column("Документ", lambda c: c.document),
        Column("Кем выдан", lambda c: c.issuer),
    ]
    return RecordTableModel(columns, parent)
