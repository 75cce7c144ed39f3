"""The exception hook: a storage error's Russian message, or a bug shown as a bug."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from res_desktop.gui.common import app


@pytest.fixture
def shown(qapp: object, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[object]]:
    """What the hook would show: critical() messages and the boxes it executes."""
    seen: dict[str, list[object]] = {"critical": [], "boxes": []}

    def critical(_parent: object, _title: str, text: str) -> None:
        seen["critical"].append(text)

    def exec_(box: QMessageBox) -> int:
        seen["boxes"].append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


def _hook(error: BaseException) -> None:
    try:
        raise error
    except BaseException:
        app._excepthook(*sys.exc_info())


def _busy_error(path: Path) -> sqlite3.Error:
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    waiting = sqlite3.connect(path, timeout=0.01)
    try:
        with pytest.raises(sqlite3.OperationalError) as raised:
            waiting.execute("CREATE TABLE t (x)")
    finally:
        holder.close()
        waiting.close()
    return raised.value


def test_a_locked_database_that_escaped_the_services_gets_its_message(
    shown: dict[str, list[object]], tmp_path: Path
) -> None:
    _hook(_busy_error(tmp_path / "x.sqlite3"))
    [message] = shown["critical"]
    assert "занята другой программой" in str(message)
    assert shown["boxes"] == []


@pytest.mark.parametrize(
    "error",
    [
        sqlite3.OperationalError("no such savepoint"),
        sqlite3.IntegrityError("NOT NULL constraint failed: company.inn"),
        KeyError("ключ"),
    ],
    ids=["sqlite without a known code", "constraint", "python"],
)
def test_a_bug_is_an_internal_error_with_details_to_copy(
    shown: dict[str, list[object]], error: BaseException
) -> None:
    _hook(error)
    assert shown["critical"] == []
    [box] = shown["boxes"]
    assert isinstance(box, QMessageBox)
    assert box.text().startswith("Внутренняя ошибка программы.")
    assert "Ошибка доступа к базе данных" not in box.text()
    assert type(error).__name__ in box.detailedText()
    assert "Traceback" in box.detailedText()
    [copy] = [b for b in box.buttons() if b.text() == "Скопировать сведения"]
    copy.click()
    assert QGuiApplication.clipboard().text() == box.detailedText()
