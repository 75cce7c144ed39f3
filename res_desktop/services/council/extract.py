"""From the Council's records to verdicts, the report section's data and a meeting's papers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from res_desktop.clock import stamped
from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.council import rules
from res_desktop.domain.council.model import Council
from res_desktop.domain.council.model import Decision
from res_desktop.domain.council.model import Meeting
from res_desktop.domain.council.model import MeetingReport
from res_desktop.domain.council.model import MeetingStatus
from res_desktop.domain.council.model import Member
from res_desktop.domain.council.model import MemberId
from res_desktop.reports.common.data import RuleRow
from res_desktop.reports.council.data import AgendaItemDoc
from res_desktop.reports.council.data import CouncilDecisionRow
from res_desktop.reports.council.data import CouncilMeetingRow
from res_desktop.reports.council.data import CouncilReportData
from res_desktop.reports.council.data import DecisionDoc
from res_desktop.reports.council.data import MeetingDocData
from res_desktop.reports.council.data import PersonLine
from res_desktop.reports.council.data import SpeechDoc
from res_desktop.storage.council import repo

if TYPE_CHECKING:
    from res_desktop.services.common.context import ServiceContext
    from res_desktop.services.common.region import RegionService

INSTRUMENT = "05"
DEFAULT_NAME = "Экспортный совет"


class _Records:
    """One read of everything the rules need."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.council: Council | None = repo.load_council(ctx.db)
        self.members: list[Member] = repo.MEMBERS.load(ctx.db)
        self.meetings: list[Meeting] = repo.list_meetings(ctx.db)


Rule = Callable[[_Records, int, int, dt.date], Verdict]

RULES: dict[str, Rule] = {
    "council_created": lambda r, _y, _n, on: rules.rule_council_created(r.council, on),
    "council_regulation": lambda r, _y, _n, on: rules.rule_regulation(r.council, on),
    "council_chair_governor": lambda r, _y, _n, on: rules.rule_chair(r.council, on),
    "council_business_deputy_chair": lambda r, _y, _n, on: rules.rule_deputy_chair(
        r.council, r.meetings, on
    ),
    "council_composition": lambda r, _y, _n, on: rules.rule_composition(r.members, on),
    "meetings_at_least_two": lambda r, y, n, on: rules.rule_meetings(r.meetings, y, n, on),
    "meetings_at_least_four": lambda r, y, n, on: rules.rule_meetings(r.meetings, y, n, on),
    "coordinator_report_half_year": lambda r, y, _n, on: rules.rule_coordinator_reports(
        r.meetings, y, on, r.council
    ),
    "plan_report": lambda r, y, _n, on: rules.rule_plan_report(r.meetings, y, on, r.council),
    "minutes_published": lambda r, y, n, on: rules.rule_minutes_published(r.meetings, y, n, on),
    "meetings_public_open": lambda r, y, n, on: rules.rule_public_open(r.meetings, y, n, on),
}


def _verdicts(
    ctx: ServiceContext, region: RegionService, records: _Records, year: int, as_of: dt.date
) -> dict[str, Verdict]:
    profile = region.require_profile()
    instrument = ctx.catalogue.get(INSTRUMENT)
    n = profile.implementation_year(year)
    found: dict[str, Verdict] = {}
    for item in instrument.items_for(profile.year_bucket(year), profile.settings):
        rule = RULES.get(item.key)
        if rule is not None:
            found[item.key] = rule(records, year, n, as_of)
    return found


def verdicts(
    ctx: ServiceContext, region: RegionService, year: int, as_of: dt.date
) -> dict[str, Verdict]:
    """Applicable items of instrument 5 that the records can judge, in checklist order."""
    return _verdicts(ctx, region, _Records(ctx), year, as_of)


