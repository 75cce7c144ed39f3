"""Instrument 3 verdicts by implementation year and the team's report data (issue 5)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from res_desktop.clock import wall_time
from res_desktop.domain.common.dates import year_as_of
from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.team import rules
from res_desktop.domain.team.model import RoleSlot
from res_desktop.domain.team.model import TeamMember
from res_desktop.domain.team.model import Topic
from res_desktop.domain.team.model import TrainingEvent
from res_desktop.domain.team.model import applicable_slots
from res_desktop.domain.team.model import composition_on
from res_desktop.domain.team.model import turnover
from res_desktop.reports.common.data import RuleRow
from res_desktop.reports.common.data import Signatory
from res_desktop.reports.team.data import ActivityRow
from res_desktop.reports.team.data import MemberTraining
from res_desktop.reports.team.data import SlotRow
from res_desktop.reports.team.data import TeamMemberRow
from res_desktop.reports.team.data import TeamReportData
from res_desktop.services.common.rows import row_from
from res_desktop.storage.team import repo as team_repo

if TYPE_CHECKING:
    from res_desktop.services.common.context import ServiceContext
    from res_desktop.services.common.region import RegionService


def item_verdicts(
    ctx: ServiceContext, region: RegionService, year: int, as_of: dt.date | None = None
) -> dict[str, Verdict]:
    """Item key -> verdict for the items the records decide in ``year``'s bucket, as of
    ``as_of`` (the year's end, or today while it runs)."""
    today = ctx.today()
    if year > today.year:
        return {}
    profile = region.require_profile()
    on = as_of or year_as_of(year, today)
    bucket, city = profile.year_bucket(year), profile.federal_city
    members = team_repo.MEMBERS.load(ctx.db)
    events = team_repo.load_events(ctx.db)
    if bucket == 1:
        found = {"team_formed": rules.team_formed(members, on, city)}
        for slot in applicable_slots(city):
            if slot is RoleSlot.OTHER:
                continue
            verdict = rules.slot_filled(members, slot, on)
            if slot.required or verdict.met:  # «по согласованию»: unfilled is the user's call
                found[slot.item_key] = verdict
        found["team_trained"] = rules.team_trained(members, events, year, on)
        for topic in Topic:
            found[topic.item_key] = rules.topic_covered(events, topic, year, on)
        found["team_retrained_after_turnover"] = rules.retraining_item(
            members, events, turnover(members, on)
        )
        return found
    since = dt.date(year, 1, 1)
    found = {"team_composition_current": rules.team_formed(members, on, city, since=since)}
    if bucket in (2, 3):
        found["professional_development_events"] = rules.development_done(members, events, year, on)
    else:
        confirmations = team_repo.CONFIRMATIONS.load(ctx.db)
        found["qualification_confirmed"] = rules.qualification_confirmed(
            members, confirmations, profile.start_year + 3, year, on
        )
    found["team_retrained_after_turnover"] = rules.retraining_item(
        members, events, turnover(members, on)
    )
    return found


def _in_year(member: TeamMember, year: int, on: dt.date) -> bool:
    start = dt.date(year, 1, 1)
    return member.included_on <= on and (member.excluded_on is None or member.excluded_on > start)


def _activity(event: TrainingEvent, member: TeamMember) -> ActivityRow:
    cert = ""
    taking = event.participant(member.id) if member.id is not None else None
    if taking is not None:
        parts = [f"№ {taking.certificate_number}"] if taking.certificate_number else []
        if taking.certificate_name:
            parts.append(f"скан: {taking.certificate_name}")
        cert = "; ".join(parts)
    topics = tuple(t.label for t in Topic if t in event.topics)
    return row_from(ActivityRow, event, topics=topics, certificate=cert)


def _training(
    members: Sequence[TeamMember], events: Sequence[TrainingEvent]
) -> tuple[MemberTraining, ...]:
    return tuple(
        MemberTraining(
            full_name=m.full_name,
            slot_label=m.slot.label,
            activities=tuple(_activity(e, m) for e in events if m.id in e.member_ids),
        )
        for m in members
    )


def _member_row(member: TeamMember) -> TeamMemberRow:
    return row_from(TeamMemberRow, member)


def _slots(members: Sequence[TeamMember], on: dt.date, city: bool) -> tuple[SlotRow, ...]:
    current = composition_on(members, on)
    return tuple(
        SlotRow(
            label=slot.label,
            holders=tuple(m.full_name for m in current if m.slot is slot),
            required=slot.required,
        )
        for slot in applicable_slots(city)
        if slot.required or any(m.slot is slot for m in current)
    )


def _verdict_rows(
    ctx: ServiceContext, region: RegionService, year: int, as_of: dt.date
) -> tuple[RuleRow, ...]:
    instrument = ctx.catalogue.get("03")
    return tuple(
        RuleRow(title=instrument.item(key).title, met=v.met, note=v.note, key=key)
        for key, v in item_verdicts(ctx, region, year, as_of).items()
        if not key.startswith(("slot_", "training_"))  # the tables show those in detail
    )


def extract(
    ctx: ServiceContext, region: RegionService, year: int, as_of: dt.date
) -> TeamReportData:
    profile = region.require_profile()
    members = team_repo.MEMBERS.load(ctx.db)
    order = {slot: n for n, slot in enumerate(RoleSlot)}
    shown = sorted(
        (m for m in members if _in_year(m, year, as_of)),
        key=lambda m: (order[m.slot], m.included_on, m.full_name),
    )
    every_event = team_repo.load_events(ctx.db)
    events = [e for e in every_event if e.ends_on.year == year and e.ends_on <= as_of]
    change = turnover(members, as_of)
    again = rules.retraining(members, every_event, change)
    now = wall_time()
    return TeamReportData(
        region_name=profile.region_name,
        coordinator_body=profile.coordinator_body,
        contact_person=profile.contact_person,
        signatory=Signatory(profile.head_position, profile.signature_transcript),
        phone=profile.phone,
        year=year,
        as_of=as_of,
        generated_at=dt.datetime.combine(ctx.today(), now),
        implementation_year=profile.implementation_year(year),
        members=tuple(_member_row(m) for m in shown),
        slots=_slots(members, as_of, profile.federal_city),
        training=_training(shown, events),
        events_count=len(events),
        turnover_percent=change.percent,
        turnover_text=change.text,
        retraining_required=not again.met,
        retraining_note=again.note,
        verdicts=_verdict_rows(ctx, region, year, as_of) if team_repo.has_records(ctx.db) else (),
    )
