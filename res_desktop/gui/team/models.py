"""The team's three tables: members, training events, qualification confirmations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from res_desktop.domain.common.russian import date_short
from res_desktop.domain.team.model import (
    MemberId,
    QualificationConfirmation,
    RoleSlot,
    TeamMember,
    Topic,
    TrainingEvent,
)
from res_desktop.gui.common.table_model import TableColumn, TeamTableModel

Row = TypeVar("Row")


def _iso(value: dt.date | None) -> str:
    return value.isoformat() if value else "9999"


def _date_column(header: str, get: Callable[[Row], dt.date | None]) -> TableColumn[Row]:
    return TableColumn(
        header, lambda r: date_short(get(r)) if get(r) else "", lambda r: _iso(get(r)), True
    )


def _count_column(header: str, get: Callable[[Row], int]) -> TableColumn[Row]:
    return TableColumn(header, lambda r: str(get(r)), get, True)


_SLOT_ORDER = {slot: n for n, slot in enumerate(RoleSlot)}


def _organisation(event: TrainingEvent) -> str:
    return event.organisation + (" (образовательная)" if event.is_educational_org else "")


def members_model(parent: object = None) -> TeamTableModel[TeamMember]:
    columns: list[TableColumn[TeamMember]] = [
        TableColumn("ФИО", lambda m: m.full_name),
        TableColumn("Должность", lambda m: m.position),
        TableColumn("Организация", lambda m: m.organisation),
        TableColumn("Роль в команде", lambda m: m.slot.label, lambda m: _SLOT_ORDER[m.slot]),
        _date_column("Включён", lambda m: m.included_on),
        _date_column("Исключён", lambda m: m.excluded_on),
    ]
    model: TeamTableModel[TeamMember] = TeamTableModel(columns, parent)
    model.tooltip = lambda m: ", ".join(v for v in (m.phone, m.email) if v)
    return model


def events_model(parent: object = None) -> TeamTableModel[TrainingEvent]:
    columns: list[TableColumn[TrainingEvent]] = [
        _date_column("Начало", lambda e: e.starts_on),
        _date_column("Окончание", lambda e: e.ends_on),
        TableColumn("Вид", lambda e: e.kind.label),
        TableColumn("Наименование", lambda e: e.title),
        TableColumn("Организация", _organisation),
        _count_column("Часов", lambda e: e.hours),
        TableColumn("Форма", lambda e: e.mode.label),
        _count_column("Участников", lambda e: len(e.participants)),
    ]
    model: TeamTableModel[TrainingEvent] = TeamTableModel(columns, parent)
    model.tooltip = lambda e: "Темы: " + "; ".join(t.label for t in Topic if t in e.topics)
    return model


def confirmations_model(
    name_of: Callable[[MemberId], str], parent: object = None
) -> TeamTableModel[QualificationConfirmation]:
    columns: list[TableColumn[QualificationConfirmation]] = [
        TableColumn("Член команды", lambda c: name_of(c.member_id)),
        _date_column("Дата", lambda c: c.confirmed_on),
        TableColumn("Документ", lambda c: c.document),
        TableColumn("Кем выдан", lambda c: c.issuer),
    ]
    return TeamTableModel(columns, parent)
