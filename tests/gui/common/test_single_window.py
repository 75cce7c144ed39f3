"""One window per database: a second launch brings the first window up; a crashed owner's
lock is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from res_desktop.gui.common.single_window import SingleWindow
from res_desktop.gui.common.single_window import ask_owner_to_show
from tests.media import read_only_folder
from tests.processes import REPO_ROOT
from tests.processes import isolated_env

_OWNER = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMainWindow
from res_desktop.gui.common import single_window as sw
app = QApplication([])
window = QMainWindow()
window.show()
shown = sw.bring_up
def bring_up():
    shown()
    print("raised", flush=True)
    app.quit()
sw.bring_up = bring_up
holder = sw.SingleWindow(Path(sys.argv[1]), Path(sys.argv[2]), app)
print("held" if holder.acquire() else "busy", flush=True)
app.exec()
"""


def _owner(tmp_path: Path, db: Path, locks: Path) -> subprocess.Popen[str]:
    env = {**isolated_env(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", _OWNER, str(db), str(locks)],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "held"
    return child


def test_a_second_launch_brings_the_first_window_up(qapp, tmp_path: Path) -> None:
    db, locks = tmp_path / "region.sqlite3", tmp_path / "locks"
    owner = _owner(tmp_path, db, locks)
    try:
        second = SingleWindow(db, locks)
        assert not second.acquire()
        assert second.owner_pid() == owner.pid
        assert ask_owner_to_show(db)
        assert owner.stdout is not None
        assert owner.stdout.readline().strip() == "raised"
        assert owner.wait(timeout=30) == 0
    finally:
        owner.kill()
        owner.wait()
        assert owner.stdout is not None
        owner.stdout.close()
    assert second.acquire()  # the first window closed: its lock went with it
    second.release()
    other = SingleWindow(tmp_path / "другая.sqlite3", locks)
    assert other.acquire()  # another database is another lock
    other.release()


def test_a_crashed_owners_lock_is_taken_over(qapp, tmp_path: Path) -> None:
    db, locks = tmp_path / "region.sqlite3", tmp_path / "locks"
    owner = _owner(tmp_path, db, locks)
    os.kill(owner.pid, signal.SIGKILL)
    owner.wait()
    assert owner.stdout is not None
    owner.stdout.close()
    assert (tmp_path / ".region.sqlite3.lock").is_file()  # left behind by the crash
    after = SingleWindow(db, locks)
    assert after.acquire()
    after.release()
    assert not ask_owner_to_show(db)  # nobody left to answer


def test_the_lock_lies_beside_the_database_for_every_user_who_opens_it(
    qapp, tmp_path: Path
) -> None:
    """Two OS users on one shared folder: each has a data folder of their own, one lock."""
    shared = tmp_path / "общая папка" / "region.sqlite3"
    shared.parent.mkdir()
    first = SingleWindow(shared, tmp_path / "ivanov" / "locks")
    assert first.acquire()
    try:
        assert first.lock_file == shared.resolve().with_name(".region.sqlite3.lock")
        second = SingleWindow(shared, tmp_path / "petrov" / "locks")
        assert not second.acquire()
        assert second.owner_pid() == os.getpid() and second.owner_host()
        other = SingleWindow(shared.with_name("другая.sqlite3"), tmp_path / "petrov" / "locks")
        assert other.acquire()  # per database file, not per folder
        other.release()
    finally:
        first.release()
    assert not list((tmp_path / "ivanov").glob("**/*.lock"))


def test_on_read_only_media_the_lock_lies_in_the_users_folder(qapp, tmp_path: Path) -> None:
    with read_only_folder(tmp_path / "cd", {"region.sqlite3": b"x"}) as folder:
        holder = SingleWindow(folder / "region.sqlite3", tmp_path / "locks")
        assert holder.acquire()
        try:
            assert holder.lock_file.parent == tmp_path / "locks"
        finally:
            holder.release()
