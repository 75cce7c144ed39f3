"""A region on 31 December of one of its implementation years, and its criterion items: the
set-up of the tests that every criterion can be met within its year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from res_desktop.domain.common.catalogue import Basis
from res_desktop.services.common.results import ItemView
from res_desktop.services.common.workspace import Workspace
from tests.conftest import make_profile


@contextmanager
def year_end_workspace(
    path: Path, year: int, implementation_year: int, **profile: object
) -> Iterator[Workspace]:
    """The region in its ``implementation_year`` during ``year``, the clock on 31 December."""
    ws = Workspace.open(path, clock=lambda: dt.date(year, 12, 31))
    try:
        ws.region.save(make_profile(start_year=year - implementation_year + 1, **profile))
        yield ws
    finally:
        ws.close()


def criteria(ws: Workspace, codes: Iterable[str], year: int) -> Iterator[tuple[str, ItemView]]:
    """Each criterion item (not the recommendations) of the instruments, with its code."""
    for code in codes:
        for view in ws.checklists.checklist(code, year).items:
            if view.item.basis is Basis.CRITERION:
                yield code, view
