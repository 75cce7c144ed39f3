"""The management team of instrument 3: role slots, members, training, turnover (issue 5).

Turnover, as the app counts it: the window is the 12 months ending on a date ``end``; it
starts on the same day a year earlier (``window_start``). The start team is the composition
on ``window_start``; a start member is *replaced* when excluded within the window
(``window_start < excluded_on <= end``). Turnover is replaced / start team, an exact fraction.
Above one half (not at one half) the Standard wants the team trained again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from fractions import Fraction
from typing import NewType

from res_desktop.domain.common.labelled import LabelledEnum
from res_desktop.domain.common.russian import date_short

MemberId = NewType("MemberId", int)
EventId = NewType("EventId", int)
ConfirmationId = NewType("ConfirmationId", int)

RETRAINING_SHARE = Fraction(1, 2)
RETRAINING_WARNING = (
    "Состав команды обновлён более чем на 50% — команда должна пройти обучение повторно"
)


class RoleSlot(LabelledEnum):
    """The Standard's recommended roles; values match the ``slot_*`` item keys of 03.toml."""

    DEPUTY_GOVERNOR = (
        "deputy_governor",
        "Заместитель высшего должностного лица, ответственный за экспорт",
    )
    EXPORT_MINISTER = "export_minister", "Руководитель РОИВ, курирующий экспорт (не ниже министра)"
    PRIORITY_INDUSTRIES = (
        "priority_industries",
        "Заместитель руководителя отраслевого РОИВ (приоритетная отрасль, включая услуги)",
    )
    EDUCATION = "education", "Должностное лицо в сфере образования (не ниже заместителя министра)"
    MUNICIPALITY_HEAD = (
        "municipality_head",
        "Глава (заместитель главы) муниципального образования с наибольшим объёмом экспорта",
    )
    EXPORT_CENTRE_HEAD = "export_centre_head", "Руководитель центра поддержки экспорта"
    DEVELOPMENT_INSTITUTE = (
        "development_institute",
        "Представитель регионального института развития",
    )
    BUSINESS_COMMUNITY = (  # «по согласованию»: optional
        "business_community",
        "Представитель ТПП или объединения предпринимателей (по согласованию)",
    )
    OTHER = "other", "Иной член команды"

    @property
    def item_key(self) -> str:
        return f"slot_{self.value}"

    @property
    def required(self) -> bool:
        """The 7 recommended roles; the business community is by agreement, «other» is extra."""
        return self not in (RoleSlot.BUSINESS_COMMUNITY, RoleSlot.OTHER)


def applicable_slots(federal_city: bool) -> tuple[RoleSlot, ...]:
    """Every slot a member may take; a federal city has no municipality."""
    return tuple(s for s in RoleSlot if not (federal_city and s is RoleSlot.MUNICIPALITY_HEAD))


def required_slots(federal_city: bool) -> tuple[RoleSlot, ...]:
    return tuple(s for s in applicable_slots(federal_city) if s.required)


class TrainingKind(LabelledEnum):
    """The forms of professional development the Standard lists for years 2 and 3."""

    FURTHER_EDUCATION = "further_education", "повышение квалификации"
    SEMINAR = "seminar", "семинар"
    TRAINING = "training", "тренинг"
    MASTER_CLASS = "master_class", "мастер-класс"
    ROUND_TABLE = "round_table", "круглый стол"
    CONFERENCE = "conference", "конференция"
    INTERNSHIP = "internship", "стажировка"
    SELF_STUDY = "self_study", "самообразование"
    DISTANCE_COURSE = "distance_course", "дистанционный курс"


class TrainingMode(LabelledEnum):
    IN_PERSON = "in_person", "очно"
    REMOTE = "remote", "дистанционно"
    BLENDED = "blended", "смешанно"


class Topic(LabelledEnum):
    """Year 1 topics; values match the ``training_*`` item keys of 03.toml."""

    FOREIGN_TRADE_BASICS = "foreign_trade_basics", "основы внешнеэкономической деятельности"
    EXPORT_ORGANISATION = "export_organisation", "организация экспортной деятельности"
    PROJECT_MANAGEMENT = "project_management", "проектное управление"
    STRATEGIC_PLANNING = "strategic_planning", "стратегический анализ и планирование"

    @property
    def item_key(self) -> str:
        return f"training_{self.value}"


