"""Table: a flat record table's load, get, save (an upsert by key), insert and delete."""

from __future__ import annotations

import datetime as dt

from res_desktop.domain.activities.model import IntlEventsPlan
from res_desktop.domain.records.model import ForeignAgreement
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.activities.repo import PLANS
from res_desktop.storage.records.repo import AGREEMENTS


def test_save_replaces_the_row_of_its_key_and_keeps_its_creation(workspace: Workspace) -> None:
    db = workspace.db
    first = PLANS.save(db, IntlEventsPlan(2026, dt.date(2026, 2, 1), "1", 3))
    db.execute("UPDATE intl_events_plan SET created_at = '2026-02-01T09:00:00'")
    second = PLANS.save(db, IntlEventsPlan(2026, dt.date(2026, 3, 1), "2", 5))
    assert first.id is not None and second.id == first.id
    assert PLANS.load(db) == [second] and second.planned_count == 5
    kept = db.execute("SELECT created_at FROM intl_events_plan").fetchone()[0]
    assert kept == "2026-02-01T09:00:00"
    assert PLANS.get(db, 2025) is None
    PLANS.delete(db, 2026)
    assert PLANS.load(db) == []


def test_insert_gives_an_id_and_load_keeps_the_order(workspace: Workspace) -> None:
    db = workspace.db
    late = AGREEMENTS.insert(db, ForeignAgreement("Минская область", "BY", dt.date(2025, 9, 1)))
    early = AGREEMENTS.insert(db, ForeignAgreement("Хэйлунцзян", "CN", dt.date(2024, 5, 1)))
    assert [a.id for a in AGREEMENTS.load(db)] == [early, late]
    AGREEMENTS.delete(db, early)
    assert [a.partner for a in AGREEMENTS.load(db)] == ["Минская область"]


def test_load_keeps_the_records_whose_columns_hold_the_values(workspace: Workspace) -> None:
    db = workspace.db
    minsk = AGREEMENTS.insert(db, ForeignAgreement("Минская область", "BY", dt.date(2025, 9, 1)))
    AGREEMENTS.insert(db, ForeignAgreement("Хэйлунцзян", "CN", dt.date(2024, 5, 1)))
    gomel = AGREEMENTS.insert(db, ForeignAgreement("Гомельская область", "BY", dt.date(2024, 1, 9)))
    assert [a.id for a in AGREEMENTS.load(db, country_code="BY")] == [gomel, minsk]
    assert AGREEMENTS.load(db, country_code="BY", partner="Хэйлунцзян") == []
    assert len(AGREEMENTS.load(db)) == 3
