"""The programme document, its goals and KPIs, its events and the Plan's budget by year."""

from __future__ import annotations

import sqlite_utils

from res_desktop.domain.programme.model import (
    ApprovalBody,
    BudgetYear,
    EventId,
    EventStatus,
    Funding,
    Kpi,
    KpiId,
    Programme,
    ProgrammeEvent,
)
from res_desktop.storage.common.convert import date_from_db, date_to_db, now_text

_EVENT_COLUMNS = (
    "year, title, instrument, planned_count, responsible, deadline, planned_regional,"
    " planned_federal, planned_extra, actual_regional, actual_federal, actual_extra, status,"
    " done_count, done_on"
)


def load_programme(db: sqlite_utils.Database) -> Programme | None:
    row = next(iter(db.query("SELECT * FROM programme WHERE id = 1")), None)
    if row is None:
        return None
    goals = tuple(
        str(r["text"]) for r in db.query("SELECT text FROM programme_goal ORDER BY position")
    )
    return Programme(
        title=str(row["title"]),
        approved_by=ApprovalBody(row["approved_by"]),
        act_type=str(row["act_type"]),
        act_number=str(row["act_number"]),
        act_date=date_from_db(row["act_date"]),
        start_year=int(row["start_year"]),
        end_year=int(row["end_year"]),
        forecast_year=int(row["forecast_year"]),
        goals=goals,
    )


def save_programme(db: sqlite_utils.Database, programme: Programme) -> None:
    """Insert or rewrite the one programme row and replace its goals."""
    p = programme
    db.execute(
        "INSERT INTO programme (id, title, approved_by, act_type, act_number, act_date,"
        " start_year, end_year, forecast_year, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET title = excluded.title,"
        " approved_by = excluded.approved_by, act_type = excluded.act_type,"
        " act_number = excluded.act_number, act_date = excluded.act_date,"
        " start_year = excluded.start_year, end_year = excluded.end_year,"
        " forecast_year = excluded.forecast_year, updated_at = excluded.updated_at",
        [p.title, p.approved_by.value, p.act_type, p.act_number, date_to_db(p.act_date),
         p.start_year, p.end_year, p.forecast_year, now_text()],
    )  # fmt: skip
    db.execute("DELETE FROM programme_goal")
    for position, text in enumerate(p.goals, start=1):
        db.execute("INSERT INTO programme_goal (position, text) VALUES (?, ?)", [position, text])


def load_kpis(db: sqlite_utils.Database) -> list[Kpi]:
    plans: dict[int, dict[int, float]] = {}
    for r in db.query("SELECT kpi_id, year, value FROM programme_kpi_plan ORDER BY year"):
        plans.setdefault(int(r["kpi_id"]), {})[int(r["year"])] = float(r["value"])
    rows = db.query("SELECT * FROM programme_kpi ORDER BY id")
    return [
        Kpi(str(r["name"]), str(r["unit"]), plans.get(int(r["id"]), {}), KpiId(int(r["id"])))
        for r in rows
    ]


def save_kpi(db: sqlite_utils.Database, kpi_id: int | None, kpi: Kpi) -> KpiId:
    if kpi_id is None:
        cursor = db.execute(
            "INSERT INTO programme_kpi (name, unit) VALUES (?, ?)", [kpi.name, kpi.unit]
        )
        kpi_id = int(cursor.lastrowid)  # type: ignore[arg-type]
    else:
        db.execute(
            "UPDATE programme_kpi SET name = ?, unit = ? WHERE id = ?", [kpi.name, kpi.unit, kpi_id]
        )
        db.execute("DELETE FROM programme_kpi_plan WHERE kpi_id = ?", [kpi_id])
    for year, value in sorted(kpi.plan.items()):
        db.execute(
            "INSERT INTO programme_kpi_plan (kpi_id, year, value) VALUES (?, ?, ?)",
            [kpi_id, year, value],
        )
    return KpiId(kpi_id)


def delete_kpi(db: sqlite_utils.Database, kpi_id: int) -> None:
    db.execute("DELETE FROM programme_kpi WHERE id = ?", [kpi_id])


def _event_values(e: ProgrammeEvent) -> list[object]:
    return [
        e.year, e.title, e.instrument, e.planned_count, e.responsible, date_to_db(e.deadline),
        e.planned.regional, e.planned.federal, e.planned.extra,
        e.actual.regional, e.actual.federal, e.actual.extra,
        e.status.value, e.done_count, date_to_db(e.done_on),
    ]  # fmt: skip


def _event_from_row(r: dict[str, object]) -> ProgrammeEvent:
    deadline = date_from_db(r["deadline"])
    assert deadline is not None  # NOT NULL column
    return ProgrammeEvent(
        year=int(r["year"]),  # type: ignore[call-overload]
        title=str(r["title"]),
        instrument=str(r["instrument"]),
        planned_count=int(r["planned_count"]),  # type: ignore[call-overload]
        responsible=str(r["responsible"]),
        deadline=deadline,
        planned=Funding(*(int(r[f"planned_{s}"]) for s in ("regional", "federal", "extra"))),  # type: ignore[call-overload]
        actual=Funding(*(int(r[f"actual_{s}"]) for s in ("regional", "federal", "extra"))),  # type: ignore[call-overload]
        status=EventStatus(str(r["status"])),
        done_count=int(r["done_count"]),  # type: ignore[call-overload]
        done_on=date_from_db(r["done_on"]),
        id=EventId(int(r["id"])),  # type: ignore[call-overload]
    )


def load_events(db: sqlite_utils.Database) -> list[ProgrammeEvent]:
    rows = db.query("SELECT * FROM programme_event ORDER BY year, deadline, title, id")
    return [_event_from_row(r) for r in rows]


def insert_event(db: sqlite_utils.Database, event: ProgrammeEvent) -> EventId:
    cursor = db.execute(
        f"INSERT INTO programme_event ({_EVENT_COLUMNS}, created_at)"
        f" VALUES ({', '.join('?' * 16)})",
        [*_event_values(event), now_text()],
    )
    return EventId(int(cursor.lastrowid))  # type: ignore[arg-type]


def update_event(db: sqlite_utils.Database, event_id: int, event: ProgrammeEvent) -> None:
    assignments = ", ".join(f"{c.strip()} = ?" for c in _EVENT_COLUMNS.split(","))
    db.execute(
        f"UPDATE programme_event SET {assignments} WHERE id = ?", [*_event_values(event), event_id]
    )


def delete_event(db: sqlite_utils.Database, event_id: int) -> None:
    db.execute("DELETE FROM programme_event WHERE id = ?", [event_id])


def load_budgets(db: sqlite_utils.Database) -> list[BudgetYear]:
    rows = db.query("SELECT year, grp, budget FROM programme_budget ORDER BY year")
    return [BudgetYear(int(r["year"]), int(r["grp"]), int(r["budget"])) for r in rows]


def save_budget(db: sqlite_utils.Database, budget: BudgetYear) -> None:
    db.execute(
        "INSERT INTO programme_budget (year, grp, budget) VALUES (?, ?, ?) ON CONFLICT(year)"
        " DO UPDATE SET grp = excluded.grp, budget = excluded.budget",
        [budget.year, budget.grp, budget.budget],
    )


def delete_budget(db: sqlite_utils.Database, year: int) -> None:
    db.execute("DELETE FROM programme_budget WHERE year = ?", [year])


def has_records(db: sqlite_utils.Database) -> bool:
    tables = ("programme", "programme_event", "programme_budget")
    return any(next(iter(db.query(f"SELECT 1 FROM {t} LIMIT 1")), None) for t in tables)
