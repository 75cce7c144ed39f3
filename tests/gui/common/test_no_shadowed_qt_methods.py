"""No widget stores a field under the name of a method of its Qt base class (issue 10.1).

`self.done = OptionalDate(...)` in a QDialog hid `QDialog.done()`, which `accept()` and `reject()`
call: saving crashed the process. The scan reads every class in res_desktop/gui, collects the
attributes it assigns (`self.x = ...`, and class-level names that are not methods) and looks them
up in the Qt classes of its MRO.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import res_desktop.gui

GUI = Path(res_desktop.gui.__file__).parent


def _assigned_names(node: ast.ClassDef) -> set[str]:
    names: set[str] = set()
    for stmt in node.body:
        targets: list[ast.expr] = []
        if isinstance(stmt, ast.Assign):
            targets = stmt.targets
        elif isinstance(stmt, ast.AnnAssign):
            targets = [stmt.target]
        names.update(t.id for t in targets if isinstance(t, ast.Name))
    for sub in ast.walk(node):
        found: list[ast.AST] = []
        if isinstance(sub, ast.Assign):
            found = [t for target in sub.targets for t in ast.walk(target)]
        elif isinstance(sub, ast.AnnAssign | ast.AugAssign):
            found = [sub.target]
        for t in found:
            if (
                isinstance(t, ast.Attribute)
                and isinstance(t.value, ast.Name)
                and t.value.id == "self"
            ):
                names.add(t.attr)
    return names


def _qt_members(cls: type) -> dict[str, type]:
    found: dict[str, type] = {}
    for base in reversed(cls.__mro__):
        if base.__module__.startswith(("PySide6", "shiboken6")):
            for name in vars(base):
                if not name.startswith("__"):
                    found[name] = base
    return found


def shadowed_in(module_name: str) -> list[str]:
    module = importlib.import_module(module_name)
    tree = ast.parse(inspect.getsource(module))
    problems = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ClassDef):
            continue
        cls = getattr(module, node.name, None)
        if not isinstance(cls, type):
            continue
        qt = _qt_members(cls)
        for name in sorted(_assigned_names(node)):
            if name in qt:
                problems.append(
                    f"{module_name}.{node.name}.{name} hides {qt[name].__name__}.{name}"
                )
    return problems


def _gui_modules() -> list[str]:
    return [
        info.name
        for info in pkgutil.walk_packages([str(GUI)], prefix="res_desktop.gui.")
        if not info.ispkg
    ]


def test_no_gui_class_hides_a_method_of_its_qt_base() -> None:
    modules = _gui_modules()
    assert len(modules) > 50
    problems = [p for name in modules for p in shadowed_in(name)]
    assert problems == []


def test_the_scan_finds_a_hidden_done(tmp_path: Path, monkeypatch) -> None:
    """The scan itself can fail: a dialog that assigns `self.done` is reported."""
    (tmp_path / "shadow_probe.py").write_text(
        "from PySide6.QtWidgets import QDialog, QLabel\n"
        "class Probe(QDialog):\n"
        "    size = 3\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.done = QLabel()\n"
        "        self.text = QLabel()\n",
        "utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    assert shadowed_in("shadow_probe") == [
        "shadow_probe.Probe.done hides QDialog.done",
        "shadow_probe.Probe.size hides QWidget.size",
    ]
