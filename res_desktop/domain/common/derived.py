"""Items filled from records kept elsewhere in the app (council, team, registry, …).

Every subsystem's rules answer with the one `Verdict`; the checklist reads its status.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from res_desktop.domain.common.catalogue import Instrument
from res_desktop.domain.common.catalogue import Source
from res_desktop.domain.common.progress import Status


@dataclass(frozen=True)
class Verdict:
    """A rule's answer for one item from the records: met or not, why, and since when."""

    met: bool
    note: str
    done_on: dt.date | None = None
    partial: bool = False  # something is there, but not yet enough
    missing: tuple[str, ...] = ()  # short phrases for a summary line, lower case where fits

    @property
    def status(self) -> Status:
        if self.met:
            return Status.DONE
        return Status.IN_PROGRESS if self.partial else Status.NOT_STARTED

    @property
    def completed_on(self) -> dt.date | None:
        """The date the item counts as done: only a met verdict has one."""
        return self.done_on if self.met else None


class DerivedSource(Protocol):
    """Answers for the items whose ``source`` it owns; an item it leaves out stays the user's.

    ``as_of``: the records count only what is dated on or before it, so a checklist, the
    dashboard and a report for a past date all see the state of that date.
    """

    source: Source

    def verdicts(self, instrument: Instrument, year: int, as_of: dt.date) -> Mapping[str, Verdict]:
        """Item key -> verdict for the instrument's items this source judges (one read)."""
        ...
