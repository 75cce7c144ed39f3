"""kill -9 trials, as SQLite tests its promises: a child process writes (edits, attachments,
migrations, restores, imports, backups), is killed at a random moment, and the files are checked.

Invariants after every kill: the database's integrity_check is «ok», every write the child
acknowledged (printed after its commit) is there, nothing partial is left (a transaction's
rows all or none, no file under a final name that is not whole), and a crash's temporaries are
the program's own and go at the next start. The suite runs a dozen kills per scenario
(tests/storage/common/test_kill_trials.py); benchmarks/kill_trials.py runs dozens and prints
what each found.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

from tests.processes import REPO_ROOT
from tests.processes import isolated_env

FIXTURES = Path(__file__).parent / "fixtures"
READY = "ready"


@dataclass
class Findings:
    """What a scenario's kills found: counts for the report, problems (invariants broken)."""

    scenario: str
    kills: int = 0
    acknowledged: int = 0
    killed_mid_write: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def count(self, what: str) -> None:
        self.counts[what] = self.counts.get(what, 0) + 1

    def line(self) -> str:
        extra = ", ".join(f"{k}: {v}" for k, v in sorted(self.counts.items()))
        return (
            f"{self.scenario}: kills {self.kills}, acknowledged writes {self.acknowledged}, "
            f"killed mid-write {self.killed_mid_write}{', ' + extra if extra else ''}; "
            f"invariants broken: {len(self.problems)}"
        )


def _kill_once(
    code: str, args: list[str], home: Path, rng: random.Random, most: float
) -> list[str]:
    """Start the child, let it work a random while after it is ready, kill -9; its acks."""
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=REPO_ROOT,
        env=isolated_env(home),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    try:
        first = child.stdout.readline().strip()
        assert first == READY, f"child failed to start: {first!r}"
        time.sleep(rng.uniform(0.0, most))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        # Only whole lines: a kill can land in the middle of a print («ack » with no number).
        *whole, _partial = child.stdout.read().split("\n")
        return [line.split(" ", 1)[1] for line in whole if line]
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


# -- edits ----------------------------------------------------------------------------
_EDITS = """
import sys
from pathlib import Path
from res_desktop.services.common.workspace import Workspace
ws = Workspace.open(Path(sys.argv[1]))
start = ws.db.execute("SELECT count(*) FROM own_instrument").fetchone()[0]
print("ready", flush=True)
n = start
while True:
    n += 1
    with ws.db.atomic():  # two rows, one transaction: both or neither survive a kill
        cur = ws.db.execute(
            "INSERT INTO own_instrument (title, short_title, kind, created_at)"
            " VALUES (?, ?, 'annual', 'x')", [f"Инструмент {n}", f"И{n}"])
        ws.db.execute(
            "INSERT INTO own_item (instrument_id, key, title) VALUES (?, ?, ?)",
            [cur.lastrowid, f"k{n}", "x" * 2000])
    print("ack", n, flush=True)
"""


def edits(tmp: Path, kills: int, rng: random.Random) -> Findings:
    from res_desktop.services.common.workspace import Workspace

    found = Findings("edits")
    db = tmp / "edits.sqlite3"
    Workspace.open(db).close()
    acked: set[str] = set()
    for _kill in range(kills):
        acks = _kill_once(_EDITS, [str(db)], tmp, rng, 1.0)
        found.kills += 1
        found.acknowledged += len(acks)
        acked |= {f"Инструмент {n}" for n in acks}
        if (verdict := integrity(db)) != "ok":
            found.problems.append(f"integrity_check: {verdict}")
        conn = sqlite3.connect(db)
        titles = {r[0] for r in conn.execute("SELECT title FROM own_instrument")}
        lonely = conn.execute(
            "SELECT count(*) FROM own_instrument i"
            " WHERE NOT EXISTS (SELECT 1 FROM own_item t WHERE t.instrument_id = i.id)"
        ).fetchone()[0]
        conn.close()
        if missing := acked - titles:
            found.problems.append(f"acknowledged edits missing: {sorted(missing)[:3]}")
        if lonely:
            found.problems.append(f"half a transaction: {lonely} instrument(s) with no item")
        # Killed inside COMMIT (its fsync is most of each loop): the WAL frame was written,
        # so the row is kept though the child never got to acknowledge it.
        beyond = len(titles) - len(acked)
        found.killed_mid_write += beyond > found.counts.get("kept though unacknowledged", 0)
        found.counts["kept though unacknowledged"] = beyond
    return found


