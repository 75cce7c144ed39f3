"""Child processes the tests run: this checkout's Python or a tool, its text output kept."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from collections.abc import Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def isolated_env(home: Path) -> dict[str, str]:
    """This checkout importable; home, data and settings inside ``home``; UTF-8 output."""
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO_ROOT), os.environ.get("PYTHONPATH", "")]),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "PYTHONIOENCODING": "utf-8",
    }


def run(
    command: Sequence[str],
    cwd: Path,
    env: Mapping[str, str],
    *,
    timeout: float = 120,
    check: bool = False,
) -> subprocess.CompletedProcess[str]:
    """Run ``command`` to its end, its output read as UTF-8 text."""
    return subprocess.run(
        list(command),
        cwd=cwd,
        env=dict(env),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=check,
    )


def run_python(
    args: Sequence[str], cwd: Path, env: Mapping[str, str], *, check: bool = False
) -> subprocess.CompletedProcess[str]:
    """This interpreter with ``args`` (``-m module …`` or ``-c code …``)."""
    return run([sys.executable, *args], cwd, env, check=check)
