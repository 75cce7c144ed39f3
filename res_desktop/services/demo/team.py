"""The demo region's management team: 8 members in every role, this year's training."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import NamedTuple

from res_desktop.domain.team.model import MemberId
from res_desktop.domain.team.model import Participant
from res_desktop.domain.team.model import RoleSlot
from res_desktop.domain.team.model import TeamMember
from res_desktop.domain.team.model import Topic
from res_desktop.domain.team.model import TrainingEvent
from res_desktop.domain.team.model import TrainingKind
from res_desktop.domain.team.model import TrainingMode
from res_desktop.services.common.workspace import Workspace

_GOV = "Правительство Демонстрационной области"
# full name, position, organisation, role: TeamMember's first fields
_MEMBERS: tuple[tuple[str, str, str, RoleSlot], ...] = (
    ("Соколов Андрей Петрович", "Заместитель Губернатора", _GOV, RoleSlot.DEPUTY_GOVERNOR),
    (
        "Иванова Мария Сергеевна",
        "Министр экономического развития",
        "Министерство экономического развития Демонстрационной области",
        RoleSlot.EXPORT_MINISTER,
    ),
    (
        "Орлов Виктор Николаевич",
        "Заместитель министра сельского хозяйства",
        "Министерство сельского хозяйства Демонстрационной области",
        RoleSlot.PRIORITY_INDUSTRIES,
    ),
    (
        "Лебедева Анна Игоревна",
        "Заместитель министра промышленности",
        "Министерство промышленности и торговли Демонстрационной области",
        RoleSlot.PRIORITY_INDUSTRIES,
    ),
    (
        "Козлова Елена Викторовна",
        "Заместитель министра образования",
        "Министерство образования Демонстрационной области",
        RoleSlot.EDUCATION,
    ),
    (
        "Новиков Сергей Александрович",
        "Заместитель главы администрации",
        "Администрация г. Демонстрационный",
        RoleSlot.MUNICIPALITY_HEAD,
    ),
    (
        "Морозова Ольга Дмитриевна",
        "Директор",
        "Центр поддержки экспорта Демонстрационной области",
        RoleSlot.EXPORT_CENTRE_HEAD,
    ),
    (
        "Волков Илья Романович",
        "Генеральный директор",
        "Корпорация развития Демонстрационной области",
        RoleSlot.DEVELOPMENT_INSTITUTE,
    ),
)
_ACADEMY = "Школа экспорта АО «Российский экспортный центр»"
_UNIVERSITY = "Демонстрационный государственный университет"


def _add_members(ws: Workspace, today: dt.date) -> list[TeamMember]:
    formed = dt.date(today.year - 2, 3, 15)
    phone = "+7 (800) 000-00-00"
    return [
        ws.team.save_member(member=TeamMember(*row, included_on=formed, phone=phone))
        for row in _MEMBERS
    ]


class _Event(NamedTuple):
    kind: TrainingKind
    title: str
    organisation: str
    educational: bool
    start: tuple[int, int]
    end: tuple[int, int]
    hours: int
    mode: TrainingMode
    topics: frozenset[Topic]
    who: tuple[int, ...]  # indexes into _MEMBERS


_ALL = tuple(range(len(_MEMBERS)))
_EVENTS = (
    _Event(TrainingKind.FURTHER_EDUCATION, "Управление экспортной деятельностью региона",
           _ACADEMY, True, (3, 2), (3, 6), 36, TrainingMode.BLENDED,
           frozenset({Topic.EXPORT_ORGANISATION, Topic.PROJECT_MANAGEMENT}), _ALL),
    _Event(TrainingKind.SEMINAR, "Меры поддержки экспорта: что нового", _ACADEMY, True,
           (5, 20), (5, 20), 8, TrainingMode.REMOTE, frozenset({Topic.FOREIGN_TRADE_BASICS}),
           (1, 6)),
    _Event(TrainingKind.ROUND_TABLE, "Экспорт услуг образования", _UNIVERSITY, True,
           (6, 11), (6, 11), 4, TrainingMode.IN_PERSON, frozenset(), (4, 7)),
    _Event(TrainingKind.CONFERENCE, "Международный экспортный форум «Сделано в России»",
           "АО «Российский экспортный центр»", False, (9, 24), (9, 25), 12,
           TrainingMode.IN_PERSON, frozenset(), (0, 1, 2, 3, 5)),
    _Event(TrainingKind.DISTANCE_COURSE, "Стратегическое планирование развития экспорта",
           _ACADEMY, True, (10, 1), (10, 31), 24, TrainingMode.REMOTE,
           frozenset({Topic.STRATEGIC_PLANNING}), (1, 2, 3, 6)),
)  # fmt: skip


def fill_team_demo(ws: Workspace, today: dt.date) -> None:
    """Members formed two years ago; this year's events that have ended, two certificate scans."""
    ids = [m.id for m in _add_members(ws, today) if m.id is not None]
    with tempfile.TemporaryDirectory() as folder:
        scan = Path(folder) / "Удостоверение о повышении квалификации.txt"
        scan.write_text(
            "УДОСТОВЕРЕНИЕ о повышении квалификации\nпо программе «Управление экспортной "
            "деятельностью региона», 36 часов\n",
            encoding="utf-8",
        )
        for number, event in enumerate(_EVENTS):
            start, end = dt.date(today.year, *event.start), dt.date(today.year, *event.end)
            if end > today:
                continue
            people = [
                Participant(ids[i], f"ПК-{today.year % 100}/{number + 1}{i + 1:02d}")
                for i in event.who
            ]
            files = {MemberId(ids[i]): scan for i in (0, 1)} if number == 0 else {}
            training = TrainingEvent(
                kind=event.kind,
                title=event.title,
                organisation=event.organisation,
                is_educational_org=event.educational,
                starts_on=start,
                ends_on=end,
                hours=event.hours,
                mode=event.mode,
                topics=event.topics,
                participants=tuple(people),
            )
            ws.team.save_event(event=training, certificate_files=files)