# -- attachments ----------------------------------------------------------------------
_ATTACH = """
import os, sys
from pathlib import Path
from res_desktop.storage.common.attachments import AttachmentStore
store, scratch = AttachmentStore(Path(sys.argv[1])), Path(sys.argv[2])
print("ready", flush=True)
n = 0
while True:
    n += 1
    source = scratch / f"скан {n % 2}.pdf"
    source.write_bytes(os.urandom(256 * 1024 * (1 + n % 4)))
    sha, size = store.put(source)
    print("ack", sha, flush=True)
"""


def attachments(tmp: Path, kills: int, rng: random.Random) -> Findings:
    from res_desktop.storage.common.attachments import AttachmentStore
    from res_desktop.storage.common.attachments import is_sha256
    from res_desktop.storage.common.temporaries import INCOMING_PREFIX

    found = Findings("attachments")
    root, scratch = tmp / "region-файлы", tmp / "scratch"
    scratch.mkdir()
    store = AttachmentStore(root)
    acked: set[str] = set()
    for _kill in range(kills):
        acks = _kill_once(_ATTACH, [str(root), str(scratch)], tmp, rng, 0.8)
        found.kills += 1
        found.acknowledged += len(acks)
        acked |= set(acks)
        leftovers = [p for p in root.glob(f"{INCOMING_PREFIX}*")]
        found.killed_mid_write += bool(leftovers)
        for path in root.glob("??/*"):
            if not is_sha256(path.name) or hashlib.sha256(path.read_bytes()).hexdigest() != (
                path.name
            ):
                found.problems.append(f"a stored file not whole or misnamed: {path.name[:12]}")
        for sha in acked:
            if not store.has(sha):
                found.problems.append(f"acknowledged attachment missing: {sha[:12]}")
        strays = [p for p in root.iterdir() if p.is_file() and p not in leftovers]
        if strays:
            found.problems.append(f"files that are no temporary of ours: {strays[:2]}")
        for leftover in leftovers:  # what the next start removes (once stale)
            leftover.unlink()
            found.count("incoming temporaries left by a kill")
    return found


# -- migrations -----------------------------------------------------------------------
_MIGRATE = """
import sys
from pathlib import Path
from res_desktop.storage.common.database import open_database
print("ready", flush=True)
open_database(Path(sys.argv[1])).conn.close()
print("ack migrated", flush=True)
"""


def migrations(tmp: Path, kills: int, rng: random.Random) -> Findings:
    from res_desktop.storage.common.database import open_database
    from res_desktop.storage.common.database import schema_version
    from res_desktop.storage.common.migrations import MIGRATIONS

    found = Findings("migrations")
    for number in range(kills):
        folder = tmp / f"m{number}"
        folder.mkdir()
        db = folder / "region.sqlite3"
        shutil.copyfile(FIXTURES / "schema_0008.sqlite3", db)
        acks = _kill_once(_MIGRATE, [str(db)], tmp, rng, 0.6)
        found.kills += 1
        found.acknowledged += len(acks)
        parts = list(folder.glob("*.part"))
        backups = list(folder.glob("*.bak"))
        found.killed_mid_write += bool(parts) or not acks
        if parts:
            found.count("backup .part left by a kill")
        for backup in backups:
            if integrity(backup) != "ok":
                found.problems.append(f"a pre-migration backup is not whole: {backup.name}")
        if (verdict := integrity(db)) != "ok":
            found.problems.append(f"integrity_check: {verdict}")
        reopened = open_database(db)
        try:
            if schema_version(reopened) != list(MIGRATIONS.names()):
                found.problems.append("reopened database is not at the current schema")
            if reopened.execute("SELECT count(*) FROM company").fetchone()[0] == 0:
                found.problems.append("the fixture's companies are gone")
        finally:
            reopened.conn.close()
        found.count("migrated before the kill" if acks else "migration interrupted")
    return found


# -- restores -------------------------------------------------------------------------
_MAINTENANCE = """
import sys
from pathlib import Path
from res_desktop.services.common import maintenance
first, second = Path(sys.argv[2]), Path(sys.argv[3])
print("ready", flush=True)
n = 0
while True:
    n += 1
    getattr(maintenance, sys.argv[1])(first, second)
    print("ack", n, flush=True)
"""  # maintenance.restore(archive, db) or maintenance.backup(db, out), over and over


