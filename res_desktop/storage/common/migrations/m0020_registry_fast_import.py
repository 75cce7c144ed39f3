"""Migration step 0020_registry_fast_import, frozen as released (literal SQL: never edit it).

The registry's search index by trigrams (issue 15): any part of a word, of a ИНН or of a
ТН ВЭД code is found by the index itself, not by every word's tails written out in Python
(which made a search for a frequent prefix 3× slower and an import of 100,000 companies 6×
slower). The index holds derived data only: its rows are written again by the current code
when the file is opened (storage/exporters/schema.py: ``refresh_derived``, its version 3),
so nothing a user entered is dropped here. The text is folded before it is indexed (and the
query as well): the tokenizer's own case folding would only repeat that work.
"""

from __future__ import annotations

import sqlite_utils

from res_desktop.storage.common.migrations.chain import execute

NAME = "0020_registry_fast_import"


def migrate(db: sqlite_utils.Database) -> None:
    execute(
        db,
        "DROP TABLE company_fts",
        """
        CREATE VIRTUAL TABLE company_fts USING fts5(
            names, inn, products, tokenize = 'trigram case_sensitive 1'
        )
        """,
    )
