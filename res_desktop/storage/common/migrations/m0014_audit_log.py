"""Migration step 0014_audit_log, frozen as released (never edit it).

The history of changes («Журнал изменений»): an AFTER trigger on every user table writes one
row per changed row into ``audit_log`` -- the whole row as JSON for an insertion or a deletion
(so a deleted record's last state is kept), only the changed fields, old and new, for an update
(no row at all when nothing but ``updated_at``, ``sort_name`` or the cached
``last_volume_kusd`` changed). Triggers cover every code path and plain SQL alike.

Who, from where and which import batch: ``audit_txn``, one row per write transaction of the
app, whose id the service layer puts into the one-row ``audit_context`` for the length of that
transaction and removes before it commits (so a committed file never holds a context: a write
from another program is logged with none, and with its own time in ``audit_log.at``).

An import is logged compactly (storage/common/audit.py, ``compact_import``): one row per added
company naming it, the changed fields of each updated one, no row for the products, countries,
volumes, needs, barriers and sources it writes -- the per-row form cost the 100,000-company
import half its time again (benchmarks/audit_import.py). Those parts changed anywhere else
(the company card, plain SQL) are logged row by row.

Not logged: the migration table, the search index (rebuilt from ``company``) and
``import_change``, the import's own undo journal (it keeps each company's state before).
A later step that adds a table or a column recreates that table's triggers
(tests/storage/common/test_audit_triggers.py fails otherwise).

The 165 triggers are made by a small generator from this step's own literal list of tables (no
runtime constant reaches it); it yields, to the byte, the literal SQL the step was released with
(tests/storage/common/test_migration_generators.py compares it with the release's fixture file).
"""

from __future__ import annotations

import textwrap

import sqlite_utils

from res_desktop.storage.common.migrations.chain import execute

NAME = "0014_audit_log"

_TABLES = (
    """
    CREATE TABLE audit_txn (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        os_user TEXT NOT NULL DEFAULT '',
        user_name TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL CHECK (source IN ('gui', 'cli', 'import', 'sql')),
        place TEXT NOT NULL DEFAULT '',
        batch_id INTEGER
    ) STRICT
    """,
    """
    CREATE TABLE audit_context (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        txn_id INTEGER NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        txn_id INTEGER REFERENCES audit_txn(id),
        at TEXT,  -- a write of another program's; the app's carry audit_txn.at
        tbl TEXT NOT NULL,
        row_key TEXT NOT NULL,
        record_tbl TEXT NOT NULL,
        record_id INTEGER,
        op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
        old TEXT,
        new TEXT
    ) STRICT
    """,
    "CREATE INDEX audit_log_record ON audit_log(record_tbl, record_id)",
)

