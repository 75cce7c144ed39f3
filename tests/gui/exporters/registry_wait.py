"""The registry's queries run on the pool: a test waits for their rows as a user would."""

from __future__ import annotations

from res_desktop.domain.exporters.query import CompanyRow
from res_desktop.gui.exporters.registry_page import RegistryPage


def rows_arrived(qtbot, page: RegistryPage, timeout: int = 10_000) -> None:
    """Until the last query's count is shown and every page it asked for has arrived."""
    model = page.model
    qtbot.waitUntil(lambda: not model.loading and not model.pages_asked(), timeout=timeout)


def first_rows(qtbot, page: RegistryPage, n: int) -> list[CompanyRow]:
    """The first ``n`` rows of the shown query, asked for as scrolling would ask."""
    rows_arrived(qtbot, page)
    wanted = range(min(n, page.model.rowCount()))
    for number in wanted:
        page.model.row(number)
    rows_arrived(qtbot, page)
    found = [page.model.row(number) for number in wanted]
    assert None not in found
    return [row for row in found if row is not None]
