"""Checks on team records before they are saved: field name -> Russian message."""

from __future__ import annotations

import datetime as dt

from res_desktop.domain.common.dates import not_after_today
from res_desktop.domain.common.dates import not_before
from res_desktop.domain.common.russian import figure_errors
from res_desktop.domain.common.text_checks import is_email
from res_desktop.domain.team.model import QualificationConfirmation
from res_desktop.domain.team.model import RoleSlot
from res_desktop.domain.team.model import TeamMember
from res_desktop.domain.team.model import TrainingEvent
from res_desktop.domain.team.model import TrainingKind

MAX_HOURS = 2000


def validate_member(member: TeamMember, today: dt.date, federal_city: bool) -> dict[str, str]:
    errors: dict[str, str] = {}
    if len(member.full_name.split()) < 2:
        errors["full_name"] = "Укажите фамилию, имя и отчество."
    if not member.position.strip():
        errors["position"] = "Укажите должность."
    if not member.organisation.strip():
        errors["organisation"] = "Укажите организацию (орган власти)."
    if federal_city and member.slot is RoleSlot.MUNICIPALITY_HEAD:
        errors["slot"] = (
            "Для города федерального значения роль главы муниципального образования "
            "не предусмотрена."
        )
    if member.email and not is_email(member.email):
        errors["email"] = "Адрес электронной почты указан неверно."
    if future := not_after_today(member.included_on, today, "Дата включения"):
        errors["included_on"] = future
    if member.excluded_on is not None and member.excluded_on <= member.included_on:
        errors["excluded_on"] = "Дата исключения должна быть позже даты включения."
    elif future := not_after_today(member.excluded_on, today, "Дата исключения"):
        errors["excluded_on"] = future
    return errors


def validate_event(event: TrainingEvent) -> dict[str, str]:
    errors: dict[str, str] = {}
    if len(event.title.strip()) < 3:
        errors["title"] = "Укажите наименование мероприятия."
    needs_org = event.kind is not TrainingKind.SELF_STUDY or event.is_educational_org
    if needs_org and not event.organisation.strip():
        errors["organisation"] = "Укажите организацию, проводившую мероприятие."
    if early := not_before(event.ends_on, event.starts_on, "Дата окончания", "даты начала"):
        errors["ends_on"] = early
    if not 1 <= event.hours <= MAX_HOURS:
        errors["hours"] = f"Продолжительность: от 1 до {MAX_HOURS} часов."
    errors.update(figure_errors({"hours": event.hours}))
    if not event.participants:
        errors["participants"] = "Отметьте хотя бы одного участника из состава команды."
    return errors


def validate_confirmation(item: QualificationConfirmation, today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if future := not_after_today(item.confirmed_on, today, "Дата подтверждения"):
        errors["confirmed_on"] = future
    if len(item.document.strip()) < 3:
        errors["document"] = "Укажите документ о подтверждении квалификации."
    return errors
