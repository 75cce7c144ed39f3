"""The plan-schedule status as plain data: for `res-desktop status` and scripts."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from typing import Any

from res_desktop.domain.checklist.schedule import ScheduleVerdict
from res_desktop.domain.checklist.schedule import verdict
from res_desktop.domain.common.catalogue import Instrument
from res_desktop.domain.common.progress import Progress

if TYPE_CHECKING:
    from res_desktop.services.checklist.service import ChecklistService
    from res_desktop.services.common.region import RegionService
    from res_desktop.services.reporting.dashboard import DashboardService


def _instrument(instrument: Instrument, progress: Progress, advice: Progress) -> dict[str, Any]:
    """``progress_percent`` and ``implemented`` are of the criteria; ``recommendations`` apart."""
    return {
        "number": instrument.number,
        "label": instrument.label,
        "block": instrument.block,
        "title": instrument.title,
        "short_title": instrument.short_title,
        "kind": instrument.kind.value,
        "progress_percent": progress.percent,
        "implemented": progress.implemented,
        "recommendations_done": advice.done_items,
        "recommendations_total": advice.total_items,
    }


def _schedule(result: ScheduleVerdict) -> dict[str, Any]:
    upcoming = result.next
    return {
        "required": result.required,
        "actual": result.actual,
        "on_track": result.on_track,
        "shortfall": result.shortfall,
        "next_date": upcoming.date.isoformat() if upcoming else None,
        "next_required": upcoming.required if upcoming else None,
    }


def status_report(
    region: RegionService, checklists: ChecklistService, dashboard: DashboardService, on: dt.date
) -> dict[str, Any]:
    """A database with no region yet reports every instrument at 0%."""
    profile = region.profile()
    if profile is None:
        empty = Progress(0, 0)
        instruments = [_instrument(i, empty, empty) for i in checklists.instruments()]
        return {
            "date": on.isoformat(),
            "region": None,
            "coordinator_body": None,
            "implementation_year": None,
            "instruments": instruments,
            "schedule": _schedule(verdict(on, 0)),
        }
    board = dashboard.build(on)
    return {
        "date": on.isoformat(),
        "region": profile.region_name,
        "coordinator_body": profile.coordinator_body,
        "implementation_year": board.implementation_year,
        "instruments": [_instrument(s.instrument, s.progress, s.advice) for s in board.summaries],
        "schedule": _schedule(board.verdict),
    }
