"""Generated forms are current, and the app works from a wheel as from the checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import compile_forms  # noqa: E402

from tests.processes import run_python  # noqa: E402


@pytest.mark.parametrize("form", sorted((ROOT / "ui").glob("*.ui")), ids=lambda p: p.name)
def test_committed_form_matches_its_ui_file(form: Path) -> None:
    committed = compile_forms.target_for(form).read_text("utf-8")
    assert committed == compile_forms.compiled(form), (
        f"{form.name} changed: run python packaging/compile_forms.py"
    )


def test_wheel_carries_resources_and_runs(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    [wheel] = (tmp_path / "dist").glob("res_desktop-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "res_desktop/resources/catalogue/instruments/05.toml" in names
    assert "res_desktop/resources/fonts/PTS55F.ttf" in names
    assert "res_desktop/resources/fonts/PT-Sans-LICENSE.txt" in names
    assert "res_desktop/resources/fonts/PTF55F.ttf" in names  # PT Serif: the official papers
    assert "res_desktop/resources/fonts/PT-Serif-LICENSE.txt" in names
    assert "res_desktop/ui/region_form.ui" in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site), "XDG_DATA_HOME": str(tmp_path / "data")}
    probe = "import json, res_desktop.paths as p, res_desktop.cli as c;print(p.resources_dir())"
    where = run_python(["-c", probe], tmp_path, env, check=True).stdout.strip()
    assert Path(where) == site / "res_desktop" / "resources"
    out = run_python(["-m", "res_desktop", "status", "--demo", "--json"], tmp_path, env, check=True)
    report = json.loads(out.stdout)
    assert report["region"] == "Демонстрационная область"
    assert len(report["instruments"]) == 15
