"""Letters sending the registry's barriers to the federal body and РЭЦ (barrier_dispatch), and
the user's list of federal bodies such a letter must go to (federal_body).

Writes run inside the caller's ``db.atomic()``.
"""

from __future__ import annotations

import sqlite_utils

from res_desktop.domain.exporters.analysis import BarrierDispatch
from res_desktop.storage.common import convert
from res_desktop.storage.common.table import Table

_FIELDS = ("year", "sent_on", "outgoing_number", "recipient")
DISPATCHES = Table("barrier_dispatch", BarrierDispatch, _FIELDS, order="sent_on, id")


def has_dispatches(db: sqlite_utils.Database) -> bool:
    return db.execute("SELECT 1 FROM barrier_dispatch LIMIT 1").fetchone() is not None


def federal_bodies(db: sqlite_utils.Database) -> list[str]:
    return convert.ordered_names(db, "federal_body")


def set_federal_bodies(db: sqlite_utils.Database, names: list[str]) -> None:
    convert.replace_names(db, "federal_body", names)
