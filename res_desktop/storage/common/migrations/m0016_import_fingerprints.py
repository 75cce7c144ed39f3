"""Migration step 0016_import_fingerprints, frozen as released (literal SQL: never edit it).

The last imported row of each company, by a fingerprint of its cells: a re-import skips the
rows it has read before (issue 15 part 6). Any later write of the company (an edit, a merge,
an undo, a renamed industry) or of its child rows forgets its row, so a skipped row is one
that would change nothing. A new table: every row of an older database is kept as it was.
"""

from __future__ import annotations

import sqlite_utils

from res_desktop.storage.common.migrations.chain import execute

NAME = "0016_import_fingerprints"


def migrate(db: sqlite_utils.Database) -> None:
    execute(
        db,
        """
        CREATE TABLE company_import_row (
            company_id INTEGER PRIMARY KEY REFERENCES company(id) ON DELETE CASCADE,
            fingerprint BLOB NOT NULL,  -- of the row's cells, its columns' fields, the parser
            fields TEXT NOT NULL  -- the fields the row filled, comma-separated
        ) STRICT, WITHOUT ROWID
        """,
        "CREATE INDEX company_import_row_fingerprint ON company_import_row(fingerprint)",
        """
        CREATE TRIGGER company_forgets_import_row AFTER UPDATE ON company
        BEGIN
            DELETE FROM company_import_row WHERE company_id = NEW.id;
        END
        """,
        """
        CREATE TRIGGER company_product_forgets_import_row_insert AFTER INSERT ON company_product
        BEGIN
            DELETE FROM company_import_row WHERE company_id = NEW.company_id;
        END
        """,
        """
        CREATE TRIGGER company_product_forgets_import_row_delete AFTER DELETE ON company_product
        BEGIN
            DELETE FROM company_import_row WHERE company_id = OLD.company_id;
        END
        """,
        """
        CREATE TRIGGER company_country_forgets_import_row_insert AFTER INSERT ON company_country
        BEGIN
            DELETE FROM company_import_row WHERE company_id = NEW.company_id;
        END
        """,
        """
        CREATE TRIGGER company_country_forgets_import_row_delete AFTER DELETE ON company_country
        BEGIN
            DELETE FROM company_import_row WHERE company_id = OLD.company_id;
        END
        """,
        """
        CREATE TRIGGER company_export_volume_forgets_import_row_insert
        AFTER INSERT ON company_export_volume
        BEGIN
            DELETE FROM company_import_row WHERE company_id = NEW.company_id;
        END
        """,
        """
        CREATE TRIGGER company_export_volume_forgets_import_row_delete
        AFTER DELETE ON company_export_volume
        BEGIN
            DELETE FROM company_import_row WHERE company_id = OLD.company_id;
        END
        """,
        """
        CREATE TRIGGER company_need_forgets_import_row_insert AFTER INSERT ON company_need
        BEGIN
            DELETE FROM company_import_row WHERE company_id = NEW.company_id;
        END
        """,
        """
        CREATE TRIGGER company_need_forgets_import_row_delete AFTER DELETE ON company_need
        BEGIN
            DELETE FROM company_import_row WHERE company_id = OLD.company_id;
        END
        """,
        """
        CREATE TRIGGER company_barrier_forgets_import_row_insert AFTER INSERT ON company_barrier
        BEGIN
            DELETE FROM company_import_row WHERE company_id = NEW.company_id;
        END
        """,
        """
        CREATE TRIGGER company_barrier_forgets_import_row_delete AFTER DELETE ON company_barrier
        BEGIN
            DELETE FROM company_import_row WHERE company_id = OLD.company_id;
        END
        """,
        """
        CREATE TRIGGER company_source_forgets_import_row_insert AFTER INSERT ON company_source
        BEGIN
            DELETE FROM company_import_row WHERE company_id = NEW.company_id;
        END
        """,
        """
        CREATE TRIGGER company_source_forgets_import_row_delete AFTER DELETE ON company_source
        BEGIN
            DELETE FROM company_import_row WHERE company_id = OLD.company_id;
        END
        """,
    )