@dataclass(frozen=True)
class TeamMember:
    full_name: str
    position: str
    organisation: str
    slot: RoleSlot
    included_on: dt.date
    excluded_on: dt.date | None = None
    phone: str = ""
    email: str = ""
    id: MemberId | None = field(default=None, compare=False)

    def is_member_on(self, day: dt.date) -> bool:
        return self.included_on <= day and (self.excluded_on is None or self.excluded_on > day)

    @property
    def short_name(self) -> str:
        """«Петров А. В.» for notes and narrow columns."""
        surname, *names = self.full_name.split()
        initials = " ".join(f"{n[0]}." for n in names if n)
        return f"{surname} {initials}".strip()


@dataclass(frozen=True)
class Participant:
    member_id: MemberId
    certificate_number: str = ""
    certificate_sha256: str = ""
    certificate_name: str = ""


@dataclass(frozen=True)
class TrainingEvent:
    kind: TrainingKind
    title: str
    organisation: str
    is_educational_org: bool
    starts_on: dt.date
    ends_on: dt.date
    hours: int
    mode: TrainingMode
    topics: frozenset[Topic] = frozenset()
    participants: tuple[Participant, ...] = ()
    id: EventId | None = field(default=None, compare=False)

    @property
    def member_ids(self) -> frozenset[MemberId]:
        return frozenset(p.member_id for p in self.participants)

    def participant(self, member_id: MemberId) -> Participant | None:
        return next((p for p in self.participants if p.member_id == member_id), None)


@dataclass(frozen=True)
class QualificationConfirmation:
    member_id: MemberId
    confirmed_on: dt.date
    document: str
    issuer: str = ""
    id: ConfirmationId | None = field(default=None, compare=False)


def composition_on(members: Iterable[TeamMember], day: dt.date) -> list[TeamMember]:
    return [m for m in members if m.is_member_on(day)]


def empty_slots(members: Iterable[TeamMember], day: dt.date, federal_city: bool) -> list[RoleSlot]:
    """Required slots nobody holds on ``day``."""
    held = {m.slot for m in composition_on(members, day)}
    return [s for s in required_slots(federal_city) if s not in held]


def window_start(end: dt.date) -> dt.date:
    """The same day a year earlier (29 February falls back to the 28th)."""
    try:
        return end.replace(year=end.year - 1)
    except ValueError:
        return end.replace(year=end.year - 1, day=28)


@dataclass(frozen=True)
class Turnover:
    start: dt.date
    end: dt.date
    start_team: tuple[TeamMember, ...]
    replaced: tuple[TeamMember, ...]  # by exclusion date

    @property
    def share(self) -> Fraction:
        if not self.start_team:
            return Fraction(0)
        return Fraction(len(self.replaced), len(self.start_team))

    @property
    def percent(self) -> int:
        return round(self.share * 100)

    @property
    def above_threshold(self) -> bool:
        return self.share > RETRAINING_SHARE

    @property
    def crossed_on(self) -> dt.date | None:
        """The exclusion that took the share above one half."""
        if not self.above_threshold:
            return None
        return self.replaced[len(self.start_team) // 2].excluded_on

    @property
    def text(self) -> str:
        if not self.start_team:
            return (
                f"на {date_short(self.start)} команда ещё не была сформирована, "
                "обновление не считается"
            )
        return (
            f"за 12 месяцев ({date_short(self.start)} – {date_short(self.end)}) из состава "
            f"выбыло {len(self.replaced)} из {len(self.start_team)} ({self.percent}%)"
        )


def turnover(members: Sequence[TeamMember], end: dt.date) -> Turnover:
    start = window_start(end)
    team = composition_on(members, start)
    gone = [m for m in team if m.excluded_on is not None and m.excluded_on <= end]
    gone.sort(key=lambda m: (m.excluded_on, m.full_name))
    return Turnover(start=start, end=end, start_team=tuple(team), replaced=tuple(gone))
