"""One adapter from a subsystem's rule verdicts to the checklist's derived items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from collections.abc import Collection
from collections.abc import Mapping

from res_desktop.domain.common.catalogue import Instrument
from res_desktop.domain.common.catalogue import Source
from res_desktop.domain.common.derived import Verdict


class RuleSource:
    """Answers the items of ``source`` in the named instruments from the records' verdicts.

    No answer (the item stays the user's) when the instrument is not this source's, when the region
    keeps no such records at all, or when the rules do not judge the item.
    """

    def __init__(
        self,
        source: Source,
        instruments: Collection[str],
        has_records: Callable[[], bool],
        verdicts: Callable[[Instrument, int, dt.date], Mapping[str, Verdict]],
    ) -> None:
        self.source = source
        self._instruments = frozenset(instruments)
        self._has_records = has_records
        self._verdicts = verdicts

    def verdicts(self, instrument: Instrument, year: int, as_of: dt.date) -> Mapping[str, Verdict]:
        if instrument.code not in self._instruments or not self._has_records():
            return {}
        return self._verdicts(instrument, year, as_of)
