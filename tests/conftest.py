"""Shared fixtures: a real SQLite file per test, a fixed clock, Qt offscreen."""

from __future__ import annotations

import os

# Assigned, not setdefault: a stray value on the machine must not break the run.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from res_desktop.domain.common.profile import RegionProfile
from res_desktop.services.common.workspace import Workspace

TODAY = dt.date(2026, 11, 24)


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep platformdirs and QSettings away from the real user profile."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "region.sqlite3"


def make_profile(**changes: object) -> RegionProfile:
    values: dict[str, object] = {
        "region_code": "67",
        "region_name": "Смоленская область",
        "coordinator_body": "Министерство экономического развития Смоленской области",
        "start_year": 2024,
    }
    values.update(changes)
    return RegionProfile(**values)  # type: ignore[arg-type]


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(db_path, clock=lambda: TODAY)
    ws.region.save(make_profile())
    yield ws
    ws.close()