def _minutes_caption(meeting: Meeting, as_of: dt.date) -> str:
    minutes = meeting.minutes
    if minutes is None:
        return "—"
    text = f"№ {minutes.number} от {date_short(minutes.date)}"
    if minutes.is_published and minutes.published_on and minutes.published_on <= as_of:
        return f"{text}, опубликован {date_short(minutes.published_on)}"
    return f"{text}, не опубликован"


def _meeting_row(meeting: Meeting, as_of: dt.date) -> CouncilMeetingRow:
    return CouncilMeetingRow(
        date=meeting.date,
        status_label=meeting.status.label,
        form_label=meeting.form.label,
        is_public_open=meeting.is_public_open,
        agenda_items=len(meeting.agenda_items),
        reports_heard=tuple(r.kind.label for r in meeting.reports if r.heard),
        decisions_total=sum(1 for d in meeting.decisions if d.is_task),
        decisions_done=sum(
            1 for d in meeting.decisions if d.is_task and d.done_on and d.done_on <= as_of
        ),
        minutes=_minutes_caption(meeting, as_of),
    )


def _shown(meeting: Meeting, year: int, as_of: dt.date) -> bool:
    """Meetings of the year up to ``as_of``, and those still planned after it."""
    if meeting.date.year != year:
        return False
    return meeting.date <= as_of or meeting.status is MeetingStatus.PLANNED


def report_extract(
    ctx: ServiceContext, region: RegionService, year: int, as_of: dt.date
) -> CouncilReportData:
    records = _Records(ctx)
    profile = region.require_profile()
    council = records.council
    found = _verdicts(ctx, region, records, year, as_of)
    instrument = ctx.catalogue.get(INSTRUMENT)
    rule_rows = tuple(
        RuleRow(instrument.item(key).title, v.met, v.note, key) for key, v in found.items()
    )
    past = [m for m in records.meetings if m.date.year == year and m.date <= as_of]
    decisions = [(m, d) for m in past for d in m.decisions if d.is_task]
    open_rows = tuple(
        CouncilDecisionRow(
            m.date, d.text, d.responsible, d.due_date, bool(d.due_date and d.due_date < as_of)
        )
        for m, d in decisions
        if not (d.done_on and d.done_on <= as_of)
    )
    return CouncilReportData(
        year=year,
        as_of=as_of,
        implementation_year=profile.implementation_year(year),
        council_name=council.name if council else DEFAULT_NAME,
        regulation=council.regulation_caption if council else "",
        chair=_who(council.chair_name, council.chair_position) if council else "",
        deputy_chair=_who(council.deputy_chair_name, council.deputy_chair_organisation)
        if council
        else "",
        members_count=sum(1 for m in records.members if m.sits_on(as_of)),
        required_meetings=rules.required_meetings(profile.implementation_year(year)),
        meetings=tuple(_meeting_row(m, as_of) for m in records.meetings if _shown(m, year, as_of)),
        decisions_done=len(decisions) - len(open_rows),
        decisions_open=open_rows,
        rules=rule_rows,
        summary=rules.summary_note(list(found.values())),
        warnings=tuple(rules.interim_report_warnings(records.meetings, year, as_of)),
    )


def _who(name: str, detail: str) -> str:
    return ", ".join(p for p in (name.strip(), detail.strip()) if p)


def _speaker_line(report: MeetingReport) -> str:
    topic = report.title or report.kind.label
    return f"{report.speaker} — {topic}" if report.speaker else topic


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _person(member: Member) -> PersonLine:
    return PersonLine(member.name, member.position, member.organisation)


def _approval(report: MeetingReport, *, planned: bool) -> str:
    """What «утвердить» names: the report as titled («отчёт о работе …»), or its kind.
    A planned meeting's draft proposes it; held, only a report that was heard."""
    if not ((report.heard or planned) and report.kind.approved_by_minutes):
        return ""
    title = report.title.strip().rstrip(".")
    if title.lower().startswith(("отчёт", "отчет", "доклад")):
        return title[:1].lower() + title[1:]
    if title.split(" ", 1)[0].lower() in ("о", "об"):  # «О результатах работы …»
        return f"отчёт {title[:1].lower()}{title[1:]}"
    return report.kind.label


