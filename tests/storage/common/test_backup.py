"""The one-file backup: complete, consistent, verified before it gets its name, safe to restore."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import time
import zipfile
from pathlib import Path

import pytest

from res_desktop.services.common import maintenance
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.common import backup as store
from res_desktop.storage.common import temporaries
from res_desktop.storage.common.backup import BackupInvalid
from res_desktop.storage.common.backup import DataFolders
from res_desktop.storage.common.backup import OperationCancelled
from res_desktop.storage.common.backup import archive as backup_archive
from res_desktop.storage.common.backup import writer
from res_desktop.storage.common.database import backup_to
from res_desktop.storage.common.errors import DiskFull
from tests.backup_data import COMPANY
from tests.backup_data import fill
from tests.conftest import TODAY


def _names(archive: Path) -> set[str]:
    with zipfile.ZipFile(archive) as zf:
        return set(zf.namelist())


def test_one_archive_holds_database_attachments_reports_and_sums(
    workspace: Workspace, tmp_path: Path
) -> None:
    filled = fill(workspace, tmp_path)
    out = tmp_path / "копия.zip"
    manifest = maintenance.backup(workspace.path, out)
    sha = filled.evidence_sha
    assert _names(out) == {
        "manifest.json",
        "database.sqlite3",
        f"attachments/{sha[:2]}/{sha}",
        f"reports/{filled.report_name}",
        f"reports/{Path(filled.report_name).with_suffix('.docx')}",  # its editable copy
    }
    assert (manifest.attachments, manifest.reports) == (1, 1)
    with zipfile.ZipFile(out) as zf:
        listed = json.loads(zf.read("manifest.json"))
    assert {f["name"]: f["sha256"] for f in listed["files"]}[f"attachments/{sha[:2]}/{sha}"] == sha
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_copy_is_consistent_while_the_app_holds_a_write_transaction(
    workspace: Workspace, tmp_path: Path
) -> None:
    """backup() on the app's connection would hang; VACUUM INTO on its own one does not."""
    workspace.exporters.save_company(company=COMPANY)
    conn = workspace.db.conn
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE company SET short_name = 'не сохранено'")
    started = time.monotonic()
    out = tmp_path / "копия.zip"
    maintenance.backup(workspace.path, out)
    assert time.monotonic() - started < 10
    conn.rollback()
    restored = tmp_path / "restored" / "region.sqlite3"
    maintenance.restore(out, restored)
    copy = sqlite3.connect(restored)
    assert copy.execute("SELECT short_name FROM company").fetchall() == [("Сбербанк",)]
    copy.close()


def test_restore_brings_everything_back_and_keeps_the_current_files_aside(
    workspace: Workspace, tmp_path: Path
) -> None:
    filled = fill(workspace, tmp_path)
    out = tmp_path / "копия.zip"
    maintenance.backup(workspace.path, out)
    workspace.exporters.save_company(
        company=COMPANY.__class__(inn="7736050003", full_name="ПАО «Газпром»")
    )
    workspace.close()
    filled.attachment.unlink()
    filled.report.write_bytes(b"broken")
    before = workspace.path.read_bytes()

    restored = maintenance.restore(out, workspace.path)

    ws = Workspace.open(workspace.path, clock=lambda: TODAY)
    try:
        assert ws.exporters.total() == 1
        assert filled.attachment.is_file()
        assert ws.reports.path(ws.reports.list()[0]).is_file()  # the hash matches again
    finally:
        ws.close()
    db_aside, files_aside, reports_aside = restored.kept_aside
    assert db_aside.read_bytes() == before
    assert db_aside.name.startswith("region.до-восстановления-")
    assert (reports_aside / filled.report_name).read_bytes() == b"broken"
    assert files_aside.is_dir()


def _tamper(archive: Path, name: str, data: bytes, *, keep_manifest: bool = True) -> Path:
    out = archive.with_name("tampered.zip")
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.namelist():
            if item == name:
                continue
            if item == "manifest.json" and not keep_manifest:
                continue
            target.writestr(item, source.read(item))
        target.writestr(name, data)
    return out


