"""The registry export from the window: in the background, with progress, cancel and a message."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from sqlite_utils import Database

from res_desktop.domain.exporters.model import Company
from res_desktop.gui.exporters import export_progress
from res_desktop.gui.exporters.export_progress import ExportJob
from res_desktop.gui.exporters.page import ExportersPage
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.exporters import export
from res_desktop.storage.exporters import bulk
from tests.services.exporters.exporters_company import FULL
from tests.services.exporters.exporters_import_helpers import INN_A
from tests.services.exporters.exporters_import_helpers import INN_B

WAIT_MS = 15000


def _fill(ws: Workspace) -> None:
    companies = [
        dataclasses.replace(FULL, inn=INN_A, ogrn="", full_name='=HYPERLINK("x")'),
        dataclasses.replace(FULL, inn=INN_B, ogrn=""),
    ]
    with ws.db.atomic():
        bulk.insert_companies(ws.db, companies, "2026-11-24T10:00:00")


def _export(qtbot, ws: Workspace, path: Path) -> tuple[ExportJob, str]:
    """The export of the whole view to ``path``, waited for: the job and its message."""
    _fill(ws)
    page = ExportersPage(ws)
    qtbot.addWidget(page)
    job = page.export_view(path)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS) as signal:
        pass
    return job, str(signal.args[0])


def test_export_without_a_suffix_runs_in_the_background_and_says_so(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    job, message = _export(qtbot, workspace, tmp_path / "реестр")
    path = tmp_path / "реестр.xlsx"
    assert message == f"Экспорт завершён: 2 строки. Файл: {path}"
    assert job.box.text() == message
    sheet = load_workbook(path).active
    assert sheet is not None
    names = {c.value for c in sheet["C"]}
    assert '=HYPERLINK("x")' in names
    assert all(c.data_type == "s" for c in sheet["A"])


def test_cancelled_export_leaves_no_file(
    qtbot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(workspace)
    monkeypatch.setattr(export, "PROGRESS_EVERY", 1)
    gate = threading.Event()
    real = export.companies_by_ids

    def gated(db: Database, ids: Sequence[int]) -> Iterator[Company]:
        gate.wait(WAIT_MS / 1000)  # the worker waits until «Отмена» is pressed
        yield from real(db, ids)

    monkeypatch.setattr(export_progress, "companies_by_ids", gated)
    page = ExportersPage(workspace)
    qtbot.addWidget(page)
    job = page.export_view(tmp_path / "отмена.csv")
    assert job is not None
    assert job.dialog.isVisible()
    qtbot.mouseClick(job.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS) as signal:
        pass
    assert signal.args[0] == "Экспорт отменён, файл не создан."
    assert not (tmp_path / "отмена.csv").exists()


def test_unknown_suffix_is_a_message_not_an_internal_error(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    _job, message = _export(qtbot, workspace, tmp_path / "реестр.pdf")
    assert "выгрузка возможна в формате XLSX или CSV" in message
