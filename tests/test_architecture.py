"""The layering in pyproject.toml holds; only gui/ touches Qt; only clock.py reads the clock."""

from __future__ import annotations

import ast
import os
import shutil
import tomllib
from pathlib import Path

from tests.processes import run

REPO_ROOT = Path(__file__).resolve().parents[1]
PACKAGE = REPO_ROOT / "res_desktop"
GUI = PACKAGE / "gui"
CLOCK = PACKAGE / "clock.py"
# attribute -> the names it reads the system clock on (dt.date.today, datetime.now, ...)
_CLOCK_READS = {
    "today": {"date", "datetime"},
    "now": {"datetime"},
    "utcnow": {"datetime"},
    "time": {"time"},
    "currentDate": {"QDate"},
    "currentDateTime": {"QDateTime"},
}


def test_import_contracts_are_kept() -> None:
    contracts = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text("utf-8"))["tool"][
        "importlinter"
    ]["contracts"]
    assert {c["type"] for c in contracts} == {"layers", "forbidden", "independence"}
    lint_imports = shutil.which("lint-imports")
    assert lint_imports, "import-linter is not installed (pip install '.[test]')"
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    done = run([lint_imports, "--no-cache", "--no-logo"], REPO_ROOT, env, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    for contract in contracts:
        assert f"{contract['name']} KEPT" in done.stdout
    assert f"{len(contracts)} kept, 0 broken" in done.stdout


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return found


def _qt_importers(files: list[Path]) -> list[str]:
    return sorted(
        str(path.relative_to(REPO_ROOT))
        for path in files
        if any(m == "PySide6" or m.startswith("PySide6.") for m in _imported_modules(path))
    )


def test_only_the_gui_imports_pyside6() -> None:
    outside = [p for p in PACKAGE.rglob("*.py") if not p.is_relative_to(GUI)]
    assert len(outside) > 10
    assert _qt_importers(outside) == []


def test_the_qt_scan_does_find_the_gui() -> None:
    # Proves the scan above can fail: the GUI's own modules import PySide6.
    assert len(_qt_importers(list(GUI.rglob("*.py")))) >= 5


def test_every_domain_subsystem_is_in_the_independence_contract() -> None:
    """A new subsystem under domain/ cannot slip past the contract by not being listed."""
    contracts = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text("utf-8"))["tool"][
        "importlinter"
    ]["contracts"]
    [independence] = [c for c in contracts if c["type"] == "independence"]
    subsystems = {
        f"res_desktop.domain.{p.name}"
        for p in (PACKAGE / "domain").iterdir()
        if (p / "__init__.py").exists() and p.name != "common"
    }
    assert set(independence["modules"]) == subsystems


def test_each_layer_has_no_flat_subsystem_modules() -> None:
    """Subsystems live in subpackages: a layer folder holds only packages (and __init__)."""
    for layer in ("domain", "storage", "services", "reports"):
        flat = [p.name for p in (PACKAGE / layer).glob("*.py") if p.name != "__init__.py"]
        assert flat == [], layer
    flat_gui = [p.name for p in GUI.glob("*.py") if p.name != "__init__.py"]
    assert flat_gui == []


def _clock_reads(source: str) -> list[str]:
    """Every ``date.today``/``datetime.now``/``time.time``/``QDate.currentDate``..., called or
    passed on (``clock=dt.date.today`` reads the clock as surely as calling it)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Attribute) or node.attr not in _CLOCK_READS:
            continue
        owner = node.value
        name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
        if name in _CLOCK_READS[node.attr]:
            found.append((node.lineno, ast.unparse(node)))
    return [f"{line}: {text}" for line, text in sorted(found)]


def test_only_the_clock_module_reads_the_system_clock() -> None:
    """Business dates come from the workspace's injected clock (res_desktop/clock.py)."""
    outside = {
        str(path.relative_to(REPO_ROOT)): reads
        for path in PACKAGE.rglob("*.py")
        if path != CLOCK and (reads := _clock_reads(path.read_text("utf-8")))
    }
    assert outside == {}


def test_the_clock_scan_does_find_clock_reads() -> None:
    # Proves the scan above can fail: the clock module itself, and each spelling of a read.
    assert len(_clock_reads(CLOCK.read_text("utf-8"))) >= 3
    source = (
        "import datetime as dt, time\n"
        "from datetime import date, datetime\n"
        "from PySide6.QtCore import QDate\n"
        "a = dt.date.today()\n"
        "b = datetime.now().time()\n"
        "c = dt.datetime.today\n"
        "d = date.today\n"
        "e = time.time()\n"
        "f = QDate.currentDate()\n"
        "g = dt.date.fromisoformat('2026-01-01')\n"
        "h = dt.datetime.combine(g, dt.time(0))\n"
        "i = datetime.now\n"
    )
    assert [read.split(":")[0] for read in _clock_reads(source)] == [
        "4", "5", "6", "7", "8", "9", "12",
    ]  # fmt: skip


SERVICES = PACKAGE / "services"
WORKSPACE = SERVICES / "common" / "workspace.py"
DEMO = SERVICES / "demo"


def _quoted_workspace(value: object) -> bool:
    """A string naming Workspace that reads as a type expression (prose does not parse)."""
    if not isinstance(value, str) or "Workspace" not in value:
        return False
    try:
        ast.parse(value, mode="eval")
    except SyntaxError:
        return False
    return True


def _workspace_references(source: str) -> list[str]:
    """Imports of the workspace module and uses of the name ``Workspace``, string annotations
    included (``"Workspace"`` under ``from __future__ import annotations`` or quoted)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module:
            module = node.module
            if module.endswith("common.workspace") or any(
                a.name == "workspace" and module.endswith("common") for a in node.names
            ):
                found.append((node.lineno, f"from {module} import"))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.endswith(".workspace")]
        elif isinstance(node, ast.Name) and node.id == "Workspace":
            found.append((node.lineno, node.id))
        elif isinstance(node, ast.Attribute) and node.attr == "Workspace":
            found.append((node.lineno, ast.unparse(node)))
        elif isinstance(node, ast.Constant) and _quoted_workspace(node.value):
            found.append((node.lineno, str(node.value)))
    return [f"{line}: {text}" for line, text in sorted(found)]


def test_services_are_given_what_they_use_not_the_workspace() -> None:
    """Each service gets the ServiceContext and the services it needs, by name; only the
    workspace (which builds them) and the demo builder (which fills one) know the façade."""
    referring = {
        str(path.relative_to(REPO_ROOT)): refs
        for path in SERVICES.rglob("*.py")
        if path != WORKSPACE
        and not path.is_relative_to(DEMO)
        and (refs := _workspace_references(path.read_text("utf-8")))
    }
    assert referring == {}


def test_the_workspace_scan_does_find_references() -> None:
    # Proves the scan above can fail: the demo builder uses the workspace, and each spelling.
    assert _workspace_references((DEMO / "region.py").read_text("utf-8"))
    source = (
        "from res_desktop.services.common.workspace import Workspace\n"
        "from res_desktop.services.common import workspace\n"
        "import res_desktop.services.common.workspace\n"
        "def f(ws: 'Workspace') -> None: ...\n"
        "def g(ws: workspace.Workspace) -> None: ...\n"
        "x = Workspace\n"
        "y = 'a Workspace in prose'\n"
    )
    assert [ref.split(":")[0] for ref in _workspace_references(source)] == [
        "1", "2", "3", "4", "5", "6",
    ]  # fmt: skip
