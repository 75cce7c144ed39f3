"""Instrument 3 rules by implementation year, as pure functions of the team's records.

Each returns a ``Verdict``: (met, done_on, Russian note[, partial]). ``done_on`` is the day the
condition became true; ``partial`` tells «в работе» from «не начато» when it is not met.
A training event counts once it has ended (``ends_on``) within the year, up to the day asked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.team.model import RETRAINING_WARNING
from res_desktop.domain.team.model import MemberId
from res_desktop.domain.team.model import QualificationConfirmation
from res_desktop.domain.team.model import RoleSlot
from res_desktop.domain.team.model import TeamMember
from res_desktop.domain.team.model import Topic
from res_desktop.domain.team.model import TrainingEvent
from res_desktop.domain.team.model import Turnover
from res_desktop.domain.team.model import composition_on
from res_desktop.domain.team.model import empty_slots


def _names(members: Sequence[TeamMember]) -> str:
    return ", ".join(m.short_name for m in members)


def _end(text: str) -> str:
    """Close a sentence that may already end in an initial («Петров А. В.»)."""
    return text if text.endswith(".") else f"{text}."


def _first_held(members: Sequence[TeamMember], slot: RoleSlot, on: dt.date) -> dt.date | None:
    dates = [m.included_on for m in composition_on(members, on) if m.slot is slot]
    return min(dates) if dates else None


def slot_filled(members: Sequence[TeamMember], slot: RoleSlot, on: dt.date) -> Verdict:
    holders = [m for m in composition_on(members, on) if m.slot is slot]
    if not holders:
        return Verdict(
            met=False, done_on=None, note=f"Роль не заполнена на {date_short(on)}: {slot.label}."
        )
    return Verdict(
        met=True, done_on=_first_held(members, slot, on), note=_end(f"В составе: {_names(holders)}")
    )


def _nobody_on(on: dt.date) -> Verdict:
    """What every rule over the current team says when nobody is on it."""
    return Verdict(
        met=False, done_on=None, note=f"На {date_short(on)} в составе команды никого нет."
    )


def team_formed(
    members: Sequence[TeamMember], on: dt.date, federal_city: bool, since: dt.date | None = None
) -> Verdict:
    """All recommended roles held on ``on``; done since the last of them was filled."""
    current = composition_on(members, on)
    if not current:
        return _nobody_on(on)
    missing = empty_slots(members, on, federal_city)
    if missing:
        listed = "; ".join(s.label for s in missing)
        note = f"Не заполнены роли на {date_short(on)}: {listed}."
        return Verdict(met=False, done_on=None, note=note, partial=True)
    filled = [_first_held(members, s, on) for s in {m.slot for m in current if m.slot.required}]
    done = max(d for d in filled if d is not None)
    if since is not None:
        done = max(done, since)
    return Verdict(
        met=True,
        done_on=done,
        note=f"Команда сформирована: {len(current)} чел., все роли заполнены.",
    )


def _year_events(events: Sequence[TrainingEvent], year: int, on: dt.date) -> list[TrainingEvent]:
    return [e for e in events if e.ends_on.year == year and e.ends_on <= on]


def topic_coverage(
    events: Sequence[TrainingEvent], year: int, on: dt.date
) -> dict[Topic, dt.date | None]:
    """When each topic was first covered at an educational organisation with team members."""
    covered: dict[Topic, dt.date | None] = dict.fromkeys(Topic)
    for event in sorted(_year_events(events, year, on), key=lambda e: e.ends_on):
        if not (event.is_educational_org and event.participants):
            continue
        for topic in event.topics:
            covered[topic] = covered[topic] or event.ends_on
    return covered


def topic_covered(events: Sequence[TrainingEvent], topic: Topic, year: int, on: dt.date) -> Verdict:
    day = topic_coverage(events, year, on)[topic]
    if day is None:
        return Verdict(
            met=False,
            done_on=None,
            note=f"Тема «{topic.label}» не пройдена в образовательной организации.",
        )
    return Verdict(met=True, done_on=day, note=f"Обучение по теме завершено {date_short(day)}.")


def educational_training(
    events: Sequence[TrainingEvent], year: int, on: dt.date
) -> dict[MemberId, dt.date]:
    """Each member's first training at an educational organisation that ended within the year."""
    found: dict[MemberId, dt.date] = {}
    for event in sorted(_year_events(events, year, on), key=lambda e: e.ends_on):
        if event.is_educational_org:
            for member_id in event.member_ids:
                found.setdefault(member_id, event.ends_on)
    return found


