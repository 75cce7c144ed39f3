"""row_from: a report row takes a record's fields by name, an enum's label, and what is given."""

from __future__ import annotations

import datetime as dt

import pytest

from res_desktop.domain.team.model import RoleSlot
from res_desktop.domain.team.model import TeamMember
from res_desktop.reports.team.data import TeamMemberRow
from res_desktop.services.common.rows import row_from

MEMBER = TeamMember(
    full_name="Петров Пётр Петрович", position="Министр", organisation="Правительство",
    slot=next(iter(RoleSlot)), included_on=dt.date(2026, 2, 1), phone="+7 4812 00-00-00",
)  # fmt: skip


def test_fields_by_name_and_the_label_of_an_enum() -> None:
    assert row_from(TeamMemberRow, MEMBER) == TeamMemberRow(
        full_name="Петров Пётр Петрович", position="Министр", organisation="Правительство",
        slot_label=MEMBER.slot.label, included_on=dt.date(2026, 2, 1), excluded_on=None,
        phone="+7 4812 00-00-00",
    )  # fmt: skip


def test_given_values_win_over_the_record() -> None:
    row = row_from(TeamMemberRow, MEMBER, full_name="Иванов И. И.", slot_label="вакансия")
    assert (row.full_name, row.slot_label, row.position) == ("Иванов И. И.", "вакансия", "Министр")


def test_a_field_neither_has_nor_defaults_is_an_error() -> None:
    with pytest.raises(TypeError):
        row_from(TeamMemberRow, object())
