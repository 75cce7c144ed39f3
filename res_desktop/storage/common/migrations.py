"""The one schema upgrade chain: a new file runs all of it, an old one the rest."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import sqlite_utils
from sqlite_utils.migrations import Migrations

APPLICATION_ID = 0x52455344  # "RESD": marks a file as ours (PRAGMA application_id)

MigrationFn = Callable[[sqlite_utils.Database], None]
_Fn = TypeVar("_Fn", bound=MigrationFn)


class MigrationChain(Migrations):
    """sqlite-utils ``Migrations`` that also says, publicly, which steps it holds."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self._steps: list[tuple[str, MigrationFn, bool]] = []

    def __call__(
        self, *, name: str | None = None, transactional: bool = True
    ) -> Callable[[_Fn], _Fn]:
        register = super().__call__(name=name, transactional=transactional)

        def inner(fn: _Fn) -> _Fn:
            register(fn)
            self._steps.append((name or fn.__name__, fn, transactional))
            return fn

        return inner

    def names(self) -> tuple[str, ...]:
        """Every step of the chain, in the order it runs."""
        return tuple(step[0] for step in self._steps)

    def extended(self, name: str, fn: MigrationFn) -> MigrationChain:
        """This chain plus one more step at its end (a later release, or a test of one)."""
        chain = MigrationChain(self.name)
        for step_name, step_fn, transactional in [*self._steps, (name, fn, True)]:
            chain(name=step_name, transactional=transactional)(step_fn)
        return chain


MIGRATIONS = MigrationChain("res_desktop")


@MIGRATIONS(name="0001_initial")
def initial(db: sqlite_utils.Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statement in _INITIAL_SCHEMA:
        db.execute(statement)


_INITIAL_SCHEMA = (
    """
    CREATE TABLE region (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        region_code TEXT NOT NULL,
        region_name TEXT NOT NULL,
        coordinator_body TEXT NOT NULL,
        contact_person TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        start_year INTEGER NOT NULL,
        low_export_potential INTEGER NOT NULL DEFAULT 0,
        federal_city INTEGER NOT NULL DEFAULT 0,
        is_demo INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE own_instrument (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        short_title TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('annual', 'one_time')),
        funding TEXT NOT NULL DEFAULT 'unknown',
        summary TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE own_item (
        id INTEGER PRIMARY KEY,
        instrument_id INTEGER NOT NULL REFERENCES own_instrument(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        title TEXT NOT NULL,
        hint TEXT NOT NULL DEFAULT '',
        weight INTEGER NOT NULL DEFAULT 1 CHECK (weight > 0),
        evidence TEXT NOT NULL DEFAULT 'document',
        years TEXT NOT NULL DEFAULT '1,2,3,4',
        position INTEGER NOT NULL DEFAULT 0,
        UNIQUE (instrument_id, key)
    ) STRICT
    """,
    """
    CREATE TABLE item_state (
        id INTEGER PRIMARY KEY,
        instrument_code TEXT NOT NULL,
        item_key TEXT NOT NULL,
        cycle_year INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'not_started'
            CHECK (status IN ('not_started', 'in_progress', 'done', 'not_applicable')),
        na_reason TEXT NOT NULL DEFAULT '',
        responsible TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        done_on TEXT,
        comment TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        UNIQUE (instrument_code, item_key, cycle_year)
    ) STRICT
    """,
    """
    CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        state_id INTEGER NOT NULL REFERENCES item_state(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('document', 'file', 'link')),
        doc_type TEXT NOT NULL DEFAULT '',
        number TEXT NOT NULL DEFAULT '',
        doc_date TEXT,
        issuer TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        file_sha256 TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL DEFAULT '',
        file_size INTEGER NOT NULL DEFAULT 0,
        added_at TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX evidence_state ON evidence(state_id)",
    "CREATE INDEX item_state_due ON item_state(due_date) WHERE due_date IS NOT NULL",
)


@MIGRATIONS(name="0002_report_archive")
def report_archive(db: sqlite_utils.Database) -> None:
    """Every generated report, kept; a sent one can no longer change (issue 4)."""
    db.execute(
        """
        CREATE TABLE report_archive (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('quarterly', 'annual')),
            year INTEGER NOT NULL,
            quarter INTEGER CHECK (quarter BETWEEN 1 AND 4),
            period_label TEXT NOT NULL,
            generated_at TEXT NOT NULL,
            file_name TEXT NOT NULL UNIQUE,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            pages INTEGER NOT NULL DEFAULT 0,
            sent_on TEXT,
            outgoing_number TEXT NOT NULL DEFAULT ''
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TRIGGER report_archive_sent_is_final
        BEFORE UPDATE ON report_archive WHEN OLD.sent_on IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'report already sent'); END
        """
    )
    db.execute(
        """
        CREATE TRIGGER report_archive_sent_is_kept
        BEFORE DELETE ON report_archive WHEN OLD.sent_on IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'report already sent'); END
        """
    )


@MIGRATIONS(name="0003_council")
def council(db: sqlite_utils.Database) -> None:
    """The Export Council's records (issue 5)."""
    from res_desktop.storage.council.schema import COUNCIL_SCHEMA

    for statement in COUNCIL_SCHEMA:
        db.execute(statement)


@MIGRATIONS(name="0004_team")
def team(db: sqlite_utils.Database) -> None:
    """The management team's records (issue 5)."""
    from res_desktop.storage.team.schema import TEAM_SCHEMA

    for statement in TEAM_SCHEMA:
        db.execute(statement)


@MIGRATIONS(name="0005_exporters")
def exporters(db: sqlite_utils.Database) -> None:
    """The exporter registry, its imports and analysis (issue 6)."""
    from res_desktop.storage.exporters.schema import EXPORTERS_SCHEMA

    for statement in EXPORTERS_SCHEMA:
        db.execute(statement)


@MIGRATIONS(name="0006_programme")
def programme(db: sqlite_utils.Database) -> None:
    """Issue 7: see storage/programme_schema.py."""
    from res_desktop.storage.programme.schema import PROGRAMME_SCHEMA

    for statement in PROGRAMME_SCHEMA:
        db.execute(statement)


@MIGRATIONS(name="0007_activities")
def activities(db: sqlite_utils.Database) -> None:
    """Issue 7: see storage/activities_schema.py."""
    from res_desktop.storage.activities.schema import ACTIVITIES_SCHEMA

    for statement in ACTIVITIES_SCHEMA:
        db.execute(statement)


@MIGRATIONS(name="0008_records")
def records(db: sqlite_utils.Database) -> None:
    """Issue 7: see storage/records_schema.py."""
    from res_desktop.storage.records.schema import RECORDS_SCHEMA

    for statement in RECORDS_SCHEMA:
        db.execute(statement)


@MIGRATIONS(name="0009_company_last_volume")
def company_last_volume(db: sqlite_utils.Database) -> None:
    """The latest export volume stored and indexed, so sorting by it stays instant."""
    from res_desktop.storage.exporters.schema import LATEST_VOLUME

    db.execute("ALTER TABLE company ADD COLUMN last_volume_kusd REAL")
    db.execute(f"UPDATE company SET last_volume_kusd = {LATEST_VOLUME}")
    db.execute("CREATE INDEX company_volume ON company(last_volume_kusd, sort_name)")
