"""DDL for migration 0006_programme (issue 7): the programme, its KPIs, events and budget."""

from res_desktop.domain.programme.model import ApprovalBody, EventStatus


def _one_of(column: str, values: list[str]) -> str:
    listed = ", ".join(f"'{v}'" for v in values)
    return f"CHECK ({column} IN ({listed}))"


# The enum values are frozen into the schema: adding one needs a migration.
_BODIES = _one_of("approved_by", [b.value for b in ApprovalBody])
_STATUSES = _one_of("status", [s.value for s in EventStatus])
_MONEY = "INTEGER NOT NULL DEFAULT 0 CHECK ({0} >= 0)"


def _money(*columns: str) -> str:
    return ",\n".join(f"        {c} {_MONEY.format(c)}" for c in columns)


PROGRAMME_SCHEMA: tuple[str, ...] = (
    f"""
    CREATE TABLE programme (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        title TEXT NOT NULL,
        approved_by TEXT NOT NULL {_BODIES},
        act_type TEXT NOT NULL DEFAULT '',
        act_number TEXT NOT NULL DEFAULT '',
        act_date TEXT,
        start_year INTEGER NOT NULL,
        end_year INTEGER NOT NULL,
        forecast_year INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (end_year >= start_year AND forecast_year >= end_year)
    ) STRICT
    """,
    """
    CREATE TABLE programme_goal (
        position INTEGER PRIMARY KEY,
        text TEXT NOT NULL CHECK (text <> '')
    ) STRICT
    """,
    """
    CREATE TABLE programme_kpi (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> ''),
        unit TEXT NOT NULL DEFAULT ''
    ) STRICT
    """,
    """
    CREATE TABLE programme_kpi_plan (
        kpi_id INTEGER NOT NULL REFERENCES programme_kpi(id) ON DELETE CASCADE,
        year INTEGER NOT NULL,
        value REAL NOT NULL,
        PRIMARY KEY (kpi_id, year)
    ) STRICT
    """,
    f"""
    CREATE TABLE programme_event (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        title TEXT NOT NULL CHECK (title <> ''),
        instrument TEXT NOT NULL CHECK (instrument IN ('10', '11', '12', '13', '14', '15')),
        planned_count INTEGER NOT NULL CHECK (planned_count > 0),
        responsible TEXT NOT NULL DEFAULT '',
        deadline TEXT NOT NULL,
{_money("planned_regional", "planned_federal", "planned_extra")},
{_money("actual_regional", "actual_federal", "actual_extra")},
        status TEXT NOT NULL {_STATUSES},
        done_count INTEGER NOT NULL DEFAULT 0 CHECK (done_count >= 0),
        done_on TEXT,
        created_at TEXT NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE programme_budget (
        year INTEGER PRIMARY KEY,
        grp INTEGER NOT NULL CHECK (grp >= 0),
        budget INTEGER NOT NULL CHECK (budget >= 0)
    ) STRICT
    """,
    "CREATE INDEX programme_event_year ON programme_event(year, deadline)",
)
