"""The demo region's Export Council: regulation, members, this year's meetings (issue 5)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from typing import Any

from res_desktop.domain.common.declension import accusative_short
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
from res_desktop.domain.council.planner import suggested_dates

if TYPE_CHECKING:
    from res_desktop.services.common.workspace import Workspace

C = MemberCategory
_MEMBERS = (
    ("Громов Андрей Павлович", C.EXECUTIVE, "Правительство Демонстрационной области",
     "Губернатор Демонстрационной области"),
    ("Белова Наталья Игоревна", C.EXECUTIVE,
     "Министерство экономического развития Демонстрационной области", "Министр"),
    ("Иванова Мария Сергеевна", C.EXECUTIVE,
     "Министерство экономического развития Демонстрационной области",
     "Начальник отдела поддержки экспорта"),
    ("Соколов Игорь Владимирович", C.EXECUTIVE,
     "Министерство сельского хозяйства Демонстрационной области", "Заместитель министра"),
    ("Кравцова Елена Михайловна", C.REC, "АО «Российский экспортный центр»",
     "Региональный директор"),
    ("Лебедев Роман Олегович", C.DEVELOPMENT_INSTITUTE,
     "Корпорация развития Демонстрационной области", "Генеральный директор"),
    ("Захарова Анна Викторовна", C.SUPPORT_INFRASTRUCTURE,
     "Фонд поддержки предпринимательства Демонстрационной области", "Директор"),
    ("Морозов Павел Андреевич", C.EXPORT_CENTRE,
     "Центр поддержки экспорта Демонстрационной области", "Руководитель"),
    ("Орлов Виктор Николаевич", C.BUSINESS_ASSOCIATION,
     "Демонстрационное региональное отделение «Деловой России»", "Председатель"),
    ("Тимофеев Сергей Юрьевич", C.EXPORTER, "ООО «Демо-Агро»", "Генеральный директор"),
    ("Васильева Ольга Петровна", C.POTENTIAL_EXPORTER, "ООО «Северный текстиль»",
     "Коммерческий директор"),
    ("Никитин Артём Евгеньевич", C.SERVICES, "ООО «Демо-Софт»", "Директор по развитию"),
)  # fmt: skip
_GOVERNOR, _MINISTER, _COORDINATOR, _AGRO, _REC, _DEV, _FUND, _CPE, _DEPUTY = range(9)
_PORTAL = "https://export.demo-oblast.example/council/protocol-{n}"
_VENUE = "г. Демонстрационный, пл. Ленина, д. 1, зал заседаний Правительства"
_REMOTE_VENUE = "г. Демонстрационный, в режиме видео-конференц-связи"  # a remote meeting


def fill_council_demo(ws: Workspace, today: dt.date) -> None:
    """A realistic council: regulation, chair, deputy, members, meetings with their papers.

    Does nothing when the database already keeps council records (called twice, still one).
    """
    if ws.council.has_records():
        return
    start_year = ws.region.require_profile().start_year
    council = ws.council
    ids = [
        council.save_member(
            member=Member(
                name=name,
                category=category,
                organisation=org,
                position=position,
                joined_on=dt.date(start_year, 3, 1),
            )
        ).id
        for name, category, org, position in _MEMBERS
    ]
    founding = council.save_meeting(meeting=_founding(start_year, ids))
    council.save_council(
        council=Council(
            name="Экспортный совет при Губернаторе Демонстрационной области",
            regulation_act_type="Указ Губернатора",
            regulation_number="14-у",
            regulation_date=dt.date(start_year, 2, 10),
            regulation_approved_by="Губернатор Демонстрационной области",
            chair_name=_MEMBERS[_GOVERNOR][0],
            chair_position=_MEMBERS[_GOVERNOR][3],
            deputy_chair_name=_MEMBERS[_DEPUTY][0],
            deputy_chair_organisation=_MEMBERS[_DEPUTY][2],
            founding_meeting_id=founding.id,
        )
    )
    dates = suggested_dates(today.year, 4)
    held = [d for d in dates if d < today]
    for number, day in enumerate(held, start=2):
        council.save_meeting(meeting=_held(day, number, ids, today))
    if len(held) == len(dates):
        return
    last = dt.date(today.year, 12, 25)
    planned = min(max(dates[3], today + dt.timedelta(days=14)), last)
    if planned > today:
        council.save_meeting(meeting=_planned(planned))


def _meeting(day: dt.date, status: MeetingStatus, **parts: Any) -> Meeting:
    """A meeting of the demo Council, in its usual hall (unless told) at its usual hour."""
    parts.setdefault("venue", _VENUE)
    return Meeting(date=day, status=status, start_time="11:00", **parts)


def _minutes(number: int, day: dt.date, published: dt.date) -> Minutes:
    """Minutes the coordinator signs, published on the regional portal on ``published``."""
    return Minutes(str(number), day, _MEMBERS[_COORDINATOR][0], _PORTAL.format(n=number), published)


def _founding(year: int, ids: list[MemberId | None]) -> Meeting:
    day = dt.date(year, 3, 16)
    return _meeting(
        day,
        MeetingStatus.HELD,
        agenda="Об избрании заместителя председателя Совета от предпринимательского "
        "сообщества\nО плане работы Экспортного совета",
        attendance=tuple(i for i in ids if i is not None),
        decisions=(
            Decision(
                "Избрать заместителем председателя Совета от предпринимательского сообщества "
                f"{accusative_short(_MEMBERS[_DEPUTY][0])}",  # «… Орлова В.Н.»
                agenda_item=1,
            ),
            Decision(f"Утвердить план работы Экспортного совета на {year} год.", agenda_item=2),
        ),
        minutes=_minutes(1, day, day),
    )


def _reports(day: dt.date, quarter_index: int) -> tuple[MeetingReport, ...]:
    interim = MeetingReport(
        ReportKind.INTERIM,
        _MEMBERS[_COORDINATOR][0],
        "О ходе реализации Плана мероприятий по внедрению Стандарта",
        heard=True,
        agenda_item=1,
    )
    agreed = day - dt.timedelta(days=10)
    extra = {
        1: MeetingReport(
            ReportKind.COORDINATOR,
            _MEMBERS[_MINISTER][0],
            "Отчёт о работе РОИВ-координатора за I полугодие",
            agreed,
            True,
            2,
        ),
        2: MeetingReport(
            ReportKind.PLAN,
            _MEMBERS[_MINISTER][0],
            f"Отчёт о реализации Плана за {day.year - 1} год",
            agreed,
            True,
            2,
        ),
        3: MeetingReport(
            ReportKind.COORDINATOR,
            _MEMBERS[_MINISTER][0],
            "Отчёт о работе РОИВ-координатора за II полугодие",
            agreed,
            True,
            2,
        ),
        0: MeetingReport(
            ReportKind.INFRASTRUCTURE,
            _MEMBERS[_CPE][0],
            "О результатах работы Центра поддержки экспорта",
            heard=True,
            agenda_item=2,
        ),
    }[quarter_index]
    return (interim, extra)


def _held(day: dt.date, number: int, ids: list[MemberId | None], today: dt.date) -> Meeting:
    reports = _reports(day, number - 2)
    published = min(day + dt.timedelta(days=5), today)
    return _meeting(
        day,
        MeetingStatus.HELD,
        form=MeetingForm.REMOTE if number == 3 else MeetingForm.IN_PERSON,
        **({"venue": _REMOTE_VENUE} if number == 3 else {}),
        invited_exporters=12 + 3 * number,
        guests="Представители Торгово-промышленной палаты, экспортёры региона",
        agenda="\n".join(r.title for r in reports) + "\nРазное",
        attendance=tuple(i for n, i in enumerate(ids) if i is not None and (n + number) % 5),
        reports=reports,
        decisions=(
            Decision(
                "Информацию о ходе реализации Плана принять к сведению.", agenda_item=1
            ),
            Decision(
                "Подготовить предложения по участию экспортёров в международных выставках.",
                _MEMBERS[_CPE][0],
                day + dt.timedelta(days=45),
                day + dt.timedelta(days=40) if day + dt.timedelta(days=40) <= today else None,
                2,
            ),
        ),
        minutes=_minutes(number, day, published),
    )  # fmt: skip


def _planned(day: dt.date) -> Meeting:
    return _meeting(
        day,
        MeetingStatus.PLANNED,
        agenda="О ходе реализации Плана мероприятий по внедрению Стандарта\n"
        "Отчёт о работе РОИВ-координатора за II полугодие\nО плане работы Совета на "
        "следующий год",
        reports=(
            MeetingReport(
                ReportKind.INTERIM, _MEMBERS[_COORDINATOR][0], "О ходе реализации Плана",
                agenda_item=1,
            ),
            MeetingReport(
                ReportKind.COORDINATOR, _MEMBERS[_MINISTER][0],
                "Отчёт о работе РОИВ-координатора за II полугодие", agenda_item=2,
            ),
        ),
    )  # fmt: skip
