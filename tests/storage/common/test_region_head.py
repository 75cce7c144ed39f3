"""The head of the coordinator body and the meeting's start time are kept (m0013)."""

from __future__ import annotations

import dataclasses

import pytest

from res_desktop.domain.council.model import Meeting
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from tests.conftest import TODAY
from tests.conftest import make_profile


def test_head_of_the_coordinator_body_round_trips(workspace: Workspace) -> None:
    profile = dataclasses.replace(
        make_profile(),
        head_name="Громов Андрей Павлович",
        head_position="Министр экономического развития Смоленской области",
        head_signature="А. П. Громов",
    )
    workspace.region.save(profile)
    stored = workspace.region.require_profile()
    assert (stored.head_name, stored.head_position, stored.head_signature) == (
        "Громов Андрей Павлович",
        "Министр экономического развития Смоленской области",
        "А. П. Громов",
    )
    assert stored.signature_transcript == "А. П. Громов"  # the form typed wins


def test_meeting_start_time_round_trips_and_is_checked(workspace: Workspace) -> None:
    saved = workspace.council.save_meeting(meeting=Meeting(date=TODAY, start_time=" 11:00 "))
    assert saved.start_time == "11:00"
    assert workspace.council.meeting(saved.id or 0).start_time == "11:00"
    with pytest.raises(ValidationFailed) as error:
        workspace.council.save_meeting(meeting=Meeting(date=TODAY, start_time="25:70"))
    assert "ЧЧ:ММ" in error.value.errors["start_time"]
