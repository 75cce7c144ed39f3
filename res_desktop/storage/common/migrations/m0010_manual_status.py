"""Migration step 0010_manual_status, frozen as released (literal SQL: never edit it).

A status the coordinator sets by hand over one derived from records, with its reason, the
document it rests on and, for «выполнено», the date; a NULL status leaves the derived one.
"""

from __future__ import annotations

NAME = "0010_manual_status"
STATEMENTS = (
    """
        ALTER TABLE item_state ADD COLUMN manual_status TEXT CHECK (manual_status IS NULL
            OR manual_status IN ('not_started', 'in_progress', 'done', 'not_applicable'))
        """,
    "ALTER TABLE item_state ADD COLUMN manual_reason TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE item_state ADD COLUMN manual_document TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE item_state ADD COLUMN manual_done_on TEXT",
)
