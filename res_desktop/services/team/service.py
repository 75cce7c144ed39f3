"""The management team and its training, and what they say about instrument 3 (issue 5)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from res_desktop.domain.common.dates import year_as_of
from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.team.model import RETRAINING_WARNING
from res_desktop.domain.team.model import MemberId
from res_desktop.domain.team.model import Participant
from res_desktop.domain.team.model import QualificationConfirmation
from res_desktop.domain.team.model import RoleSlot
from res_desktop.domain.team.model import TeamMember
from res_desktop.domain.team.model import TrainingEvent
from res_desktop.domain.team.model import Turnover
from res_desktop.domain.team.model import composition_on
from res_desktop.domain.team.model import empty_slots
from res_desktop.domain.team.model import turnover
from res_desktop.domain.team.rules import retraining
from res_desktop.domain.team.validation import validate_confirmation
from res_desktop.domain.team.validation import validate_event
from res_desktop.domain.team.validation import validate_member
from res_desktop.reports.team.data import TeamReportData
from res_desktop.services.common.input import stripped
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.results import refuse_invalid
from res_desktop.services.common.results import with_id
from res_desktop.services.team import reports as team_reports
from res_desktop.storage.common.errors import StorageUnavailable
from res_desktop.storage.team import repo as team_repo

if TYPE_CHECKING:
    from res_desktop.services.common.context import ServiceContext
    from res_desktop.services.common.region import RegionService

TEAM_INSTRUMENT = "03"


@dataclass(frozen=True)
class TeamComposition:
    on: dt.date
    members: tuple[TeamMember, ...]
    empty_slots: tuple[RoleSlot, ...]


class TeamService:
    def __init__(self, ctx: ServiceContext, *, region: RegionService) -> None:
        self._ctx = ctx
        self._region = region

    def _federal_city(self) -> bool:
        return self._region.require_profile().federal_city

    # -- members -----------------------------------------------------------------------
    def members(self) -> list[TeamMember]:
        return team_repo.MEMBERS.load(self._ctx.db)

    def member(self, member_id: int) -> TeamMember:
        return with_id(
            self.members(),
            member_id,
            {"member": "Член команды не найден (возможно, удалён)."},
        )

    def save_member(self, *, member: TeamMember) -> TeamMember:
        """Add (id None) or change one member; a member deleted meanwhile is refused."""
        if member.id is not None:
            self.member(member.id)
        member = stripped(
            member,
            ("position", "organisation", "phone", "email"),
            full_name=" ".join(member.full_name.split()),
        )
        refuse_invalid(validate_member(member, self._ctx.today(), self._federal_city()))
        member_id = self._ctx.upsert(
            member, member.id, team_repo.MEMBERS.insert, team_repo.MEMBERS.update
        )
        return dataclasses.replace(member, id=MemberId(member_id))

    def delete_member(self, member_id: int) -> TeamMember:
        """Removes a record entered by mistake, with its participations (use exclusion else)."""
        return self._ctx.delete(team_repo.MEMBERS.delete, self.member(member_id))

    def composition_on(self, day: dt.date) -> TeamComposition:
        members = self.members()
        return TeamComposition(
            on=day,
            members=tuple(composition_on(members, day)),
            empty_slots=tuple(empty_slots(members, day, self._federal_city())),
        )

    def turnover(self, end: dt.date) -> Turnover:
        return turnover(self.members(), end)

    # -- training ----------------------------------------------------------------------
    def events(self, year: int | None = None) -> list[TrainingEvent]:
        events = team_repo.load_events(self._ctx.db)
        return [e for e in events if year is None or year in (e.starts_on.year, e.ends_on.year)]

    def event(self, event_id: int) -> TrainingEvent:
        return with_id(
            self.events(),
            event_id,
            {"event": "Мероприятие не найдено (возможно, удалено)."},
        )

    def save_event(
        self,
        *,
        event: TrainingEvent,
        certificate_files: Mapping[MemberId, Path] | None = None,
    ) -> TrainingEvent:
        """Add (id None) or replace one event; ``certificate_files`` are the scans to copy in."""
        if event.id is not None:
            self.event(event.id)  # refuses an event deleted meanwhile
        event = stripped(
            event,
            ("title", "organisation"),
            topics=frozenset(event.topics),
            participants=tuple(event.participants),
        )
        return self._save_event(event.id, event, certificate_files or {})

    def _save_event(
        self, event_id: int | None, event: TrainingEvent, files: Mapping[MemberId, Path]
    ) -> TrainingEvent:
        errors = validate_event(event)
        known = {m.id for m in self.members()}
        if any(p.member_id not in known for p in event.participants):
            errors["participants"] = "Участник не найден в составе команды."
        if any(not Path(f).is_file() for f in files.values()):
            errors["certificate"] = "Файл удостоверения не найден."
        refuse_invalid(errors)
        people = tuple(self._with_file(p, files.get(p.member_id)) for p in event.participants)
        event = dataclasses.replace(event, participants=people)
        event_id = self._ctx.upsert(event, event_id, team_repo.insert_event, team_repo.update_event)
        return self.event(event_id)

    def _with_file(self, participant: Participant, source: Path | None) -> Participant:
        number = participant.certificate_number.strip()
        participant = dataclasses.replace(participant, certificate_number=number)
        if source is None:
            return participant
        sha, _size = self._ctx.attachments.put(Path(source))
        return dataclasses.replace(
            participant, certificate_sha256=sha, certificate_name=Path(source).name
        )

    def attach_certificate(self, *, event_id: int, member_id: int, source: Path) -> Participant:
        """Copy a certificate scan into the data folder and link it to one participation."""
        event = self.event(event_id)
        if event.participant(MemberId(member_id)) is None:
            raise ValidationFailed({"participants": "Член команды не участвовал в мероприятии."})
        updated = self._save_event(event_id, event, {MemberId(member_id): Path(source)})
        found = updated.participant(MemberId(member_id))
        assert found is not None
        return found

    def certificate_path(self, participant: Participant) -> Path:
        path = self._ctx.attachments.path_for(participant.certificate_sha256)
        if not participant.certificate_sha256 or not path.is_file():
            name = participant.certificate_name or "удостоверение"
            raise StorageUnavailable(f"Файл «{name}» не найден в папке данных: {path}")
        return path

    def delete_event(self, event_id: int) -> TrainingEvent:
        return self._ctx.delete(team_repo.delete_event, self.event(event_id))

    # -- qualification confirmation (year 4) ------------------------------------------
    def confirmations(self) -> list[QualificationConfirmation]:
        return team_repo.CONFIRMATIONS.load(self._ctx.db)

    def add_confirmation(
        self, *, confirmation: QualificationConfirmation
    ) -> QualificationConfirmation:
        self.member(confirmation.member_id)
        item = stripped(confirmation, ("document", "issuer"))
        refuse_invalid(validate_confirmation(item, self._ctx.today()))
        new_id = self._ctx.write(team_repo.CONFIRMATIONS.insert, item)
        return next(c for c in self.confirmations() if c.id == new_id)

    def delete_confirmation(self, confirmation_id: int) -> None:
        self._ctx.write(team_repo.CONFIRMATIONS.delete, confirmation_id)

    # -- what the records say ----------------------------------------------------------
    def has_records(self) -> bool:
        return team_repo.has_records(self._ctx.db)

    def item_verdicts(self, year: int, as_of: dt.date | None = None) -> dict[str, Verdict]:
        """Instrument 3's items decided by the records for ``year`` (absent: left to the user)."""
        return team_reports.item_verdicts(self._ctx, self._region, year, as_of)

    def dashboard_warning(self, today: dt.date) -> str | None:
        """Turnover above 50% without retraining, or empty roles; None when all is well."""
        if not self.has_records():
            return None
        members = self.members()
        warnings = [w for w in (self.page_warning(today),) if w]
        missing = empty_slots(members, today, self._federal_city())
        if missing:
            listed = "; ".join(s.label for s in missing)
            warnings.append(f"В управленческой команде не заполнены роли: {listed}.")
        return " ".join(warnings) or None

    def page_warning(self, today: dt.date) -> str | None:
        """The team page's banner: the retraining warning alone, the empty roles being listed
        on its «Состав» tab (the dashboard's warning names both)."""
        if not self.has_records():
            return None
        members = self.members()
        again = retraining(members, self.events(), turnover(members, today))
        return None if again.met else f"{RETRAINING_WARNING}."

    def report_extract(self, year: int, as_of: dt.date) -> TeamReportData:
        """The team's section of the quarterly and annual reports (``ReportData.extras``)."""
        return team_reports.extract(self._ctx, self._region, year, as_of)

    def development_report(self, year: int) -> TeamReportData:
        """The yearly professional-development report's data, as of the year end or today."""
        return team_reports.extract(
            self._ctx, self._region, year, year_as_of(year, self._ctx.today())
        )
