"""The one schema upgrade chain: a new file runs all of it, an old one the rest.

Each step is frozen as released: literal SQL, never built from the domain's enums or any other
constant a later edit could change, since an old file meets the step years later and a new file
must end up with the same schema (tests/storage/common/test_schema.py). Adding an enum value or
a column takes a new step at the end of the chain.
"""

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
    """The region, the checklists and their evidence."""
    _execute(
        db,
        "PRAGMA application_id = 1380275012",  # APPLICATION_ID
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
    _execute(
        db,
        """
        CREATE TABLE meeting (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'held', 'cancelled')),
            form TEXT NOT NULL DEFAULT 'in_person'
                CHECK (form IN ('in_person', 'absentee', 'remote')),
            is_public_open INTEGER NOT NULL DEFAULT 1 CHECK (is_public_open IN (0, 1)),
            venue TEXT NOT NULL DEFAULT '',
            invited_exporters INTEGER NOT NULL DEFAULT 0 CHECK (invited_exporters >= 0),
            guests TEXT NOT NULL DEFAULT '',
            agenda TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        ) STRICT
        """,
        "CREATE INDEX meeting_date ON meeting(date)",
        """
        CREATE TABLE council (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            regulation_act_type TEXT NOT NULL DEFAULT '',
            regulation_number TEXT NOT NULL DEFAULT '',
            regulation_date TEXT,
            regulation_approved_by TEXT NOT NULL DEFAULT '',
            chair_name TEXT NOT NULL DEFAULT '',
            chair_position TEXT NOT NULL DEFAULT '',
            deputy_chair_name TEXT NOT NULL DEFAULT '',
            deputy_chair_organisation TEXT NOT NULL DEFAULT '',
            founding_meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
            updated_at TEXT NOT NULL
        ) STRICT
        """,
        """
        CREATE TABLE council_member (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            category TEXT NOT NULL CHECK (category IN ('executive', 'rec', 'development_institute',
                'support_infrastructure', 'export_centre', 'business_association', 'exporter',
                'potential_exporter', 'services')),
            organisation TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            joined_on TEXT,
            left_on TEXT,
            CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on)
        ) STRICT
        """,
        """
        CREATE TABLE working_group (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            topic TEXT NOT NULL DEFAULT ''
        ) STRICT
        """,
        """
        CREATE TABLE working_group_member (
            group_id INTEGER NOT NULL REFERENCES working_group(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES council_member(id) ON DELETE CASCADE,
            PRIMARY KEY (group_id, member_id)
        ) STRICT
        """,
        "CREATE INDEX working_group_member_member ON working_group_member(member_id)",
        """
        CREATE TABLE meeting_attendance (
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES council_member(id) ON DELETE CASCADE,
            PRIMARY KEY (meeting_id, member_id)
        ) STRICT
        """,
        "CREATE INDEX meeting_attendance_member ON meeting_attendance(member_id)",
        """
        CREATE TABLE meeting_report (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            kind TEXT NOT NULL
                CHECK (kind IN ('coordinator', 'plan', 'infrastructure', 'interim')),
            speaker TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            agreed_on TEXT,
            heard INTEGER NOT NULL DEFAULT 0 CHECK (heard IN (0, 1)),
            agenda_item INTEGER CHECK (agenda_item IS NULL OR agenda_item > 0),
            position INTEGER NOT NULL DEFAULT 0,
            -- The Standard: these two reach the Council only after the business deputy agreed.
            CHECK (heard = 0 OR kind NOT IN ('coordinator', 'plan') OR agreed_on IS NOT NULL)
        ) STRICT
        """,
        "CREATE INDEX meeting_report_meeting ON meeting_report(meeting_id)",
        """
        CREATE TABLE decision (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            responsible TEXT NOT NULL DEFAULT '',
            due_date TEXT,
            done_on TEXT,
            agenda_item INTEGER CHECK (agenda_item IS NULL OR agenda_item > 0),
            position INTEGER NOT NULL DEFAULT 0
        ) STRICT
        """,
        "CREATE INDEX decision_meeting ON decision(meeting_id)",
        """
        CREATE TABLE minutes (
            meeting_id INTEGER PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
            number TEXT NOT NULL,
            date TEXT NOT NULL,
            signed_by TEXT NOT NULL DEFAULT '',
            publication_url TEXT NOT NULL DEFAULT '',
            published_on TEXT,
            file_sha256 TEXT NOT NULL DEFAULT '',
            file_name TEXT NOT NULL DEFAULT ''
        ) STRICT
        """,
    )


@MIGRATIONS(name="0004_team")
def team(db: sqlite_utils.Database) -> None:
    """The management team's records (issue 5)."""
    _execute(
        db,
        """
        CREATE TABLE team_member (
            id INTEGER PRIMARY KEY,
            full_name TEXT NOT NULL,
            position TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            slot TEXT NOT NULL CHECK (slot IN ('deputy_governor', 'export_minister',
                'priority_industries', 'education', 'municipality_head', 'export_centre_head',
                'development_institute', 'business_community', 'other')),
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            included_on TEXT NOT NULL,
            excluded_on TEXT,
            created_at TEXT NOT NULL,
            CHECK (excluded_on IS NULL OR excluded_on > included_on)
        ) STRICT
        """,
        """
        CREATE TABLE training_event (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('further_education', 'seminar', 'training',
                'master_class', 'round_table', 'conference', 'internship', 'self_study',
                'distance_course')),
            title TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            is_educational_org INTEGER NOT NULL DEFAULT 0 CHECK (is_educational_org IN (0, 1)),
            starts_on TEXT NOT NULL,
            ends_on TEXT NOT NULL,
            hours INTEGER NOT NULL CHECK (hours > 0),
            mode TEXT NOT NULL CHECK (mode IN ('in_person', 'remote', 'blended')),
            created_at TEXT NOT NULL,
            CHECK (ends_on >= starts_on)
        ) STRICT
        """,
        """
        CREATE TABLE training_event_topic (
            event_id INTEGER NOT NULL REFERENCES training_event(id) ON DELETE CASCADE,
            topic TEXT NOT NULL CHECK (topic IN ('foreign_trade_basics', 'export_organisation',
                'project_management', 'strategic_planning')),
            PRIMARY KEY (event_id, topic)
        ) STRICT
        """,
        """
        CREATE TABLE training_participant (
            event_id INTEGER NOT NULL REFERENCES training_event(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES team_member(id) ON DELETE CASCADE,
            certificate_number TEXT NOT NULL DEFAULT '',
            certificate_sha256 TEXT NOT NULL DEFAULT '',
            certificate_name TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (event_id, member_id)
        ) STRICT
        """,
        """
        CREATE TABLE qualification_confirmation (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES team_member(id) ON DELETE CASCADE,
            confirmed_on TEXT NOT NULL,
            document TEXT NOT NULL,
            issuer TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        ) STRICT
        """,
        "CREATE INDEX team_member_dates ON team_member(included_on, excluded_on)",
        "CREATE INDEX training_event_dates ON training_event(ends_on)",
        "CREATE INDEX training_participant_member ON training_participant(member_id)",
        "CREATE INDEX qualification_confirmation_member ON qualification_confirmation(member_id)",
    )


@MIGRATIONS(name="0005_exporters")
def exporters(db: sqlite_utils.Database) -> None:
    """The exporter registry, its imports and analysis (issue 6)."""
    _execute(
        db,
        """
        CREATE TABLE company (
            id INTEGER PRIMARY KEY,
            inn TEXT NOT NULL UNIQUE CHECK (length(inn) IN (10, 12)),
            ogrn TEXT NOT NULL DEFAULT '',
            full_name TEXT NOT NULL,
            short_name TEXT NOT NULL DEFAULT '',
            sme_category TEXT NOT NULL DEFAULT 'unknown'
                CHECK (sme_category IN ('micro', 'small', 'medium', 'large', 'unknown')),
            municipality TEXT NOT NULL DEFAULT '',
            okved TEXT NOT NULL DEFAULT '',
            industry TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'potential'
                CHECK (status IN ('active', 'potential', 'stopped')),
            export_stage TEXT,
            needs_text TEXT NOT NULL DEFAULT '',
            barriers_text TEXT NOT NULL DEFAULT '',
            contact_person TEXT NOT NULL DEFAULT '',
            contact_phone TEXT NOT NULL DEFAULT '',
            contact_email TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            last_checked TEXT,
            sort_name TEXT NOT NULL DEFAULT '',  -- casefolded name: Cyrillic-aware sorting
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT
        """,
        "CREATE INDEX company_sort_name ON company(sort_name)",
        "CREATE INDEX company_status ON company(status, sort_name)",
        "CREATE INDEX company_industry ON company(industry, sort_name)",
        "CREATE INDEX company_municipality ON company(municipality, sort_name)",
        "CREATE INDEX company_sme ON company(sme_category, sort_name)",
        "CREATE INDEX company_stage ON company(export_stage, sort_name)",
        "CREATE INDEX company_ogrn ON company(ogrn) WHERE ogrn != ''",
        """
        CREATE TABLE company_product (
            company_id INTEGER NOT NULL REFERENCES company(id) ON DELETE CASCADE,
            tnved TEXT NOT NULL CHECK (length(tnved) = 6),
            name TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (company_id, tnved)
        ) STRICT
        """,
        "CREATE INDEX company_product_tnved ON company_product(tnved)",
        """
        CREATE TABLE company_country (
            company_id INTEGER NOT NULL REFERENCES company(id) ON DELETE CASCADE,
            country TEXT NOT NULL CHECK (length(country) = 2),
            PRIMARY KEY (company_id, country)
        ) STRICT
        """,
        "CREATE INDEX company_country_code ON company_country(country)",
        """
        CREATE TABLE company_export_volume (
            company_id INTEGER NOT NULL REFERENCES company(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            volume_kusd REAL NOT NULL CHECK (volume_kusd >= 0),
            PRIMARY KEY (company_id, year)
        ) STRICT
        """,
        """
        CREATE TABLE company_need (
            company_id INTEGER NOT NULL REFERENCES company(id) ON DELETE CASCADE,
            need TEXT NOT NULL,
            PRIMARY KEY (company_id, need)
        ) STRICT
        """,
        """
        CREATE TABLE company_barrier (
            company_id INTEGER NOT NULL REFERENCES company(id) ON DELETE CASCADE,
            barrier TEXT NOT NULL,
            PRIMARY KEY (company_id, barrier)
        ) STRICT
        """,
        """
        CREATE TABLE company_source (
            company_id INTEGER NOT NULL REFERENCES company(id) ON DELETE CASCADE,
            source TEXT NOT NULL CHECK (source IN ('fts', 'fns', 'post', 'cbr', 'cpe', 'other')),
            as_of TEXT,
            PRIMARY KEY (company_id, source)
        ) STRICT
        """,
        """
        CREATE TABLE support_record (
            id INTEGER PRIMARY KEY,
            company_id INTEGER NOT NULL REFERENCES company(id) ON DELETE CASCADE,
            measure TEXT NOT NULL,
            given_on TEXT NOT NULL,
            provider TEXT NOT NULL DEFAULT '',
            result TEXT NOT NULL DEFAULT '',
            export_contract INTEGER NOT NULL DEFAULT 0,
            amount_kusd REAL
        ) STRICT
        """,
        "CREATE INDEX support_record_company ON support_record(company_id)",
        """
        CREATE TABLE industry (
            name TEXT PRIMARY KEY,
            position INTEGER NOT NULL DEFAULT 0
        ) STRICT
        """,
        """
        CREATE TABLE saved_filter (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            spec TEXT NOT NULL  -- JSON
        ) STRICT
        """,
        """
        CREATE TABLE company_merge (
            id INTEGER PRIMARY KEY,
            kept_id INTEGER NOT NULL REFERENCES company(id) ON DELETE CASCADE,
            removed_inn TEXT NOT NULL,
            removed_record TEXT NOT NULL,  -- JSON of the merged-away company, kept as history
            merged_at TEXT NOT NULL
        ) STRICT
        """,
        """
        CREATE TABLE import_batch (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            added INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0,
            undone_at TEXT
        ) STRICT
        """,
        """
        CREATE TABLE import_change (
            batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
            company_id INTEGER NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('added', 'updated')),
            before_record TEXT,  -- JSON of the company before an update, to undo it
            PRIMARY KEY (batch_id, company_id)
        ) STRICT
        """,
        """
        CREATE TABLE import_mapping (
            signature TEXT PRIMARY KEY,  -- the file's header titles, normalised
            mapping TEXT NOT NULL  -- JSON: column title -> field
        ) STRICT
        """,
        """
        CREATE TABLE barrier_dispatch (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            sent_on TEXT NOT NULL,
            outgoing_number TEXT NOT NULL,
            recipient TEXT NOT NULL
        ) STRICT
        """,
        """
        CREATE VIRTUAL TABLE company_fts USING fts5(
            names, inn, products, tokenize = 'unicode61 remove_diacritics 2'
        )
        """,
    )


@MIGRATIONS(name="0006_programme")
def programme(db: sqlite_utils.Database) -> None:
    """The regional programme, its KPIs, events and budget (issue 7)."""
    _execute(
        db,
        """
        CREATE TABLE programme (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            title TEXT NOT NULL,
            approved_by TEXT NOT NULL CHECK (approved_by IN ('governor', 'council')),
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
        """
        CREATE TABLE programme_event (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            title TEXT NOT NULL CHECK (title <> ''),
            instrument TEXT NOT NULL CHECK (instrument IN ('10', '11', '12', '13', '14', '15')),
            planned_count INTEGER NOT NULL CHECK (planned_count > 0),
            responsible TEXT NOT NULL DEFAULT '',
            deadline TEXT NOT NULL,
            planned_regional INTEGER NOT NULL DEFAULT 0 CHECK (planned_regional >= 0),
            planned_federal INTEGER NOT NULL DEFAULT 0 CHECK (planned_federal >= 0),
            planned_extra INTEGER NOT NULL DEFAULT 0 CHECK (planned_extra >= 0),
            actual_regional INTEGER NOT NULL DEFAULT 0 CHECK (actual_regional >= 0),
            actual_federal INTEGER NOT NULL DEFAULT 0 CHECK (actual_federal >= 0),
            actual_extra INTEGER NOT NULL DEFAULT 0 CHECK (actual_extra >= 0),
            status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
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


@MIGRATIONS(name="0007_activities")
def activities(db: sqlite_utils.Database) -> None:
    """Activities of instruments 10-15 (issue 7)."""
    _execute(
        db,
        """
        CREATE TABLE activity (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('seminar', 'webinar', 'edu_programme',
                'business_mission', 'governor_delegation', 'reverse_mission', 'intl_forum',
                'exhibition_abroad', 'exhibition_ru_collective', 'exhibition_ru_individual',
                'ecom_popularisation', 'ecom_training', 'marketplace_onboarding',
                'national_pavilion', 'accelerator_cohort', 'mentoring', 'exchange_platform',
                'popularisation_campaign', 'exporter_of_year', 'export_nomination',
                'website_publication', 'trade_mission_presentation', 'foreign_media',
                'umbrella_brand', 'supply_chain')),
            title TEXT NOT NULL CHECK (title <> ''),
            starts_on TEXT NOT NULL,
            ends_on TEXT NOT NULL,
            country TEXT NOT NULL DEFAULT '',
            format TEXT NOT NULL CHECK (format IN ('in_person', 'remote')),
            companies_count INTEGER NOT NULL DEFAULT 0 CHECK (companies_count >= 0),
            contracts_count INTEGER NOT NULL DEFAULT 0 CHECK (contracts_count >= 0),
            contracts_kusd REAL NOT NULL DEFAULT 0 CHECK (contracts_kusd >= 0),
            link TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            contest_year INTEGER,
            created_at TEXT NOT NULL,
            CHECK (ends_on >= starts_on)
        ) STRICT
        """,
        """
        CREATE TABLE activity_participant (
            activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
            company_id INTEGER NOT NULL REFERENCES company(id) ON DELETE CASCADE,
            PRIMARY KEY (activity_id, company_id)
        ) STRICT
        """,
        """
        CREATE TABLE intl_events_plan (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL UNIQUE,
            approved_on TEXT NOT NULL,
            minutes_number TEXT NOT NULL CHECK (minutes_number <> ''),
            planned_count INTEGER NOT NULL CHECK (planned_count > 0),
            created_at TEXT NOT NULL
        ) STRICT
        """,
        """
        CREATE TABLE export_website (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            url TEXT NOT NULL DEFAULT '',
            updated_on TEXT
        ) STRICT
        """,
        """
        CREATE TABLE export_website_topic (
            topic TEXT PRIMARY KEY CHECK (topic IN ('contacts', 'trade_missions', 'ministry_links',
                'rec_links', 'council', 'strategy', 'plan', 'yearly_results', 'success_stories',
                'statistics', 'news', 'calendar', 'event_results')),
            url TEXT NOT NULL
        ) STRICT
        """,
        """
        CREATE TABLE social_account (
            id INTEGER PRIMARY KEY,
            network TEXT NOT NULL CHECK (network <> ''),
            url TEXT NOT NULL
        ) STRICT
        """,
        "CREATE INDEX activity_kind_dates ON activity(kind, ends_on)",
        "CREATE INDEX activity_participant_company ON activity_participant(company_id)",
    )


@MIGRATIONS(name="0008_records")
def records(db: sqlite_utils.Database) -> None:
    """Records of instruments 6-8 and Table 1 values (issue 7)."""
    _execute(
        db,
        """
        CREATE TABLE cpe_kpi (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 2019 AND 2100),
            plan_supported INTEGER NOT NULL CHECK (plan_supported >= 0),
            fact_supported INTEGER CHECK (fact_supported >= 0),
            plan_contracts INTEGER NOT NULL CHECK (plan_contracts >= 0),
            fact_contracts INTEGER CHECK (fact_contracts >= 0),
            plan_volume_kusd REAL NOT NULL CHECK (plan_volume_kusd >= 0),
            fact_volume_kusd REAL CHECK (fact_volume_kusd >= 0),
            approved_on TEXT,
            reported_on TEXT
        ) STRICT
        """,
        """
        CREATE TABLE priority_country (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE CHECK (length(code) = 2),
            listed_on TEXT
        ) STRICT
        """,
        """
        CREATE TABLE presence (
            id INTEGER PRIMARY KEY,
            country_id INTEGER NOT NULL REFERENCES priority_country(id) ON DELETE CASCADE,
            format TEXT NOT NULL CHECK (format IN ('own_office', 'trade_mission', 'internships',
                'subordinate_office', 'ppp', 'interregional', 'other')),
            description TEXT NOT NULL DEFAULT '',
            since TEXT
        ) STRICT
        """,
        "CREATE INDEX presence_country ON presence(country_id)",
        """
        CREATE TABLE foreign_agreement (
            id INTEGER PRIMARY KEY,
            partner TEXT NOT NULL CHECK (partner <> ''),
            country_code TEXT NOT NULL CHECK (length(country_code) = 2),
            signed_on TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT ''
        ) STRICT
        """,
        """
        CREATE TABLE staff_training (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 2019 AND 2100),
            planned INTEGER NOT NULL CHECK (planned >= 0),
            trained INTEGER CHECK (trained >= 0),
            interned INTEGER CHECK (interned >= 0),
            programmes_developed INTEGER NOT NULL DEFAULT 0 CHECK (programmes_developed IN (0, 1)),
            plan_approved_on TEXT,
            reported_on TEXT
        ) STRICT
        """,
        """
        CREATE TABLE indicator_value (
            indicator INTEGER NOT NULL CHECK (indicator IN (1, 3, 4, 5, 6, 7, 8)),
            year INTEGER NOT NULL CHECK (year BETWEEN 2019 AND 2100),
            kind TEXT NOT NULL CHECK (kind IN ('plan', 'actual', 'base')),
            value REAL NOT NULL,
            source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual')),
            PRIMARY KEY (indicator, year, kind)
        ) STRICT
        """,
    )


@MIGRATIONS(name="0009_company_last_volume")
def company_last_volume(db: sqlite_utils.Database) -> None:
    """The latest export volume stored and indexed, so sorting by it stays instant."""
    _execute(
        db,
        "ALTER TABLE company ADD COLUMN last_volume_kusd REAL",
        """
        UPDATE company SET last_volume_kusd = (SELECT v.volume_kusd FROM company_export_volume v
            WHERE v.company_id = company.id ORDER BY v.year DESC LIMIT 1)
        """,
        "CREATE INDEX company_volume ON company(last_volume_kusd, sort_name)",
    )


def _execute(db: sqlite_utils.Database, *statements: str) -> None:
    for statement in statements:
        db.execute(statement)
