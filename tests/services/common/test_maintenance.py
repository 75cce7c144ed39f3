"""«Проверка базы» finds each planted fault; the safe repairs leave a second run clean;
automatic backups are daily at most and thinned as Anki thins them."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from pathlib import Path

import pytest

from res_desktop.services.common import maintenance
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.common import backup as store
from res_desktop.storage.common import database
from res_desktop.storage.common import temporaries
from res_desktop.storage.common.check import Repair
from tests.backup_data import fill
from tests.conftest import TODAY

NOW = dt.datetime(2026, 11, 24, 17, 0)


def test_a_clean_database_reports_nothing(workspace: Workspace, tmp_path: Path) -> None:
    fill(workspace, tmp_path)
    report = maintenance.check(workspace.db, workspace.path)
    assert report.ok, report.text()
    assert report.checked["вложений"] == 1 and report.checked["отчётов в архиве"] == 1
    assert "Неполадок не найдено." in report.text()


def test_a_changed_attachment_a_missing_one_and_an_orphan(
    workspace: Workspace, tmp_path: Path
) -> None:
    filled = fill(workspace, tmp_path, with_report=False)
    filled.attachment.write_bytes(b"changed")
    report = maintenance.check(workspace.db, workspace.path)
    assert any("не совпадает с контрольной суммой" in f.text for f in report.findings)
    filled.attachment.unlink()
    report = maintenance.check(workspace.db, workspace.path)
    assert [f.text for f in report.findings] == [
        f"Нет файла, на который ссылается запись (подтверждающий документ): "
        f"{filled.evidence_sha[:12]}…"
    ]
    orphan = tmp_path / "лишний.txt"
    orphan.write_bytes(b"orphan")
    workspace.attachments.put(orphan)
    assert any(
        "не ссылается ни одна запись: 1" in n
        for n in maintenance.check(workspace.db, workspace.path).notes
    )


def test_a_sent_report_changed_or_missing_and_a_stray_file(
    workspace: Workspace, tmp_path: Path
) -> None:
    filled = fill(workspace, tmp_path)
    filled.report.write_bytes(b"%PDF forged")
    [finding] = maintenance.check(workspace.db, workspace.path).findings
    assert finding.text.startswith(f"Файл отправленного отчёта {filled.report_name} изменён")
    filled.report.unlink()
    (filled.folders.reports / "чужой.pdf").write_bytes(b"%PDF")
    texts = [f.text for f in maintenance.check(workspace.db, workspace.path).findings]
    assert texts[0].startswith("Нет файла отправленного отчёта")
    assert texts[1].startswith("Файл в папке отчётов без записи в архиве")


def test_a_broken_search_index_is_found_rebuilt_and_a_second_run_is_clean(
    workspace: Workspace, tmp_path: Path
) -> None:
    fill(workspace, tmp_path, with_report=False)
    db = workspace.db
    db.execute("UPDATE company_fts_data SET block = zeroblob(length(block)) WHERE id > 10")
    db.conn.commit()
    report = maintenance.check(workspace.db, workspace.path)
    assert [f.repair for f in report.findings] == [Repair.REBUILD_SEARCH]
    assert "Поисковый индекс" in report.findings[0].text
    again = maintenance.repair(workspace.db, workspace.path, report)
    assert again.ok, again.text()
    assert maintenance.check(workspace.db, workspace.path).ok
    assert workspace.exporters.total() == 1


def test_a_search_index_out_of_step_with_the_registry(workspace: Workspace, tmp_path: Path) -> None:
    fill(workspace, tmp_path, with_report=False)
    workspace.db.execute("DELETE FROM company_fts")
    workspace.db.conn.commit()
    report = maintenance.check(workspace.db, workspace.path)
    assert "организаций без записи в индексе — 1" in report.findings[0].text
    assert maintenance.repair(workspace.db, workspace.path, report).ok


def test_orphan_temporaries_are_removed_by_the_repair(workspace: Workspace, tmp_path: Path) -> None:
    filled = fill(workspace, tmp_path, with_report=False)
    stale = filled.attachment.parent / ".incoming-abc"
    stale.write_bytes(b"half")
    old = time.time() - 2 * temporaries.STALE_AFTER_S
    os.utime(stale, (old, old))
    report = maintenance.check(workspace.db, workspace.path)
    assert [f.repair for f in report.findings] == [Repair.REMOVE_TEMPORARIES]
    assert maintenance.repair(workspace.db, workspace.path, report).ok
    assert not stale.exists()


def test_foreign_key_violations_are_dangling_rows(workspace: Workspace, tmp_path: Path) -> None:
    fill(workspace, tmp_path, with_report=False)
    workspace.db.conn.execute("PRAGMA foreign_keys=OFF")
    workspace.db.execute("DELETE FROM item_state")
    workspace.db.conn.commit()
    texts = [f.text for f in maintenance.check(workspace.db, workspace.path).findings]
    assert any(
        t.startswith("Таблица evidence: строк со ссылкой на отсутствующую запись") for t in texts
    )


def test_a_corrupted_page_is_found(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(workspace, tmp_path, with_report=False)
    workspace.close()
    conn = sqlite3.connect(workspace.path)
    [root] = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'company'").fetchone()
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with workspace.path.open("r+b") as file:
        file.seek((root - 1) * page)
        file.write(b"\xa5\x5a" * (page // 2))
    monkeypatch.setattr(database, "QUICK_CHECK_MAX_BYTES", 0)  # as for a file too big for it
    ws = Workspace.open(workspace.path, clock=lambda: TODAY)
    try:
        report = maintenance.check(ws.db, ws.path)
    finally:
        ws.close()
    assert report.findings[0].text.startswith("Файл базы данных повреждён")
    assert report.findings[0].repair is Repair.NONE
    assert "восстановлением из резервной копии" in report.text()


# Automatic backups ----------------------------------------------------------------------


def _ages(removed: set[dt.datetime]) -> list[int]:
    return sorted((NOW - when).days for when in removed)


def test_rotation_keeps_a_day_for_a_week_a_week_for_a_month_a_month_for_a_year() -> None:
    taken = [NOW - dt.timedelta(days=d, hours=h) for d in range(0, 400) for h in (1, 5)]
    removed = maintenance.to_thin(taken, NOW)
    kept = sorted(set(taken) - removed, reverse=True)
    days = {(NOW - k).days for k in kept}
    assert {0, 1, 2, 3, 4, 5, 6} <= days  # one a day for the last week
    assert len([k for k in kept if (NOW - k).days < 7]) == 7
    weekly = [k for k in kept if 7 <= (NOW - k).days < 28]
    assert len({k.isocalendar()[:2] for k in weekly}) == len(weekly)
    monthly = [k for k in kept if (NOW - k).days >= 28]
    assert len({(k.year, k.month) for k in monthly}) == len(monthly)
    assert all((NOW - k).days < 31 * 12 for k in kept)
    assert max(taken) in kept


def test_the_newest_verified_backup_is_never_thinned(workspace: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "копии"
    old = NOW - dt.timedelta(days=800)
    good = maintenance.auto_backup(workspace.path, folder, now=old)
    assert good is not None
    broken = maintenance.auto_backup_path(folder, workspace.path, NOW - dt.timedelta(days=1))
    broken.write_bytes(b"not a zip")  # newer, but not a verified backup
    removed = maintenance.thin(folder, workspace.path, NOW)
    assert good.exists() and removed == []
    newest = maintenance.newest_verified(folder, workspace.path)
    assert newest is not None and newest.path == good


def test_automatic_backup_at_most_daily_then_thinned(workspace: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "копии"
    first = maintenance.auto_backup(workspace.path, folder, now=NOW - dt.timedelta(days=400))
    second = maintenance.auto_backup(workspace.path, folder, now=NOW)
    assert first is not None and second is not None
    assert maintenance.auto_backup(workspace.path, folder, now=NOW + dt.timedelta(hours=2)) is None
    assert not first.exists()  # older than a year: thinned
    assert [b.path for b in maintenance.auto_backups(folder, workspace.path)] == [second]
    assert store.is_valid_backup(second)