# Every user table of this release: "table: the columns of its row key -> the record a change is
# filed under" ("table" for a row of its own, "table.column" for a part of another record), then
# its columns in order on the indented lines. Frozen with the step: later tables and columns come
# in later steps.
_TABLE_LIST = """
activity: id -> activity
    id kind title starts_on ends_on country format companies_count contracts_count
    contracts_kusd link notes contest_year created_at
activity_participant: activity_id company_id -> activity.activity_id
    activity_id company_id
barrier_dispatch: id -> barrier_dispatch
    id year sent_on outgoing_number recipient
company: id -> company
    id inn ogrn full_name short_name sme_category municipality okved industry status
    export_stage needs_text barriers_text contact_person contact_phone contact_email notes
    last_checked sort_name created_at updated_at last_volume_kusd
company_barrier: company_id barrier -> company.company_id
    company_id barrier
company_country: company_id country -> company.company_id
    company_id country
company_export_volume: company_id year -> company.company_id
    company_id year volume_kusd
company_merge: id -> company.kept_id
    id kept_id removed_inn removed_record merged_at
company_need: company_id need -> company.company_id
    company_id need
company_product: company_id tnved -> company.company_id
    company_id tnved name
company_source: company_id source -> company.company_id
    company_id source as_of
council: id -> council
    id name regulation_act_type regulation_number regulation_date regulation_approved_by
    chair_name chair_position deputy_chair_name deputy_chair_organisation founding_meeting_id
    updated_at
council_member: id -> council_member
    id name category organisation position joined_on left_on
cpe_kpi: id -> cpe_kpi
    id year plan_supported fact_supported plan_contracts fact_contracts plan_volume_kusd
    fact_volume_kusd approved_on reported_on
decision: id -> meeting.meeting_id
    id meeting_id text responsible due_date done_on agenda_item position
evidence: id -> item_state.state_id
    id state_id kind doc_type number doc_date issuer title url file_sha256 file_name file_size
    added_at
export_website: id -> export_website
    id url updated_on
export_website_topic: topic -> export_website_topic
    topic url
federal_body: name -> federal_body
    name position
foreign_agreement: id -> foreign_agreement
    id partner country_code signed_on title
import_batch: id -> import_batch
    id file_name imported_at added updated rejected undone_at
import_mapping: signature -> import_mapping
    signature mapping
indicator_value: indicator year kind -> indicator_value
    indicator year kind value source
industry: name -> industry
    name position
instrument_funding: instrument_code -> instrument_funding
    instrument_code funding updated_at
intl_events_plan: id -> intl_events_plan
    id year approved_on minutes_number planned_count created_at
item_state: id -> item_state
    id instrument_code item_key cycle_year status na_reason responsible due_date done_on comment
    updated_at manual_status manual_reason manual_document manual_done_on
meeting: id -> meeting
    id date status form is_public_open venue invited_exporters guests agenda updated_at
    start_time
meeting_attendance: meeting_id member_id -> meeting.meeting_id
    meeting_id member_id
meeting_report: id -> meeting.meeting_id
    id meeting_id kind speaker title agreed_on heard agenda_item position
minutes: meeting_id -> meeting.meeting_id
    meeting_id number date signed_by publication_url published_on file_sha256 file_name
own_instrument: id -> own_instrument
    id title short_title kind funding summary created_at
own_instrument_offer: instrument_id -> own_instrument.instrument_id
    instrument_id described_on offered_on letter_number recipient
own_item: id -> own_instrument.instrument_id
    id instrument_id key title hint weight evidence years position
presence: id -> priority_country.country_id
    id country_id format description since
priority_country: id -> priority_country
    id code listed_on
programme: id -> programme
    id title approved_by act_type act_number act_date start_year end_year forecast_year
    updated_at
programme_budget: year -> programme_budget
    year grp budget
programme_event: id -> programme_event
    id year title instrument planned_count responsible deadline planned_regional planned_federal
    planned_extra actual_regional actual_federal actual_extra status done_count done_on
    created_at
programme_goal: position -> programme_goal
    position text
programme_kpi: id -> programme_kpi
    id name unit
programme_kpi_plan: kpi_id year -> programme_kpi.kpi_id
    kpi_id year value
qualification_confirmation: id -> team_member.member_id
    id member_id confirmed_on document issuer created_at
region: id -> region
    id region_code region_name coordinator_body contact_person phone email address start_year
    low_export_potential federal_city is_demo updated_at export_centre_federal_funding head_name
    head_position head_signature
report_archive: id -> report_archive
    id kind year quarter period_label generated_at file_name sha256 size pages sent_on
    outgoing_number
saved_filter: id -> saved_filter
    id name spec
social_account: id -> social_account
    id network url
staff_training: id -> staff_training
    id year planned trained interned programmes_developed plan_approved_on reported_on
support_record: id -> company.company_id
    id company_id measure given_on provider result export_contract amount_kusd
team_member: id -> team_member
    id full_name position organisation slot phone email included_on excluded_on created_at
training_event: id -> training_event
    id kind title organisation is_educational_org starts_on ends_on hours mode created_at
training_event_topic: event_id topic -> training_event.event_id
    event_id topic
training_participant: event_id member_id -> training_event.event_id
    event_id member_id certificate_number certificate_sha256 certificate_name
working_group: id -> working_group
    id name topic
working_group_member: group_id member_id -> working_group.group_id
    group_id member_id
"""


