"""Migration step 0009_company_last_volume, frozen as released (literal SQL: never edit it).

The latest export volume stored and indexed, so sorting by it stays instant.
"""

from __future__ import annotations

NAME = "0009_company_last_volume"
STATEMENTS = (
    "ALTER TABLE company ADD COLUMN last_volume_kusd REAL",
    """
        UPDATE company SET last_volume_kusd = (SELECT v.volume_kusd FROM company_export_volume v
            WHERE v.company_id = company.id ORDER BY v.year DESC LIMIT 1)
        """,
    "CREATE INDEX company_volume ON company(last_volume_kusd, sort_name)",
)
