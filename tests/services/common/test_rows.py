"""row_from: a report row takes a record's fields by name, an enum's label, and what is given."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from res_desktop.domain.team.model import RoleSlot, TeamMember
from res_desktop.services.common.rows import row_from


@dataclass(frozen=True)
class _Row:
    full_name: str
    slot_label: str
    included_on: dt.date
    note: str = ""


def _member() -> TeamMember:
    return TeamMember(
        full_name="Петров Пётр Петрович", position="Министр", organisation="Правительство",
        slot=next(iter(RoleSlot)), included_on=dt.date(2026, 2, 1),
    )  # fmt: skip


def test_fields_by_name_and_the_label_of_an_enum() -> None:
    member = _member()
    row = row_from(_Row, member)
    assert row == _Row("Петров Пётр Петрович", member.slot.label, dt.date(2026, 2, 1))


def test_given_values_win_over_the_record() -> None:
    row = row_from(_Row, _member(), full_name="Иванов И. И.", note="замещает")
    assert (row.full_name, row.note) == ("Иванов И. И.", "замещает")


def test_a_field_neither_has_nor_defaults_is_an_error() -> None:
    with pytest.raises(TypeError):
        row_from(_Row, object())
