"""Every service call is behind the boundary: a locked, read-only, full or damaged database
reaches the GUI and the CLI as a StorageError with its Russian message; a bug stays a bug."""

from __future__ import annotations

import inspect
import sqlite3
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path

import pytest

from res_desktop.domain.council.model import Member
from res_desktop.domain.council.model import MemberCategory
from res_desktop.domain.exporters.model import Company
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.exporters.export import companies_by_ids
from res_desktop.services.exporters.export import export_companies
from res_desktop.storage.common import database
from res_desktop.storage.common.errors import DatabaseBusy
from res_desktop.storage.common.errors import DatabaseCorrupt
from res_desktop.storage.common.errors import DatabaseReadOnly
from res_desktop.storage.common.errors import DiskFull
from res_desktop.storage.common.errors import StorageError
from tests.conftest import TODAY
from tests.conftest import make_profile

COMPANY = Company(inn="7707083893", full_name="Публичное акционерное общество «Сбербанк России»")

Call = Callable[[Workspace], object]
WRITES: dict[str, Call] = {
    "region": lambda ws: ws.region.save(make_profile(contact_person="Петров П. П.")),
    "registry": lambda ws: ws.exporters.save_company(company=COMPANY),
    "council": lambda ws: ws.council.save_member(
        member=Member(name="Иванов И. И.", category=MemberCategory.EXECUTIVE)
    ),
}


@pytest.fixture
def holder(workspace: Workspace) -> Iterator[sqlite3.Connection]:
    """Another program's connection; the workspace waits 20 ms for it, not 5 s.

    Under WAL it blocks writers only: readers keep their snapshot (test_database.py shows a
    file held in exclusive locking mode refused at opening).
    """
    workspace.db.execute("PRAGMA busy_timeout = 20")
    conn = sqlite3.connect(workspace.path, isolation_level=None)
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


@pytest.mark.parametrize("call", WRITES.values(), ids=WRITES.keys())
def test_a_write_while_another_program_holds_the_lock_is_busy(
    workspace: Workspace, holder: sqlite3.Connection, call: Call
) -> None:
    holder.execute("BEGIN EXCLUSIVE")
    with pytest.raises(DatabaseBusy) as caught:
        call(workspace)
    assert "занята другой программой" in caught.value.message
    holder.execute("ROLLBACK")
    call(workspace)  # the lock gone, the same call works


def _refused(path: Path, call: Call, error: type[StorageError], *, read_only: bool = False) -> str:
    """Opens the file afresh, expects the call to fail with this error; returns its message."""
    ws = Workspace.open(path, clock=lambda: TODAY, read_only=read_only)
    try:
        with pytest.raises(error) as caught:
            call(ws)
    finally:
        ws.close()
    return caught.value.message


@pytest.mark.parametrize("call", WRITES.values(), ids=WRITES.keys())
def test_a_write_to_a_workspace_opened_read_only(workspace: Workspace, call: Call) -> None:
    message = _refused(workspace.path, call, DatabaseReadOnly, read_only=True)
    assert "только для чтения: изменения не сохранены" in message


def test_a_write_with_no_room_left_is_disk_full(workspace: Workspace) -> None:
    pages = workspace.db.execute("PRAGMA page_count").fetchone()[0]
    workspace.db.execute(f"PRAGMA max_page_count = {pages}")
    big = Company(inn="7707083893", full_name="ПАО «Сбербанк»", notes="примечание " * 5000)
    with pytest.raises(DiskFull) as caught:
        workspace.exporters.save_company(company=big)
    assert "нет места" in caught.value.message
    assert workspace.exporters.total() == 0  # the transaction was rolled back


def _garble_table(path: Path, table: str) -> None:
    conn = sqlite3.connect(path)
    [root] = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as file:
        file.seek((root - 1) * page)
        file.write(b"\xa5\x5a" * (page // 2))


@pytest.mark.parametrize(
    ("table", "call"),
    [
        ("region", lambda ws: ws.region.profile()),
        ("company", lambda ws: ws.exporters.company(1)),
        ("company", lambda ws: export_companies(ws.db, ws.path.with_name("реестр.csv"))),
        ("company", lambda ws: list(companies_by_ids(ws.db, [1]))),  # read while iterated
    ],
    ids=["region", "registry", "export", "export by ids"],
)
def test_garbage_in_a_table_page_is_corrupt(
    db_path: Path, table: str, call: Call, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Damage found after the start's quick_check (or in a file too big for it) is translated
    # by the service boundary.
    monkeypatch.setattr(database, "QUICK_CHECK_MAX_BYTES", 0)
    ws = Workspace.open(db_path, clock=lambda: TODAY)
    ws.region.save(make_profile())
    ws.exporters.save_company(company=COMPANY)
    ws.close()  # checkpointed: the pages are in the file
    _garble_table(db_path, table)
    message = _refused(db_path, call, DatabaseCorrupt)
    assert "повреждён. Восстановите его из резервной копии" in message


def test_an_sqlite_error_of_no_known_cause_is_a_bug_and_passes(workspace: Workspace) -> None:
    workspace.db.execute("DROP TABLE council_member")  # behind the service's back
    with pytest.raises(sqlite3.OperationalError, match="no such table") as caught:
        workspace.council.members()
    assert not isinstance(caught.value, StorageError)


def test_every_public_method_of_every_service_is_behind_the_boundary(
    workspace: Workspace,
) -> None:
    services = [
        value
        for value in [*vars(workspace).values(), *workspace.derived_sources.values()]
        if type(value).__module__.startswith("res_desktop.services.")
    ]
    assert len(services) >= 18
    unguarded = [
        f"{type(service).__name__}.{name}"
        for service in services
        for name, member in inspect.getmembers_static(type(service))
        if not name.startswith("_")
        and inspect.isfunction(member)
        and not hasattr(vars(service).get(name), "__wrapped__")
    ]
    assert unguarded == []
