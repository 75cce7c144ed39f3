"""Compile ui/*.ui into res_desktop/gui/forms/ui_*.py with pyside6-uic (after editing a form)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADER = "# Generated from ui/{name} by packaging/compile_forms.py — do not edit.\n"


def compiled(form: Path) -> str:
    out = subprocess.run(
        ["pyside6-uic", "--no-autoconnection", str(form)],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    ).stdout
    body = "\n".join(
        line for line in out.splitlines() if not line.startswith("## Created by: Qt User")
    )
    return HEADER.format(name=form.name) + body + "\n"


def target_for(form: Path) -> Path:
    return ROOT / "res_desktop" / "gui" / "forms" / f"ui_{form.stem}.py"


def main() -> int:
    for form in sorted((ROOT / "ui").glob("*.ui")):
        target_for(form).write_text(compiled(form), encoding="utf-8")
        print(f"{form.name} -> {target_for(form).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
