"""Activities with their participants, the plans of instrument 11 and the export website."""

from __future__ import annotations

import sqlite_utils

from res_desktop.domain.activities.model import (
    Activity,
    ActivityFormat,
    ActivityId,
    ActivityKind,
    IntlEventsPlan,
    SocialAccount,
    Website,
    WebsiteTopic,
)
from res_desktop.domain.common.ids import CompanyId
from res_desktop.storage.common.convert import date_from_db, date_to_db, now_text

_COLUMNS = (
    "kind, title, starts_on, ends_on, country, format, companies_count, contracts_count,"
    " contracts_kusd, link, notes, contest_year"
)


def _values(a: Activity) -> list[object]:
    return [
        a.kind.value,
        a.title,
        date_to_db(a.starts_on),
        date_to_db(a.ends_on),
        a.country,
        a.fmt.value,
        a.companies_count,
        a.contracts_count,
        float(a.contracts_kusd),
        a.link,
        a.notes,
        a.contest_year,
    ]


def load_activities(db: sqlite_utils.Database) -> list[Activity]:
    people: dict[int, list[CompanyId]] = {}
    for row in db.query(
        "SELECT activity_id, company_id FROM activity_participant ORDER BY company_id"
    ):
        people.setdefault(int(row["activity_id"]), []).append(CompanyId(int(row["company_id"])))
    rows = db.query("SELECT * FROM activity ORDER BY starts_on, id")
    return [_from_row(r, tuple(people.get(int(r["id"]), ()))) for r in rows]


def _from_row(row: dict[str, object], participants: tuple[CompanyId, ...]) -> Activity:
    starts, ends = date_from_db(row["starts_on"]), date_from_db(row["ends_on"])
    assert starts is not None and ends is not None  # NOT NULL columns
    contest = row["contest_year"]
    return Activity(
        id=ActivityId(int(row["id"])),  # type: ignore[call-overload]
        kind=ActivityKind(str(row["kind"])),
        title=str(row["title"]),
        starts_on=starts,
        ends_on=ends,
        country=str(row["country"]),
        fmt=ActivityFormat(str(row["format"])),
        participants=participants,
        companies_count=int(row["companies_count"]),  # type: ignore[call-overload]
        contracts_count=int(row["contracts_count"]),  # type: ignore[call-overload]
        contracts_kusd=float(row["contracts_kusd"]),  # type: ignore[arg-type]
        link=str(row["link"]),
        notes=str(row["notes"]),
        contest_year=None if contest is None else int(contest),  # type: ignore[call-overload]
    )


def insert_activity(db: sqlite_utils.Database, activity: Activity) -> ActivityId:
    cursor = db.execute(
        f"INSERT INTO activity ({_COLUMNS}, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [*_values(activity), now_text()],
    )
    new_id = ActivityId(int(cursor.lastrowid))  # type: ignore[arg-type]
    _write_participants(db, new_id, activity)
    return new_id


def update_activity(db: sqlite_utils.Database, activity_id: int, activity: Activity) -> None:
    sets = ", ".join(f"{c.strip()} = ?" for c in _COLUMNS.split(","))
    db.execute(f"UPDATE activity SET {sets} WHERE id = ?", [*_values(activity), activity_id])
    db.execute("DELETE FROM activity_participant WHERE activity_id = ?", [activity_id])
    _write_participants(db, activity_id, activity)


def _write_participants(db: sqlite_utils.Database, activity_id: int, activity: Activity) -> None:
    for company_id in sorted(set(activity.participants)):
        db.execute(
            "INSERT INTO activity_participant (activity_id, company_id) VALUES (?, ?)",
            [activity_id, company_id],
        )


def delete_activity(db: sqlite_utils.Database, activity_id: int) -> None:
    db.execute("DELETE FROM activity WHERE id = ?", [activity_id])


# -- instrument 11's plans ---------------------------------------------------------------
def load_plans(db: sqlite_utils.Database) -> list[IntlEventsPlan]:
    plans = []
    for row in db.query("SELECT * FROM intl_events_plan ORDER BY year"):
        approved = date_from_db(row["approved_on"])
        assert approved is not None
        plans.append(
            IntlEventsPlan(
                year=int(row["year"]),
                approved_on=approved,
                minutes_number=str(row["minutes_number"]),
                planned_count=int(row["planned_count"]),
                id=int(row["id"]),
            )
        )
    return plans


def save_plan(db: sqlite_utils.Database, plan: IntlEventsPlan) -> None:
    """One plan per year: a second approval replaces the first."""
    db.execute(
        "INSERT INTO intl_events_plan (year, approved_on, minutes_number, planned_count,"
        " created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(year) DO UPDATE SET"
        " approved_on = excluded.approved_on, minutes_number = excluded.minutes_number,"
        " planned_count = excluded.planned_count",
        [
            plan.year,
            date_to_db(plan.approved_on),
            plan.minutes_number,
            plan.planned_count,
            now_text(),
        ],
    )


def delete_plan(db: sqlite_utils.Database, year: int) -> None:
    db.execute("DELETE FROM intl_events_plan WHERE year = ?", [year])


# -- instrument 14's website -------------------------------------------------------------
def load_website(db: sqlite_utils.Database) -> Website:
    head = next(iter(db.query("SELECT url, updated_on FROM export_website WHERE id = 1")), None)
    topics = tuple(
        (WebsiteTopic(r["topic"]), str(r["url"]))
        for r in db.query("SELECT topic, url FROM export_website_topic ORDER BY topic")
    )
    accounts = tuple(
        SocialAccount(network=str(r["network"]), url=str(r["url"]), id=int(r["id"]))
        for r in db.query("SELECT * FROM social_account ORDER BY id")
    )
    return Website(
        url=str(head["url"]) if head else "",
        updated_on=date_from_db(head["updated_on"]) if head else None,
        topics=topics,
        accounts=accounts,
    )


def save_website(db: sqlite_utils.Database, site: Website) -> None:
    """Replaces the whole section record: address, topics and accounts."""
    db.execute(
        "INSERT INTO export_website (id, url, updated_on) VALUES (1, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET url = excluded.url, updated_on = excluded.updated_on",
        [site.url, date_to_db(site.updated_on)],
    )
    db.execute("DELETE FROM export_website_topic")
    for topic, url in site.topics:
        if url.strip():
            db.execute(
                "INSERT INTO export_website_topic (topic, url) VALUES (?, ?)", [topic.value, url]
            )
    db.execute("DELETE FROM social_account")
    for account in site.accounts:
        db.execute(
            "INSERT INTO social_account (network, url) VALUES (?, ?)",
            [account.network, account.url],
        )


def has_records(db: sqlite_utils.Database) -> bool:
    return any(
        next(iter(db.query(f"SELECT 1 AS x FROM {table} LIMIT 1")), None)
        for table in ("activity", "intl_events_plan", "export_website")
    )


def existing_companies(db: sqlite_utils.Database, ids: tuple[int, ...]) -> set[int]:
    """Which of ``ids`` are companies of the registry."""
    if not ids:
        return set()
    marks = ", ".join("?" for _ in ids)
    rows = db.query(f"SELECT id FROM company WHERE id IN ({marks})", list(ids))
    return {int(r["id"]) for r in rows}
