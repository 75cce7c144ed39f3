"""Migration step 0017_registry_indicators, frozen as released (literal SQL: never edit it).

Issue 15: merges that can be undone (what the kept company was, what moved), sort keys for
municipality, industry and countries (folded in Python, written with the search rows), and
the version of the derived data, so a file's search rows are rewritten by the current code;
the ТН ВЭД headings Table 1's non-commodity export leaves out, a list the user edits; yearly
snapshots of what Table 1 counts (status, SME category, countries, products), so that a past
year's figures are that year's, not today's.
"""

from __future__ import annotations

import sqlite_utils

from res_desktop.storage.common.migrations.chain import execute

NAME = "0017_registry_indicators"


def migrate(db: sqlite_utils.Database) -> None:
    execute(
        db,
        "ALTER TABLE company ADD COLUMN municipality_key TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE company ADD COLUMN industry_key TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE company ADD COLUMN countries_key TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX company_municipality_key ON company(municipality_key, sort_name)",
        "CREATE INDEX company_industry_key ON company(industry_key, sort_name)",
        "CREATE INDEX company_countries_key ON company(countries_key, sort_name)",
        # A merge before this step has only the removed company's JSON: it cannot be undone.
        "ALTER TABLE company_merge ADD COLUMN removed_id INTEGER",
        "ALTER TABLE company_merge ADD COLUMN kept_record TEXT",  # JSON, before the merge
        "ALTER TABLE company_merge ADD COLUMN merged_record TEXT",  # JSON, right after it
        "ALTER TABLE company_merge ADD COLUMN moved TEXT",  # JSON: support, activities, merges
        "ALTER TABLE company_merge ADD COLUMN undone_at TEXT",
        """
        CREATE TABLE derived_data (
            name TEXT PRIMARY KEY,
            version INTEGER NOT NULL
        ) STRICT
        """,
        """
        CREATE TABLE excluded_tnved (
            code TEXT PRIMARY KEY CHECK (length(code) IN (2, 4, 6) AND code NOT GLOB '*[^0-9]*'),
            title TEXT NOT NULL DEFAULT ''
        ) STRICT
        """,
        """
        CREATE TABLE registry_snapshot_year (
            year INTEGER PRIMARY KEY,
            taken_at TEXT NOT NULL
        ) STRICT
        """,
        """
        CREATE TABLE registry_snapshot (
            year INTEGER NOT NULL REFERENCES registry_snapshot_year(year) ON DELETE CASCADE,
            company_id INTEGER NOT NULL,  -- no reference: the snapshot outlives a deletion
            status TEXT NOT NULL,
            sme_category TEXT NOT NULL,
            PRIMARY KEY (year, company_id)
        ) STRICT
        """,
        """
        CREATE TABLE registry_snapshot_country (
            year INTEGER NOT NULL REFERENCES registry_snapshot_year(year) ON DELETE CASCADE,
            company_id INTEGER NOT NULL,
            country TEXT NOT NULL,
            PRIMARY KEY (year, company_id, country)
        ) STRICT
        """,
        """
        CREATE TABLE registry_snapshot_product (
            year INTEGER NOT NULL REFERENCES registry_snapshot_year(year) ON DELETE CASCADE,
            company_id INTEGER NOT NULL,
            tnved TEXT NOT NULL,
            PRIMARY KEY (year, company_id, tnved)
        ) STRICT
        """,
        "INSERT INTO excluded_tnved (code, title) VALUES"
        " ('25', 'Соль; сера; земли и камень; штукатурные материалы, известь и цемент'),"
        " ('26', 'Руды, шлак и зола'),"
        " ('27', 'Топливо минеральное, нефть и продукты их перегонки; битуминозные вещества;"
        " воски минеральные')",
    )