def team_trained(
    members: Sequence[TeamMember], events: Sequence[TrainingEvent], year: int, on: dt.date
) -> Verdict:
    """Year 1: «управленческая команда … прошла обучение на базе образовательной организации по
    обозначенным тематикам» — the team: every member on ``on`` trained there within the year,
    and the trainings together covered the topics."""
    current = composition_on(members, on)
    if not current:
        return _nobody_on(on)
    coverage = topic_coverage(events, year, on)
    trained = educational_training(events, year, on)
    missing = [t for t, d in coverage.items() if d is None]
    untrained = [m for m in current if m.id not in trained]
    notes = []
    if missing:
        listed = "; ".join(t.label for t in missing)
        notes.append(f"Нет обучения на базе образовательной организации по темам: {listed}.")
    if untrained:
        notes.append(_end(f"Не прошли обучение в образовательной организации: {_names(untrained)}"))
    if notes:
        partial = len(missing) < len(coverage) or len(untrained) < len(current)
        return Verdict(met=False, done_on=None, note=" ".join(notes), partial=partial)
    dates = [d for d in coverage.values() if d is not None]
    dates += [trained[m.id] for m in current if m.id is not None]
    return Verdict(
        met=True,
        done_on=max(dates),
        note=f"Обучение по всем темам пройдено в образовательной организации, обучены все "
        f"{len(current)} членов команды.",
    )


def first_activity(
    events: Sequence[TrainingEvent], year: int, on: dt.date
) -> dict[MemberId, dt.date]:
    """Each member's first development activity that ended within the year."""
    found: dict[MemberId, dt.date] = {}
    for event in sorted(_year_events(events, year, on), key=lambda e: e.ends_on):
        for member_id in event.member_ids:
            found.setdefault(member_id, event.ends_on)
    return found


def retraining(
    members: Sequence[TeamMember], events: Sequence[TrainingEvent], change: Turnover
) -> Verdict:
    """Above 50% turnover every current member trains at an educational organisation again.

    «ежегодно, либо чаще – в случае обновления состава команды более чем на 50%»: in every
    implementation year, not only in years 2 and 3.
    """
    if not change.above_threshold or change.crossed_on is None:
        return Verdict(met=True, done_on=None, note="")
    since = change.crossed_on
    trained: dict[MemberId, dt.date] = {}
    for event in sorted(events, key=lambda e: e.ends_on):
        if event.is_educational_org and event.starts_on >= since and event.ends_on <= change.end:
            for member_id in event.member_ids:
                trained.setdefault(member_id, event.ends_on)
    current = composition_on(members, change.end)
    missing = [m for m in current if m.id not in trained]
    if missing:
        note = (
            f"{RETRAINING_WARNING} (после {date_short(since)} не обучены в образовательной "
            f"организации: {_names(missing)})."
        )
        return Verdict(met=False, done_on=None, note=note, partial=len(missing) < len(current))
    done = max((trained[m.id] for m in current if m.id is not None), default=since)
    note = f"После обновления состава команда обучена повторно ({date_short(done)})."
    return Verdict(met=True, done_on=done, note=note)


def retraining_item(
    members: Sequence[TeamMember], events: Sequence[TrainingEvent], change: Turnover
) -> Verdict:
    """The checklist's item: retrained after the turnover, or no retraining due (said so)."""
    again = retraining(members, events, change)
    if again.note:
        return again
    note = f"Повторное обучение не требуется: {change.text}."
    return Verdict(met=True, done_on=None, note=note[0].upper() + note[1:])


def development_done(
    members: Sequence[TeamMember],
    events: Sequence[TrainingEvent],
    year: int,
    on: dt.date,
) -> Verdict:
    """Years 2-3: every current member had a professional-development activity this year."""
    current = composition_on(members, on)
    if not current:
        return _nobody_on(on)
    firsts = first_activity(events, year, on)
    missing = [m for m in current if m.id not in firsts]
    if missing:
        note = _end(
            f"Нет мероприятий по профессиональному развитию в {year} году: {_names(missing)}"
        )
        partial = len(missing) < len(current)
        return Verdict(met=False, done_on=None, note=note, partial=partial)
    done = max(firsts[m.id] for m in current if m.id is not None)
    count = len(_year_events(events, year, on))
    note = (
        f"Мероприятий по профессиональному развитию в {year} году: {count}, "
        "участвовал каждый член команды."
    )
    return Verdict(met=True, done_on=done, note=note)


def qualification_confirmed(
    members: Sequence[TeamMember],
    confirmations: Sequence[QualificationConfirmation],
    since_year: int,
    year: int,
    on: dt.date,
) -> Verdict:
    """«в четвертый год инструмент считается внедренным, если проведено подтверждение
    квалификации управленческой команды»: once, in the 4th year (``since_year``) or later; a
    confirmation is not asked again every later year, only of members it does not cover yet."""
    current = composition_on(members, on)
    if not current:
        return _nobody_on(on)
    firsts: dict[MemberId, dt.date] = {}
    for item in sorted(confirmations, key=lambda c: c.confirmed_on):
        if since_year <= item.confirmed_on.year <= year and item.confirmed_on <= on:
            firsts.setdefault(item.member_id, item.confirmed_on)
    missing = [m for m in current if m.id not in firsts]
    if missing:
        period = f"в {year} году" if since_year >= year else f"с {since_year} года"
        return Verdict(
            met=False,
            done_on=None,
            note=_end(f"Нет подтверждения квалификации {period}: {_names(missing)}"),
            partial=len(missing) < len(current),
        )
    done = max(firsts[m.id] for m in current if m.id is not None)
    return Verdict(
        met=True,
        done_on=done,
        note=f"Квалификация подтверждена у всех {len(current)} членов команды.",
    )
