"""The team tables: strict columns, enum checks, cascades."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from res_desktop.domain.team.model import QualificationConfirmation
from res_desktop.domain.team.model import RoleSlot
from res_desktop.domain.team.model import Topic
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.team import repo as team_repo
from tests.services.team.team_helpers import add
from tests.services.team.team_helpers import form_team
from tests.services.team.team_helpers import saved_id
from tests.services.team.team_helpers import train


def test_schema_creates_the_team_tables(workspace: Workspace) -> None:
    names = set(workspace.db.table_names())
    assert {
        "team_member",
        "training_event",
        "training_event_topic",
        "training_participant",
        "qualification_confirmation",
    } <= names


def test_enums_and_dates_are_checked_by_the_database(workspace: Workspace) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        workspace.db.execute(
            "INSERT INTO team_member (full_name, position, slot, included_on, created_at)"
            " VALUES ('А Б', 'В', 'governor', '2026-01-01', '2026-01-01')"
        )
    with pytest.raises(sqlite3.IntegrityError):
        workspace.db.execute(
            "INSERT INTO team_member (full_name, position, slot, included_on, excluded_on,"
            " created_at) VALUES ('А Б', 'В', 'other', '2026-01-01', '2025-01-01', '2026-01-01')"
        )


def test_deleting_a_member_removes_his_participations(workspace: Workspace) -> None:
    team = form_team(workspace, dt.date(2025, 2, 1))
    event = train(workspace, team[:2], dt.date(2026, 3, 1), [Topic.PROJECT_MANAGEMENT])
    workspace.team.add_confirmation(
        confirmation=QualificationConfirmation(
            saved_id(team[0]), confirmed_on=dt.date(2026, 3, 2), document="Протокол № 1"
        )
    )
    workspace.team.delete_member(team[0].id)  # type: ignore[arg-type]
    [stored] = team_repo.load_events(workspace.db)
    assert stored.member_ids == {team[1].id}
    assert stored.topics == {Topic.PROJECT_MANAGEMENT}
    assert team_repo.CONFIRMATIONS.load(workspace.db) == []
    workspace.team.delete_event(event.id)  # type: ignore[arg-type]
    assert list(workspace.db.query("SELECT * FROM training_event_topic")) == []


def test_members_round_trip(workspace: Workspace) -> None:
    saved = add(
        workspace,
        1,
        RoleSlot.EXPORT_CENTRE_HEAD,
        dt.date(2025, 2, 1),
        phone="+7 900 000-00-00",
        email="ceo@export.example",
        excluded_on=dt.date(2026, 1, 1),
    )
    assert team_repo.MEMBERS.load(workspace.db) == [saved]
    assert team_repo.has_records(workspace.db)
