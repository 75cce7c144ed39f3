"""Team composition, turnover and the instrument 3 rules, at their boundaries."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from res_desktop.domain.team import rules
from res_desktop.domain.team.model import MemberId
from res_desktop.domain.team.model import Participant
from res_desktop.domain.team.model import QualificationConfirmation
from res_desktop.domain.team.model import RoleSlot
from res_desktop.domain.team.model import TeamMember
from res_desktop.domain.team.model import Topic
from res_desktop.domain.team.model import TrainingEvent
from res_desktop.domain.team.model import TrainingKind
from res_desktop.domain.team.model import TrainingMode
from res_desktop.domain.team.model import composition_on
from res_desktop.domain.team.model import empty_slots
from res_desktop.domain.team.model import required_slots
from res_desktop.domain.team.model import turnover
from res_desktop.domain.team.model import window_start

D = dt.date
END = D(2026, 11, 24)


def member(n: int, slot: RoleSlot = RoleSlot.OTHER, **changes: object) -> TeamMember:
    values: dict[str, object] = {
        "full_name": f"Фамилия{n} Имя Отчество",
        "position": "Министр",
        "organisation": "Правительство",
        "slot": slot,
        "included_on": D(2024, 1, 10),
        "id": MemberId(n),
    }
    values.update(changes)
    return TeamMember(**values)  # type: ignore[arg-type]


def event(ends: dt.date, who: tuple[int, ...], **changes: object) -> TrainingEvent:
    values: dict[str, object] = {
        "kind": TrainingKind.FURTHER_EDUCATION,
        "title": "Экспорт",
        "organisation": "Университет",
        "is_educational_org": True,
        "starts_on": ends - dt.timedelta(days=2),
        "ends_on": ends,
        "hours": 16,
        "mode": TrainingMode.IN_PERSON,
        "participants": tuple(Participant(MemberId(i)) for i in who),
    }
    values.update(changes)
    return TrainingEvent(**values)  # type: ignore[arg-type]


def full_team(federal_city: bool = False) -> list[TeamMember]:
    return [member(n, s) for n, s in enumerate(required_slots(federal_city), start=1)]


def test_composition_counts_the_inclusion_day_but_not_the_exclusion_day() -> None:
    m = member(1, included_on=D(2025, 3, 1), excluded_on=D(2025, 9, 1))
    assert composition_on([m], D(2025, 2, 28)) == []
    assert composition_on([m], D(2025, 3, 1)) == [m]
    assert composition_on([m], D(2025, 8, 31)) == [m]
    assert composition_on([m], D(2025, 9, 1)) == []


def test_a_federal_city_has_no_municipal_slot() -> None:
    assert RoleSlot.MUNICIPALITY_HEAD in required_slots(False)
    assert RoleSlot.MUNICIPALITY_HEAD not in required_slots(True)
    assert len(required_slots(False)) == 7
    team = full_team(federal_city=True)
    assert empty_slots(team, END, federal_city=True) == []
    assert empty_slots(team, END, federal_city=False) == [RoleSlot.MUNICIPALITY_HEAD]


def test_window_starts_a_year_earlier_even_from_29_february() -> None:
    assert window_start(END) == D(2025, 11, 24)
    assert window_start(D(2028, 2, 29)) == D(2027, 2, 28)


def _turnover_team(leaving: int, size: int = 8) -> list[TeamMember]:
    team = [member(n) for n in range(1, size + 1)]
    for n in range(leaving):
        team[n] = member(n + 1, excluded_on=D(2026, 3, 1 + n))
        team.append(member(100 + n, included_on=D(2026, 3, 1 + n)))
    return team


def test_half_the_team_replaced_is_not_above_the_threshold() -> None:
    change = turnover(_turnover_team(4), END)
    assert change.share == Fraction(1, 2)
    assert not change.above_threshold
    assert change.crossed_on is None
    assert rules.retraining(_turnover_team(4), [], change).met


def test_just_above_half_requires_retraining_from_the_crossing_day() -> None:
    team = _turnover_team(5)
    change = turnover(team, END)
    assert change.share == Fraction(5, 8) and change.percent == 62
    assert change.crossed_on == D(2026, 3, 5)
    verdict = rules.retraining(team, [], change)
    assert not verdict.met
    assert verdict.note.startswith(
        "Состав команды обновлён более чем на 50% — команда должна пройти обучение повторно"
    )
    everyone = tuple(m.id for m in composition_on(team, END) if m.id is not None)
    before = event(D(2026, 3, 4), everyone)  # ended before the crossing
    assert not rules.retraining(team, [before], change).met
    after = event(D(2026, 4, 10), everyone)
    again = rules.retraining(team, [after], change)
    assert again.met and again.done_on == D(2026, 4, 10)


def test_departures_outside_the_window_do_not_count() -> None:
    team = [member(1, excluded_on=D(2025, 11, 24)), member(2), member(3)]
    change = turnover(team, END)
    assert len(change.start_team) == 2 and change.share == 0


def test_year_one_team_formed_names_the_empty_roles() -> None:
    team = full_team()[:-1]
    verdict = rules.team_formed(team, END, federal_city=False)
    assert not verdict.met and verdict.partial
    assert RoleSlot.DEVELOPMENT_INSTITUTE.label in verdict.note
    team = full_team()
    team[3] = member(4, RoleSlot.EDUCATION, included_on=D(2024, 5, 5))
    done = rules.team_formed(team, END, federal_city=False)
    assert done.met and done.done_on == D(2024, 5, 5)


def test_year_one_training_lists_uncovered_topics() -> None:
    team = [member(1), member(2), member(3)]
    first = event(D(2024, 4, 1), (1, 2), topics=frozenset({Topic.FOREIGN_TRADE_BASICS}))
    outside = event(
        D(2024, 5, 1), (1,), topics=frozenset({Topic.PROJECT_MANAGEMENT}), is_educational_org=False
    )
    nobody = event(D(2024, 5, 1), (), topics=frozenset({Topic.STRATEGIC_PLANNING}))
    verdict = rules.team_trained(team, [first, outside, nobody], 2024, D(2024, 12, 31))
    assert not verdict.met and verdict.partial
    assert "организация экспортной деятельности" in verdict.note
    assert "проектное управление" in verdict.note
    assert "основы внешнеэкономической" not in verdict.note
    rest = event(D(2024, 6, 1), (3,), topics=frozenset(set(Topic) - {Topic.FOREIGN_TRADE_BASICS}))
    done = rules.team_trained(team, [first, rest], 2024, D(2024, 12, 31))
    assert done.met and done.done_on == D(2024, 6, 1)
    assert not rules.team_trained(team, [first, rest], 2024, D(2024, 5, 31)).met


def test_year_one_training_is_the_team_not_one_member() -> None:
    """«управленческая команда сформирована и прошла обучение на базе образовательной
    организации по обозначенным тематикам»: the team trained, not one of its members."""
    team = [member(1), member(2, full_name="Петров Алексей Викторович"), member(3)]
    one = event(D(2024, 4, 1), (1,), topics=frozenset(Topic))
    verdict = rules.team_trained(team, [one], 2024, D(2024, 12, 31))
    assert not verdict.met and verdict.partial
    assert "Не прошли обучение в образовательной организации" in verdict.note
    assert "Петров А. В." in verdict.note
    elsewhere = event(D(2024, 9, 1), (2, 3), is_educational_org=False)
    assert not rules.team_trained(team, [one, elsewhere], 2024, D(2024, 12, 31)).met
    others = event(D(2024, 10, 1), (2, 3))
    done = rules.team_trained(team, [one, others], 2024, D(2024, 12, 31))
    assert done.met and done.done_on == D(2024, 10, 1)
    assert "обучены все 3 членов команды" in done.note
    assert not rules.team_trained([], [one, others], 2024, D(2024, 12, 31)).met


def test_team_formed_without_the_roles_included_by_agreement() -> None:
    """«а также, по согласованию, президента территориальной торгово-промышленной палаты,
    руководителей … объединений предпринимателей»: that slot never blocks the team."""
    team = full_team()
    assert all(m.slot is not RoleSlot.BUSINESS_COMMUNITY for m in team)
    assert rules.team_formed(team, END, federal_city=False).met
    assert not RoleSlot.BUSINESS_COMMUNITY.required


def test_development_needs_an_activity_for_every_current_member() -> None:
    team = [member(1), member(2, full_name="Петров Алексей Викторович"), member(3)]
    seminar = event(D(2026, 5, 1), (1, 3), kind=TrainingKind.SEMINAR, is_educational_org=False)
    verdict = rules.development_done(team, [seminar], 2026, END)
    assert not verdict.met and verdict.partial
    assert verdict.note == "Нет мероприятий по профессиональному развитию в 2026 году: Петров А. В."
    reading = event(D(2026, 7, 1), (2,), kind=TrainingKind.SELF_STUDY, organisation="")
    done = rules.development_done(team, [seminar, reading], 2026, END)
    assert done.met and done.done_on == D(2026, 7, 1)
    last_year = event(D(2025, 7, 1), (2,))
    assert not rules.development_done(team, [seminar, last_year], 2026, END).met


def test_retraining_item_in_any_year_says_when_none_is_due() -> None:
    """«ежегодно, либо чаще – в случае обновления состава команды более чем на 50%»."""
    calm = _turnover_team(4)
    verdict = rules.retraining_item(calm, [], turnover(calm, END))
    assert verdict.met and verdict.note.startswith("Повторное обучение не требуется: за 12 месяцев")
    changed = _turnover_team(5)
    assert not rules.retraining_item(changed, [], turnover(changed, END)).met


def test_qualification_confirmed_for_every_current_member() -> None:
    team = [member(1), member(2)]
    one = QualificationConfirmation(MemberId(1), D(2027, 3, 1), "Протокол № 1")
    verdict = rules.qualification_confirmed(team, [one], 2027, 2027, D(2027, 12, 31))
    assert not verdict.met and "Фамилия2 И. О." in verdict.note
    two = QualificationConfirmation(MemberId(2), D(2027, 4, 2), "Протокол № 2")
    done = rules.qualification_confirmed(team, [one, two], 2027, 2027, D(2027, 12, 31))
    assert done.met and done.done_on == D(2027, 4, 2)


def test_qualification_confirmed_once_from_the_fourth_year_not_every_year() -> None:
    """«в четвертый год инструмент считается внедренным, если проведено подтверждение
    квалификации управленческой команды»: the 5th year does not ask for it again."""
    team = [member(1), member(2)]
    confirmed = [
        QualificationConfirmation(MemberId(1), D(2027, 3, 1), "Протокол № 1"),
        QualificationConfirmation(MemberId(2), D(2027, 4, 2), "Протокол № 2"),
    ]
    fifth = rules.qualification_confirmed(team, confirmed, 2027, 2028, D(2028, 12, 31))
    assert fifth.met and fifth.done_on == D(2027, 4, 2)
    early = [QualificationConfirmation(MemberId(1), D(2026, 12, 31), "Протокол № 0")]
    third = rules.qualification_confirmed(team[:1], early, 2027, 2028, D(2028, 12, 31))
    assert not third.met  # before the 4th year it is not the confirmation the text means
    newcomer = [*team, member(3, included_on=D(2028, 2, 1))]
    verdict = rules.qualification_confirmed(newcomer, confirmed, 2027, 2028, D(2028, 12, 31))
    assert not verdict.met and "с 2027 года" in verdict.note
