"""The Export Council's records and what they say about instrument 5 (issue 5)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.council.model import Council
from res_desktop.domain.council.model import Decision
from res_desktop.domain.council.model import Meeting
from res_desktop.domain.council.model import MeetingForm
from res_desktop.domain.council.model import MeetingReport
from res_desktop.domain.council.model import MeetingStatus
from res_desktop.domain.council.model import Member
from res_desktop.domain.council.model import MemberCategory
from res_desktop.domain.council.model import MemberId
from res_desktop.domain.council.model import Minutes
from res_desktop.domain.council.model import ReportKind
from res_desktop.domain.council.model import WorkingGroup
from res_desktop.domain.council.model import validate_council
from res_desktop.domain.council.model import validate_meeting
from res_desktop.domain.council.model import validate_member
from res_desktop.domain.council.planner import quarter_without_meeting_warning
from res_desktop.reports.council.data import CouncilReportData
from res_desktop.reports.council.data import MeetingDocData
from res_desktop.services.common.input import stripped
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.results import found_or_refused
from res_desktop.services.common.results import refuse_invalid
from res_desktop.services.council import extract as council_extract
from res_desktop.storage.common.errors import StorageUnavailable
from res_desktop.storage.council import repo

if TYPE_CHECKING:
    from res_desktop.services.common.context import ServiceContext
    from res_desktop.services.common.region import RegionService

INSTRUMENT = "05"


_COUNCIL_TEXTS = (
    "name", "regulation_act_type", "regulation_number", "regulation_approved_by", "chair_name",
    "chair_position", "deputy_chair_name", "deputy_chair_organisation",
)  # fmt: skip


class CouncilService:
    def __init__(self, ctx: ServiceContext, *, region: RegionService) -> None:
        self._ctx = ctx
        self._region = region

    # -- the council and its members ---------------------------------------------------
    def council(self) -> Council | None:
        return repo.load_council(self._ctx.db)

    def has_records(self) -> bool:
        return repo.has_records(self._ctx.db)

    def save_council(self, *, council: Council) -> Council:
        """The council's one record, its texts trimmed; the founding meeting must be held."""
        council = stripped(council, _COUNCIL_TEXTS)
        errors = validate_council(council, self._ctx.today())
        if council.founding_meeting_id is not None:
            founding = repo.get_meeting(self._ctx.db, council.founding_meeting_id)
            if founding is None or not founding.is_held:
                errors["founding_meeting_id"] = (
                    "Установочным может быть только проведённое заседание Совета."
                )
        refuse_invalid(errors)
        self._ctx.write(repo.save_council, council)
        return council

    def members(self, *, on: dt.date | None = None) -> list[Member]:
        found = repo.MEMBERS.load(self._ctx.db)
        return [m for m in found if m.sits_on(on)] if on else found

    def save_member(self, *, member: Member) -> Member:
        """Add (id None) or change one member; a member deleted meanwhile is refused."""
        member = stripped(
            member, ("name", "organisation", "position"), category=MemberCategory(member.category)
        )
        if member.id is not None and repo.MEMBERS.get(self._ctx.db, member.id) is None:
            raise ValidationFailed({"member": "Член Совета не найден: возможно, он уже удалён."})
        refuse_invalid(validate_member(member))
        member_id = self._ctx.upsert(member, member.id, repo.MEMBERS.insert, repo.MEMBERS.update)
        return dataclasses.replace(member, id=MemberId(member_id))

    def delete_member(self, member_id: int) -> None:
        """Only a record entered by mistake: a member who attended keeps the history."""
        with self._ctx.writing():
            if repo.member_attended(self._ctx.db, member_id):
                raise ValidationFailed(
                    {
                        "member": "Член Совета участвовал в заседаниях: удаление стёрло бы "
                        "историю. Укажите дату выхода из состава вместо удаления."
                    }
                )
            repo.MEMBERS.delete(self._ctx.db, member_id)

    def working_groups(self) -> list[WorkingGroup]:
        return repo.list_groups(self._ctx.db)

    def save_working_group(self, *, group: WorkingGroup) -> WorkingGroup:
        """Add (id None) or replace one working group."""
        if len(group.name.strip()) < 3:
            raise ValidationFailed({"name": "Укажите наименование рабочей группы."})
        group = stripped(group, ("name", "topic"), member_ids=tuple(sorted(set(group.member_ids))))
        new_id = self._ctx.write(repo.save_group, group)
        return dataclasses.replace(group, id=new_id)

    def delete_working_group(self, group_id: int) -> None:
        self._ctx.write(repo.delete_group, group_id)

    # -- meetings ------------------------------------------------------------------------
    def meetings(self, *, year: int | None = None) -> list[Meeting]:
        found = repo.list_meetings(self._ctx.db)
        return [m for m in found if m.date.year == year] if year else found

    def meeting(self, meeting_id: int) -> Meeting:
        return found_or_refused(
            repo.get_meeting(self._ctx.db, meeting_id),
            {"meeting": "Заседание не найдено: возможно, оно уже удалено."},
        )

    def save_meeting(self, *, meeting: Meeting) -> Meeting:
        """A whole meeting with all it holds, checked and written in one transaction."""
        meeting = stripped(
            meeting,
            ("venue", "start_time", "agenda", "guests"),
            status=MeetingStatus(meeting.status),
            form=MeetingForm(meeting.form),
        )
        refuse_invalid(validate_meeting(meeting, self._ctx.today()))
        meeting_id = self._ctx.write(repo.save_meeting, meeting)
        return self.meeting(meeting_id)

    def delete_meeting(self, meeting_id: int) -> None:
        self._ctx.write(repo.delete_meeting, meeting_id)

    def add_report(self, meeting_id: int, *, report: MeetingReport) -> Meeting:
        """Refused in Russian when a coordinator's or Plan report is heard without agreement."""
        meeting = self.meeting(meeting_id)
        report = stripped(report, ("speaker", "title"), kind=ReportKind(report.kind))
        return self.save_meeting(
            meeting=dataclasses.replace(meeting, reports=(*meeting.reports, report))
        )

    def set_report_heard(
        self, report_id: int, *, heard: bool = True, agreed_on: dt.date | None = None
    ) -> Meeting:
        meeting = self._meeting_holding("reports", report_id)
        reports = tuple(
            dataclasses.replace(r, heard=heard, agreed_on=agreed_on or r.agreed_on)
            if r.id == report_id
            else r
            for r in meeting.reports
        )
        return self.save_meeting(meeting=dataclasses.replace(meeting, reports=reports))

    def add_decision(self, meeting_id: int, *, decision: Decision) -> Meeting:
        meeting = self.meeting(meeting_id)
        decision = dataclasses.replace(
            decision, text=decision.text.strip(), responsible=decision.responsible.strip()
        )
        return self.save_meeting(
            meeting=dataclasses.replace(meeting, decisions=(*meeting.decisions, decision))
        )

    def mark_decision_done(self, decision_id: int, *, done_on: dt.date | None) -> Meeting:
        """Record a decision as carried out on ``done_on`` (None reopens it)."""
        meeting = self._meeting_holding("decisions", decision_id)
        decisions = tuple(
            dataclasses.replace(d, done_on=done_on) if d.id == decision_id else d
            for d in meeting.decisions
        )
        return self.save_meeting(meeting=dataclasses.replace(meeting, decisions=decisions))

    def _meeting_holding(self, field: str, child_id: int) -> Meeting:
        for meeting in self.meetings():
            if any(child.id == child_id for child in getattr(meeting, field)):
                return meeting
        raise ValidationFailed({field: "Запись не найдена: возможно, она уже удалена."})

    def save_minutes(
        self, meeting_id: int, *, minutes: Minutes, file: Path | None = None
    ) -> Meeting:
        """The minutes of a held meeting; ``file`` is copied into the data folder, else the
        scan already kept stays with them."""
        meeting = self.meeting(meeting_id)
        kept = meeting.minutes
        minutes = stripped(minutes, ("number", "signed_by", "publication_url"))
        if kept is not None and not minutes.file_sha256:
            minutes = dataclasses.replace(
                minutes, file_sha256=kept.file_sha256, file_name=kept.file_name
            )
        if file is not None:
            minutes = self.attach_minutes_file(minutes, Path(file))
        return self.save_meeting(meeting=dataclasses.replace(meeting, minutes=minutes))

    def attach_minutes_file(self, minutes: Minutes, source: Path) -> Minutes:
        """Copy the scan into the data folder (by content hash); returns the minutes with it."""
        if not source.is_file():
            raise ValidationFailed({"minutes_file": f"Файл не найден: {source}"})
        sha, _size = self._ctx.attachments.put(source)
        return dataclasses.replace(minutes, file_sha256=sha, file_name=source.name)

    def minutes_file(self, minutes: Minutes) -> Path:
        path = self._ctx.attachments.path_for(minutes.file_sha256)
        if not minutes.file_sha256 or not path.is_file():
            raise StorageUnavailable(
                f"Файл протокола «{minutes.file_name}» не найден в папке данных: {path}"
            )
        return path

    # -- rules, warnings, reports ----------------------------------------------------------
    def as_of(self, year: int) -> dt.date:
        return min(self._ctx.today(), dt.date(year, 12, 31))

    def verdicts(self, year: int, as_of: dt.date | None = None) -> dict[str, Verdict]:
        """Instrument 5's items of ``year`` (for its implementation year) -> verdict."""
        return council_extract.verdicts(self._ctx, self._region, year, as_of or self.as_of(year))

    def dashboard_warning(self, today: dt.date) -> str | None:
        """The quarter ends within 30 days without a meeting; None when no records are kept."""
        if not self.has_records():
            return None
        return quarter_without_meeting_warning(today, self.meetings(year=today.year))

    def report_extract(self, year: int, as_of: dt.date) -> CouncilReportData:
        return council_extract.report_extract(self._ctx, self._region, year, as_of)

    def meeting_document(self, meeting_id: int) -> MeetingDocData:
        return council_extract.meeting_document(self._ctx, self._region, self.meeting(meeting_id))
