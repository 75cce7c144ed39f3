"""SQLite on a full disk: a small tmpfs where one can be mounted, ``max_page_count`` otherwise.
The write that found no room is refused as DiskFull in Russian; every committed row stays, the
file stays whole, and once there is room again writing goes on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from res_desktop.storage.common.database import open_database
from res_desktop.storage.common.errors import DiskFull
from res_desktop.storage.common.errors import storage_error_for
from tests.media import can_mount
from tests.media import small_disk


def _fill_until_full(path: Path, limit_pages: int | None) -> tuple[list[int], DiskFull]:
    db = open_database(path)
    if limit_pages is not None:
        db.execute(f"PRAGMA max_page_count = {limit_pages}")
    committed: list[int] = []
    try:
        for n in range(10_000):
            try:
                with db.atomic():
                    cur = db.execute(
                        "INSERT INTO own_instrument (title, short_title, kind, created_at)"
                        " VALUES (?, ?, 'annual', 'x')",
                        [f"Инструмент {n}", "x" * 50_000],
                    )
            except sqlite3.Error as error:
                mapped = storage_error_for(error, path)
                assert isinstance(mapped, DiskFull), error
                return committed, mapped
            committed.append(int(cur.lastrowid or 0))
        raise AssertionError("the disk never filled")
    finally:
        db.conn.close()


def _check_whole(path: Path, committed: list[int]) -> None:
    db = open_database(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = [r[0] for r in db.execute("SELECT id FROM own_instrument ORDER BY id")]
        assert ids == committed
        with db.atomic():  # room again: the next write goes through
            db.execute("DELETE FROM own_instrument WHERE id = ?", [committed[-1]])
    finally:
        db.conn.close()


def test_a_full_disk_under_sqlite(tmp_path: Path) -> None:
    if can_mount(tmp_path):
        with small_disk(tmp_path / "флешка", "3m") as disk:
            path = disk / "region.sqlite3"
            ballast = disk / "балласт"
            ballast.write_bytes(b"\0" * 512 * 1024)
            open_database(path).conn.close()
            committed, full = _fill_until_full(path, None)
            ballast.unlink()  # the user frees room
            _check_after_freeing(path, committed, full)
    else:
        path = tmp_path / "region.sqlite3"
        open_database(path).conn.close()
        pages = sqlite3.connect(path).execute("PRAGMA page_count").fetchone()[0]
        committed, full = _fill_until_full(path, pages + 40)
        _check_after_freeing(path, committed, full)


def _check_after_freeing(path: Path, committed: list[int], full: DiskFull) -> None:
    assert committed, "nothing was written before the disk filled"
    assert "На диске нет места" in full.message and "Errno" not in full.message
    _check_whole(path, committed)


def test_a_database_on_a_full_disk_opens_and_reads(tmp_path: Path) -> None:
    if not can_mount(tmp_path):
        return _fallback_reads(tmp_path)
    with small_disk(tmp_path / "флешка", "2m") as disk:
        path = disk / "region.sqlite3"
        open_database(path).conn.close()
        committed, _full = _fill_until_full(path, None)
        db = open_database(path)  # reopening a full disk's database needs no room
        try:
            assert db.execute("SELECT count(*) FROM own_instrument").fetchone()[0] == len(committed)
        finally:
            db.conn.close()
    return None


def _fallback_reads(tmp_path: Path) -> None:
    path = tmp_path / "region.sqlite3"
    open_database(path).conn.close()
    committed, _full = _fill_until_full(path, 60)
    db = open_database(path)
    try:
        assert db.execute("SELECT count(*) FROM own_instrument").fetchone()[0] == len(committed)
    finally:
        db.conn.close()
