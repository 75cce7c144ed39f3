"""`res-desktop indicators` (issue 7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from res_desktop.cli import main
from res_desktop.services.common.workspace import Workspace
from tests.conftest import make_profile


def _db(tmp_path: Path) -> Path:
    path = tmp_path / "region.sqlite3"
    ws = Workspace.open(path)
    ws.region.save(make_profile())
    ws.records.set_indicator_value(number=4, year=2025, kind="actual", value=12.5)
    ws.records.set_indicator_value(number=4, year=2025, kind="plan", value=13)
    ws.close()
    return path


def test_indicators_cli_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["indicators", "--db", str(_db(tmp_path)), "--year", "2025", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["number"] for r in rows] == [1, 3, 4, 5, 6, 7, 8]
    share = rows[2]
    assert share == {
        "number": 4, "title": "Доля МСП в несырьевом экспорте", "unit": "%",
        "actual": {"value": 12.5, "unit": "%", "source": "manual",
                   "source_label": "введено вручную", "raw": 12.5, "raw_unit": "",
                   "registry_raw": None},
        "plan": {"value": 13.0, "comparator": "≥", "unit": "%"},
        "reference": {"value": 12.0, "comparator": ">", "unit": "%"},  # numbers, not «>12%»
        "met_reference": True, "met_plan": False,
    }  # fmt: skip
    growth = rows[0]
    assert growth["actual"]["value"] is None and growth["met_reference"] is None
    assert growth["reference"] == {"value": 134.1, "comparator": "≥", "unit": "% к 2020 г."}
    assert rows[5]["plan"]["comparator"] == "≤"  # the leading industry's share: lower is better


def test_indicators_cli_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["indicators", "--db", str(_db(tmp_path)), "--year", "2025"]) == 0
    out = capsys.readouterr().out
    assert "Целевые показатели Регионального экспортного стандарта, 2025 г." in out
    assert "факт 12,5 (введено вручную), план 13 — не выполнен; эталон >12% — выполнен" in out


def test_indicators_cli_requires_year(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["indicators", "--demo"]) == 2
    assert "--year" in capsys.readouterr().err
