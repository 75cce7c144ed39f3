"""A region's own instrument (block IV) for the tests of its offer to РЭЦ."""

from __future__ import annotations

from res_desktop.domain.common.catalogue import ChecklistItem
from res_desktop.domain.common.catalogue import Kind
from res_desktop.services.checklist.service import OwnInstrument
from res_desktop.services.common.workspace import Workspace


def add_own(ws: Workspace) -> str:
    """«Экспортный акселератор региона» with one item; returns its code (R1, …)."""
    item = ChecklistItem(key="own_1", title="Отобраны участники", years=frozenset({1, 2, 3, 4}))
    own = OwnInstrument("Экспортный акселератор региона", "Акселератор", Kind.ANNUAL, items=(item,))
    return ws.checklists.add_own_instrument(instrument=own).code