def _audited(table_list: str) -> tuple[tuple[str, str, str, str], ...]:
    """(table, row key, record, columns) of each table in the list."""
    tables: list[tuple[str, str, str, str]] = []
    for line in table_list.strip().splitlines():
        if line.startswith(" "):
            table, key, record, columns = tables.pop()
            tables.append((table, key, record, f"{columns} {line.strip()}".strip()))
        else:
            head, record = line.split(" -> ")
            table, key = head.split(": ")
            tables.append((table, key, record, ""))
    return tuple(tables)


AUDITED = _audited(_TABLE_LIST)

# Written again by every save, or derived from other columns: an update of these alone logs nothing.
UNWATCHED = ("updated_at", "sort_name", "last_volume_kusd")

_LOG = (
    "INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new)"
    " SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',"
    " 'localtime') END"
)
_CONTEXT = "FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END"


def audit_triggers(
    table: str, key: str, record: str, columns: str, unwatched: tuple[str, ...], *, width: int = 94
) -> tuple[str, str, str]:
    """The insert, update and delete triggers of one table, as released in 0014.

    Step 0019 makes some again with it: this function is frozen with the step, never edited.
    The text is wrapped at ``width`` as each step was released (``sqlite_master`` keeps it).
    """
    names = columns.split()
    watched = [name for name in names if name not in unwatched]
    record_table, _, record_column = record.partition(".")

    def filed(row: str) -> str:
        row_key = " || '|' || ".join(f"{row}.{part}" for part in key.split())
        return f"'{table}', {row_key}, '{record_table}', {row}.{record_column or 'rowid'}"

    def whole(row: str) -> str:
        return "json_object(" + ", ".join(f"'{name}', {row}.{name}" for name in names) + ")"

    def changed(row: str) -> str:
        first, *rest = watched
        parts = [f"SELECT '{first}' AS k, {row}.{first} AS v WHERE OLD.{first} IS NOT NEW.{first}"]
        parts += [
            f"SELECT '{name}', {row}.{name} WHERE OLD.{name} IS NOT NEW.{name}" for name in rest
        ]
        return "(SELECT json_group_object(k, v) FROM (" + " UNION ALL ".join(parts) + "))"

    when = " OR ".join(f"OLD.{name} IS NOT NEW.{name}" for name in watched)
    create = f"CREATE TRIGGER audit_{table}"
    return (
        _laid_out(
            width,
            f"{create}_insert AFTER INSERT ON {table} BEGIN {_LOG}, {filed('NEW')},"
            f" 'insert', NULL, {whole('NEW')} {_CONTEXT}",
        ),
        _laid_out(
            width,
            f"{create}_update AFTER UPDATE ON {table} WHEN {when} BEGIN {_LOG}, {filed('NEW')},"
            f" 'update', {changed('OLD')}, {changed('NEW')} {_CONTEXT}",
        ),
        _laid_out(
            width,
            f"{create}_delete AFTER DELETE ON {table} BEGIN {_LOG}, {filed('OLD')},"
            f" 'delete', {whole('OLD')}, NULL {_CONTEXT}",
        ),
    )


def _laid_out(width: int, statement: str) -> str:
    """Wrapped as the released literal was: ``width`` columns, indented four spaces."""
    text = textwrap.fill(
        statement,
        width=width,
        initial_indent="    ",
        subsequent_indent="    ",
        break_long_words=False,
        break_on_hyphens=False,
    )
    return f"\n{text}\n    "


TRIGGERS = tuple(
    trigger
    for table, key, record, columns in AUDITED
    for trigger in audit_triggers(table, key, record, columns, UNWATCHED)
)


def migrate(db: sqlite_utils.Database) -> None:
    execute(db, *_TABLES, *TRIGGERS)