def _speech(report: MeetingReport, members: dict[str, Member], *, planned: bool) -> SpeechDoc:
    member = members.get(_key(report.speaker))
    return SpeechDoc(
        speaker=report.speaker.strip(),
        topic=report.title.strip() or report.kind.label,
        person=_person(member) if member else None,
        approve=_approval(report, planned=planned),
    )


def _decision(decision: Decision) -> DecisionDoc:
    return DecisionDoc(decision.text, decision.responsible.strip(), decision.due_date)


def _present(
    meeting: Meeting,
    by_id: dict[MemberId, Member],
    by_name: dict[str, Member],
    extra: list[str],
) -> tuple[PersonLine, ...]:
    """Members present, plus every member who speaks or signs (they were there)."""
    chosen = {i: by_id[i] for i in meeting.attendance if i in by_id}
    for name in extra + [r.speaker for r in meeting.reports]:
        member = by_name.get(_key(name))
        if member is not None and member.id is not None:
            chosen.setdefault(member.id, member)
    return tuple(_person(m) for m in sorted(chosen.values(), key=lambda m: m.name))


def meeting_document(
    ctx: ServiceContext, region: RegionService, meeting: Meeting
) -> MeetingDocData:
    """The meeting's agenda items with who speaks and what was decided on each."""
    profile = region.require_profile()
    council = repo.load_council(ctx.db)
    everyone = repo.MEMBERS.load(ctx.db)
    by_id = {m.id: m for m in everyone if m.id is not None}
    by_name = {_key(m.name): m for m in everyone}
    lines = meeting.agenda_items
    planned = meeting.status is MeetingStatus.PLANNED
    items: list[AgendaItemDoc] = []
    for number, title in enumerate(lines, start=1):
        reports = [r for r in meeting.reports if r.agenda_item == number]
        items.append(
            AgendaItemDoc(
                number=number,
                title=title,
                speakers=tuple(_speaker_line(r) for r in reports),
                decisions=tuple(_decision(d) for d in meeting.decisions if d.agenda_item == number),
                speeches=tuple(_speech(r, by_name, planned=planned) for r in reports),
            )
        )
    loose = [r for r in meeting.reports if not r.agenda_item or r.agenda_item > len(lines)]
    for report in loose:  # a report outside the agenda's lines is an item of its own
        speech = _speech(report, by_name, planned=planned)
        items.append(
            AgendaItemDoc(len(items) + 1, report.title or report.kind.label.capitalize(),
                          (_speaker_line(report),), (), (speech,))
        )  # fmt: skip
    chair = council.chair_name if council else ""
    secretary = meeting.minutes.signed_by if meeting.minutes else ""
    return MeetingDocData(
        council_name=council.name if council else DEFAULT_NAME,
        region_name=profile.region_name,
        coordinator_body=profile.coordinator_body,
        date=meeting.date,
        form_label=meeting.form.label,
        venue=meeting.venue,
        minutes_number=meeting.minutes.number if meeting.minutes else "",
        chair=chair,
        deputy_chair=council.deputy_chair_name if council else "",
        present=_present(meeting, by_id, by_name, [chair, secretary]),
        invited_exporters=meeting.invited_exporters,
        guests=meeting.guests,
        items=tuple(items),
        generated_at=stamped(ctx.today()),
        general_decisions=tuple(
            _decision(d)
            for d in meeting.decisions
            if not d.agenda_item or d.agenda_item > len(lines)
        ),
        signed_by=secretary,
        start_time=meeting.start_time,
        chair_position=council.chair_position if council else "",
        members_total=sum(1 for m in everyone if m.sits_on(meeting.date)),
        minutes_date=meeting.minutes.date if meeting.minutes else None,
        attendance_recorded=bool(meeting.attendance),
    )
