"""Items filled from records kept elsewhere in the app (council, team, registry)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from res_desktop.domain.common.catalogue import ChecklistItem, Instrument, Source
from res_desktop.domain.common.progress import Status


@dataclass(frozen=True)
class DerivedStatus:
    status: Status
    note: str
    done_on: dt.date | None = None


class DerivedSource(Protocol):
    """Answers for the items whose ``source`` it owns; None leaves the item to the user."""

    source: Source

    def derive(
        self, instrument: Instrument, item: ChecklistItem, year: int
    ) -> DerivedStatus | None: ...
