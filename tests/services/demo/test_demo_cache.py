"""The window's demo is built once per version and quarter, and every start opens it untouched."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from res_desktop.services.common.workspace import Workspace
from res_desktop.services.demo import cache
from res_desktop.services.demo.region import build_demo
from tests.conftest import TODAY


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    built: list[Path] = []

    def counting(path: Path, **options: Any) -> Workspace:
        built.append(path)
        return build_demo(path, **options)

    monkeypatch.setattr(cache, "build_demo", counting)
    return built


def test_second_start_copies_the_first_build(tmp_path: Path, builds: list[Path]) -> None:
    path = tmp_path / "демо" / "demo.sqlite3"
    ws = cache.open_demo(path, clock=lambda: TODAY)
    assert ws.region.is_demo() and ws.reports.list()
    ws.region.save(ws.region.require_profile(), demo=False)  # a change the user made
    ws.close()
    again = cache.open_demo(path, clock=lambda: TODAY)
    try:
        assert len(builds) == 1
        assert again.region.is_demo()  # the change is gone: a fresh copy
        report = again.reports.list()[0]
        assert (again.reports.folder / report.file_name).exists()
    finally:
        again.close()


def test_a_new_version_or_quarter_rebuilds(
    tmp_path: Path, builds: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "demo.sqlite3"
    cache.open_demo(path, clock=lambda: TODAY).close()
    monkeypatch.setattr(cache, "__version__", "99.0")
    cache.open_demo(path, clock=lambda: TODAY).close()
    cache.open_demo(path, clock=lambda: TODAY).close()
    cache.open_demo(path, clock=lambda: dt.date(TODAY.year + 1, 2, 1)).close()
    assert len(builds) == 3
