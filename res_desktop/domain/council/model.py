"""The Export Council («Экспортный совет») as plain values: members, meetings, reports, minutes.

The rules that judge instrument 5 from these records live in ``council_rules``; the planner of
the year's meetings in ``council_planner``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import NewType

from res_desktop.domain.common.checks import field_errors
from res_desktop.domain.common.checks import too_short
from res_desktop.domain.common.dates import is_future
from res_desktop.domain.common.dates import not_after_today
from res_desktop.domain.common.dates import not_before
from res_desktop.domain.common.dates import within
from res_desktop.domain.common.labelled import LabelledEnum
from res_desktop.domain.common.russian import count
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import figure_errors
from res_desktop.domain.common.russian import plural_word
from res_desktop.domain.common.text_checks import is_web_link

MemberId = NewType("MemberId", int)
MeetingId = NewType("MeetingId", int)
ReportId = NewType("ReportId", int)
DecisionId = NewType("DecisionId", int)
GroupId = NewType("GroupId", int)


def of_meetings(n: int, adjective: str = "") -> str:
    """«из 1 проведённого заседания», «из 3 проведённых заседаний» (genitive after «из»)."""
    if adjective:
        adjective += plural_word(n, "ого ", "ых ", "ых ")
    return f"из {count(n)} {adjective}{plural_word(n, 'заседания', 'заседаний', 'заседаний')}"


class MemberCategory(LabelledEnum):
    """Who sits on the Council, in the Standard's order."""

    EXECUTIVE = "executive", "исполнительный орган власти"
    REC = "rec", "РЭЦ"
    DEVELOPMENT_INSTITUTE = "development_institute", "институт развития"
    SUPPORT_INFRASTRUCTURE = "support_infrastructure", "инфраструктура поддержки"
    EXPORT_CENTRE = "export_centre", "ЦПЭ"
    BUSINESS_ASSOCIATION = "business_association", "объединение предпринимателей"
    EXPORTER = "exporter", "экспортёр"
    POTENTIAL_EXPORTER = "potential_exporter", "потенциальный экспортёр"
    SERVICES = "services", "экспортёр в сфере услуг"


class MeetingStatus(LabelledEnum):
    PLANNED = "planned", "запланировано"
    HELD = "held", "проведено"
    CANCELLED = "cancelled", "отменено"


class MeetingForm(LabelledEnum):
    IN_PERSON = "in_person", "очное"
    ABSENTEE = "absentee", "заочное"
    REMOTE = "remote", "дистанционное"


class ReportKind(LabelledEnum):
    COORDINATOR = "coordinator", "отчёт РОИВ-координатора"
    PLAN = "plan", "отчёт о реализации Плана"
    INFRASTRUCTURE = "infrastructure", "доклад инфраструктуры поддержки"
    INTERIM = "interim", "промежуточный отчёт о ходе реализации Плана"

    @property
    def approved_by_minutes(self) -> bool:
        """The Standard has the Council hear these and approve them by its minutes."""
        return self is not ReportKind.INTERIM

    @property
    def needs_agreement(self) -> bool:
        """The Standard lets these two reach the Council only after the business deputy agreed."""
        return self in (ReportKind.COORDINATOR, ReportKind.PLAN)


@dataclass(frozen=True)
class Council:
    name: str
    regulation_act_type: str = ""
    regulation_number: str = ""
    regulation_date: dt.date | None = None
    regulation_approved_by: str = ""
    chair_name: str = ""
    chair_position: str = ""
    deputy_chair_name: str = ""
    deputy_chair_organisation: str = ""
    founding_meeting_id: MeetingId | None = None

    @property
    def regulation_caption(self) -> str:
        """«Указ Губернатора № 12 от 01.02.2024»; empty when no act is recorded."""
        if not self.regulation_date:
            return ""
        parts = [self.regulation_act_type or "Акт"]
        if self.regulation_number:
            parts.append(f"№ {self.regulation_number}")
        parts.append(f"от {date_short(self.regulation_date)}")
        return " ".join(parts)


@dataclass(frozen=True)
class Member:
    name: str
    category: MemberCategory
    organisation: str = ""
    position: str = ""
    joined_on: dt.date | None = None
    left_on: dt.date | None = None
    id: MemberId | None = None

    def sits_on(self, day: dt.date) -> bool:
        joined = self.joined_on is None or self.joined_on <= day
        return joined and (self.left_on is None or self.left_on > day)


@dataclass(frozen=True)
class WorkingGroup:
    name: str
    topic: str = ""
    member_ids: tuple[MemberId, ...] = ()
    id: GroupId | None = None


@dataclass(frozen=True)
class MeetingReport:
    kind: ReportKind
    speaker: str = ""
    title: str = ""
    agreed_on: dt.date | None = None
    heard: bool = False
    agenda_item: int | None = None  # 1-based number of the agenda line it belongs to
    id: ReportId | None = None

    @property
    def caption(self) -> str:
        text = self.title or self.kind.label
        return f"{text} ({self.speaker})" if self.speaker else text


@dataclass(frozen=True)
class Decision:
    text: str
    responsible: str = ""
    due_date: dt.date | None = None
    done_on: dt.date | None = None
    agenda_item: int | None = None
    id: DecisionId | None = None

    @property
    def is_task(self) -> bool:
        """An instruction with someone or a date to answer for it; «принять к сведению» is not."""
        return bool(self.responsible.strip() or self.due_date)


@dataclass(frozen=True)
class Minutes:
    number: str
    date: dt.date
    signed_by: str = ""
    publication_url: str = ""
    published_on: dt.date | None = None
    file_sha256: str = ""
    file_name: str = ""

    @property
    def is_published(self) -> bool:
        return bool(self.publication_url.strip())


