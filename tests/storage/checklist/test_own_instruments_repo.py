"""The region's own instruments (block IV) read back from the database."""

from __future__ import annotations

from pathlib import Path

from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.catalogue import ChecklistItem
from res_desktop.domain.common.catalogue import Kind
from res_desktop.storage.checklist import own_instruments_repo
from res_desktop.storage.common.database import open_database


def test_own_items_count_as_criteria_without_a_quote(db_path: Path) -> None:
    """The region sets its own items itself: each counts, and no text of the Standard backs it."""
    db = open_database(db_path)
    try:
        code = own_instruments_repo.insert_own_instrument(
            db,
            title="Экспортный акселератор",
            short_title="Акселератор",
            kind=Kind.ANNUAL,
            summary="",
        )
        item = ChecklistItem(key="own_1", title="Отобраны участники", years=frozenset({1, 2}))
        own_instruments_repo.insert_own_item(db, code, item)
        [instrument] = own_instruments_repo.load_own_instruments(db)
        [loaded] = instrument.items
        assert (loaded.key, loaded.years) == ("own_1", frozenset({1, 2}))
        assert (loaded.basis, loaded.basis_quote) == (Basis.CRITERION, "")
    finally:
        db.conn.close()
