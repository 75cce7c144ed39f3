"""What every service is given: the database, its folder's files, the catalogue and the clock.

Other services a service needs are passed to its constructor by name, so the dependencies
are written down where the workspace builds them (no service reaches the others through it).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Concatenate
from typing import ParamSpec
from typing import Protocol
from typing import TypeVar

import sqlite_utils

from res_desktop.clock import Clock
from res_desktop.clock import system_today
from res_desktop.domain.common.catalogue import Catalogue
from res_desktop.services.common.audit_session import AuditSession
from res_desktop.storage.common import audit
from res_desktop.storage.common.attachments import AttachmentStore

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
D = TypeVar("D", bound="DataclassInstance")


class Stored(Protocol):
    @property
    def id(self) -> int | None: ...


S = TypeVar("S", bound=Stored)


@dataclass(frozen=True)
class ServiceContext:
    db: sqlite_utils.Database
    path: Path
    catalogue: Catalogue
    attachments: AttachmentStore
    clock: Clock = system_today
    audit: AuditSession = field(default_factory=AuditSession)

    def today(self) -> dt.date:
        """The business date: the injected clock in tests."""
        return self.clock()

    def data_state(self) -> tuple[int, int]:
        """Changes made here (total_changes) and commits by other connections (data_version):
        what a service keeps computed figures against, to read them again after any write."""
        conn = self.db.conn
        return conn.total_changes, int(conn.execute("PRAGMA data_version").fetchone()[0])

    @contextmanager
    def writing(self) -> Iterator[sqlite_utils.Database]:
        """One write transaction (or a savepoint in one) that the history of changes names:
        who, from where. The context lives inside the transaction and is gone before commit."""
        with self.db.atomic():
            opened = audit.begin(self.db, self.audit.origin())
            yield self.db
            if opened is not None:
                audit.end(self.db, opened)

    def write(
        self,
        store: Callable[Concatenate[sqlite_utils.Database, P], R],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> R:
        """Runs one storage call in its own transaction: a failed write leaves nothing behind."""
        with self.writing():
            return store(self.db, *args, **kwargs)

    def insert(self, store: Callable[[sqlite_utils.Database, D], int], record: D) -> D:
        """Stores a new record in its own transaction; the record with the id it was given."""
        return dataclasses.replace(record, id=self.write(store, record))

    def delete(self, store: Callable[[sqlite_utils.Database, int], None], record: S) -> S:
        """Deletes a stored record, found just before (one deleted meanwhile was refused then),
        in its own transaction; the record, for the caller's message or undo."""
        assert record.id is not None
        self.write(store, record.id)
        return record

    def upsert(
        self,
        record: T,
        record_id: int | None,
        insert: Callable[[sqlite_utils.Database, T], int],
        update: Callable[[sqlite_utils.Database, int, T], None],
    ) -> int:
        """Adds the record (no id yet) or rewrites the stored one, in one transaction."""
        with self.writing():
            if record_id is None:
                return insert(self.db, record)
            update(self.db, record_id, record)
            return record_id
