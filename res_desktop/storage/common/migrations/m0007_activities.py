"""Migration step 0007_activities, frozen as released (literal SQL: never edit it).

Activities of instruments 10-15 (issue 7).
"""

from __future__ import annotations

NAME = "0007_activities"
STATEMENTS = (
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