def restores(tmp: Path, kills: int, rng: random.Random, fill: Callable[[Path], None]) -> Findings:
    """``fill(db)`` makes the workspace whose backup is restored over and over."""
    from res_desktop.services.common import maintenance
    from res_desktop.storage.common.backup import DataFolders
    from res_desktop.storage.common.database import open_database

    found = Findings("restores")
    db = tmp / "region.sqlite3"
    fill(db)
    archive = tmp / "копии" / "копия.zip"
    maintenance.backup(db, archive)
    for _kill in range(kills):
        acks = _kill_once(_MAINTENANCE, ["restore", str(archive), str(db)], tmp, rng, 1.0)
        found.kills += 1
        found.acknowledged += len(acks)
        if not db.exists():  # killed between setting the file aside and moving the copy in
            found.problems.append("no database under its name: the next start makes a new one")
            aside = sorted(tmp.glob("region.до-восстановления-*.sqlite3"))
            if not aside:
                found.problems.append("the database is gone and not set aside")
                break
            os.replace(aside[-1], db)
            continue
        if (verdict := integrity(db)) != "ok":
            found.problems.append(f"integrity_check: {verdict}")
        reopened = open_database(db)  # completes a restore killed among its renames
        try:
            if reopened.execute("SELECT count(*) FROM company").fetchone()[0] != 1:
                found.problems.append("the restored registry is not the backup's")
            shas = [r[0] for r in reopened.execute("SELECT file_sha256 FROM evidence")]
        finally:
            reopened.conn.close()
        files = DataFolders.beside(db).attachments
        if missing := [s for s in shas if not (files / s[:2] / s).is_file()]:
            found.problems.append(f"the database's attachments missing: {len(missing)}")
        work = [p for p in tmp.iterdir() if p.name.startswith(".res-work-")]
        found.killed_mid_write += bool(work)
        for leftover in work:
            shutil.rmtree(leftover)
            found.count("staging folder left by a kill")
    found.counts["copies set aside (never deleted)"] = len(
        list(tmp.glob("region.до-восстановления-*.sqlite3"))
    )
    return found


# -- imports --------------------------------------------------------------------------
IMPORT_ROWS = 300
_IMPORT = """
import sys
from pathlib import Path
from res_desktop.services.common.workspace import Workspace
from tests.kill_trials import import_file
ws, scratch, n = Workspace.open(Path(sys.argv[1])), Path(sys.argv[2]), int(sys.argv[3])
print("ready", flush=True)
while True:
    result = ws.exporter_import.run(import_file(scratch, n))
    print("ack", n, flush=True)
    n += 1
"""
_INN_WEIGHTS = (2, 4, 10, 3, 5, 9, 4, 6, 8)


def trial_inn(number: int) -> str:
    """A valid ИНН of an organisation (region 67) for each number."""
    digits = f"67{number:07d}"
    check = sum(w * int(d) for w, d in zip(_INN_WEIGHTS, digits, strict=True)) % 11 % 10
    return f"{digits}{check}"


def _batch_inns(n: int) -> set[str]:
    return {trial_inn(n * 1000 + i) for i in range(IMPORT_ROWS)}


def import_file(scratch: Path, n: int) -> Path:
    """Import number ``n``: IMPORT_ROWS new organisations, in a file named after it."""
    path = scratch / f"реестр-{n}.csv"
    rows = [f"{inn};ООО «Организация {inn}»" for inn in sorted(_batch_inns(n))]
    path.write_text("\n".join(["ИНН;Наименование организации", *rows]), encoding="utf-8")
    return path


