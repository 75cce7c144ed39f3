"""Building team records through the service, for the team tests."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from typing import Any
from typing import Protocol
from typing import TypeVar

from res_desktop.domain.team.model import Participant
from res_desktop.domain.team.model import RoleSlot
from res_desktop.domain.team.model import TeamMember
from res_desktop.domain.team.model import Topic
from res_desktop.domain.team.model import TrainingEvent
from res_desktop.domain.team.model import TrainingKind
from res_desktop.domain.team.model import TrainingMode
from res_desktop.domain.team.model import required_slots
from res_desktop.services.common.workspace import Workspace

NAMES = (
    "Соколов Андрей Петрович",
    "Иванова Мария Сергеевна",
    "Орлов Виктор Николаевич",
    "Козлова Елена Викторовна",
    "Новиков Сергей Александрович",
    "Морозова Ольга Дмитриевна",
    "Волков Илья Романович",
    "Лебедева Анна Игоревна",
)
Id_co = TypeVar("Id_co", covariant=True)


class _Stored(Protocol[Id_co]):
    @property
    def id(self) -> Id_co | None: ...


def saved_id(record: _Stored[Id_co]) -> Id_co:
    """The id of a record the service has saved (None only before saving)."""
    assert record.id is not None, record
    return record.id


def add(ws: Workspace, n: int, slot: RoleSlot, on: dt.date, **changes: Any) -> TeamMember:
    member = TeamMember(
        full_name=NAMES[n % len(NAMES)],
        position="Заместитель министра",
        organisation="Правительство области",
        slot=slot,
        included_on=on,
    )
    return ws.team.save_member(member=dataclasses.replace(member, **changes))


def form_team(ws: Workspace, on: dt.date, federal_city: bool = False) -> list[TeamMember]:
    return [add(ws, n, slot, on) for n, slot in enumerate(required_slots(federal_city))]


def train(
    ws: Workspace,
    members: Iterable[TeamMember],
    ends: dt.date,
    topics: Iterable[Topic] = (),
    **changes: Any,
) -> TrainingEvent:
    event = TrainingEvent(
        kind=TrainingKind.FURTHER_EDUCATION,
        title="Управление экспортной деятельностью региона",
        organisation="Школа экспорта РЭЦ",
        is_educational_org=True,
        starts_on=ends - dt.timedelta(days=3),
        ends_on=ends,
        hours=36,
        mode=TrainingMode.BLENDED,
        topics=frozenset(topics),
        participants=tuple(Participant(m.id) for m in members if m.id is not None),
    )
    return ws.team.save_event(event=dataclasses.replace(event, **changes))