@dataclass(frozen=True)
class Meeting:
    date: dt.date
    status: MeetingStatus = MeetingStatus.PLANNED
    form: MeetingForm = MeetingForm.IN_PERSON
    is_public_open: bool = True
    venue: str = ""
    invited_exporters: int = 0
    guests: str = ""
    agenda: str = ""
    reports: tuple[MeetingReport, ...] = ()
    decisions: tuple[Decision, ...] = ()
    minutes: Minutes | None = None
    attendance: tuple[MemberId, ...] = ()
    id: MeetingId | None = None
    start_time: str = ""  # «11:00»; «» while not fixed (the agenda leaves a blank)

    @property
    def agenda_items(self) -> list[str]:
        return [line.strip() for line in self.agenda.splitlines() if line.strip()]

    @property
    def is_held(self) -> bool:
        return self.status is MeetingStatus.HELD

    def heard(self, kind: ReportKind) -> list[MeetingReport]:
        return [r for r in self.reports if r.kind is kind and r.heard]

    @property
    def lacks_interim_report(self) -> bool:
        """The Standard expects the coordinator's interim report on the Plan at every meeting."""
        return self.is_held and not self.heard(ReportKind.INTERIM)


def validate_report(report: MeetingReport, meeting_date: dt.date) -> dict[str, str]:
    """Field -> Russian message; the agreement rule for the coordinator's and the Plan report."""
    errors: dict[str, str] = {}
    if report.kind.needs_agreement and report.heard:
        what = report.kind.label[0].upper() + report.kind.label[1:]
        if report.agreed_on is None:
            errors["agreed_on"] = (
                f"{what} может быть заслушан только после согласования заместителем "
                "председателя Совета от предпринимательского сообщества: укажите дату "
                "согласования."
            )
        elif report.agreed_on > meeting_date:
            errors["agreed_on"] = (
                f"Дата согласования ({date_short(report.agreed_on)}) позже даты заседания "
                f"({date_short(meeting_date)}): {report.kind.label} не мог быть внесён на "
                "рассмотрение Совета."
            )
    if not (report.title.strip() or report.speaker.strip()):
        errors["title"] = "Укажите тему доклада или докладчика."
    return errors


def validate_decision(decision: Decision, today: dt.date) -> dict[str, str]:
    return field_errors(
        ("text", too_short(decision.text, 3, "Укажите содержание решения.")),
        ("done_on", not_after_today(decision.done_on, today, "Дата исполнения")),
    )


def validate_minutes(minutes: Minutes, meeting: Meeting, today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not meeting.is_held:
        errors["minutes"] = "Протокол оформляется только по проведённому заседанию."
    if not minutes.number.strip():
        errors["minutes_number"] = "Укажите номер протокола."
    if outside := within(minutes.date, meeting.date, today, "Дата протокола", "даты заседания"):
        errors["minutes_date"] = outside
    url = minutes.publication_url.strip()
    if url and not is_web_link(url):
        errors["publication_url"] = (
            "Ссылка на публикацию должна начинаться с http:// или https:// и вести на сайт."
        )
    if url and minutes.published_on is None:
        errors["published_on"] = "Укажите дату публикации протокола."
    published = minutes.published_on
    if outside := within(published, minutes.date, today, "Дата публикации", "даты протокола"):
        errors["published_on"] = outside
    return errors


_TIME = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")


def validate_meeting(meeting: Meeting, today: dt.date) -> dict[str, str]:
    """Everything wrong with a meeting and what it holds, field -> Russian message."""
    errors: dict[str, str] = {}
    if meeting.is_held and is_future(meeting.date, today):
        errors["date"] = "Проведённое заседание не может иметь дату позже сегодняшней."
    if meeting.start_time and not _TIME.fullmatch(meeting.start_time):
        errors["start_time"] = "Время начала укажите в виде ЧЧ:ММ, например 11:00."
    if meeting.invited_exporters < 0:
        errors["invited_exporters"] = "Число приглашённых экспортёров не может быть отрицательным."
    errors.update(figure_errors({"invited_exporters": meeting.invited_exporters}))
    for number, report in enumerate(meeting.reports, start=1):
        for message in validate_report(report, meeting.date).values():
            errors.setdefault("reports", "")
            errors["reports"] = f"{errors['reports']} Доклад {number}: {message}".strip()
    for number, decision in enumerate(meeting.decisions, start=1):
        for message in validate_decision(decision, today).values():
            errors.setdefault("decisions", "")
            errors["decisions"] = f"{errors['decisions']} Решение {number}: {message}".strip()
    if meeting.minutes is not None:
        errors.update(validate_minutes(meeting.minutes, meeting, today))
    return errors


def validate_member(member: Member) -> dict[str, str]:
    left = not_before(member.left_on, member.joined_on, "Дата выхода из состава", "даты включения")
    return field_errors(
        ("name", too_short(member.name, 3, "Укажите фамилию, имя и отчество члена Совета.")),
        ("left_on", left),
    )


def validate_council(council: Council, today: dt.date) -> dict[str, str]:
    late = not_after_today(council.regulation_date, today, "Дата утверждения положения")
    unnumbered = council.regulation_date is not None and not council.regulation_number.strip()
    number = "Укажите номер акта об утверждении положения о Совете." if unnumbered else None
    return field_errors(
        ("name", too_short(council.name, 5, "Укажите наименование Совета.")),
        ("regulation_date", late),
        ("regulation_number", number),
    )
