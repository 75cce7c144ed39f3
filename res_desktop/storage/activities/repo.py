"""Activities with their participants, the plans of instrument 11 and the export website."""

from __future__ import annotations

import sqlite_utils

from res_desktop.domain.activities.model import Activity
from res_desktop.domain.activities.model import ActivityFormat
from res_desktop.domain.activities.model import ActivityId
from res_desktop.domain.activities.model import IntlEventsPlan
from res_desktop.domain.activities.model import SocialAccount
from res_desktop.domain.activities.model import Website
from res_desktop.domain.activities.model import WebsiteTopic
from res_desktop.domain.common.ids import CompanyId
from res_desktop.storage.common.convert import db_values
from res_desktop.storage.common.convert import from_row
from res_desktop.storage.common.convert import insert_row
from res_desktop.storage.common.convert import now_text
from res_desktop.storage.common.convert import update_row
from res_desktop.storage.common.table import Table

_FIELDS = (
    "kind", "title", "starts_on", "ends_on", "country", "companies_count", "contracts_count",
    "contracts_kusd", "link", "notes", "contest_year",
)  # fmt: skip


def _values(a: Activity) -> dict[str, object]:
    return {**db_values(a, _FIELDS), "format": a.fmt.value}


def load_activities(db: sqlite_utils.Database) -> list[Activity]:
    people: dict[int, list[CompanyId]] = {}
    for row in db.query(
        "SELECT activity_id, company_id FROM activity_participant ORDER BY company_id"
    ):
        people.setdefault(int(row["activity_id"]), []).append(CompanyId(int(row["company_id"])))
    rows = db.query("SELECT * FROM activity ORDER BY starts_on, id")
    return [_from_row(r, tuple(people.get(int(r["id"]), ()))) for r in rows]


def _from_row(row: dict[str, object], participants: tuple[CompanyId, ...]) -> Activity:
    fmt = ActivityFormat(str(row["format"]))
    return from_row(Activity, row, fmt=fmt, participants=participants)


def insert_activity(db: sqlite_utils.Database, activity: Activity) -> ActivityId:
    new_id = ActivityId(insert_row(db, "activity", {**_values(activity), "created_at": now_text()}))
    _write_participants(db, new_id, activity)
    return new_id


def update_activity(db: sqlite_utils.Database, activity_id: int, activity: Activity) -> None:
    update_row(db, "activity", activity_id, _values(activity))
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


# -- instrument 11's plans: one a year, a second approval replaces the first -------------
PLANS = Table(
    "intl_events_plan", IntlEventsPlan, ("year", "approved_on", "minutes_number", "planned_count"),
    order="year", key="year", stamped=True,
)  # fmt: skip


# -- instrument 14's website -------------------------------------------------------------
def load_website(db: sqlite_utils.Database) -> Website:
    head = next(iter(db.query("SELECT url, updated_on FROM export_website WHERE id = 1")), None)
    topics = tuple(
        (WebsiteTopic(r["topic"]), str(r["url"]))
        for r in db.query("SELECT topic, url FROM export_website_topic ORDER BY topic")
    )
    accounts = tuple(
        from_row(SocialAccount, r) for r in db.query("SELECT * FROM social_account ORDER BY id")
    )
    return from_row(Website, head or {}, topics=topics, accounts=accounts)


def save_website(db: sqlite_utils.Database, site: Website) -> None:
    """Replaces the whole section record: address, topics and accounts."""
    values = {"id": 1, **db_values(site, ("url", "updated_on"))}
    insert_row(db, "export_website", values, upsert=("id",))
    db.execute("DELETE FROM export_website_topic")
    for topic, url in site.topics:
        if url.strip():
            db.execute(
                "INSERT INTO export_website_topic (topic, url) VALUES (?, ?)", [topic.value, url]
            )
    db.execute("DELETE FROM social_account")
    for account in site.accounts:
        insert_row(db, "social_account", db_values(account, ("network", "url")))


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