def imports(tmp: Path, kills: int, rng: random.Random) -> Findings:
    """Every import acknowledged is wholly there, every other wholly absent or wholly there."""
    from res_desktop.services.common.workspace import Workspace

    found = Findings("imports")
    db, scratch = tmp / "region.sqlite3", tmp / "файлы"
    scratch.mkdir()
    Workspace.open(db).close()
    acked: set[int] = set()
    started = 0
    for _kill in range(kills):
        acks = _kill_once(_IMPORT, [str(db), str(scratch), str(started)], tmp, rng, 2.0)
        found.kills += 1
        found.acknowledged += len(acks)
        acked |= {int(n) for n in acks}
        written = [int(p.stem.split("-")[1]) for p in scratch.glob("*.csv")]
        last = max(written, default=None)  # the import the kill landed in, if any
        started = 1 + max([started, *written])
        if (verdict := integrity(db)) != "ok":
            found.problems.append(f"integrity_check: {verdict}")
        conn = sqlite3.connect(db)
        batches = {
            int(name.removeprefix("реестр-").removesuffix(".csv")): (batch, added)
            for batch, name, added in conn.execute("SELECT id, file_name, added FROM import_batch")
        }
        inns = {r[0] for r in conn.execute("SELECT inn FROM company")}
        changes = dict(
            conn.execute("SELECT batch_id, count(*) FROM import_change GROUP BY batch_id")
        )
        conn.close()
        if missing := acked - set(batches):
            found.problems.append(f"acknowledged imports missing: {sorted(missing)[:3]}")
        for n, (batch, added) in batches.items():
            present = len(_batch_inns(n) & inns)
            if not present == added == changes.get(batch) == IMPORT_ROWS:
                found.problems.append(f"import {n} partial: {present} of {IMPORT_ROWS} rows")
        if len(inns) != IMPORT_ROWS * len(batches):
            found.problems.append(f"rows of no import: {len(inns) - IMPORT_ROWS * len(batches)}")
        if last is not None and last not in acked:
            found.killed_mid_write += 1
            found.count(
                "killed inside COMMIT: kept whole, unacknowledged"
                if last in batches
                else "killed inside an import: rolled back whole"
            )
        Workspace.open(db).close()  # the next start
        if leftovers := _temporaries_left(tmp):
            found.problems.append(f"temporaries left after the next open: {leftovers[:2]}")
    found.counts["imports acknowledged"] = len(acked)
    return found


def _temporaries_left(folder: Path) -> list[str]:
    from res_desktop.storage.common.temporaries import INCOMING_PREFIX
    from res_desktop.storage.common.temporaries import PART_SUFFIX
    from res_desktop.storage.common.temporaries import WORK_PREFIX

    return [
        p.name
        for p in folder.rglob("*")
        if p.name.endswith(PART_SUFFIX) or p.name.startswith((WORK_PREFIX, INCOMING_PREFIX))
    ]


# -- backups --------------------------------------------------------------------------
def backups(tmp: Path, kills: int, rng: random.Random, fill: Callable[[Path], None]) -> Findings:
    """A user's «Резервная копия…» into a folder of their choice, killed again and again:
    whatever is under the final name is whole, a kill's ``.part`` is reported by the check
    at once and removed by the next backup to the same file."""
    from res_desktop.services.common import maintenance
    from res_desktop.storage.common.backup import DataFolders
    from res_desktop.storage.common.backup import verify_backup
    from res_desktop.storage.common.errors import StorageError
    from res_desktop.storage.common.temporaries import PART_SUFFIX
    from res_desktop.storage.common.temporaries import stale_temporaries

    found = Findings("backups")
    db = tmp / "region.sqlite3"
    fill(db)
    out = tmp / "флешка" / "копия.zip"
    out.parent.mkdir()
    for _kill in range(kills):
        acks = _kill_once(_MAINTENANCE, ["backup", str(db), str(out)], tmp, rng, 1.5)
        found.kills += 1
        found.acknowledged += len(acks)
        if out.exists():
            try:
                verify_backup(out)
            except StorageError as error:
                found.problems.append(f"the archive under its name is not whole: {error}")
        elif acks:
            found.problems.append("an acknowledged backup is not under its name")
        parts = [p for p in out.parent.iterdir() if p.name.endswith(PART_SUFFIX)]
        found.killed_mid_write += bool(parts)
        if len(parts) > 1:
            found.problems.append(f"an earlier kill's .part was not swept: {len(parts)} parts")
        if strays := [p for p in parts if not p.name.startswith(f".{out.name}.")]:
            found.problems.append(f"a .part not of ours: {strays[0].name}")
        reported = set(stale_temporaries(DataFolders.beside(db), out.parent))
        if unreported := set(parts) - reported:
            found.problems.append(f"a kill's .part the check does not report: {unreported}")
        found.count("kill's .part reported by the check" if parts else "no .part left")
    maintenance.backup(db, out)  # the next backup to the same file
    if left := [p for p in out.parent.iterdir() if p.name.endswith(PART_SUFFIX)]:
        found.problems.append(f"the next backup left a kill's .part: {left[0].name}")
    return found
