"""Migration step 0008_records, frozen as released (literal SQL: never edit it).

Records of instruments 6-8 and Table 1 values (issue 7).
"""

from __future__ import annotations

NAME = "0008_records"
STATEMENTS = (
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