def test_a_changed_member_is_refused_and_nothing_is_touched(
    workspace: Workspace, tmp_path: Path
) -> None:
    filled = fill(workspace, tmp_path, with_report=False)
    out = tmp_path / "копия.zip"
    maintenance.backup(workspace.path, out)
    sha = filled.evidence_sha
    bad = _tamper(out, f"attachments/{sha[:2]}/{sha}", b"changed")
    workspace.close()
    before = sorted(p.name for p in workspace.path.parent.iterdir())
    with pytest.raises(BackupInvalid) as caught:
        maintenance.restore(bad, workspace.path)
    assert "контрольная сумма" in caught.value.message
    assert sorted(p.name for p in workspace.path.parent.iterdir()) == before


@pytest.mark.parametrize(
    "name", ["../../evil.txt", "reports/../../evil.txt", "/tmp/evil.txt", "reports/.hidden"]
)
def test_a_member_named_outside_its_folder_is_refused(
    workspace: Workspace, tmp_path: Path, name: str
) -> None:
    out = tmp_path / "копия.zip"
    maintenance.backup(workspace.path, out)
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    manifest["files"].append({"name": name, "sha256": "0" * 64, "size": 4})
    bad = _tamper(out, "manifest.json", json.dumps(manifest).encode())
    with zipfile.ZipFile(bad, "a") as zf:
        zf.writestr(name, b"evil")
    workspace.close()
    with pytest.raises(BackupInvalid) as caught:
        maintenance.restore(bad, tmp_path / "elsewhere" / "region.sqlite3")
    assert "недопустимое имя" in caught.value.message
    assert not (tmp_path / "evil.txt").exists()
    assert not Path("/tmp/evil.txt").exists()
    assert not (tmp_path / "elsewhere" / "region.sqlite3").exists()


def test_a_foreign_zip_is_not_a_backup(tmp_path: Path) -> None:
    foreign = tmp_path / "фото.zip"
    with zipfile.ZipFile(foreign, "w") as zf:
        zf.writestr("a.jpg", b"jpeg")
    with pytest.raises(BackupInvalid) as caught:
        store.verify_backup(foreign)
    assert "не резервная копия res_desktop" in caught.value.message


def test_cancel_leaves_nothing(workspace: Workspace, tmp_path: Path) -> None:
    fill(workspace, tmp_path, with_report=False)
    out = tmp_path / "out" / "копия.zip"
    with pytest.raises(OperationCancelled):
        maintenance.backup(workspace.path, out, cancelled=lambda: True)
    assert list(out.parent.iterdir()) == []


def test_disk_full_while_writing_says_so_in_russian_and_leaves_nothing(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(workspace, tmp_path, with_report=False)
    real = backup_archive.copy_hashed
    written: list[str] = []

    def full(source, target):
        if written:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append("db")
        return real(source, target)

    monkeypatch.setattr(writer, "copy_hashed", full)
    out = tmp_path / "out" / "копия.zip"
    with pytest.raises(DiskFull) as caught:
        maintenance.backup(workspace.path, out)
    assert "На диске нет места" in caught.value.message
    assert "Errno" not in caught.value.message and "No space" not in caught.value.message
    assert list(out.parent.iterdir()) == []


def test_the_pre_migration_copy_gets_its_name_only_when_complete(tmp_path: Path) -> None:
    class FailingConnection:
        in_transaction = False

        def backup(self, _dest: object) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

    target = tmp_path / "region.до-0010.bak"
    with pytest.raises(OSError):
        backup_to(FailingConnection(), target)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_stale_temporaries_are_removed_at_start_and_fresh_ones_kept(
    workspace: Workspace, tmp_path: Path
) -> None:
    folders = DataFolders.beside(workspace.path)
    workspace.close()
    (folders.attachments / "ab").mkdir(parents=True)
    stale = [
        folders.attachments / "ab" / ".incoming-x1",
        folders.reports / "РЭС_2026.pdf.part",
        workspace.path.with_name("region.до-0010_x.20261124-120000.sqlite3.bak.part"),
    ]
    folders.reports.mkdir(exist_ok=True)
    fresh = folders.attachments / "ab" / ".incoming-x2"
    users = workspace.path.with_name("фильм.mkv.part")  # a browser's download, not ours
    for path in [*stale, fresh, users]:
        path.write_bytes(b"half")
    old = time.time() - 2 * temporaries.STALE_AFTER_S
    for path in [*stale, users]:
        os.utime(path, (old, old))
    Workspace.open(workspace.path).close()
    assert [p.exists() for p in stale] == [False, False, False]
    assert fresh.exists()  # may be another window's write in progress
    assert users.exists()
