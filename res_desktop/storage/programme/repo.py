"""The programme document, its goals and KPIs, its events and the Plan's budget by year."""

from __future__ import annotations

import sqlite_utils

from res_desktop.domain.programme.model import BudgetYear
from res_desktop.domain.programme.model import EventId
from res_desktop.domain.programme.model import Funding
from res_desktop.domain.programme.model import Kpi
from res_desktop.domain.programme.model import KpiId
from res_desktop.domain.programme.model import Programme
from res_desktop.domain.programme.model import ProgrammeEvent
from res_desktop.storage.common.convert import db_values
from res_desktop.storage.common.convert import from_row
from res_desktop.storage.common.convert import insert_row
from res_desktop.storage.common.convert import now_text
from res_desktop.storage.common.convert import update_row
from res_desktop.storage.common.table import Table

_PROGRAMME_FIELDS = (
    "title", "approved_by", "act_type", "act_number", "act_date", "start_year", "end_year",
    "forecast_year",
)  # fmt: skip
_EVENT_FIELDS = (
    "year", "title", "instrument", "planned_count", "responsible", "deadline", "status",
    "done_count", "done_on",
)  # fmt: skip
_SOURCES = ("regional", "federal", "extra")


def load_programme(db: sqlite_utils.Database) -> Programme | None:
    row = next(iter(db.query("SELECT * FROM programme WHERE id = 1")), None)
    if row is None:
        return None
    goals = tuple(
        str(r["text"]) for r in db.query("SELECT text FROM programme_goal ORDER BY position")
    )
    return from_row(Programme, row, goals=goals)


def save_programme(db: sqlite_utils.Database, programme: Programme) -> None:
    """Insert or rewrite the one programme row and replace its goals."""
    values = {"id": 1, **db_values(programme, _PROGRAMME_FIELDS), "updated_at": now_text()}
    insert_row(db, "programme", values, upsert=("id",))
    db.execute("DELETE FROM programme_goal")
    for position, text in enumerate(programme.goals, start=1):
        db.execute("INSERT INTO programme_goal (position, text) VALUES (?, ?)", [position, text])


def load_kpis(db: sqlite_utils.Database) -> list[Kpi]:
    plans: dict[int, dict[int, float]] = {}
    for r in db.query("SELECT kpi_id, year, value FROM programme_kpi_plan ORDER BY year"):
        plans.setdefault(int(r["kpi_id"]), {})[int(r["year"])] = float(r["value"])
    facts: dict[int, dict[int, float]] = {}
    for r in db.query("SELECT kpi_id, year, value FROM programme_kpi_fact ORDER BY year"):
        facts.setdefault(int(r["kpi_id"]), {})[int(r["year"])] = float(r["value"])
    rows = db.query("SELECT * FROM programme_kpi ORDER BY id")
    return [
        from_row(Kpi, r, plan=plans.get(int(r["id"]), {}), fact=facts.get(int(r["id"]), {}))
        for r in rows
    ]


def save_kpi(db: sqlite_utils.Database, kpi_id: int | None, kpi: Kpi) -> KpiId:
    values = db_values(kpi, ("name", "unit"))
    if kpi_id is None:
        kpi_id = insert_row(db, "programme_kpi", values)
    else:
        update_row(db, "programme_kpi", kpi_id, values)
        db.execute("DELETE FROM programme_kpi_plan WHERE kpi_id = ?", [kpi_id])
        db.execute("DELETE FROM programme_kpi_fact WHERE kpi_id = ?", [kpi_id])
    for table, by_year in (("programme_kpi_plan", kpi.plan), ("programme_kpi_fact", kpi.fact)):
        for year, value in sorted(by_year.items()):
            db.execute(
                f"INSERT INTO {table} (kpi_id, year, value) VALUES (?, ?, ?)",
                [kpi_id, year, value],
            )
    return KpiId(kpi_id)


def delete_kpi(db: sqlite_utils.Database, kpi_id: int) -> None:
    db.execute("DELETE FROM programme_kpi WHERE id = ?", [kpi_id])


def _event_values(e: ProgrammeEvent) -> dict[str, object]:
    funding = {
        f"{kind}_{source}": getattr(money, source)
        for kind, money in (("planned", e.planned), ("actual", e.actual))
        for source in _SOURCES
    }
    return {**db_values(e, _EVENT_FIELDS), **funding}


def _event_from_row(r: dict[str, object]) -> ProgrammeEvent:
    planned, actual = (
        Funding(*(int(r[f"{kind}_{source}"]) for source in _SOURCES))  # type: ignore[call-overload]
        for kind in ("planned", "actual")
    )
    return from_row(ProgrammeEvent, r, planned=planned, actual=actual)


def load_events(db: sqlite_utils.Database) -> list[ProgrammeEvent]:
    rows = db.query("SELECT * FROM programme_event ORDER BY year, deadline, title, id")
    return [_event_from_row(r) for r in rows]


def insert_event(db: sqlite_utils.Database, event: ProgrammeEvent) -> EventId:
    values = {**_event_values(event), "created_at": now_text()}
    return EventId(insert_row(db, "programme_event", values))


def update_event(db: sqlite_utils.Database, event_id: int, event: ProgrammeEvent) -> None:
    update_row(db, "programme_event", event_id, _event_values(event))


def delete_event(db: sqlite_utils.Database, event_id: int) -> None:
    db.execute("DELETE FROM programme_event WHERE id = ?", [event_id])


BUDGETS = Table("programme_budget", BudgetYear, ("year", "grp", "budget"), order="year", key="year")


def has_records(db: sqlite_utils.Database) -> bool:
    tables = ("programme", "programme_event", "programme_budget")
    return any(next(iter(db.query(f"SELECT 1 FROM {t} LIMIT 1")), None) for t in tables)
