"""A full disk while saving, importing, attaching, exporting, generating a report (issue 14):
a Russian message with no «[Errno 28]», nothing truncated at the destination, no temporary
left behind; a crash's stale temporaries are removed at the next start."""

from __future__ import annotations

import dataclasses
import os
import time
from pathlib import Path

import pytest

from res_desktop.reports.common.data import ReportKind
from res_desktop.reports.common.document import write_pdf
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.exporters.export import export_companies
from res_desktop.storage.common.backup import DataFolders
from res_desktop.storage.common.errors import StorageError
from res_desktop.storage.common.temporaries import FULL
from res_desktop.storage.common.temporaries import STALE_AFTER_S
from res_desktop.storage.common.temporaries import copy_atomically
from res_desktop.storage.common.temporaries import os_error_reason
from res_desktop.storage.exporters import bulk
from res_desktop.storage.exporters.files import write_rejected
from tests.media import full_disk
from tests.services.exporters.exporters_company import FULL as COMPANY
from tests.services.exporters.exporters_import_helpers import INN_A
from tests.services.exporters.exporters_import_helpers import INN_B

ENGLISH = ("Errno", "No space", "File too large")


def _russian(error: StorageError) -> None:
    assert not any(word in error.message for word in ENGLISH), error.message
    assert "не записан" in error.message or "не сохранён" in error.message


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_saving_over_a_file_on_a_full_disk_keeps_the_old_one(tmp_path: Path) -> None:
    source = tmp_path / "большой.bin"
    source.write_bytes(os.urandom(512 * 1024))
    with full_disk(tmp_path / "флешка") as disk:
        target = disk / "отчёт.pdf"
        target.write_bytes(b"%PDF the version saved yesterday")
        with pytest.raises(StorageError) as caught:
            copy_atomically(source, target)
        _russian(caught.value)
        assert target.read_bytes() == b"%PDF the version saved yesterday"
        assert _files(disk) == ["отчёт.pdf"]


def test_attaching_on_a_full_disk_leaves_no_incoming_file(tmp_path: Path) -> None:
    source = tmp_path / "скан.pdf"
    source.write_bytes(os.urandom(512 * 1024))
    ws = Workspace.open(tmp_path / "region.sqlite3")
    try:
        with full_disk(ws.attachments.root) as disk:
            with pytest.raises(StorageError) as caught:
                ws.attachments.put(source)
            _russian(caught.value)
            assert _files(disk) == []
    finally:
        ws.close()


def test_exporting_on_a_full_disk_leaves_nothing(workspace: Workspace, tmp_path: Path) -> None:
    companies = [
        dataclasses.replace(COMPANY, inn=inn, ogrn="", notes=os.urandom(20_000).hex())
        for inn in (INN_A, INN_B)
    ]
    with workspace.db.atomic():
        bulk.insert_companies(workspace.db, companies, "2026-11-24T10:00:00")
    with full_disk(tmp_path / "флешка", room=16 * 1024) as disk:
        for name in ("реестр.csv", "реестр.xlsx"):
            with pytest.raises(StorageError) as caught:
                export_companies(workspace.db, disk / name)
            _russian(caught.value)
        assert _files(disk) == []


def test_rejected_rows_on_a_full_disk_leave_nothing(tmp_path: Path) -> None:
    rows = [(n, ["7707083893", "ООО «Ромашка» " * 50], "ИНН уже есть") for n in range(400)]
    with full_disk(tmp_path / "флешка", room=16 * 1024) as disk:
        with pytest.raises(StorageError) as caught:
            write_rejected(disk / "реестр.отклонено.csv", ["ИНН", "Наименование"], rows)
        _russian(caught.value)
        assert _files(disk) == []


def test_a_report_on_a_full_disk_leaves_no_file_and_no_row(
    workspace: Workspace, tmp_path: Path
) -> None:
    folders = DataFolders.beside(workspace.path)
    with full_disk(folders.reports, room=16 * 1024):
        with pytest.raises(StorageError) as caught:
            workspace.reports.generate(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
        _russian(caught.value)
        assert _files(folders.reports) == []
    assert workspace.reports.list() == []


def test_a_paper_written_by_the_reports_layer_leaves_nothing(tmp_path: Path) -> None:
    """The council's and the team's papers go straight through ``write_pdf``: the window
    says its OSError in Russian (texts.os_error_text), and nothing is left at the destination."""
    with full_disk(tmp_path / "флешка", room=16 * 1024) as disk:
        with pytest.raises(OSError) as caught:
            write_pdf(os.urandom(64 * 1024), disk / "Протокол.pdf")
        assert _files(disk) == []
    assert caught.value.errno in FULL
    assert os_error_reason(caught.value) in (
        "нет места на диске",
        "файл слишком велик для этого носителя",
    )


def test_stale_temporaries_of_a_crash_are_removed_at_start(tmp_path: Path) -> None:
    path = tmp_path / "region.sqlite3"
    Workspace.open(path).close()
    folders = DataFolders.beside(path)
    folders.reports.mkdir(exist_ok=True)
    folders.attachments.mkdir(exist_ok=True)
    stale = [
        folders.attachments / ".incoming-k3j2x9",
        folders.reports / ".РЭС_2026_III_квартал.pdf.k3j2x9.part",
    ]
    fresh = folders.attachments / ".incoming-live"
    old = time.time() - 2 * STALE_AFTER_S
    for leftover in [*stale, fresh]:
        leftover.write_bytes(b"half")
    for leftover in stale:
        os.utime(leftover, (old, old))
    Workspace.open(path).close()
    assert [p.exists() for p in stale] == [False, False]
    assert fresh.exists()  # maybe another window's write in progress
