"""Instrument 5's rules, judged from the Council's records as of a date.

Every rule takes explicit dates and returns a ``Verdict``: whether it is met, the day it
became met, and a Russian note saying what is there and what is missing.

Decisions (issue 5):
- only meetings with status «проведено» dated within the year and not after ``as_of`` count;
- the coordinator's report is required in each half-year (I: 01.01–30.06, II: 01.07–31.12),
  counted by the date of the meeting that heard it. A half-year that has not ended yet is
  «not yet due»: its missing report is announced as expected, not as missing. The item is met
  only when both half-years have a report, so a year in progress stays «в работе»;
- a report counts as approved only when the meeting that heard it has its minutes recorded
  («утверждение протоколом заседания Совета»), dated by ``as_of``;
- reports needing the business deputy chair's agreement («может быть внесен на рассмотрение
  Совета только после согласования заместителем председателя Совета от предпринимательского
  сообщества») count only with an agreement dated on or before the meeting, given while the
  Council had a deputy chair: one named and elected at a founding meeting held by then. A
  record without a deputy chair agrees nothing;
- minutes published and meetings public are judged over the year's required number of
  meetings: met once that many are held and every held one is published / public.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from collections.abc import Sequence

from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import plural
from res_desktop.domain.council.model import Council
from res_desktop.domain.council.model import Meeting
from res_desktop.domain.council.model import MeetingReport
from res_desktop.domain.council.model import MeetingStatus
from res_desktop.domain.council.model import Member
from res_desktop.domain.council.model import MemberCategory
from res_desktop.domain.council.model import ReportKind
from res_desktop.domain.council.model import of_meetings

HALF_YEARS = {1: "I полугодие", 2: "II полугодие"}


def required_meetings(implementation_year: int) -> int:
    """Year 1: at least two meetings; year 2 and later: at least four."""
    return 2 if implementation_year <= 1 else 4


def held_in(meetings: Sequence[Meeting], year: int, as_of: dt.date) -> list[Meeting]:
    found = [m for m in meetings if m.is_held and m.date.year == year and m.date <= as_of]
    return sorted(found, key=lambda m: m.date)


def _dates(meetings: Sequence[Meeting]) -> str:
    return ", ".join(date_short(m.date) for m in meetings)


def _planned_after(meetings: Sequence[Meeting], year: int, as_of: dt.date) -> list[Meeting]:
    return sorted(
        (
            m
            for m in meetings
            if m.status is MeetingStatus.PLANNED and m.date.year == year and m.date >= as_of
        ),
        key=lambda m: m.date,
    )


def deputy_elected_on(council: Council | None, meetings: Sequence[Meeting]) -> dt.date | None:
    """The day the business deputy chair was elected: the founding meeting, held, with a name."""
    if council is None or not council.deputy_chair_name.strip():
        return None
    founding = next((m for m in meetings if m.id == council.founding_meeting_id), None)
    if founding is None or not founding.is_held:
        return None
    return founding.date


def _agreed(report: MeetingReport, meeting: Meeting, elected: dt.date | None) -> bool:
    if not report.kind.needs_agreement:
        return True
    agreed = report.agreed_on
    return agreed is not None and elected is not None and elected <= agreed <= meeting.date


def _approved_on(meeting: Meeting) -> dt.date:
    """The day the minutes approved what the meeting heard (the meeting's, if no later)."""
    return max(meeting.date, meeting.minutes.date) if meeting.minutes else meeting.date


def _approved(
    report: MeetingReport, meeting: Meeting, elected: dt.date | None, as_of: dt.date
) -> bool:
    """Heard, agreed in time, and approved by the meeting's minutes recorded by ``as_of``."""
    minutes = meeting.minutes
    recorded = minutes is not None and minutes.date <= as_of
    return report.heard and recorded and _agreed(report, meeting, elected)


def rule_council_created(council: Council | None, as_of: dt.date) -> Verdict:
    if council is None or council.regulation_date is None or council.regulation_date > as_of:
        return Verdict(
            met=False,
            done_on=None,
            note="Не указан акт о создании Совета и утверждении положения о нём.",
        )
    return Verdict(
        met=True,
        done_on=council.regulation_date,
        note=f"Совет создан: положение утверждено ({council.regulation_caption}).",
    )


def rule_regulation(council: Council | None, as_of: dt.date) -> Verdict:
    created = rule_council_created(council, as_of)
    if not created.met or council is None:
        return created
    if not council.regulation_approved_by.strip():
        return Verdict(
            met=False,
            done_on=None,
            note="Не указано, кем утверждено положение о Совете.",
            partial=True,
        )
    return Verdict(
        met=True,
        done_on=council.regulation_date,
        note=f"Положение утверждено: {council.regulation_caption}, "
        f"{council.regulation_approved_by.strip()}.",
    )


def rule_chair(council: Council | None, as_of: dt.date) -> Verdict:
    created = rule_council_created(council, as_of)
    if council is None or not council.chair_name.strip():
        return Verdict(
            met=False,
            done_on=None,
            note="Не указан председатель Совета — высшее должностное лицо субъекта.",
            partial=created.met,
        )
    if not created.met:
        return Verdict(met=False, done_on=None, note=created.note, partial=True)
    who = ", ".join(p for p in (council.chair_name.strip(), council.chair_position.strip()) if p)
    return Verdict(met=True, done_on=council.regulation_date, note=f"Председатель Совета: {who}.")


def rule_deputy_chair(
    council: Council | None, meetings: Sequence[Meeting], as_of: dt.date
) -> Verdict:
    if council is None or not council.deputy_chair_name.strip():
        return Verdict(
            met=False,
            done_on=None,
            note="Не указан заместитель председателя от предпринимательского сообщества.",
        )
    elected = deputy_elected_on(council, meetings)
    if elected is None or elected > as_of:
        return Verdict(
            met=False,
            done_on=None,
            note=f"Заместитель председателя ({council.deputy_chair_name.strip()}) указан, но не "
            "отмечено проведённое установочное заседание, на котором он избран.",
            partial=True,
        )
    return Verdict(
        met=True,
        done_on=elected,
        note=f"Заместитель председателя от предпринимательского сообщества: "
        f"{council.deputy_chair_name.strip()}, избран на установочном заседании "
        f"{date_short(elected)}.",
    )


def rule_composition(members: Sequence[Member], as_of: dt.date) -> Verdict:
    """Every category the Standard names sits on the Council on ``as_of``."""
    current = [m for m in members if m.sits_on(as_of)]
    since: dict[MemberCategory, dt.date] = {}
    for member in current:
        joined = member.joined_on or as_of
        since[member.category] = min(since.get(member.category, joined), joined)
    missing = [c.label for c in MemberCategory if c not in since]
    count = plural(len(current), "член", "члена", "членов")
    if missing:
        return Verdict(
            met=False,
            done_on=None,
            note=f"В составе {count} Совета; нет представителей: {', '.join(missing)}.",
            partial=bool(current),
        )
    return Verdict(
        met=True,
        done_on=max(since.values()),
        note=f"В составе {count} Совета, представлены все категории.",
    )


def rule_meetings(
    meetings: Sequence[Meeting], year: int, implementation_year: int, as_of: dt.date
) -> Verdict:
    required = required_meetings(implementation_year)
    held = held_in(meetings, year, as_of)
    if len(held) >= required:
        count = f"Проведено {len(held)} {of_meetings(required)}"
        if len(held) > required:
            count = f"Проведено {plural(len(held), 'заседание', 'заседания', 'заседаний')}"
            count += f" (требуется не менее {required})"
        note = f"{count}: {_dates(held)}."
        return Verdict(met=True, done_on=held[required - 1].date, note=note)
    note = f"Проведено {len(held)} из {required} заседаний"
    if held:
        note += f" ({_dates(held)})"
    planned = _planned_after(meetings, year, as_of)
    note += f"; запланировано: {_dates(planned)}" if planned else "; новые не запланированы"
    short = f"Проведено {len(held)} из {required} заседаний"
    return Verdict(met=False, done_on=None, note=note + ".", partial=bool(held), missing=(short,))


def _coordinator_heard(
    held: Sequence[Meeting], start: dt.date, end: dt.date, elected: dt.date | None, as_of: dt.date
) -> Meeting | None:
    for meeting in held:
        if start <= meeting.date <= end and any(
            _approved(r, meeting, elected, as_of) for r in meeting.heard(ReportKind.COORDINATOR)
        ):
            return meeting
    return None


def rule_coordinator_reports(
    meetings: Sequence[Meeting], year: int, as_of: dt.date, council: Council | None
) -> Verdict:
    """Each half-year a coordinator's report heard, agreed beforehand, approved by minutes."""
    held = held_in(meetings, year, as_of)
    elected = deputy_elected_on(council, meetings)
    halves = {
        1: (dt.date(year, 1, 1), dt.date(year, 6, 30)),
        2: (dt.date(year, 7, 1), dt.date(year, 12, 31)),
    }
    parts: list[str] = []
    lacking: list[str] = []
    found: list[dt.date] = []
    for half, (start, end) in halves.items():
        meeting = _coordinator_heard(held, start, end, elected, as_of)
        name = HALF_YEARS[half]
        if meeting is not None:
            found.append(_approved_on(meeting))
            parts.append(
                f"отчёт координатора за {name} заслушан {date_short(meeting.date)} и утверждён "
                f"протоколом № {meeting.minutes.number if meeting.minutes else ''}"
            )
        elif as_of >= end:
            parts.append(f"нет отчёта координатора за {name}")
            lacking.append(parts[-1])
        elif as_of >= start:
            parts.append(f"отчёт координатора за {name} ожидается до {date_short(end)}")
        else:
            parts.append(f"отчёт координатора за {name} ещё не требуется")
    note = "; ".join(parts)
    note = note[0].upper() + note[1:] + "."
    if len(found) == len(halves):
        return Verdict(met=True, done_on=max(found), note=note)
    return Verdict(met=False, done_on=None, note=note, partial=bool(found), missing=tuple(lacking))


def rule_plan_report(
    meetings: Sequence[Meeting], year: int, as_of: dt.date, council: Council | None
) -> Verdict:
    """The Plan's report heard, agreed beforehand by the elected deputy, approved by minutes."""
    elected = deputy_elected_on(council, meetings)
    for meeting in held_in(meetings, year, as_of):
        for report in meeting.heard(ReportKind.PLAN):
            if _approved(report, meeting, elected, as_of):
                number = meeting.minutes.number if meeting.minutes else ""
                return Verdict(
                    met=True,
                    done_on=_approved_on(meeting),
                    note=f"Отчёт о реализации Плана заслушан {date_short(meeting.date)} "
                    f"(согласован заместителем председателя {date_short(report.agreed_on)}) "
                    f"и утверждён протоколом № {number}.",
                )
    planned = [
        m
        for m in _planned_after(meetings, year, as_of)
        if any(r.kind is ReportKind.PLAN for r in m.reports)
    ]
    note = f"Отчёт о реализации Плана в {year} году не заслушан"
    if planned:
        note += f"; внесён в повестку заседания {date_short(planned[0].date)}"
    return Verdict(
        met=False,
        done_on=None,
        note=note + ".",
        partial=bool(planned),
        missing=("не заслушан отчёт о реализации Плана",),
    )


def rule_minutes_published(
    meetings: Sequence[Meeting], year: int, implementation_year: int, as_of: dt.date
) -> Verdict:
    held = held_in(meetings, year, as_of)
    published = [
        m
        for m in held
        if m.minutes
        and m.minutes.is_published
        and m.minutes.published_on
        and m.minutes.published_on <= as_of
    ]
    missing = [m for m in held if m not in published]
    note = f"Опубликованы протоколы {len(published)} {of_meetings(len(held), 'проведённ')}"
    word = (
        "не опубликован протокол заседания"
        if len(missing) == 1
        else ("не опубликованы протоколы заседаний")
    )
    return _each_held(
        held,
        year=year,
        required=required_meetings(implementation_year),
        note=note,
        failing=(word, missing),
        done_on=lambda: max(
            m.minutes.published_on for m in published if m.minutes and m.minutes.published_on
        ),
    )


def rule_public_open(
    meetings: Sequence[Meeting], year: int, implementation_year: int, as_of: dt.date
) -> Verdict:
    held = held_in(meetings, year, as_of)
    required = required_meetings(implementation_year)
    closed = [m for m in held if not m.is_public_open]
    invited = sum(m.invited_exporters for m in held)
    note = (
        f"Открытыми проведены {len(held) - len(closed)} {of_meetings(len(held))} "
        f"(приглашено экспортёров, не входящих в состав Совета: {invited})"
    )
    return _each_held(
        held,
        year=year,
        required=required,
        note=note,
        failing=("не были открытыми заседания", closed),
        done_on=lambda: held[required - 1].date,
    )


def _each_held(
    held: list[Meeting],
    *,
    year: int,
    required: int,
    note: str,
    failing: tuple[str, list[Meeting]],
    done_on: Callable[[], dt.date],
) -> Verdict:
    """A rule every held meeting must meet: met once ``required`` are held and none ``failing``
    (named with its dates); partly met while some held one meets it."""
    if not held:
        return Verdict(met=False, done_on=None, note=f"Заседаний в {year} году не проведено.")
    word, failed = failing
    lacking = (f"{word} {_dates(failed)}",) if failed else ()
    note += f"; {lacking[0]}" if lacking else ""
    note += _more_needed(required, len(held))
    if lacking or len(held) < required:
        return Verdict(
            met=False,
            done_on=None,
            note=note + ".",
            partial=len(failed) < len(held),
            missing=lacking,
        )
    return Verdict(met=True, done_on=done_on(), note=note + ".")


def _more_needed(required: int, held: int) -> str:
    if held >= required:
        return ""
    return (
        f"; требуется провести ещё {plural(required - held, 'заседание', 'заседания', 'заседаний')}"
    )


def interim_report_warnings(meetings: Sequence[Meeting], year: int, as_of: dt.date) -> list[str]:
    """Held meetings without the coordinator's interim report on the Plan (recommended)."""
    return [
        f"На заседании {date_short(m.date)} не заслушан промежуточный отчёт РОИВ-координатора "
        "о ходе реализации Плана."
        for m in held_in(meetings, year, as_of)
        if m.lacks_interim_report
    ]


def summary_note(verdicts: Sequence[Verdict]) -> str:
    """What is missing over several verdicts: «Проведено 2 из 4 заседаний; нет отчёта …»."""
    parts = [part for verdict in verdicts if not verdict.met for part in verdict.missing]
    if not parts:
        return "Требования к Экспортному совету на текущую дату выполнены."
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."
