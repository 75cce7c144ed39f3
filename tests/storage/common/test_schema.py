"""The migration chain builds exactly the committed schema snapshot (tests/fixtures/schema.json).

A difference means a released migration changed what it does, or a new migration was added
without regenerating the snapshot on purpose (see tests/fixtures/schema_snapshot.py).
"""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path

import pytest

from res_desktop.domain.activities.model import ActivityFormat
from res_desktop.domain.activities.model import ActivityKind
from res_desktop.domain.activities.model import WebsiteTopic
from res_desktop.domain.checklist.model import EvidenceKind
from res_desktop.domain.common.catalogue import Kind
from res_desktop.domain.common.progress import Status
from res_desktop.domain.council.model import MeetingForm
from res_desktop.domain.council.model import MeetingStatus
from res_desktop.domain.council.model import MemberCategory
from res_desktop.domain.council.model import ReportKind as CouncilReportKind
from res_desktop.domain.exporters.model import DataSource
from res_desktop.domain.exporters.model import ExporterStatus
from res_desktop.domain.exporters.model import SmeCategory
from res_desktop.domain.programme.model import ApprovalBody
from res_desktop.domain.programme.model import EventStatus
from res_desktop.domain.records.model import PresenceFormat
from res_desktop.domain.team.model import RoleSlot
from res_desktop.domain.team.model import Topic
from res_desktop.domain.team.model import TrainingKind
from res_desktop.domain.team.model import TrainingMode
from res_desktop.storage.common.database import open_database
from tests.fixtures.schema_snapshot import flat_sql
from tests.fixtures.schema_snapshot import schema_text
from tests.fixtures.schema_snapshot import snapshot_text


def test_a_new_database_has_the_committed_schema(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        built = schema_text(db.conn)
    finally:
        db.conn.close()
    assert built == snapshot_text()


# Columns whose CHECK lists the values of a domain enum, frozen when the step was released.
ENUM_COLUMNS: list[tuple[str, str, type[StrEnum]]] = [
    ("item_state", "status", Status),
    ("evidence", "kind", EvidenceKind),
    ("own_instrument", "kind", Kind),
    ("meeting", "status", MeetingStatus),
    ("meeting", "form", MeetingForm),
    ("council_member", "category", MemberCategory),
    ("meeting_report", "kind", CouncilReportKind),
    ("team_member", "slot", RoleSlot),
    ("training_event", "kind", TrainingKind),
    ("training_event", "mode", TrainingMode),
    ("training_event_topic", "topic", Topic),
    ("company", "sme_category", SmeCategory),
    ("company", "status", ExporterStatus),
    ("company_source", "source", DataSource),
    ("programme", "approved_by", ApprovalBody),
    ("programme_event", "status", EventStatus),
    ("activity", "kind", ActivityKind),
    ("activity", "format", ActivityFormat),
    ("export_website_topic", "topic", WebsiteTopic),
    ("presence", "format", PresenceFormat),
]


@pytest.mark.parametrize(("table", "column", "enum"), ENUM_COLUMNS)
def test_the_schema_accepts_every_value_of_the_domain(
    db_path: Path, table: str, column: str, enum: type[StrEnum]
) -> None:
    """A value added to an enum needs a new migration: the released steps never follow it."""
    db = open_database(db_path)
    try:
        [sql] = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()
    finally:
        db.conn.close()
    found = re.search(rf"CHECK \({column} IN \(([^)]*)\)\)", flat_sql(sql))
    assert found is not None, f"{table}.{column} has no CHECK (... IN ...)"
    allowed = set(re.findall(r"'([^']*)'", found.group(1)))
    missing = {v.value for v in enum} - allowed
    assert not missing, f"{table}.{column} refuses {sorted(missing)}: add a migration"
