"""What every service is given: the database, its folder's files, the catalogue and the clock.

Other services a service needs are passed to its constructor by name, so the dependencies
are written down where the workspace builds them (no service reaches the others through it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from res_desktop.clock import Clock, system_today
from res_desktop.domain.common.catalogue import Catalogue
from res_desktop.storage.common.attachments import AttachmentStore


@dataclass(frozen=True)
class ServiceContext:
    db: sqlite_utils.Database
    path: Path
    catalogue: Catalogue
    attachments: AttachmentStore
    clock: Clock = system_today

    def today(self) -> dt.date:
        """The business date: the injected clock in tests."""
        return self.clock()
