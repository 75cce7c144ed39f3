"""Migration step 0005_exporters, frozen as released (literal SQL: never edit it).

The exporter registry, its imports and analysis (issue 6).
"""

from __future__ import annotations

NAME = "0005_exporters"
STATEMENTS = (
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
