"""Activity kinds: each belongs to exactly one instrument, in the Standard's order."""

from __future__ import annotations

from res_desktop.domain.activities.model import INSTRUMENTS
from res_desktop.domain.activities.model import ActivityKind
from res_desktop.domain.activities.model import kinds_of

K = ActivityKind


def test_each_kind_is_listed_under_exactly_one_instrument() -> None:
    listed = [kind for instrument in INSTRUMENTS for kind in kinds_of(instrument)]
    assert sorted(listed) == sorted(ActivityKind)
    assert listed == list(ActivityKind)  # grouped in declaration order


def test_kinds_of_an_instrument() -> None:
    assert kinds_of("10") == (K.SEMINAR, K.WEBINAR, K.EDU_PROGRAMME)
    assert kinds_of("13") == (K.ACCELERATOR_COHORT, K.MENTORING, K.EXCHANGE_PLATFORM)
    assert K.NATIONAL_PAVILION.instrument == "12"
    assert K.SUPPLY_CHAIN.instrument == "15"
    assert kinds_of("09") == ()
