"""Checklist item status and an instrument's weighted progress."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field

from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.catalogue import ChecklistItem
from res_desktop.domain.common.labelled import LabelledEnum


class Status(LabelledEnum):
    NOT_STARTED = "not_started", "не начато"
    IN_PROGRESS = "in_progress", "в работе"
    DONE = "done", "выполнено"
    NOT_APPLICABLE = "not_applicable", "не применимо"


@dataclass(frozen=True)
class ItemMark:
    """What counts for progress: an item's effective status and when it was done."""

    item: ChecklistItem
    status: Status
    done_on: dt.date | None = None

    def done_by(self, day: dt.date | None) -> bool:
        if self.status is not Status.DONE:
            return False
        return day is None or self.done_on is None or self.done_on <= day


@dataclass(frozen=True)
class Progress:
    done_weight: int
    total_weight: int
    # Item counts beside the weights: recommendations are shown as «5 из 9» items.
    done_items: int = field(default=0, compare=False)
    total_items: int = field(default=0, compare=False)

    @property
    def ratio(self) -> float:
        return self.done_weight / self.total_weight if self.total_weight else 0.0

    @property
    def percent(self) -> int:
        """Floored, so that 99.6% never shows as 100% while an item is open."""
        if not self.total_weight:
            return 0
        return self.done_weight * 100 // self.total_weight

    @property
    def implemented(self) -> bool:
        return self.total_weight > 0 and self.done_weight == self.total_weight


def progress_of(
    marks: Sequence[ItemMark], on: dt.date | None = None, basis: Basis = Basis.CRITERION
) -> Progress:
    """Weighted share of done items of one basis; «не применимо» items leave the denominator.

    Only criteria make an instrument «внедрён» (the Standard's «считается внедренным, если …»);
    recommendations get their own progress, shown beside it and never mixed into it.
    """
    counted = [m for m in marks if m.item.basis is basis and m.status is not Status.NOT_APPLICABLE]
    done = [m for m in counted if m.done_by(on)]
    return Progress(
        done_weight=sum(m.item.weight for m in done),
        total_weight=sum(m.item.weight for m in counted),
        done_items=len(done),
        total_items=len(counted),
    )


def advice_label(advice: Progress) -> str:
    """«рекомендации: 5 из 9» — how the recommendations' progress reads everywhere."""
    return f"рекомендации: {advice.done_items} из {advice.total_items}"
