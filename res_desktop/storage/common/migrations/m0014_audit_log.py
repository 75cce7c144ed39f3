"""Migration step 0014_audit_log, frozen as released (literal SQL: never edit it).

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
"""

from __future__ import annotations

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

_TRIGGERS = (
    """
    CREATE TRIGGER audit_activity_insert AFTER INSERT ON activity BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'activity',
    NEW.id, 'activity', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'kind', NEW.kind,
    'title', NEW.title, 'starts_on', NEW.starts_on, 'ends_on', NEW.ends_on, 'country',
    NEW.country, 'format', NEW.format, 'companies_count', NEW.companies_count,
    'contracts_count', NEW.contracts_count, 'contracts_kusd', NEW.contracts_kusd, 'link',
    NEW.link, 'notes', NEW.notes, 'contest_year', NEW.contest_year, 'created_at',
    NEW.created_at) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_activity_update AFTER UPDATE ON activity WHEN OLD.id IS NOT NEW.id OR
    OLD.kind IS NOT NEW.kind OR OLD.title IS NOT NEW.title OR OLD.starts_on IS NOT
    NEW.starts_on OR OLD.ends_on IS NOT NEW.ends_on OR OLD.country IS NOT NEW.country OR
    OLD.format IS NOT NEW.format OR OLD.companies_count IS NOT NEW.companies_count OR
    OLD.contracts_count IS NOT NEW.contracts_count OR OLD.contracts_kusd IS NOT
    NEW.contracts_kusd OR OLD.link IS NOT NEW.link OR OLD.notes IS NOT NEW.notes OR
    OLD.contest_year IS NOT NEW.contest_year OR OLD.created_at IS NOT NEW.created_at BEGIN
    INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new)
    SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'activity', NEW.id, 'activity', NEW.rowid, 'update', (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, OLD.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'kind', OLD.kind WHERE OLD.kind IS NOT NEW.kind UNION ALL SELECT 'title',
    OLD.title WHERE OLD.title IS NOT NEW.title UNION ALL SELECT 'starts_on', OLD.starts_on
    WHERE OLD.starts_on IS NOT NEW.starts_on UNION ALL SELECT 'ends_on', OLD.ends_on WHERE
    OLD.ends_on IS NOT NEW.ends_on UNION ALL SELECT 'country', OLD.country WHERE OLD.country
    IS NOT NEW.country UNION ALL SELECT 'format', OLD.format WHERE OLD.format IS NOT
    NEW.format UNION ALL SELECT 'companies_count', OLD.companies_count WHERE
    OLD.companies_count IS NOT NEW.companies_count UNION ALL SELECT 'contracts_count',
    OLD.contracts_count WHERE OLD.contracts_count IS NOT NEW.contracts_count UNION ALL SELECT
    'contracts_kusd', OLD.contracts_kusd WHERE OLD.contracts_kusd IS NOT NEW.contracts_kusd
    UNION ALL SELECT 'link', OLD.link WHERE OLD.link IS NOT NEW.link UNION ALL SELECT 'notes',
    OLD.notes WHERE OLD.notes IS NOT NEW.notes UNION ALL SELECT 'contest_year',
    OLD.contest_year WHERE OLD.contest_year IS NOT NEW.contest_year UNION ALL SELECT
    'created_at', OLD.created_at WHERE OLD.created_at IS NOT NEW.created_at)), (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'kind', NEW.kind WHERE OLD.kind IS NOT NEW.kind UNION ALL SELECT 'title',
    NEW.title WHERE OLD.title IS NOT NEW.title UNION ALL SELECT 'starts_on', NEW.starts_on
    WHERE OLD.starts_on IS NOT NEW.starts_on UNION ALL SELECT 'ends_on', NEW.ends_on WHERE
    OLD.ends_on IS NOT NEW.ends_on UNION ALL SELECT 'country', NEW.country WHERE OLD.country
    IS NOT NEW.country UNION ALL SELECT 'format', NEW.format WHERE OLD.format IS NOT
    NEW.format UNION ALL SELECT 'companies_count', NEW.companies_count WHERE
    OLD.companies_count IS NOT NEW.companies_count UNION ALL SELECT 'contracts_count',
    NEW.contracts_count WHERE OLD.contracts_count IS NOT NEW.contracts_count UNION ALL SELECT
    'contracts_kusd', NEW.contracts_kusd WHERE OLD.contracts_kusd IS NOT NEW.contracts_kusd
    UNION ALL SELECT 'link', NEW.link WHERE OLD.link IS NOT NEW.link UNION ALL SELECT 'notes',
    NEW.notes WHERE OLD.notes IS NOT NEW.notes UNION ALL SELECT 'contest_year',
    NEW.contest_year WHERE OLD.contest_year IS NOT NEW.contest_year UNION ALL SELECT
    'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at)) FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_activity_delete AFTER DELETE ON activity BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'activity',
    OLD.id, 'activity', OLD.rowid, 'delete', json_object('id', OLD.id, 'kind', OLD.kind,
    'title', OLD.title, 'starts_on', OLD.starts_on, 'ends_on', OLD.ends_on, 'country',
    OLD.country, 'format', OLD.format, 'companies_count', OLD.companies_count,
    'contracts_count', OLD.contracts_count, 'contracts_kusd', OLD.contracts_kusd, 'link',
    OLD.link, 'notes', OLD.notes, 'contest_year', OLD.contest_year, 'created_at',
    OLD.created_at), NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_activity_participant_insert AFTER INSERT ON activity_participant
    BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old,
    new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'activity_participant', NEW.activity_id || '|' || NEW.company_id,
    'activity', NEW.activity_id, 'insert', NULL, json_object('activity_id', NEW.activity_id,
    'company_id', NEW.company_id) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS
    c; END
    """,
    """
    CREATE TRIGGER audit_activity_participant_update AFTER UPDATE ON activity_participant WHEN
    OLD.activity_id IS NOT NEW.activity_id OR OLD.company_id IS NOT NEW.company_id BEGIN
    INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new)
    SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'activity_participant', NEW.activity_id || '|' || NEW.company_id,
    'activity', NEW.activity_id, 'update', (SELECT json_group_object(k, v) FROM (SELECT
    'activity_id' AS k, OLD.activity_id AS v WHERE OLD.activity_id IS NOT NEW.activity_id
    UNION ALL SELECT 'company_id', OLD.company_id WHERE OLD.company_id IS NOT
    NEW.company_id)), (SELECT json_group_object(k, v) FROM (SELECT 'activity_id' AS k,
    NEW.activity_id AS v WHERE OLD.activity_id IS NOT NEW.activity_id UNION ALL SELECT
    'company_id', NEW.company_id WHERE OLD.company_id IS NOT NEW.company_id)) FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_activity_participant_delete AFTER DELETE ON activity_participant
    BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old,
    new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'activity_participant', OLD.activity_id || '|' || OLD.company_id,
    'activity', OLD.activity_id, 'delete', json_object('activity_id', OLD.activity_id,
    'company_id', OLD.company_id), NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS
    txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_barrier_dispatch_insert AFTER INSERT ON barrier_dispatch BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'barrier_dispatch', NEW.id, 'barrier_dispatch', NEW.rowid, 'insert', NULL,
    json_object('id', NEW.id, 'year', NEW.year, 'sent_on', NEW.sent_on, 'outgoing_number',
    NEW.outgoing_number, 'recipient', NEW.recipient) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_barrier_dispatch_update AFTER UPDATE ON barrier_dispatch WHEN OLD.id
    IS NOT NEW.id OR OLD.year IS NOT NEW.year OR OLD.sent_on IS NOT NEW.sent_on OR
    OLD.outgoing_number IS NOT NEW.outgoing_number OR OLD.recipient IS NOT NEW.recipient BEGIN
    INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new)
    SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'barrier_dispatch', NEW.id, 'barrier_dispatch', NEW.rowid, 'update',
    (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD.id AS v WHERE OLD.id IS NOT
    NEW.id UNION ALL SELECT 'year', OLD.year WHERE OLD.year IS NOT NEW.year UNION ALL SELECT
    'sent_on', OLD.sent_on WHERE OLD.sent_on IS NOT NEW.sent_on UNION ALL SELECT
    'outgoing_number', OLD.outgoing_number WHERE OLD.outgoing_number IS NOT
    NEW.outgoing_number UNION ALL SELECT 'recipient', OLD.recipient WHERE OLD.recipient IS NOT
    NEW.recipient)), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE
    OLD.id IS NOT NEW.id UNION ALL SELECT 'year', NEW.year WHERE OLD.year IS NOT NEW.year
    UNION ALL SELECT 'sent_on', NEW.sent_on WHERE OLD.sent_on IS NOT NEW.sent_on UNION ALL
    SELECT 'outgoing_number', NEW.outgoing_number WHERE OLD.outgoing_number IS NOT
    NEW.outgoing_number UNION ALL SELECT 'recipient', NEW.recipient WHERE OLD.recipient IS NOT
    NEW.recipient)) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_barrier_dispatch_delete AFTER DELETE ON barrier_dispatch BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'barrier_dispatch', OLD.id, 'barrier_dispatch', OLD.rowid, 'delete', json_object('id',
    OLD.id, 'year', OLD.year, 'sent_on', OLD.sent_on, 'outgoing_number', OLD.outgoing_number,
    'recipient', OLD.recipient), NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS txn)
    AS c; END
    """,
    """
    CREATE TRIGGER audit_company_insert AFTER INSERT ON company BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'company',
    NEW.id, 'company', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'inn', NEW.inn,
    'ogrn', NEW.ogrn, 'full_name', NEW.full_name, 'short_name', NEW.short_name,
    'sme_category', NEW.sme_category, 'municipality', NEW.municipality, 'okved', NEW.okved,
    'industry', NEW.industry, 'status', NEW.status, 'export_stage', NEW.export_stage,
    'needs_text', NEW.needs_text, 'barriers_text', NEW.barriers_text, 'contact_person',
    NEW.contact_person, 'contact_phone', NEW.contact_phone, 'contact_email',
    NEW.contact_email, 'notes', NEW.notes, 'last_checked', NEW.last_checked, 'sort_name',
    NEW.sort_name, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at,
    'last_volume_kusd', NEW.last_volume_kusd) FROM (SELECT (SELECT txn_id FROM audit_context)
    AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_update AFTER UPDATE ON company WHEN OLD.id IS NOT NEW.id OR
    OLD.inn IS NOT NEW.inn OR OLD.ogrn IS NOT NEW.ogrn OR OLD.full_name IS NOT NEW.full_name
    OR OLD.short_name IS NOT NEW.short_name OR OLD.sme_category IS NOT NEW.sme_category OR
    OLD.municipality IS NOT NEW.municipality OR OLD.okved IS NOT NEW.okved OR OLD.industry IS
    NOT NEW.industry OR OLD.status IS NOT NEW.status OR OLD.export_stage IS NOT
    NEW.export_stage OR OLD.needs_text IS NOT NEW.needs_text OR OLD.barriers_text IS NOT
    NEW.barriers_text OR OLD.contact_person IS NOT NEW.contact_person OR OLD.contact_phone IS
    NOT NEW.contact_phone OR OLD.contact_email IS NOT NEW.contact_email OR OLD.notes IS NOT
    NEW.notes OR OLD.last_checked IS NOT NEW.last_checked OR OLD.created_at IS NOT
    NEW.created_at BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl,
    record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN
    strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'company', NEW.id, 'company',
    NEW.rowid, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD.id AS v
    WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'inn', OLD.inn WHERE OLD.inn IS NOT NEW.inn
    UNION ALL SELECT 'ogrn', OLD.ogrn WHERE OLD.ogrn IS NOT NEW.ogrn UNION ALL SELECT
    'full_name', OLD.full_name WHERE OLD.full_name IS NOT NEW.full_name UNION ALL SELECT
    'short_name', OLD.short_name WHERE OLD.short_name IS NOT NEW.short_name UNION ALL SELECT
    'sme_category', OLD.sme_category WHERE OLD.sme_category IS NOT NEW.sme_category UNION ALL
    SELECT 'municipality', OLD.municipality WHERE OLD.municipality IS NOT NEW.municipality
    UNION ALL SELECT 'okved', OLD.okved WHERE OLD.okved IS NOT NEW.okved UNION ALL SELECT
    'industry', OLD.industry WHERE OLD.industry IS NOT NEW.industry UNION ALL SELECT 'status',
    OLD.status WHERE OLD.status IS NOT NEW.status UNION ALL SELECT 'export_stage',
    OLD.export_stage WHERE OLD.export_stage IS NOT NEW.export_stage UNION ALL SELECT
    'needs_text', OLD.needs_text WHERE OLD.needs_text IS NOT NEW.needs_text UNION ALL SELECT
    'barriers_text', OLD.barriers_text WHERE OLD.barriers_text IS NOT NEW.barriers_text UNION
    ALL SELECT 'contact_person', OLD.contact_person WHERE OLD.contact_person IS NOT
    NEW.contact_person UNION ALL SELECT 'contact_phone', OLD.contact_phone WHERE
    OLD.contact_phone IS NOT NEW.contact_phone UNION ALL SELECT 'contact_email',
    OLD.contact_email WHERE OLD.contact_email IS NOT NEW.contact_email UNION ALL SELECT
    'notes', OLD.notes WHERE OLD.notes IS NOT NEW.notes UNION ALL SELECT 'last_checked',
    OLD.last_checked WHERE OLD.last_checked IS NOT NEW.last_checked UNION ALL SELECT
    'created_at', OLD.created_at WHERE OLD.created_at IS NOT NEW.created_at)), (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'inn', NEW.inn WHERE OLD.inn IS NOT NEW.inn UNION ALL SELECT 'ogrn',
    NEW.ogrn WHERE OLD.ogrn IS NOT NEW.ogrn UNION ALL SELECT 'full_name', NEW.full_name WHERE
    OLD.full_name IS NOT NEW.full_name UNION ALL SELECT 'short_name', NEW.short_name WHERE
    OLD.short_name IS NOT NEW.short_name UNION ALL SELECT 'sme_category', NEW.sme_category
    WHERE OLD.sme_category IS NOT NEW.sme_category UNION ALL SELECT 'municipality',
    NEW.municipality WHERE OLD.municipality IS NOT NEW.municipality UNION ALL SELECT 'okved',
    NEW.okved WHERE OLD.okved IS NOT NEW.okved UNION ALL SELECT 'industry', NEW.industry WHERE
    OLD.industry IS NOT NEW.industry UNION ALL SELECT 'status', NEW.status WHERE OLD.status IS
    NOT NEW.status UNION ALL SELECT 'export_stage', NEW.export_stage WHERE OLD.export_stage IS
    NOT NEW.export_stage UNION ALL SELECT 'needs_text', NEW.needs_text WHERE OLD.needs_text IS
    NOT NEW.needs_text UNION ALL SELECT 'barriers_text', NEW.barriers_text WHERE
    OLD.barriers_text IS NOT NEW.barriers_text UNION ALL SELECT 'contact_person',
    NEW.contact_person WHERE OLD.contact_person IS NOT NEW.contact_person UNION ALL SELECT
    'contact_phone', NEW.contact_phone WHERE OLD.contact_phone IS NOT NEW.contact_phone UNION
    ALL SELECT 'contact_email', NEW.contact_email WHERE OLD.contact_email IS NOT
    NEW.contact_email UNION ALL SELECT 'notes', NEW.notes WHERE OLD.notes IS NOT NEW.notes
    UNION ALL SELECT 'last_checked', NEW.last_checked WHERE OLD.last_checked IS NOT
    NEW.last_checked UNION ALL SELECT 'created_at', NEW.created_at WHERE OLD.created_at IS NOT
    NEW.created_at)) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_delete AFTER DELETE ON company BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'company',
    OLD.id, 'company', OLD.rowid, 'delete', json_object('id', OLD.id, 'inn', OLD.inn, 'ogrn',
    OLD.ogrn, 'full_name', OLD.full_name, 'short_name', OLD.short_name, 'sme_category',
    OLD.sme_category, 'municipality', OLD.municipality, 'okved', OLD.okved, 'industry',
    OLD.industry, 'status', OLD.status, 'export_stage', OLD.export_stage, 'needs_text',
    OLD.needs_text, 'barriers_text', OLD.barriers_text, 'contact_person', OLD.contact_person,
    'contact_phone', OLD.contact_phone, 'contact_email', OLD.contact_email, 'notes',
    OLD.notes, 'last_checked', OLD.last_checked, 'sort_name', OLD.sort_name, 'created_at',
    OLD.created_at, 'updated_at', OLD.updated_at, 'last_volume_kusd', OLD.last_volume_kusd),
    NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_barrier_insert AFTER INSERT ON company_barrier BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'company_barrier', NEW.company_id || '|' || NEW.barrier, 'company', NEW.company_id,
    'insert', NULL, json_object('company_id', NEW.company_id, 'barrier', NEW.barrier) FROM
    (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_barrier_update AFTER UPDATE ON company_barrier WHEN
    OLD.company_id IS NOT NEW.company_id OR OLD.barrier IS NOT NEW.barrier BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'company_barrier', NEW.company_id || '|' || NEW.barrier, 'company', NEW.company_id,
    'update', (SELECT json_group_object(k, v) FROM (SELECT 'company_id' AS k, OLD.company_id
    AS v WHERE OLD.company_id IS NOT NEW.company_id UNION ALL SELECT 'barrier', OLD.barrier
    WHERE OLD.barrier IS NOT NEW.barrier)), (SELECT json_group_object(k, v) FROM (SELECT
    'company_id' AS k, NEW.company_id AS v WHERE OLD.company_id IS NOT NEW.company_id UNION
    ALL SELECT 'barrier', NEW.barrier WHERE OLD.barrier IS NOT NEW.barrier)) FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_barrier_delete AFTER DELETE ON company_barrier BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'company_barrier', OLD.company_id || '|' || OLD.barrier, 'company', OLD.company_id,
    'delete', json_object('company_id', OLD.company_id, 'barrier', OLD.barrier), NULL FROM
    (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_country_insert AFTER INSERT ON company_country BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'company_country', NEW.company_id || '|' || NEW.country, 'company', NEW.company_id,
    'insert', NULL, json_object('company_id', NEW.company_id, 'country', NEW.country) FROM
    (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_country_update AFTER UPDATE ON company_country WHEN
    OLD.company_id IS NOT NEW.company_id OR OLD.country IS NOT NEW.country BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'company_country', NEW.company_id || '|' || NEW.country, 'company', NEW.company_id,
    'update', (SELECT json_group_object(k, v) FROM (SELECT 'company_id' AS k, OLD.company_id
    AS v WHERE OLD.company_id IS NOT NEW.company_id UNION ALL SELECT 'country', OLD.country
    WHERE OLD.country IS NOT NEW.country)), (SELECT json_group_object(k, v) FROM (SELECT
    'company_id' AS k, NEW.company_id AS v WHERE OLD.company_id IS NOT NEW.company_id UNION
    ALL SELECT 'country', NEW.country WHERE OLD.country IS NOT NEW.country)) FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_country_delete AFTER DELETE ON company_country BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'company_country', OLD.company_id || '|' || OLD.country, 'company', OLD.company_id,
    'delete', json_object('company_id', OLD.company_id, 'country', OLD.country), NULL FROM
    (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_export_volume_insert AFTER INSERT ON company_export_volume
    BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old,
    new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'company_export_volume', NEW.company_id || '|' || NEW.year, 'company',
    NEW.company_id, 'insert', NULL, json_object('company_id', NEW.company_id, 'year',
    NEW.year, 'volume_kusd', NEW.volume_kusd) FROM (SELECT (SELECT txn_id FROM audit_context)
    AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_export_volume_update AFTER UPDATE ON company_export_volume
    WHEN OLD.company_id IS NOT NEW.company_id OR OLD.year IS NOT NEW.year OR OLD.volume_kusd
    IS NOT NEW.volume_kusd BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl,
    record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN
    strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'company_export_volume',
    NEW.company_id || '|' || NEW.year, 'company', NEW.company_id, 'update', (SELECT
    json_group_object(k, v) FROM (SELECT 'company_id' AS k, OLD.company_id AS v WHERE
    OLD.company_id IS NOT NEW.company_id UNION ALL SELECT 'year', OLD.year WHERE OLD.year IS
    NOT NEW.year UNION ALL SELECT 'volume_kusd', OLD.volume_kusd WHERE OLD.volume_kusd IS NOT
    NEW.volume_kusd)), (SELECT json_group_object(k, v) FROM (SELECT 'company_id' AS k,
    NEW.company_id AS v WHERE OLD.company_id IS NOT NEW.company_id UNION ALL SELECT 'year',
    NEW.year WHERE OLD.year IS NOT NEW.year UNION ALL SELECT 'volume_kusd', NEW.volume_kusd
    WHERE OLD.volume_kusd IS NOT NEW.volume_kusd)) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_export_volume_delete AFTER DELETE ON company_export_volume
    BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old,
    new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'company_export_volume', OLD.company_id || '|' || OLD.year, 'company',
    OLD.company_id, 'delete', json_object('company_id', OLD.company_id, 'year', OLD.year,
    'volume_kusd', OLD.volume_kusd), NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS
    txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_merge_insert AFTER INSERT ON company_merge BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'company_merge', NEW.id, 'company', NEW.kept_id, 'insert', NULL, json_object('id', NEW.id,
    'kept_id', NEW.kept_id, 'removed_inn', NEW.removed_inn, 'removed_record',
    NEW.removed_record, 'merged_at', NEW.merged_at) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_merge_update AFTER UPDATE ON company_merge WHEN OLD.id IS NOT
    NEW.id OR OLD.kept_id IS NOT NEW.kept_id OR OLD.removed_inn IS NOT NEW.removed_inn OR
    OLD.removed_record IS NOT NEW.removed_record OR OLD.merged_at IS NOT NEW.merged_at BEGIN
    INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new)
    SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'company_merge', NEW.id, 'company', NEW.kept_id, 'update', (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, OLD.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'kept_id', OLD.kept_id WHERE OLD.kept_id IS NOT NEW.kept_id UNION ALL
    SELECT 'removed_inn', OLD.removed_inn WHERE OLD.removed_inn IS NOT NEW.removed_inn UNION
    ALL SELECT 'removed_record', OLD.removed_record WHERE OLD.removed_record IS NOT
    NEW.removed_record UNION ALL SELECT 'merged_at', OLD.merged_at WHERE OLD.merged_at IS NOT
    NEW.merged_at)), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE
    OLD.id IS NOT NEW.id UNION ALL SELECT 'kept_id', NEW.kept_id WHERE OLD.kept_id IS NOT
    NEW.kept_id UNION ALL SELECT 'removed_inn', NEW.removed_inn WHERE OLD.removed_inn IS NOT
    NEW.removed_inn UNION ALL SELECT 'removed_record', NEW.removed_record WHERE
    OLD.removed_record IS NOT NEW.removed_record UNION ALL SELECT 'merged_at', NEW.merged_at
    WHERE OLD.merged_at IS NOT NEW.merged_at)) FROM (SELECT (SELECT txn_id FROM audit_context)
    AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_merge_delete AFTER DELETE ON company_merge BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'company_merge', OLD.id, 'company', OLD.kept_id, 'delete', json_object('id', OLD.id,
    'kept_id', OLD.kept_id, 'removed_inn', OLD.removed_inn, 'removed_record',
    OLD.removed_record, 'merged_at', OLD.merged_at), NULL FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_need_insert AFTER INSERT ON company_need BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'company_need', NEW.company_id || '|' || NEW.need, 'company', NEW.company_id, 'insert',
    NULL, json_object('company_id', NEW.company_id, 'need', NEW.need) FROM (SELECT (SELECT
    txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_need_update AFTER UPDATE ON company_need WHEN OLD.company_id
    IS NOT NEW.company_id OR OLD.need IS NOT NEW.need BEGIN INSERT INTO audit_log (txn_id, at,
    tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS NULL
    THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'company_need', NEW.company_id
    || '|' || NEW.need, 'company', NEW.company_id, 'update', (SELECT json_group_object(k, v)
    FROM (SELECT 'company_id' AS k, OLD.company_id AS v WHERE OLD.company_id IS NOT
    NEW.company_id UNION ALL SELECT 'need', OLD.need WHERE OLD.need IS NOT NEW.need)), (SELECT
    json_group_object(k, v) FROM (SELECT 'company_id' AS k, NEW.company_id AS v WHERE
    OLD.company_id IS NOT NEW.company_id UNION ALL SELECT 'need', NEW.need WHERE OLD.need IS
    NOT NEW.need)) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_need_delete AFTER DELETE ON company_need BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'company_need', OLD.company_id || '|' || OLD.need, 'company', OLD.company_id, 'delete',
    json_object('company_id', OLD.company_id, 'need', OLD.need), NULL FROM (SELECT (SELECT
    txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_product_insert AFTER INSERT ON company_product BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'company_product', NEW.company_id || '|' || NEW.tnved, 'company', NEW.company_id,
    'insert', NULL, json_object('company_id', NEW.company_id, 'tnved', NEW.tnved, 'name',
    NEW.name) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_product_update AFTER UPDATE ON company_product WHEN
    OLD.company_id IS NOT NEW.company_id OR OLD.tnved IS NOT NEW.tnved OR OLD.name IS NOT
    NEW.name BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op,
    old, new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'company_product', NEW.company_id || '|' || NEW.tnved, 'company',
    NEW.company_id, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'company_id' AS k,
    OLD.company_id AS v WHERE OLD.company_id IS NOT NEW.company_id UNION ALL SELECT 'tnved',
    OLD.tnved WHERE OLD.tnved IS NOT NEW.tnved UNION ALL SELECT 'name', OLD.name WHERE
    OLD.name IS NOT NEW.name)), (SELECT json_group_object(k, v) FROM (SELECT 'company_id' AS
    k, NEW.company_id AS v WHERE OLD.company_id IS NOT NEW.company_id UNION ALL SELECT
    'tnved', NEW.tnved WHERE OLD.tnved IS NOT NEW.tnved UNION ALL SELECT 'name', NEW.name
    WHERE OLD.name IS NOT NEW.name)) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn)
    AS c; END
    """,
    """
    CREATE TRIGGER audit_company_product_delete AFTER DELETE ON company_product BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'company_product', OLD.company_id || '|' || OLD.tnved, 'company', OLD.company_id,
    'delete', json_object('company_id', OLD.company_id, 'tnved', OLD.tnved, 'name', OLD.name),
    NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_source_insert AFTER INSERT ON company_source BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'company_source', NEW.company_id || '|' || NEW.source, 'company', NEW.company_id,
    'insert', NULL, json_object('company_id', NEW.company_id, 'source', NEW.source, 'as_of',
    NEW.as_of) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_source_update AFTER UPDATE ON company_source WHEN
    OLD.company_id IS NOT NEW.company_id OR OLD.source IS NOT NEW.source OR OLD.as_of IS NOT
    NEW.as_of BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id,
    op, old, new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S',
    'now', 'localtime') END, 'company_source', NEW.company_id || '|' || NEW.source, 'company',
    NEW.company_id, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'company_id' AS k,
    OLD.company_id AS v WHERE OLD.company_id IS NOT NEW.company_id UNION ALL SELECT 'source',
    OLD.source WHERE OLD.source IS NOT NEW.source UNION ALL SELECT 'as_of', OLD.as_of WHERE
    OLD.as_of IS NOT NEW.as_of)), (SELECT json_group_object(k, v) FROM (SELECT 'company_id' AS
    k, NEW.company_id AS v WHERE OLD.company_id IS NOT NEW.company_id UNION ALL SELECT
    'source', NEW.source WHERE OLD.source IS NOT NEW.source UNION ALL SELECT 'as_of',
    NEW.as_of WHERE OLD.as_of IS NOT NEW.as_of)) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_source_delete AFTER DELETE ON company_source BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'company_source', OLD.company_id || '|' || OLD.source, 'company', OLD.company_id,
    'delete', json_object('company_id', OLD.company_id, 'source', OLD.source, 'as_of',
    OLD.as_of), NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_council_insert AFTER INSERT ON council BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'council',
    NEW.id, 'council', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'name', NEW.name,
    'regulation_act_type', NEW.regulation_act_type, 'regulation_number',
    NEW.regulation_number, 'regulation_date', NEW.regulation_date, 'regulation_approved_by',
    NEW.regulation_approved_by, 'chair_name', NEW.chair_name, 'chair_position',
    NEW.chair_position, 'deputy_chair_name', NEW.deputy_chair_name,
    'deputy_chair_organisation', NEW.deputy_chair_organisation, 'founding_meeting_id',
    NEW.founding_meeting_id, 'updated_at', NEW.updated_at) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_council_update AFTER UPDATE ON council WHEN OLD.id IS NOT NEW.id OR
    OLD.name IS NOT NEW.name OR OLD.regulation_act_type IS NOT NEW.regulation_act_type OR
    OLD.regulation_number IS NOT NEW.regulation_number OR OLD.regulation_date IS NOT
    NEW.regulation_date OR OLD.regulation_approved_by IS NOT NEW.regulation_approved_by OR
    OLD.chair_name IS NOT NEW.chair_name OR OLD.chair_position IS NOT NEW.chair_position OR
    OLD.deputy_chair_name IS NOT NEW.deputy_chair_name OR OLD.deputy_chair_organisation IS NOT
    NEW.deputy_chair_organisation OR OLD.founding_meeting_id IS NOT NEW.founding_meeting_id
    BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old,
    new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'council', NEW.id, 'council', NEW.rowid, 'update', (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, OLD.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'name', OLD.name WHERE OLD.name IS NOT NEW.name UNION ALL SELECT
    'regulation_act_type', OLD.regulation_act_type WHERE OLD.regulation_act_type IS NOT
    NEW.regulation_act_type UNION ALL SELECT 'regulation_number', OLD.regulation_number WHERE
    OLD.regulation_number IS NOT NEW.regulation_number UNION ALL SELECT 'regulation_date',
    OLD.regulation_date WHERE OLD.regulation_date IS NOT NEW.regulation_date UNION ALL SELECT
    'regulation_approved_by', OLD.regulation_approved_by WHERE OLD.regulation_approved_by IS
    NOT NEW.regulation_approved_by UNION ALL SELECT 'chair_name', OLD.chair_name WHERE
    OLD.chair_name IS NOT NEW.chair_name UNION ALL SELECT 'chair_position', OLD.chair_position
    WHERE OLD.chair_position IS NOT NEW.chair_position UNION ALL SELECT 'deputy_chair_name',
    OLD.deputy_chair_name WHERE OLD.deputy_chair_name IS NOT NEW.deputy_chair_name UNION ALL
    SELECT 'deputy_chair_organisation', OLD.deputy_chair_organisation WHERE
    OLD.deputy_chair_organisation IS NOT NEW.deputy_chair_organisation UNION ALL SELECT
    'founding_meeting_id', OLD.founding_meeting_id WHERE OLD.founding_meeting_id IS NOT
    NEW.founding_meeting_id)), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id
    AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'name', NEW.name WHERE OLD.name IS NOT
    NEW.name UNION ALL SELECT 'regulation_act_type', NEW.regulation_act_type WHERE
    OLD.regulation_act_type IS NOT NEW.regulation_act_type UNION ALL SELECT
    'regulation_number', NEW.regulation_number WHERE OLD.regulation_number IS NOT
    NEW.regulation_number UNION ALL SELECT 'regulation_date', NEW.regulation_date WHERE
    OLD.regulation_date IS NOT NEW.regulation_date UNION ALL SELECT 'regulation_approved_by',
    NEW.regulation_approved_by WHERE OLD.regulation_approved_by IS NOT
    NEW.regulation_approved_by UNION ALL SELECT 'chair_name', NEW.chair_name WHERE
    OLD.chair_name IS NOT NEW.chair_name UNION ALL SELECT 'chair_position', NEW.chair_position
    WHERE OLD.chair_position IS NOT NEW.chair_position UNION ALL SELECT 'deputy_chair_name',
    NEW.deputy_chair_name WHERE OLD.deputy_chair_name IS NOT NEW.deputy_chair_name UNION ALL
    SELECT 'deputy_chair_organisation', NEW.deputy_chair_organisation WHERE
    OLD.deputy_chair_organisation IS NOT NEW.deputy_chair_organisation UNION ALL SELECT
    'founding_meeting_id', NEW.founding_meeting_id WHERE OLD.founding_meeting_id IS NOT
    NEW.founding_meeting_id)) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c;
    END
    """,
    """
    CREATE TRIGGER audit_council_delete AFTER DELETE ON council BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'council',
    OLD.id, 'council', OLD.rowid, 'delete', json_object('id', OLD.id, 'name', OLD.name,
    'regulation_act_type', OLD.regulation_act_type, 'regulation_number',
    OLD.regulation_number, 'regulation_date', OLD.regulation_date, 'regulation_approved_by',
    OLD.regulation_approved_by, 'chair_name', OLD.chair_name, 'chair_position',
    OLD.chair_position, 'deputy_chair_name', OLD.deputy_chair_name,
    'deputy_chair_organisation', OLD.deputy_chair_organisation, 'founding_meeting_id',
    OLD.founding_meeting_id, 'updated_at', OLD.updated_at), NULL FROM (SELECT (SELECT txn_id
    FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_council_member_insert AFTER INSERT ON council_member BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'council_member', NEW.id, 'council_member', NEW.rowid, 'insert', NULL, json_object('id',
    NEW.id, 'name', NEW.name, 'category', NEW.category, 'organisation', NEW.organisation,
    'position', NEW.position, 'joined_on', NEW.joined_on, 'left_on', NEW.left_on) FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_council_member_update AFTER UPDATE ON council_member WHEN OLD.id IS
    NOT NEW.id OR OLD.name IS NOT NEW.name OR OLD.category IS NOT NEW.category OR
    OLD.organisation IS NOT NEW.organisation OR OLD.position IS NOT NEW.position OR
    OLD.joined_on IS NOT NEW.joined_on OR OLD.left_on IS NOT NEW.left_on BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'council_member', NEW.id, 'council_member', NEW.rowid, 'update', (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, OLD.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'name', OLD.name WHERE OLD.name IS NOT NEW.name UNION ALL SELECT
    'category', OLD.category WHERE OLD.category IS NOT NEW.category UNION ALL SELECT
    'organisation', OLD.organisation WHERE OLD.organisation IS NOT NEW.organisation UNION ALL
    SELECT 'position', OLD.position WHERE OLD.position IS NOT NEW.position UNION ALL SELECT
    'joined_on', OLD.joined_on WHERE OLD.joined_on IS NOT NEW.joined_on UNION ALL SELECT
    'left_on', OLD.left_on WHERE OLD.left_on IS NOT NEW.left_on)), (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'name', NEW.name WHERE OLD.name IS NOT NEW.name UNION ALL SELECT
    'category', NEW.category WHERE OLD.category IS NOT NEW.category UNION ALL SELECT
    'organisation', NEW.organisation WHERE OLD.organisation IS NOT NEW.organisation UNION ALL
    SELECT 'position', NEW.position WHERE OLD.position IS NOT NEW.position UNION ALL SELECT
    'joined_on', NEW.joined_on WHERE OLD.joined_on IS NOT NEW.joined_on UNION ALL SELECT
    'left_on', NEW.left_on WHERE OLD.left_on IS NOT NEW.left_on)) FROM (SELECT (SELECT txn_id
    FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_council_member_delete AFTER DELETE ON council_member BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'council_member', OLD.id, 'council_member', OLD.rowid, 'delete', json_object('id', OLD.id,
    'name', OLD.name, 'category', OLD.category, 'organisation', OLD.organisation, 'position',
    OLD.position, 'joined_on', OLD.joined_on, 'left_on', OLD.left_on), NULL FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_cpe_kpi_insert AFTER INSERT ON cpe_kpi BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'cpe_kpi',
    NEW.id, 'cpe_kpi', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'year', NEW.year,
    'plan_supported', NEW.plan_supported, 'fact_supported', NEW.fact_supported,
    'plan_contracts', NEW.plan_contracts, 'fact_contracts', NEW.fact_contracts,
    'plan_volume_kusd', NEW.plan_volume_kusd, 'fact_volume_kusd', NEW.fact_volume_kusd,
    'approved_on', NEW.approved_on, 'reported_on', NEW.reported_on) FROM (SELECT (SELECT
    txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_cpe_kpi_update AFTER UPDATE ON cpe_kpi WHEN OLD.id IS NOT NEW.id OR
    OLD.year IS NOT NEW.year OR OLD.plan_supported IS NOT NEW.plan_supported OR
    OLD.fact_supported IS NOT NEW.fact_supported OR OLD.plan_contracts IS NOT
    NEW.plan_contracts OR OLD.fact_contracts IS NOT NEW.fact_contracts OR OLD.plan_volume_kusd
    IS NOT NEW.plan_volume_kusd OR OLD.fact_volume_kusd IS NOT NEW.fact_volume_kusd OR
    OLD.approved_on IS NOT NEW.approved_on OR OLD.reported_on IS NOT NEW.reported_on BEGIN
    INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new)
    SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'cpe_kpi', NEW.id, 'cpe_kpi', NEW.rowid, 'update', (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, OLD.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'year', OLD.year WHERE OLD.year IS NOT NEW.year UNION ALL SELECT
    'plan_supported', OLD.plan_supported WHERE OLD.plan_supported IS NOT NEW.plan_supported
    UNION ALL SELECT 'fact_supported', OLD.fact_supported WHERE OLD.fact_supported IS NOT
    NEW.fact_supported UNION ALL SELECT 'plan_contracts', OLD.plan_contracts WHERE
    OLD.plan_contracts IS NOT NEW.plan_contracts UNION ALL SELECT 'fact_contracts',
    OLD.fact_contracts WHERE OLD.fact_contracts IS NOT NEW.fact_contracts UNION ALL SELECT
    'plan_volume_kusd', OLD.plan_volume_kusd WHERE OLD.plan_volume_kusd IS NOT
    NEW.plan_volume_kusd UNION ALL SELECT 'fact_volume_kusd', OLD.fact_volume_kusd WHERE
    OLD.fact_volume_kusd IS NOT NEW.fact_volume_kusd UNION ALL SELECT 'approved_on',
    OLD.approved_on WHERE OLD.approved_on IS NOT NEW.approved_on UNION ALL SELECT
    'reported_on', OLD.reported_on WHERE OLD.reported_on IS NOT NEW.reported_on)), (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'year', NEW.year WHERE OLD.year IS NOT NEW.year UNION ALL SELECT
    'plan_supported', NEW.plan_supported WHERE OLD.plan_supported IS NOT NEW.plan_supported
    UNION ALL SELECT 'fact_supported', NEW.fact_supported WHERE OLD.fact_supported IS NOT
    NEW.fact_supported UNION ALL SELECT 'plan_contracts', NEW.plan_contracts WHERE
    OLD.plan_contracts IS NOT NEW.plan_contracts UNION ALL SELECT 'fact_contracts',
    NEW.fact_contracts WHERE OLD.fact_contracts IS NOT NEW.fact_contracts UNION ALL SELECT
    'plan_volume_kusd', NEW.plan_volume_kusd WHERE OLD.plan_volume_kusd IS NOT
    NEW.plan_volume_kusd UNION ALL SELECT 'fact_volume_kusd', NEW.fact_volume_kusd WHERE
    OLD.fact_volume_kusd IS NOT NEW.fact_volume_kusd UNION ALL SELECT 'approved_on',
    NEW.approved_on WHERE OLD.approved_on IS NOT NEW.approved_on UNION ALL SELECT
    'reported_on', NEW.reported_on WHERE OLD.reported_on IS NOT NEW.reported_on)) FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_cpe_kpi_delete AFTER DELETE ON cpe_kpi BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'cpe_kpi',
    OLD.id, 'cpe_kpi', OLD.rowid, 'delete', json_object('id', OLD.id, 'year', OLD.year,
    'plan_supported', OLD.plan_supported, 'fact_supported', OLD.fact_supported,
    'plan_contracts', OLD.plan_contracts, 'fact_contracts', OLD.fact_contracts,
    'plan_volume_kusd', OLD.plan_volume_kusd, 'fact_volume_kusd', OLD.fact_volume_kusd,
    'approved_on', OLD.approved_on, 'reported_on', OLD.reported_on), NULL FROM (SELECT (SELECT
    txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_decision_insert AFTER INSERT ON decision BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'decision',
    NEW.id, 'meeting', NEW.meeting_id, 'insert', NULL, json_object('id', NEW.id, 'meeting_id',
    NEW.meeting_id, 'text', NEW.text, 'responsible', NEW.responsible, 'due_date',
    NEW.due_date, 'done_on', NEW.done_on, 'agenda_item', NEW.agenda_item, 'position',
    NEW.position) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_decision_update AFTER UPDATE ON decision WHEN OLD.id IS NOT NEW.id OR
    OLD.meeting_id IS NOT NEW.meeting_id OR OLD.text IS NOT NEW.text OR OLD.responsible IS NOT
    NEW.responsible OR OLD.due_date IS NOT NEW.due_date OR OLD.done_on IS NOT NEW.done_on OR
    OLD.agenda_item IS NOT NEW.agenda_item OR OLD.position IS NOT NEW.position BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'decision', NEW.id, 'meeting', NEW.meeting_id, 'update', (SELECT json_group_object(k, v)
    FROM (SELECT 'id' AS k, OLD.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT
    'meeting_id', OLD.meeting_id WHERE OLD.meeting_id IS NOT NEW.meeting_id UNION ALL SELECT
    'text', OLD.text WHERE OLD.text IS NOT NEW.text UNION ALL SELECT 'responsible',
    OLD.responsible WHERE OLD.responsible IS NOT NEW.responsible UNION ALL SELECT 'due_date',
    OLD.due_date WHERE OLD.due_date IS NOT NEW.due_date UNION ALL SELECT 'done_on',
    OLD.done_on WHERE OLD.done_on IS NOT NEW.done_on UNION ALL SELECT 'agenda_item',
    OLD.agenda_item WHERE OLD.agenda_item IS NOT NEW.agenda_item UNION ALL SELECT 'position',
    OLD.position WHERE OLD.position IS NOT NEW.position)), (SELECT json_group_object(k, v)
    FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT
    'meeting_id', NEW.meeting_id WHERE OLD.meeting_id IS NOT NEW.meeting_id UNION ALL SELECT
    'text', NEW.text WHERE OLD.text IS NOT NEW.text UNION ALL SELECT 'responsible',
    NEW.responsible WHERE OLD.responsible IS NOT NEW.responsible UNION ALL SELECT 'due_date',
    NEW.due_date WHERE OLD.due_date IS NOT NEW.due_date UNION ALL SELECT 'done_on',
    NEW.done_on WHERE OLD.done_on IS NOT NEW.done_on UNION ALL SELECT 'agenda_item',
    NEW.agenda_item WHERE OLD.agenda_item IS NOT NEW.agenda_item UNION ALL SELECT 'position',
    NEW.position WHERE OLD.position IS NOT NEW.position)) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_decision_delete AFTER DELETE ON decision BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'decision',
    OLD.id, 'meeting', OLD.meeting_id, 'delete', json_object('id', OLD.id, 'meeting_id',
    OLD.meeting_id, 'text', OLD.text, 'responsible', OLD.responsible, 'due_date',
    OLD.due_date, 'done_on', OLD.done_on, 'agenda_item', OLD.agenda_item, 'position',
    OLD.position), NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_evidence_insert AFTER INSERT ON evidence BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'evidence',
    NEW.id, 'item_state', NEW.state_id, 'insert', NULL, json_object('id', NEW.id, 'state_id',
    NEW.state_id, 'kind', NEW.kind, 'doc_type', NEW.doc_type, 'number', NEW.number,
    'doc_date', NEW.doc_date, 'issuer', NEW.issuer, 'title', NEW.title, 'url', NEW.url,
    'file_sha256', NEW.file_sha256, 'file_name', NEW.file_name, 'file_size', NEW.file_size,
    'added_at', NEW.added_at) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c;
    END
    """,
    """
    CREATE TRIGGER audit_evidence_update AFTER UPDATE ON evidence WHEN OLD.id IS NOT NEW.id OR
    OLD.state_id IS NOT NEW.state_id OR OLD.kind IS NOT NEW.kind OR OLD.doc_type IS NOT
    NEW.doc_type OR OLD.number IS NOT NEW.number OR OLD.doc_date IS NOT NEW.doc_date OR
    OLD.issuer IS NOT NEW.issuer OR OLD.title IS NOT NEW.title OR OLD.url IS NOT NEW.url OR
    OLD.file_sha256 IS NOT NEW.file_sha256 OR OLD.file_name IS NOT NEW.file_name OR
    OLD.file_size IS NOT NEW.file_size OR OLD.added_at IS NOT NEW.added_at BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'evidence', NEW.id, 'item_state', NEW.state_id, 'update', (SELECT json_group_object(k, v)
    FROM (SELECT 'id' AS k, OLD.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT
    'state_id', OLD.state_id WHERE OLD.state_id IS NOT NEW.state_id UNION ALL SELECT 'kind',
    OLD.kind WHERE OLD.kind IS NOT NEW.kind UNION ALL SELECT 'doc_type', OLD.doc_type WHERE
    OLD.doc_type IS NOT NEW.doc_type UNION ALL SELECT 'number', OLD.number WHERE OLD.number IS
    NOT NEW.number UNION ALL SELECT 'doc_date', OLD.doc_date WHERE OLD.doc_date IS NOT
    NEW.doc_date UNION ALL SELECT 'issuer', OLD.issuer WHERE OLD.issuer IS NOT NEW.issuer
    UNION ALL SELECT 'title', OLD.title WHERE OLD.title IS NOT NEW.title UNION ALL SELECT
    'url', OLD.url WHERE OLD.url IS NOT NEW.url UNION ALL SELECT 'file_sha256',
    OLD.file_sha256 WHERE OLD.file_sha256 IS NOT NEW.file_sha256 UNION ALL SELECT 'file_name',
    OLD.file_name WHERE OLD.file_name IS NOT NEW.file_name UNION ALL SELECT 'file_size',
    OLD.file_size WHERE OLD.file_size IS NOT NEW.file_size UNION ALL SELECT 'added_at',
    OLD.added_at WHERE OLD.added_at IS NOT NEW.added_at)), (SELECT json_group_object(k, v)
    FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT
    'state_id', NEW.state_id WHERE OLD.state_id IS NOT NEW.state_id UNION ALL SELECT 'kind',
    NEW.kind WHERE OLD.kind IS NOT NEW.kind UNION ALL SELECT 'doc_type', NEW.doc_type WHERE
    OLD.doc_type IS NOT NEW.doc_type UNION ALL SELECT 'number', NEW.number WHERE OLD.number IS
    NOT NEW.number UNION ALL SELECT 'doc_date', NEW.doc_date WHERE OLD.doc_date IS NOT
    NEW.doc_date UNION ALL SELECT 'issuer', NEW.issuer WHERE OLD.issuer IS NOT NEW.issuer
    UNION ALL SELECT 'title', NEW.title WHERE OLD.title IS NOT NEW.title UNION ALL SELECT
    'url', NEW.url WHERE OLD.url IS NOT NEW.url UNION ALL SELECT 'file_sha256',
    NEW.file_sha256 WHERE OLD.file_sha256 IS NOT NEW.file_sha256 UNION ALL SELECT 'file_name',
    NEW.file_name WHERE OLD.file_name IS NOT NEW.file_name UNION ALL SELECT 'file_size',
    NEW.file_size WHERE OLD.file_size IS NOT NEW.file_size UNION ALL SELECT 'added_at',
    NEW.added_at WHERE OLD.added_at IS NOT NEW.added_at)) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_evidence_delete AFTER DELETE ON evidence BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'evidence',
    OLD.id, 'item_state', OLD.state_id, 'delete', json_object('id', OLD.id, 'state_id',
    OLD.state_id, 'kind', OLD.kind, 'doc_type', OLD.doc_type, 'number', OLD.number,
    'doc_date', OLD.doc_date, 'issuer', OLD.issuer, 'title', OLD.title, 'url', OLD.url,
    'file_sha256', OLD.file_sha256, 'file_name', OLD.file_name, 'file_size', OLD.file_size,
    'added_at', OLD.added_at), NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS
    c; END
    """,
    """
    CREATE TRIGGER audit_export_website_insert AFTER INSERT ON export_website BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'export_website', NEW.id, 'export_website', NEW.rowid, 'insert', NULL, json_object('id',
    NEW.id, 'url', NEW.url, 'updated_on', NEW.updated_on) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_export_website_update AFTER UPDATE ON export_website WHEN OLD.id IS
    NOT NEW.id OR OLD.url IS NOT NEW.url OR OLD.updated_on IS NOT NEW.updated_on BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'export_website', NEW.id, 'export_website', NEW.rowid, 'update', (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, OLD.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'url', OLD.url WHERE OLD.url IS NOT NEW.url UNION ALL SELECT
    'updated_on', OLD.updated_on WHERE OLD.updated_on IS NOT NEW.updated_on)), (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'url', NEW.url WHERE OLD.url IS NOT NEW.url UNION ALL SELECT
    'updated_on', NEW.updated_on WHERE OLD.updated_on IS NOT NEW.updated_on)) FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_export_website_delete AFTER DELETE ON export_website BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'export_website', OLD.id, 'export_website', OLD.rowid, 'delete', json_object('id', OLD.id,
    'url', OLD.url, 'updated_on', OLD.updated_on), NULL FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_export_website_topic_insert AFTER INSERT ON export_website_topic
    BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old,
    new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'export_website_topic', NEW.topic, 'export_website_topic', NEW.rowid,
    'insert', NULL, json_object('topic', NEW.topic, 'url', NEW.url) FROM (SELECT (SELECT
    txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_export_website_topic_update AFTER UPDATE ON export_website_topic WHEN
    OLD.topic IS NOT NEW.topic OR OLD.url IS NOT NEW.url BEGIN INSERT INTO audit_log (txn_id,
    at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS
    NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'export_website_topic',
    NEW.topic, 'export_website_topic', NEW.rowid, 'update', (SELECT json_group_object(k, v)
    FROM (SELECT 'topic' AS k, OLD.topic AS v WHERE OLD.topic IS NOT NEW.topic UNION ALL
    SELECT 'url', OLD.url WHERE OLD.url IS NOT NEW.url)), (SELECT json_group_object(k, v) FROM
    (SELECT 'topic' AS k, NEW.topic AS v WHERE OLD.topic IS NOT NEW.topic UNION ALL SELECT
    'url', NEW.url WHERE OLD.url IS NOT NEW.url)) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_export_website_topic_delete AFTER DELETE ON export_website_topic
    BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old,
    new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'export_website_topic', OLD.topic, 'export_website_topic', OLD.rowid,
    'delete', json_object('topic', OLD.topic, 'url', OLD.url), NULL FROM (SELECT (SELECT
    txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_federal_body_insert AFTER INSERT ON federal_body BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'federal_body', NEW.name, 'federal_body', NEW.rowid, 'insert', NULL, json_object('name',
    NEW.name, 'position', NEW.position) FROM (SELECT (SELECT txn_id FROM audit_context) AS
    txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_federal_body_update AFTER UPDATE ON federal_body WHEN OLD.name IS NOT
    NEW.name OR OLD.position IS NOT NEW.position BEGIN INSERT INTO audit_log (txn_id, at, tbl,
    row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN
    strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'federal_body', NEW.name,
    'federal_body', NEW.rowid, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'name'
    AS k, OLD.name AS v WHERE OLD.name IS NOT NEW.name UNION ALL SELECT 'position',
    OLD.position WHERE OLD.position IS NOT NEW.position)), (SELECT json_group_object(k, v)
    FROM (SELECT 'name' AS k, NEW.name AS v WHERE OLD.name IS NOT NEW.name UNION ALL SELECT
    'position', NEW.position WHERE OLD.position IS NOT NEW.position)) FROM (SELECT (SELECT
    txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_federal_body_delete AFTER DELETE ON federal_body BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'federal_body', OLD.name, 'federal_body', OLD.rowid, 'delete', json_object('name',
    OLD.name, 'position', OLD.position), NULL FROM (SELECT (SELECT txn_id FROM audit_context)
    AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_foreign_agreement_insert AFTER INSERT ON foreign_agreement BEGIN
    INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new)
    SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'foreign_agreement', NEW.id, 'foreign_agreement', NEW.rowid, 'insert',
    NULL, json_object('id', NEW.id, 'partner', NEW.partner, 'country_code', NEW.country_code,
    'signed_on', NEW.signed_on, 'title', NEW.title) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_foreign_agreement_update AFTER UPDATE ON foreign_agreement WHEN
    OLD.id IS NOT NEW.id OR OLD.partner IS NOT NEW.partner OR OLD.country_code IS NOT
    NEW.country_code OR OLD.signed_on IS NOT NEW.signed_on OR OLD.title IS NOT NEW.title BEGIN
    INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new)
    SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'foreign_agreement', NEW.id, 'foreign_agreement', NEW.rowid, 'update',
    (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD.id AS v WHERE OLD.id IS NOT
    NEW.id UNION ALL SELECT 'partner', OLD.partner WHERE OLD.partner IS NOT NEW.partner UNION
    ALL SELECT 'country_code', OLD.country_code WHERE OLD.country_code IS NOT NEW.country_code
    UNION ALL SELECT 'signed_on', OLD.signed_on WHERE OLD.signed_on IS NOT NEW.signed_on UNION
    ALL SELECT 'title', OLD.title WHERE OLD.title IS NOT NEW.title)), (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'partner', NEW.partner WHERE OLD.partner IS NOT NEW.partner UNION ALL
    SELECT 'country_code', NEW.country_code WHERE OLD.country_code IS NOT NEW.country_code
    UNION ALL SELECT 'signed_on', NEW.signed_on WHERE OLD.signed_on IS NOT NEW.signed_on UNION
    ALL SELECT 'title', NEW.title WHERE OLD.title IS NOT NEW.title)) FROM (SELECT (SELECT
    txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_foreign_agreement_delete AFTER DELETE ON foreign_agreement BEGIN
    INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new)
    SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'foreign_agreement', OLD.id, 'foreign_agreement', OLD.rowid, 'delete',
    json_object('id', OLD.id, 'partner', OLD.partner, 'country_code', OLD.country_code,
    'signed_on', OLD.signed_on, 'title', OLD.title), NULL FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_import_batch_insert AFTER INSERT ON import_batch BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'import_batch', NEW.id, 'import_batch', NEW.rowid, 'insert', NULL, json_object('id',
    NEW.id, 'file_name', NEW.file_name, 'imported_at', NEW.imported_at, 'added', NEW.added,
    'updated', NEW.updated, 'rejected', NEW.rejected, 'undone_at', NEW.undone_at) FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_import_batch_update AFTER UPDATE ON import_batch WHEN OLD.id IS NOT
    NEW.id OR OLD.file_name IS NOT NEW.file_name OR OLD.imported_at IS NOT NEW.imported_at OR
    OLD.added IS NOT NEW.added OR OLD.updated IS NOT NEW.updated OR OLD.rejected IS NOT
    NEW.rejected OR OLD.undone_at IS NOT NEW.undone_at BEGIN INSERT INTO audit_log (txn_id,
    at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS
    NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'import_batch', NEW.id,
    'import_batch', NEW.rowid, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS
    k, OLD.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'file_name', OLD.file_name
    WHERE OLD.file_name IS NOT NEW.file_name UNION ALL SELECT 'imported_at', OLD.imported_at
    WHERE OLD.imported_at IS NOT NEW.imported_at UNION ALL SELECT 'added', OLD.added WHERE
    OLD.added IS NOT NEW.added UNION ALL SELECT 'updated', OLD.updated WHERE OLD.updated IS
    NOT NEW.updated UNION ALL SELECT 'rejected', OLD.rejected WHERE OLD.rejected IS NOT
    NEW.rejected UNION ALL SELECT 'undone_at', OLD.undone_at WHERE OLD.undone_at IS NOT
    NEW.undone_at)), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE
    OLD.id IS NOT NEW.id UNION ALL SELECT 'file_name', NEW.file_name WHERE OLD.file_name IS
    NOT NEW.file_name UNION ALL SELECT 'imported_at', NEW.imported_at WHERE OLD.imported_at IS
    NOT NEW.imported_at UNION ALL SELECT 'added', NEW.added WHERE OLD.added IS NOT NEW.added
    UNION ALL SELECT 'updated', NEW.updated WHERE OLD.updated IS NOT NEW.updated UNION ALL
    SELECT 'rejected', NEW.rejected WHERE OLD.rejected IS NOT NEW.rejected UNION ALL SELECT
    'undone_at', NEW.undone_at WHERE OLD.undone_at IS NOT NEW.undone_at)) FROM (SELECT (SELECT
    txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_import_batch_delete AFTER DELETE ON import_batch BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'import_batch', OLD.id, 'import_batch', OLD.rowid, 'delete', json_object('id', OLD.id,
    'file_name', OLD.file_name, 'imported_at', OLD.imported_at, 'added', OLD.added, 'updated',
    OLD.updated, 'rejected', OLD.rejected, 'undone_at', OLD.undone_at), NULL FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_import_mapping_insert AFTER INSERT ON import_mapping BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'import_mapping', NEW.signature, 'import_mapping', NEW.rowid, 'insert', NULL,
    json_object('signature', NEW.signature, 'mapping', NEW.mapping) FROM (SELECT (SELECT
    txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_import_mapping_update AFTER UPDATE ON import_mapping WHEN
    OLD.signature IS NOT NEW.signature OR OLD.mapping IS NOT NEW.mapping BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'import_mapping', NEW.signature, 'import_mapping', NEW.rowid, 'update', (SELECT
    json_group_object(k, v) FROM (SELECT 'signature' AS k, OLD.signature AS v WHERE
    OLD.signature IS NOT NEW.signature UNION ALL SELECT 'mapping', OLD.mapping WHERE
    OLD.mapping IS NOT NEW.mapping)), (SELECT json_group_object(k, v) FROM (SELECT 'signature'
    AS k, NEW.signature AS v WHERE OLD.signature IS NOT NEW.signature UNION ALL SELECT
    'mapping', NEW.mapping WHERE OLD.mapping IS NOT NEW.mapping)) FROM (SELECT (SELECT txn_id
    FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_import_mapping_delete AFTER DELETE ON import_mapping BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'import_mapping', OLD.signature, 'import_mapping', OLD.rowid, 'delete',
    json_object('signature', OLD.signature, 'mapping', OLD.mapping), NULL FROM (SELECT (SELECT
    txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_indicator_value_insert AFTER INSERT ON indicator_value BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'indicator_value', NEW.indicator || '|' || NEW.year || '|' || NEW.kind, 'indicator_value',
    NEW.rowid, 'insert', NULL, json_object('indicator', NEW.indicator, 'year', NEW.year,
    'kind', NEW.kind, 'value', NEW.value, 'source', NEW.source) FROM (SELECT (SELECT txn_id
    FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_indicator_value_update AFTER UPDATE ON indicator_value WHEN
    OLD.indicator IS NOT NEW.indicator OR OLD.year IS NOT NEW.year OR OLD.kind IS NOT NEW.kind
    OR OLD.value IS NOT NEW.value OR OLD.source IS NOT NEW.source BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'indicator_value', NEW.indicator || '|' || NEW.year || '|' || NEW.kind, 'indicator_value',
    NEW.rowid, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'indicator' AS k,
    OLD.indicator AS v WHERE OLD.indicator IS NOT NEW.indicator UNION ALL SELECT 'year',
    OLD.year WHERE OLD.year IS NOT NEW.year UNION ALL SELECT 'kind', OLD.kind WHERE OLD.kind
    IS NOT NEW.kind UNION ALL SELECT 'value', OLD.value WHERE OLD.value IS NOT NEW.value UNION
    ALL SELECT 'source', OLD.source WHERE OLD.source IS NOT NEW.source)), (SELECT
    json_group_object(k, v) FROM (SELECT 'indicator' AS k, NEW.indicator AS v WHERE
    OLD.indicator IS NOT NEW.indicator UNION ALL SELECT 'year', NEW.year WHERE OLD.year IS NOT
    NEW.year UNION ALL SELECT 'kind', NEW.kind WHERE OLD.kind IS NOT NEW.kind UNION ALL SELECT
    'value', NEW.value WHERE OLD.value IS NOT NEW.value UNION ALL SELECT 'source', NEW.source
    WHERE OLD.source IS NOT NEW.source)) FROM (SELECT (SELECT txn_id FROM audit_context) AS
    txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_indicator_value_delete AFTER DELETE ON indicator_value BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'indicator_value', OLD.indicator || '|' || OLD.year || '|' || OLD.kind, 'indicator_value',
    OLD.rowid, 'delete', json_object('indicator', OLD.indicator, 'year', OLD.year, 'kind',
    OLD.kind, 'value', OLD.value, 'source', OLD.source), NULL FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_industry_insert AFTER INSERT ON industry BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'industry',
    NEW.name, 'industry', NEW.rowid, 'insert', NULL, json_object('name', NEW.name, 'position',
    NEW.position) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_industry_update AFTER UPDATE ON industry WHEN OLD.name IS NOT
    NEW.name OR OLD.position IS NOT NEW.position BEGIN INSERT INTO audit_log (txn_id, at, tbl,
    row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN
    strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'industry', NEW.name, 'industry',
    NEW.rowid, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'name' AS k, OLD.name AS
    v WHERE OLD.name IS NOT NEW.name UNION ALL SELECT 'position', OLD.position WHERE
    OLD.position IS NOT NEW.position)), (SELECT json_group_object(k, v) FROM (SELECT 'name' AS
    k, NEW.name AS v WHERE OLD.name IS NOT NEW.name UNION ALL SELECT 'position', NEW.position
    WHERE OLD.position IS NOT NEW.position)) FROM (SELECT (SELECT txn_id FROM audit_context)
    AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_industry_delete AFTER DELETE ON industry BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'industry',
    OLD.name, 'industry', OLD.rowid, 'delete', json_object('name', OLD.name, 'position',
    OLD.position), NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_instrument_funding_insert AFTER INSERT ON instrument_funding BEGIN
    INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new)
    SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'instrument_funding', NEW.instrument_code, 'instrument_funding',
    NEW.rowid, 'insert', NULL, json_object('instrument_code', NEW.instrument_code, 'funding',
    NEW.funding, 'updated_at', NEW.updated_at) FROM (SELECT (SELECT txn_id FROM audit_context)
    AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_instrument_funding_update AFTER UPDATE ON instrument_funding WHEN
    OLD.instrument_code IS NOT NEW.instrument_code OR OLD.funding IS NOT NEW.funding BEGIN
    INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new)
    SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'instrument_funding', NEW.instrument_code, 'instrument_funding',
    NEW.rowid, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'instrument_code' AS k,
    OLD.instrument_code AS v WHERE OLD.instrument_code IS NOT NEW.instrument_code UNION ALL
    SELECT 'funding', OLD.funding WHERE OLD.funding IS NOT NEW.funding)), (SELECT
    json_group_object(k, v) FROM (SELECT 'instrument_code' AS k, NEW.instrument_code AS v
    WHERE OLD.instrument_code IS NOT NEW.instrument_code UNION ALL SELECT 'funding',
    NEW.funding WHERE OLD.funding IS NOT NEW.funding)) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_instrument_funding_delete AFTER DELETE ON instrument_funding BEGIN
    INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new)
    SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'instrument_funding', OLD.instrument_code, 'instrument_funding',
    OLD.rowid, 'delete', json_object('instrument_code', OLD.instrument_code, 'funding',
    OLD.funding, 'updated_at', OLD.updated_at), NULL FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_intl_events_plan_insert AFTER INSERT ON intl_events_plan BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'intl_events_plan', NEW.id, 'intl_events_plan', NEW.rowid, 'insert', NULL,
    json_object('id', NEW.id, 'year', NEW.year, 'approved_on', NEW.approved_on,
    'minutes_number', NEW.minutes_number, 'planned_count', NEW.planned_count, 'created_at',
    NEW.created_at) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_intl_events_plan_update AFTER UPDATE ON intl_events_plan WHEN OLD.id
    IS NOT NEW.id OR OLD.year IS NOT NEW.year OR OLD.approved_on IS NOT NEW.approved_on OR
    OLD.minutes_number IS NOT NEW.minutes_number OR OLD.planned_count IS NOT NEW.planned_count
    OR OLD.created_at IS NOT NEW.created_at BEGIN INSERT INTO audit_log (txn_id, at, tbl,
    row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN
    strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'intl_events_plan', NEW.id,
    'intl_events_plan', NEW.rowid, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'id'
    AS k, OLD.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'year', OLD.year WHERE
    OLD.year IS NOT NEW.year UNION ALL SELECT 'approved_on', OLD.approved_on WHERE
    OLD.approved_on IS NOT NEW.approved_on UNION ALL SELECT 'minutes_number',
    OLD.minutes_number WHERE OLD.minutes_number IS NOT NEW.minutes_number UNION ALL SELECT
    'planned_count', OLD.planned_count WHERE OLD.planned_count IS NOT NEW.planned_count UNION
    ALL SELECT 'created_at', OLD.created_at WHERE OLD.created_at IS NOT NEW.created_at)),
    (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT
    NEW.id UNION ALL SELECT 'year', NEW.year WHERE OLD.year IS NOT NEW.year UNION ALL SELECT
    'approved_on', NEW.approved_on WHERE OLD.approved_on IS NOT NEW.approved_on UNION ALL
    SELECT 'minutes_number', NEW.minutes_number WHERE OLD.minutes_number IS NOT
    NEW.minutes_number UNION ALL SELECT 'planned_count', NEW.planned_count WHERE
    OLD.planned_count IS NOT NEW.planned_count UNION ALL SELECT 'created_at', NEW.created_at
    WHERE OLD.created_at IS NOT NEW.created_at)) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_intl_events_plan_delete AFTER DELETE ON intl_events_plan BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'intl_events_plan', OLD.id, 'intl_events_plan', OLD.rowid, 'delete', json_object('id',
    OLD.id, 'year', OLD.year, 'approved_on', OLD.approved_on, 'minutes_number',
    OLD.minutes_number, 'planned_count', OLD.planned_count, 'created_at', OLD.created_at),
    NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_item_state_insert AFTER INSERT ON item_state BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'item_state', NEW.id, 'item_state', NEW.rowid, 'insert', NULL, json_object('id', NEW.id,
    'instrument_code', NEW.instrument_code, 'item_key', NEW.item_key, 'cycle_year',
    NEW.cycle_year, 'status', NEW.status, 'na_reason', NEW.na_reason, 'responsible',
    NEW.responsible, 'due_date', NEW.due_date, 'done_on', NEW.done_on, 'comment', NEW.comment,
    'updated_at', NEW.updated_at, 'manual_status', NEW.manual_status, 'manual_reason',
    NEW.manual_reason, 'manual_document', NEW.manual_document, 'manual_done_on',
    NEW.manual_done_on) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_item_state_update AFTER UPDATE ON item_state WHEN OLD.id IS NOT
    NEW.id OR OLD.instrument_code IS NOT NEW.instrument_code OR OLD.item_key IS NOT
    NEW.item_key OR OLD.cycle_year IS NOT NEW.cycle_year OR OLD.status IS NOT NEW.status OR
    OLD.na_reason IS NOT NEW.na_reason OR OLD.responsible IS NOT NEW.responsible OR
    OLD.due_date IS NOT NEW.due_date OR OLD.done_on IS NOT NEW.done_on OR OLD.comment IS NOT
    NEW.comment OR OLD.manual_status IS NOT NEW.manual_status OR OLD.manual_reason IS NOT
    NEW.manual_reason OR OLD.manual_document IS NOT NEW.manual_document OR OLD.manual_done_on
    IS NOT NEW.manual_done_on BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key,
    record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN
    strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'item_state', NEW.id, 'item_state',
    NEW.rowid, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD.id AS v
    WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'instrument_code', OLD.instrument_code WHERE
    OLD.instrument_code IS NOT NEW.instrument_code UNION ALL SELECT 'item_key', OLD.item_key
    WHERE OLD.item_key IS NOT NEW.item_key UNION ALL SELECT 'cycle_year', OLD.cycle_year WHERE
    OLD.cycle_year IS NOT NEW.cycle_year UNION ALL SELECT 'status', OLD.status WHERE
    OLD.status IS NOT NEW.status UNION ALL SELECT 'na_reason', OLD.na_reason WHERE
    OLD.na_reason IS NOT NEW.na_reason UNION ALL SELECT 'responsible', OLD.responsible WHERE
    OLD.responsible IS NOT NEW.responsible UNION ALL SELECT 'due_date', OLD.due_date WHERE
    OLD.due_date IS NOT NEW.due_date UNION ALL SELECT 'done_on', OLD.done_on WHERE OLD.done_on
    IS NOT NEW.done_on UNION ALL SELECT 'comment', OLD.comment WHERE OLD.comment IS NOT
    NEW.comment UNION ALL SELECT 'manual_status', OLD.manual_status WHERE OLD.manual_status IS
    NOT NEW.manual_status UNION ALL SELECT 'manual_reason', OLD.manual_reason WHERE
    OLD.manual_reason IS NOT NEW.manual_reason UNION ALL SELECT 'manual_document',
    OLD.manual_document WHERE OLD.manual_document IS NOT NEW.manual_document UNION ALL SELECT
    'manual_done_on', OLD.manual_done_on WHERE OLD.manual_done_on IS NOT NEW.manual_done_on)),
    (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT
    NEW.id UNION ALL SELECT 'instrument_code', NEW.instrument_code WHERE OLD.instrument_code
    IS NOT NEW.instrument_code UNION ALL SELECT 'item_key', NEW.item_key WHERE OLD.item_key IS
    NOT NEW.item_key UNION ALL SELECT 'cycle_year', NEW.cycle_year WHERE OLD.cycle_year IS NOT
    NEW.cycle_year UNION ALL SELECT 'status', NEW.status WHERE OLD.status IS NOT NEW.status
    UNION ALL SELECT 'na_reason', NEW.na_reason WHERE OLD.na_reason IS NOT NEW.na_reason UNION
    ALL SELECT 'responsible', NEW.responsible WHERE OLD.responsible IS NOT NEW.responsible
    UNION ALL SELECT 'due_date', NEW.due_date WHERE OLD.due_date IS NOT NEW.due_date UNION ALL
    SELECT 'done_on', NEW.done_on WHERE OLD.done_on IS NOT NEW.done_on UNION ALL SELECT
    'comment', NEW.comment WHERE OLD.comment IS NOT NEW.comment UNION ALL SELECT
    'manual_status', NEW.manual_status WHERE OLD.manual_status IS NOT NEW.manual_status UNION
    ALL SELECT 'manual_reason', NEW.manual_reason WHERE OLD.manual_reason IS NOT
    NEW.manual_reason UNION ALL SELECT 'manual_document', NEW.manual_document WHERE
    OLD.manual_document IS NOT NEW.manual_document UNION ALL SELECT 'manual_done_on',
    NEW.manual_done_on WHERE OLD.manual_done_on IS NOT NEW.manual_done_on)) FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_item_state_delete AFTER DELETE ON item_state BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'item_state', OLD.id, 'item_state', OLD.rowid, 'delete', json_object('id', OLD.id,
    'instrument_code', OLD.instrument_code, 'item_key', OLD.item_key, 'cycle_year',
    OLD.cycle_year, 'status', OLD.status, 'na_reason', OLD.na_reason, 'responsible',
    OLD.responsible, 'due_date', OLD.due_date, 'done_on', OLD.done_on, 'comment', OLD.comment,
    'updated_at', OLD.updated_at, 'manual_status', OLD.manual_status, 'manual_reason',
    OLD.manual_reason, 'manual_document', OLD.manual_document, 'manual_done_on',
    OLD.manual_done_on), NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c;
    END
    """,
    """
    CREATE TRIGGER audit_meeting_insert AFTER INSERT ON meeting BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'meeting',
    NEW.id, 'meeting', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'date', NEW.date,
    'status', NEW.status, 'form', NEW.form, 'is_public_open', NEW.is_public_open, 'venue',
    NEW.venue, 'invited_exporters', NEW.invited_exporters, 'guests', NEW.guests, 'agenda',
    NEW.agenda, 'updated_at', NEW.updated_at, 'start_time', NEW.start_time) FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_meeting_update AFTER UPDATE ON meeting WHEN OLD.id IS NOT NEW.id OR
    OLD.date IS NOT NEW.date OR OLD.status IS NOT NEW.status OR OLD.form IS NOT NEW.form OR
    OLD.is_public_open IS NOT NEW.is_public_open OR OLD.venue IS NOT NEW.venue OR
    OLD.invited_exporters IS NOT NEW.invited_exporters OR OLD.guests IS NOT NEW.guests OR
    OLD.agenda IS NOT NEW.agenda OR OLD.start_time IS NOT NEW.start_time BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'meeting', NEW.id, 'meeting', NEW.rowid, 'update', (SELECT json_group_object(k, v) FROM
    (SELECT 'id' AS k, OLD.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'date',
    OLD.date WHERE OLD.date IS NOT NEW.date UNION ALL SELECT 'status', OLD.status WHERE
    OLD.status IS NOT NEW.status UNION ALL SELECT 'form', OLD.form WHERE OLD.form IS NOT
    NEW.form UNION ALL SELECT 'is_public_open', OLD.is_public_open WHERE OLD.is_public_open IS
    NOT NEW.is_public_open UNION ALL SELECT 'venue', OLD.venue WHERE OLD.venue IS NOT
    NEW.venue UNION ALL SELECT 'invited_exporters', OLD.invited_exporters WHERE
    OLD.invited_exporters IS NOT NEW.invited_exporters UNION ALL SELECT 'guests', OLD.guests
    WHERE OLD.guests IS NOT NEW.guests UNION ALL SELECT 'agenda', OLD.agenda WHERE OLD.agenda
    IS NOT NEW.agenda UNION ALL SELECT 'start_time', OLD.start_time WHERE OLD.start_time IS
    NOT NEW.start_time)), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v
    WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'date', NEW.date WHERE OLD.date IS NOT
    NEW.date UNION ALL SELECT 'status', NEW.status WHERE OLD.status IS NOT NEW.status UNION
    ALL SELECT 'form', NEW.form WHERE OLD.form IS NOT NEW.form UNION ALL SELECT
    'is_public_open', NEW.is_public_open WHERE OLD.is_public_open IS NOT NEW.is_public_open
    UNION ALL SELECT 'venue', NEW.venue WHERE OLD.venue IS NOT NEW.venue UNION ALL SELECT
    'invited_exporters', NEW.invited_exporters WHERE OLD.invited_exporters IS NOT
    NEW.invited_exporters UNION ALL SELECT 'guests', NEW.guests WHERE OLD.guests IS NOT
    NEW.guests UNION ALL SELECT 'agenda', NEW.agenda WHERE OLD.agenda IS NOT NEW.agenda UNION
    ALL SELECT 'start_time', NEW.start_time WHERE OLD.start_time IS NOT NEW.start_time)) FROM
    (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_meeting_delete AFTER DELETE ON meeting BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'meeting',
    OLD.id, 'meeting', OLD.rowid, 'delete', json_object('id', OLD.id, 'date', OLD.date,
    'status', OLD.status, 'form', OLD.form, 'is_public_open', OLD.is_public_open, 'venue',
    OLD.venue, 'invited_exporters', OLD.invited_exporters, 'guests', OLD.guests, 'agenda',
    OLD.agenda, 'updated_at', OLD.updated_at, 'start_time', OLD.start_time), NULL FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_meeting_attendance_insert AFTER INSERT ON meeting_attendance BEGIN
    INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new)
    SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'meeting_attendance', NEW.meeting_id || '|' || NEW.member_id, 'meeting',
    NEW.meeting_id, 'insert', NULL, json_object('meeting_id', NEW.meeting_id, 'member_id',
    NEW.member_id) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_meeting_attendance_update AFTER UPDATE ON meeting_attendance WHEN
    OLD.meeting_id IS NOT NEW.meeting_id OR OLD.member_id IS NOT NEW.member_id BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'meeting_attendance', NEW.meeting_id || '|' || NEW.member_id, 'meeting', NEW.meeting_id,
    'update', (SELECT json_group_object(k, v) FROM (SELECT 'meeting_id' AS k, OLD.meeting_id
    AS v WHERE OLD.meeting_id IS NOT NEW.meeting_id UNION ALL SELECT 'member_id',
    OLD.member_id WHERE OLD.member_id IS NOT NEW.member_id)), (SELECT json_group_object(k, v)
    FROM (SELECT 'meeting_id' AS k, NEW.meeting_id AS v WHERE OLD.meeting_id IS NOT
    NEW.meeting_id UNION ALL SELECT 'member_id', NEW.member_id WHERE OLD.member_id IS NOT
    NEW.member_id)) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_meeting_attendance_delete AFTER DELETE ON meeting_attendance BEGIN
    INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new)
    SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'meeting_attendance', OLD.meeting_id || '|' || OLD.member_id, 'meeting',
    OLD.meeting_id, 'delete', json_object('meeting_id', OLD.meeting_id, 'member_id',
    OLD.member_id), NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_meeting_report_insert AFTER INSERT ON meeting_report BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'meeting_report', NEW.id, 'meeting', NEW.meeting_id, 'insert', NULL, json_object('id',
    NEW.id, 'meeting_id', NEW.meeting_id, 'kind', NEW.kind, 'speaker', NEW.speaker, 'title',
    NEW.title, 'agreed_on', NEW.agreed_on, 'heard', NEW.heard, 'agenda_item', NEW.agenda_item,
    'position', NEW.position) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c;
    END
    """,
    """
    CREATE TRIGGER audit_meeting_report_update AFTER UPDATE ON meeting_report WHEN OLD.id IS
    NOT NEW.id OR OLD.meeting_id IS NOT NEW.meeting_id OR OLD.kind IS NOT NEW.kind OR
    OLD.speaker IS NOT NEW.speaker OR OLD.title IS NOT NEW.title OR OLD.agreed_on IS NOT
    NEW.agreed_on OR OLD.heard IS NOT NEW.heard OR OLD.agenda_item IS NOT NEW.agenda_item OR
    OLD.position IS NOT NEW.position BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key,
    record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN
    strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'meeting_report', NEW.id,
    'meeting', NEW.meeting_id, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS
    k, OLD.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'meeting_id', OLD.meeting_id
    WHERE OLD.meeting_id IS NOT NEW.meeting_id UNION ALL SELECT 'kind', OLD.kind WHERE
    OLD.kind IS NOT NEW.kind UNION ALL SELECT 'speaker', OLD.speaker WHERE OLD.speaker IS NOT
    NEW.speaker UNION ALL SELECT 'title', OLD.title WHERE OLD.title IS NOT NEW.title UNION ALL
    SELECT 'agreed_on', OLD.agreed_on WHERE OLD.agreed_on IS NOT NEW.agreed_on UNION ALL
    SELECT 'heard', OLD.heard WHERE OLD.heard IS NOT NEW.heard UNION ALL SELECT 'agenda_item',
    OLD.agenda_item WHERE OLD.agenda_item IS NOT NEW.agenda_item UNION ALL SELECT 'position',
    OLD.position WHERE OLD.position IS NOT NEW.position)), (SELECT json_group_object(k, v)
    FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT
    'meeting_id', NEW.meeting_id WHERE OLD.meeting_id IS NOT NEW.meeting_id UNION ALL SELECT
    'kind', NEW.kind WHERE OLD.kind IS NOT NEW.kind UNION ALL SELECT 'speaker', NEW.speaker
    WHERE OLD.speaker IS NOT NEW.speaker UNION ALL SELECT 'title', NEW.title WHERE OLD.title
    IS NOT NEW.title UNION ALL SELECT 'agreed_on', NEW.agreed_on WHERE OLD.agreed_on IS NOT
    NEW.agreed_on UNION ALL SELECT 'heard', NEW.heard WHERE OLD.heard IS NOT NEW.heard UNION
    ALL SELECT 'agenda_item', NEW.agenda_item WHERE OLD.agenda_item IS NOT NEW.agenda_item
    UNION ALL SELECT 'position', NEW.position WHERE OLD.position IS NOT NEW.position)) FROM
    (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_meeting_report_delete AFTER DELETE ON meeting_report BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'meeting_report', OLD.id, 'meeting', OLD.meeting_id, 'delete', json_object('id', OLD.id,
    'meeting_id', OLD.meeting_id, 'kind', OLD.kind, 'speaker', OLD.speaker, 'title',
    OLD.title, 'agreed_on', OLD.agreed_on, 'heard', OLD.heard, 'agenda_item', OLD.agenda_item,
    'position', OLD.position), NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS
    c; END
    """,
    """
    CREATE TRIGGER audit_minutes_insert AFTER INSERT ON minutes BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'minutes',
    NEW.meeting_id, 'meeting', NEW.meeting_id, 'insert', NULL, json_object('meeting_id',
    NEW.meeting_id, 'number', NEW.number, 'date', NEW.date, 'signed_by', NEW.signed_by,
    'publication_url', NEW.publication_url, 'published_on', NEW.published_on, 'file_sha256',
    NEW.file_sha256, 'file_name', NEW.file_name) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_minutes_update AFTER UPDATE ON minutes WHEN OLD.meeting_id IS NOT
    NEW.meeting_id OR OLD.number IS NOT NEW.number OR OLD.date IS NOT NEW.date OR
    OLD.signed_by IS NOT NEW.signed_by OR OLD.publication_url IS NOT NEW.publication_url OR
    OLD.published_on IS NOT NEW.published_on OR OLD.file_sha256 IS NOT NEW.file_sha256 OR
    OLD.file_name IS NOT NEW.file_name BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key,
    record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN
    strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'minutes', NEW.meeting_id,
    'meeting', NEW.meeting_id, 'update', (SELECT json_group_object(k, v) FROM (SELECT
    'meeting_id' AS k, OLD.meeting_id AS v WHERE OLD.meeting_id IS NOT NEW.meeting_id UNION
    ALL SELECT 'number', OLD.number WHERE OLD.number IS NOT NEW.number UNION ALL SELECT
    'date', OLD.date WHERE OLD.date IS NOT NEW.date UNION ALL SELECT 'signed_by',
    OLD.signed_by WHERE OLD.signed_by IS NOT NEW.signed_by UNION ALL SELECT 'publication_url',
    OLD.publication_url WHERE OLD.publication_url IS NOT NEW.publication_url UNION ALL SELECT
    'published_on', OLD.published_on WHERE OLD.published_on IS NOT NEW.published_on UNION ALL
    SELECT 'file_sha256', OLD.file_sha256 WHERE OLD.file_sha256 IS NOT NEW.file_sha256 UNION
    ALL SELECT 'file_name', OLD.file_name WHERE OLD.file_name IS NOT NEW.file_name)), (SELECT
    json_group_object(k, v) FROM (SELECT 'meeting_id' AS k, NEW.meeting_id AS v WHERE
    OLD.meeting_id IS NOT NEW.meeting_id UNION ALL SELECT 'number', NEW.number WHERE
    OLD.number IS NOT NEW.number UNION ALL SELECT 'date', NEW.date WHERE OLD.date IS NOT
    NEW.date UNION ALL SELECT 'signed_by', NEW.signed_by WHERE OLD.signed_by IS NOT
    NEW.signed_by UNION ALL SELECT 'publication_url', NEW.publication_url WHERE
    OLD.publication_url IS NOT NEW.publication_url UNION ALL SELECT 'published_on',
    NEW.published_on WHERE OLD.published_on IS NOT NEW.published_on UNION ALL SELECT
    'file_sha256', NEW.file_sha256 WHERE OLD.file_sha256 IS NOT NEW.file_sha256 UNION ALL
    SELECT 'file_name', NEW.file_name WHERE OLD.file_name IS NOT NEW.file_name)) FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_minutes_delete AFTER DELETE ON minutes BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'minutes',
    OLD.meeting_id, 'meeting', OLD.meeting_id, 'delete', json_object('meeting_id',
    OLD.meeting_id, 'number', OLD.number, 'date', OLD.date, 'signed_by', OLD.signed_by,
    'publication_url', OLD.publication_url, 'published_on', OLD.published_on, 'file_sha256',
    OLD.file_sha256, 'file_name', OLD.file_name), NULL FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_own_instrument_insert AFTER INSERT ON own_instrument BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'own_instrument', NEW.id, 'own_instrument', NEW.rowid, 'insert', NULL, json_object('id',
    NEW.id, 'title', NEW.title, 'short_title', NEW.short_title, 'kind', NEW.kind, 'funding',
    NEW.funding, 'summary', NEW.summary, 'created_at', NEW.created_at) FROM (SELECT (SELECT
    txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_own_instrument_update AFTER UPDATE ON own_instrument WHEN OLD.id IS
    NOT NEW.id OR OLD.title IS NOT NEW.title OR OLD.short_title IS NOT NEW.short_title OR
    OLD.kind IS NOT NEW.kind OR OLD.funding IS NOT NEW.funding OR OLD.summary IS NOT
    NEW.summary OR OLD.created_at IS NOT NEW.created_at BEGIN INSERT INTO audit_log (txn_id,
    at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS
    NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'own_instrument', NEW.id,
    'own_instrument', NEW.rowid, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'id'
    AS k, OLD.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'title', OLD.title WHERE
    OLD.title IS NOT NEW.title UNION ALL SELECT 'short_title', OLD.short_title WHERE
    OLD.short_title IS NOT NEW.short_title UNION ALL SELECT 'kind', OLD.kind WHERE OLD.kind IS
    NOT NEW.kind UNION ALL SELECT 'funding', OLD.funding WHERE OLD.funding IS NOT NEW.funding
    UNION ALL SELECT 'summary', OLD.summary WHERE OLD.summary IS NOT NEW.summary UNION ALL
    SELECT 'created_at', OLD.created_at WHERE OLD.created_at IS NOT NEW.created_at)), (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'title', NEW.title WHERE OLD.title IS NOT NEW.title UNION ALL SELECT
    'short_title', NEW.short_title WHERE OLD.short_title IS NOT NEW.short_title UNION ALL
    SELECT 'kind', NEW.kind WHERE OLD.kind IS NOT NEW.kind UNION ALL SELECT 'funding',
    NEW.funding WHERE OLD.funding IS NOT NEW.funding UNION ALL SELECT 'summary', NEW.summary
    WHERE OLD.summary IS NOT NEW.summary UNION ALL SELECT 'created_at', NEW.created_at WHERE
    OLD.created_at IS NOT NEW.created_at)) FROM (SELECT (SELECT txn_id FROM audit_context) AS
    txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_own_instrument_delete AFTER DELETE ON own_instrument BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'own_instrument', OLD.id, 'own_instrument', OLD.rowid, 'delete', json_object('id', OLD.id,
    'title', OLD.title, 'short_title', OLD.short_title, 'kind', OLD.kind, 'funding',
    OLD.funding, 'summary', OLD.summary, 'created_at', OLD.created_at), NULL FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_own_instrument_offer_insert AFTER INSERT ON own_instrument_offer
    BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old,
    new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'own_instrument_offer', NEW.instrument_id, 'own_instrument',
    NEW.instrument_id, 'insert', NULL, json_object('instrument_id', NEW.instrument_id,
    'described_on', NEW.described_on, 'offered_on', NEW.offered_on, 'letter_number',
    NEW.letter_number, 'recipient', NEW.recipient) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_own_instrument_offer_update AFTER UPDATE ON own_instrument_offer WHEN
    OLD.instrument_id IS NOT NEW.instrument_id OR OLD.described_on IS NOT NEW.described_on OR
    OLD.offered_on IS NOT NEW.offered_on OR OLD.letter_number IS NOT NEW.letter_number OR
    OLD.recipient IS NOT NEW.recipient BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key,
    record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN
    strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'own_instrument_offer',
    NEW.instrument_id, 'own_instrument', NEW.instrument_id, 'update', (SELECT
    json_group_object(k, v) FROM (SELECT 'instrument_id' AS k, OLD.instrument_id AS v WHERE
    OLD.instrument_id IS NOT NEW.instrument_id UNION ALL SELECT 'described_on',
    OLD.described_on WHERE OLD.described_on IS NOT NEW.described_on UNION ALL SELECT
    'offered_on', OLD.offered_on WHERE OLD.offered_on IS NOT NEW.offered_on UNION ALL SELECT
    'letter_number', OLD.letter_number WHERE OLD.letter_number IS NOT NEW.letter_number UNION
    ALL SELECT 'recipient', OLD.recipient WHERE OLD.recipient IS NOT NEW.recipient)), (SELECT
    json_group_object(k, v) FROM (SELECT 'instrument_id' AS k, NEW.instrument_id AS v WHERE
    OLD.instrument_id IS NOT NEW.instrument_id UNION ALL SELECT 'described_on',
    NEW.described_on WHERE OLD.described_on IS NOT NEW.described_on UNION ALL SELECT
    'offered_on', NEW.offered_on WHERE OLD.offered_on IS NOT NEW.offered_on UNION ALL SELECT
    'letter_number', NEW.letter_number WHERE OLD.letter_number IS NOT NEW.letter_number UNION
    ALL SELECT 'recipient', NEW.recipient WHERE OLD.recipient IS NOT NEW.recipient)) FROM
    (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_own_instrument_offer_delete AFTER DELETE ON own_instrument_offer
    BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old,
    new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'own_instrument_offer', OLD.instrument_id, 'own_instrument',
    OLD.instrument_id, 'delete', json_object('instrument_id', OLD.instrument_id,
    'described_on', OLD.described_on, 'offered_on', OLD.offered_on, 'letter_number',
    OLD.letter_number, 'recipient', OLD.recipient), NULL FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_own_item_insert AFTER INSERT ON own_item BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'own_item',
    NEW.id, 'own_instrument', NEW.instrument_id, 'insert', NULL, json_object('id', NEW.id,
    'instrument_id', NEW.instrument_id, 'key', NEW.key, 'title', NEW.title, 'hint', NEW.hint,
    'weight', NEW.weight, 'evidence', NEW.evidence, 'years', NEW.years, 'position',
    NEW.position) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_own_item_update AFTER UPDATE ON own_item WHEN OLD.id IS NOT NEW.id OR
    OLD.instrument_id IS NOT NEW.instrument_id OR OLD.key IS NOT NEW.key OR OLD.title IS NOT
    NEW.title OR OLD.hint IS NOT NEW.hint OR OLD.weight IS NOT NEW.weight OR OLD.evidence IS
    NOT NEW.evidence OR OLD.years IS NOT NEW.years OR OLD.position IS NOT NEW.position BEGIN
    INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new)
    SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'own_item', NEW.id, 'own_instrument', NEW.instrument_id, 'update',
    (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD.id AS v WHERE OLD.id IS NOT
    NEW.id UNION ALL SELECT 'instrument_id', OLD.instrument_id WHERE OLD.instrument_id IS NOT
    NEW.instrument_id UNION ALL SELECT 'key', OLD.key WHERE OLD.key IS NOT NEW.key UNION ALL
    SELECT 'title', OLD.title WHERE OLD.title IS NOT NEW.title UNION ALL SELECT 'hint',
    OLD.hint WHERE OLD.hint IS NOT NEW.hint UNION ALL SELECT 'weight', OLD.weight WHERE
    OLD.weight IS NOT NEW.weight UNION ALL SELECT 'evidence', OLD.evidence WHERE OLD.evidence
    IS NOT NEW.evidence UNION ALL SELECT 'years', OLD.years WHERE OLD.years IS NOT NEW.years
    UNION ALL SELECT 'position', OLD.position WHERE OLD.position IS NOT NEW.position)),
    (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT
    NEW.id UNION ALL SELECT 'instrument_id', NEW.instrument_id WHERE OLD.instrument_id IS NOT
    NEW.instrument_id UNION ALL SELECT 'key', NEW.key WHERE OLD.key IS NOT NEW.key UNION ALL
    SELECT 'title', NEW.title WHERE OLD.title IS NOT NEW.title UNION ALL SELECT 'hint',
    NEW.hint WHERE OLD.hint IS NOT NEW.hint UNION ALL SELECT 'weight', NEW.weight WHERE
    OLD.weight IS NOT NEW.weight UNION ALL SELECT 'evidence', NEW.evidence WHERE OLD.evidence
    IS NOT NEW.evidence UNION ALL SELECT 'years', NEW.years WHERE OLD.years IS NOT NEW.years
    UNION ALL SELECT 'position', NEW.position WHERE OLD.position IS NOT NEW.position)) FROM
    (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_own_item_delete AFTER DELETE ON own_item BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'own_item',
    OLD.id, 'own_instrument', OLD.instrument_id, 'delete', json_object('id', OLD.id,
    'instrument_id', OLD.instrument_id, 'key', OLD.key, 'title', OLD.title, 'hint', OLD.hint,
    'weight', OLD.weight, 'evidence', OLD.evidence, 'years', OLD.years, 'position',
    OLD.position), NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_presence_insert AFTER INSERT ON presence BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'presence',
    NEW.id, 'priority_country', NEW.country_id, 'insert', NULL, json_object('id', NEW.id,
    'country_id', NEW.country_id, 'format', NEW.format, 'description', NEW.description,
    'since', NEW.since) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_presence_update AFTER UPDATE ON presence WHEN OLD.id IS NOT NEW.id OR
    OLD.country_id IS NOT NEW.country_id OR OLD.format IS NOT NEW.format OR OLD.description IS
    NOT NEW.description OR OLD.since IS NOT NEW.since BEGIN INSERT INTO audit_log (txn_id, at,
    tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS NULL
    THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'presence', NEW.id,
    'priority_country', NEW.country_id, 'update', (SELECT json_group_object(k, v) FROM (SELECT
    'id' AS k, OLD.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'country_id',
    OLD.country_id WHERE OLD.country_id IS NOT NEW.country_id UNION ALL SELECT 'format',
    OLD.format WHERE OLD.format IS NOT NEW.format UNION ALL SELECT 'description',
    OLD.description WHERE OLD.description IS NOT NEW.description UNION ALL SELECT 'since',
    OLD.since WHERE OLD.since IS NOT NEW.since)), (SELECT json_group_object(k, v) FROM (SELECT
    'id' AS k, NEW.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'country_id',
    NEW.country_id WHERE OLD.country_id IS NOT NEW.country_id UNION ALL SELECT 'format',
    NEW.format WHERE OLD.format IS NOT NEW.format UNION ALL SELECT 'description',
    NEW.description WHERE OLD.description IS NOT NEW.description UNION ALL SELECT 'since',
    NEW.since WHERE OLD.since IS NOT NEW.since)) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_presence_delete AFTER DELETE ON presence BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'presence',
    OLD.id, 'priority_country', OLD.country_id, 'delete', json_object('id', OLD.id,
    'country_id', OLD.country_id, 'format', OLD.format, 'description', OLD.description,
    'since', OLD.since), NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c;
    END
    """,
    """
    CREATE TRIGGER audit_priority_country_insert AFTER INSERT ON priority_country BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'priority_country', NEW.id, 'priority_country', NEW.rowid, 'insert', NULL,
    json_object('id', NEW.id, 'code', NEW.code, 'listed_on', NEW.listed_on) FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_priority_country_update AFTER UPDATE ON priority_country WHEN OLD.id
    IS NOT NEW.id OR OLD.code IS NOT NEW.code OR OLD.listed_on IS NOT NEW.listed_on BEGIN
    INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new)
    SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'priority_country', NEW.id, 'priority_country', NEW.rowid, 'update',
    (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD.id AS v WHERE OLD.id IS NOT
    NEW.id UNION ALL SELECT 'code', OLD.code WHERE OLD.code IS NOT NEW.code UNION ALL SELECT
    'listed_on', OLD.listed_on WHERE OLD.listed_on IS NOT NEW.listed_on)), (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'code', NEW.code WHERE OLD.code IS NOT NEW.code UNION ALL SELECT
    'listed_on', NEW.listed_on WHERE OLD.listed_on IS NOT NEW.listed_on)) FROM (SELECT (SELECT
    txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_priority_country_delete AFTER DELETE ON priority_country BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'priority_country', OLD.id, 'priority_country', OLD.rowid, 'delete', json_object('id',
    OLD.id, 'code', OLD.code, 'listed_on', OLD.listed_on), NULL FROM (SELECT (SELECT txn_id
    FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_programme_insert AFTER INSERT ON programme BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'programme', NEW.id, 'programme', NEW.rowid, 'insert', NULL, json_object('id', NEW.id,
    'title', NEW.title, 'approved_by', NEW.approved_by, 'act_type', NEW.act_type,
    'act_number', NEW.act_number, 'act_date', NEW.act_date, 'start_year', NEW.start_year,
    'end_year', NEW.end_year, 'forecast_year', NEW.forecast_year, 'updated_at',
    NEW.updated_at) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_programme_update AFTER UPDATE ON programme WHEN OLD.id IS NOT NEW.id
    OR OLD.title IS NOT NEW.title OR OLD.approved_by IS NOT NEW.approved_by OR OLD.act_type IS
    NOT NEW.act_type OR OLD.act_number IS NOT NEW.act_number OR OLD.act_date IS NOT
    NEW.act_date OR OLD.start_year IS NOT NEW.start_year OR OLD.end_year IS NOT NEW.end_year
    OR OLD.forecast_year IS NOT NEW.forecast_year BEGIN INSERT INTO audit_log (txn_id, at,
    tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS NULL
    THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'programme', NEW.id,
    'programme', NEW.rowid, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k,
    OLD.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'title', OLD.title WHERE OLD.title
    IS NOT NEW.title UNION ALL SELECT 'approved_by', OLD.approved_by WHERE OLD.approved_by IS
    NOT NEW.approved_by UNION ALL SELECT 'act_type', OLD.act_type WHERE OLD.act_type IS NOT
    NEW.act_type UNION ALL SELECT 'act_number', OLD.act_number WHERE OLD.act_number IS NOT
    NEW.act_number UNION ALL SELECT 'act_date', OLD.act_date WHERE OLD.act_date IS NOT
    NEW.act_date UNION ALL SELECT 'start_year', OLD.start_year WHERE OLD.start_year IS NOT
    NEW.start_year UNION ALL SELECT 'end_year', OLD.end_year WHERE OLD.end_year IS NOT
    NEW.end_year UNION ALL SELECT 'forecast_year', OLD.forecast_year WHERE OLD.forecast_year
    IS NOT NEW.forecast_year)), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id
    AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'title', NEW.title WHERE OLD.title IS NOT
    NEW.title UNION ALL SELECT 'approved_by', NEW.approved_by WHERE OLD.approved_by IS NOT
    NEW.approved_by UNION ALL SELECT 'act_type', NEW.act_type WHERE OLD.act_type IS NOT
    NEW.act_type UNION ALL SELECT 'act_number', NEW.act_number WHERE OLD.act_number IS NOT
    NEW.act_number UNION ALL SELECT 'act_date', NEW.act_date WHERE OLD.act_date IS NOT
    NEW.act_date UNION ALL SELECT 'start_year', NEW.start_year WHERE OLD.start_year IS NOT
    NEW.start_year UNION ALL SELECT 'end_year', NEW.end_year WHERE OLD.end_year IS NOT
    NEW.end_year UNION ALL SELECT 'forecast_year', NEW.forecast_year WHERE OLD.forecast_year
    IS NOT NEW.forecast_year)) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c;
    END
    """,
    """
    CREATE TRIGGER audit_programme_delete AFTER DELETE ON programme BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'programme', OLD.id, 'programme', OLD.rowid, 'delete', json_object('id', OLD.id, 'title',
    OLD.title, 'approved_by', OLD.approved_by, 'act_type', OLD.act_type, 'act_number',
    OLD.act_number, 'act_date', OLD.act_date, 'start_year', OLD.start_year, 'end_year',
    OLD.end_year, 'forecast_year', OLD.forecast_year, 'updated_at', OLD.updated_at), NULL FROM
    (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_programme_budget_insert AFTER INSERT ON programme_budget BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'programme_budget', NEW.year, 'programme_budget', NEW.rowid, 'insert', NULL,
    json_object('year', NEW.year, 'grp', NEW.grp, 'budget', NEW.budget) FROM (SELECT (SELECT
    txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_programme_budget_update AFTER UPDATE ON programme_budget WHEN
    OLD.year IS NOT NEW.year OR OLD.grp IS NOT NEW.grp OR OLD.budget IS NOT NEW.budget BEGIN
    INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new)
    SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'programme_budget', NEW.year, 'programme_budget', NEW.rowid, 'update',
    (SELECT json_group_object(k, v) FROM (SELECT 'year' AS k, OLD.year AS v WHERE OLD.year IS
    NOT NEW.year UNION ALL SELECT 'grp', OLD.grp WHERE OLD.grp IS NOT NEW.grp UNION ALL SELECT
    'budget', OLD.budget WHERE OLD.budget IS NOT NEW.budget)), (SELECT json_group_object(k, v)
    FROM (SELECT 'year' AS k, NEW.year AS v WHERE OLD.year IS NOT NEW.year UNION ALL SELECT
    'grp', NEW.grp WHERE OLD.grp IS NOT NEW.grp UNION ALL SELECT 'budget', NEW.budget WHERE
    OLD.budget IS NOT NEW.budget)) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS
    c; END
    """,
    """
    CREATE TRIGGER audit_programme_budget_delete AFTER DELETE ON programme_budget BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'programme_budget', OLD.year, 'programme_budget', OLD.rowid, 'delete', json_object('year',
    OLD.year, 'grp', OLD.grp, 'budget', OLD.budget), NULL FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_programme_event_insert AFTER INSERT ON programme_event BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'programme_event', NEW.id, 'programme_event', NEW.rowid, 'insert', NULL, json_object('id',
    NEW.id, 'year', NEW.year, 'title', NEW.title, 'instrument', NEW.instrument,
    'planned_count', NEW.planned_count, 'responsible', NEW.responsible, 'deadline',
    NEW.deadline, 'planned_regional', NEW.planned_regional, 'planned_federal',
    NEW.planned_federal, 'planned_extra', NEW.planned_extra, 'actual_regional',
    NEW.actual_regional, 'actual_federal', NEW.actual_federal, 'actual_extra',
    NEW.actual_extra, 'status', NEW.status, 'done_count', NEW.done_count, 'done_on',
    NEW.done_on, 'created_at', NEW.created_at) FROM (SELECT (SELECT txn_id FROM audit_context)
    AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_programme_event_update AFTER UPDATE ON programme_event WHEN OLD.id IS
    NOT NEW.id OR OLD.year IS NOT NEW.year OR OLD.title IS NOT NEW.title OR OLD.instrument IS
    NOT NEW.instrument OR OLD.planned_count IS NOT NEW.planned_count OR OLD.responsible IS NOT
    NEW.responsible OR OLD.deadline IS NOT NEW.deadline OR OLD.planned_regional IS NOT
    NEW.planned_regional OR OLD.planned_federal IS NOT NEW.planned_federal OR
    OLD.planned_extra IS NOT NEW.planned_extra OR OLD.actual_regional IS NOT
    NEW.actual_regional OR OLD.actual_federal IS NOT NEW.actual_federal OR OLD.actual_extra IS
    NOT NEW.actual_extra OR OLD.status IS NOT NEW.status OR OLD.done_count IS NOT
    NEW.done_count OR OLD.done_on IS NOT NEW.done_on OR OLD.created_at IS NOT NEW.created_at
    BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old,
    new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'programme_event', NEW.id, 'programme_event', NEW.rowid, 'update',
    (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD.id AS v WHERE OLD.id IS NOT
    NEW.id UNION ALL SELECT 'year', OLD.year WHERE OLD.year IS NOT NEW.year UNION ALL SELECT
    'title', OLD.title WHERE OLD.title IS NOT NEW.title UNION ALL SELECT 'instrument',
    OLD.instrument WHERE OLD.instrument IS NOT NEW.instrument UNION ALL SELECT
    'planned_count', OLD.planned_count WHERE OLD.planned_count IS NOT NEW.planned_count UNION
    ALL SELECT 'responsible', OLD.responsible WHERE OLD.responsible IS NOT NEW.responsible
    UNION ALL SELECT 'deadline', OLD.deadline WHERE OLD.deadline IS NOT NEW.deadline UNION ALL
    SELECT 'planned_regional', OLD.planned_regional WHERE OLD.planned_regional IS NOT
    NEW.planned_regional UNION ALL SELECT 'planned_federal', OLD.planned_federal WHERE
    OLD.planned_federal IS NOT NEW.planned_federal UNION ALL SELECT 'planned_extra',
    OLD.planned_extra WHERE OLD.planned_extra IS NOT NEW.planned_extra UNION ALL SELECT
    'actual_regional', OLD.actual_regional WHERE OLD.actual_regional IS NOT
    NEW.actual_regional UNION ALL SELECT 'actual_federal', OLD.actual_federal WHERE
    OLD.actual_federal IS NOT NEW.actual_federal UNION ALL SELECT 'actual_extra',
    OLD.actual_extra WHERE OLD.actual_extra IS NOT NEW.actual_extra UNION ALL SELECT 'status',
    OLD.status WHERE OLD.status IS NOT NEW.status UNION ALL SELECT 'done_count',
    OLD.done_count WHERE OLD.done_count IS NOT NEW.done_count UNION ALL SELECT 'done_on',
    OLD.done_on WHERE OLD.done_on IS NOT NEW.done_on UNION ALL SELECT 'created_at',
    OLD.created_at WHERE OLD.created_at IS NOT NEW.created_at)), (SELECT json_group_object(k,
    v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'year',
    NEW.year WHERE OLD.year IS NOT NEW.year UNION ALL SELECT 'title', NEW.title WHERE
    OLD.title IS NOT NEW.title UNION ALL SELECT 'instrument', NEW.instrument WHERE
    OLD.instrument IS NOT NEW.instrument UNION ALL SELECT 'planned_count', NEW.planned_count
    WHERE OLD.planned_count IS NOT NEW.planned_count UNION ALL SELECT 'responsible',
    NEW.responsible WHERE OLD.responsible IS NOT NEW.responsible UNION ALL SELECT 'deadline',
    NEW.deadline WHERE OLD.deadline IS NOT NEW.deadline UNION ALL SELECT 'planned_regional',
    NEW.planned_regional WHERE OLD.planned_regional IS NOT NEW.planned_regional UNION ALL
    SELECT 'planned_federal', NEW.planned_federal WHERE OLD.planned_federal IS NOT
    NEW.planned_federal UNION ALL SELECT 'planned_extra', NEW.planned_extra WHERE
    OLD.planned_extra IS NOT NEW.planned_extra UNION ALL SELECT 'actual_regional',
    NEW.actual_regional WHERE OLD.actual_regional IS NOT NEW.actual_regional UNION ALL SELECT
    'actual_federal', NEW.actual_federal WHERE OLD.actual_federal IS NOT NEW.actual_federal
    UNION ALL SELECT 'actual_extra', NEW.actual_extra WHERE OLD.actual_extra IS NOT
    NEW.actual_extra UNION ALL SELECT 'status', NEW.status WHERE OLD.status IS NOT NEW.status
    UNION ALL SELECT 'done_count', NEW.done_count WHERE OLD.done_count IS NOT NEW.done_count
    UNION ALL SELECT 'done_on', NEW.done_on WHERE OLD.done_on IS NOT NEW.done_on UNION ALL
    SELECT 'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at)) FROM
    (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_programme_event_delete AFTER DELETE ON programme_event BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'programme_event', OLD.id, 'programme_event', OLD.rowid, 'delete', json_object('id',
    OLD.id, 'year', OLD.year, 'title', OLD.title, 'instrument', OLD.instrument,
    'planned_count', OLD.planned_count, 'responsible', OLD.responsible, 'deadline',
    OLD.deadline, 'planned_regional', OLD.planned_regional, 'planned_federal',
    OLD.planned_federal, 'planned_extra', OLD.planned_extra, 'actual_regional',
    OLD.actual_regional, 'actual_federal', OLD.actual_federal, 'actual_extra',
    OLD.actual_extra, 'status', OLD.status, 'done_count', OLD.done_count, 'done_on',
    OLD.done_on, 'created_at', OLD.created_at), NULL FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_programme_goal_insert AFTER INSERT ON programme_goal BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'programme_goal', NEW.position, 'programme_goal', NEW.rowid, 'insert', NULL,
    json_object('position', NEW.position, 'text', NEW.text) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_programme_goal_update AFTER UPDATE ON programme_goal WHEN
    OLD.position IS NOT NEW.position OR OLD.text IS NOT NEW.text BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'programme_goal', NEW.position, 'programme_goal', NEW.rowid, 'update', (SELECT
    json_group_object(k, v) FROM (SELECT 'position' AS k, OLD.position AS v WHERE OLD.position
    IS NOT NEW.position UNION ALL SELECT 'text', OLD.text WHERE OLD.text IS NOT NEW.text)),
    (SELECT json_group_object(k, v) FROM (SELECT 'position' AS k, NEW.position AS v WHERE
    OLD.position IS NOT NEW.position UNION ALL SELECT 'text', NEW.text WHERE OLD.text IS NOT
    NEW.text)) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_programme_goal_delete AFTER DELETE ON programme_goal BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'programme_goal', OLD.position, 'programme_goal', OLD.rowid, 'delete',
    json_object('position', OLD.position, 'text', OLD.text), NULL FROM (SELECT (SELECT txn_id
    FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_programme_kpi_insert AFTER INSERT ON programme_kpi BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'programme_kpi', NEW.id, 'programme_kpi', NEW.rowid, 'insert', NULL, json_object('id',
    NEW.id, 'name', NEW.name, 'unit', NEW.unit) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_programme_kpi_update AFTER UPDATE ON programme_kpi WHEN OLD.id IS NOT
    NEW.id OR OLD.name IS NOT NEW.name OR OLD.unit IS NOT NEW.unit BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'programme_kpi',
    NEW.id, 'programme_kpi', NEW.rowid, 'update', (SELECT json_group_object(k, v) FROM (SELECT
    'id' AS k, OLD.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'name', OLD.name WHERE
    OLD.name IS NOT NEW.name UNION ALL SELECT 'unit', OLD.unit WHERE OLD.unit IS NOT
    NEW.unit)), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE
    OLD.id IS NOT NEW.id UNION ALL SELECT 'name', NEW.name WHERE OLD.name IS NOT NEW.name
    UNION ALL SELECT 'unit', NEW.unit WHERE OLD.unit IS NOT NEW.unit)) FROM (SELECT (SELECT
    txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_programme_kpi_delete AFTER DELETE ON programme_kpi BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'programme_kpi', OLD.id, 'programme_kpi', OLD.rowid, 'delete', json_object('id', OLD.id,
    'name', OLD.name, 'unit', OLD.unit), NULL FROM (SELECT (SELECT txn_id FROM audit_context)
    AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_programme_kpi_plan_insert AFTER INSERT ON programme_kpi_plan BEGIN
    INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new)
    SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'programme_kpi_plan', NEW.kpi_id || '|' || NEW.year, 'programme_kpi',
    NEW.kpi_id, 'insert', NULL, json_object('kpi_id', NEW.kpi_id, 'year', NEW.year, 'value',
    NEW.value) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_programme_kpi_plan_update AFTER UPDATE ON programme_kpi_plan WHEN
    OLD.kpi_id IS NOT NEW.kpi_id OR OLD.year IS NOT NEW.year OR OLD.value IS NOT NEW.value
    BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old,
    new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'programme_kpi_plan', NEW.kpi_id || '|' || NEW.year, 'programme_kpi',
    NEW.kpi_id, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'kpi_id' AS k,
    OLD.kpi_id AS v WHERE OLD.kpi_id IS NOT NEW.kpi_id UNION ALL SELECT 'year', OLD.year WHERE
    OLD.year IS NOT NEW.year UNION ALL SELECT 'value', OLD.value WHERE OLD.value IS NOT
    NEW.value)), (SELECT json_group_object(k, v) FROM (SELECT 'kpi_id' AS k, NEW.kpi_id AS v
    WHERE OLD.kpi_id IS NOT NEW.kpi_id UNION ALL SELECT 'year', NEW.year WHERE OLD.year IS NOT
    NEW.year UNION ALL SELECT 'value', NEW.value WHERE OLD.value IS NOT NEW.value)) FROM
    (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_programme_kpi_plan_delete AFTER DELETE ON programme_kpi_plan BEGIN
    INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new)
    SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'programme_kpi_plan', OLD.kpi_id || '|' || OLD.year, 'programme_kpi',
    OLD.kpi_id, 'delete', json_object('kpi_id', OLD.kpi_id, 'year', OLD.year, 'value',
    OLD.value), NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_qualification_confirmation_insert AFTER INSERT ON
    qualification_confirmation BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key,
    record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN
    strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'qualification_confirmation',
    NEW.id, 'team_member', NEW.member_id, 'insert', NULL, json_object('id', NEW.id,
    'member_id', NEW.member_id, 'confirmed_on', NEW.confirmed_on, 'document', NEW.document,
    'issuer', NEW.issuer, 'created_at', NEW.created_at) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_qualification_confirmation_update AFTER UPDATE ON
    qualification_confirmation WHEN OLD.id IS NOT NEW.id OR OLD.member_id IS NOT NEW.member_id
    OR OLD.confirmed_on IS NOT NEW.confirmed_on OR OLD.document IS NOT NEW.document OR
    OLD.issuer IS NOT NEW.issuer OR OLD.created_at IS NOT NEW.created_at BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'qualification_confirmation', NEW.id, 'team_member', NEW.member_id, 'update', (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, OLD.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'member_id', OLD.member_id WHERE OLD.member_id IS NOT NEW.member_id UNION
    ALL SELECT 'confirmed_on', OLD.confirmed_on WHERE OLD.confirmed_on IS NOT NEW.confirmed_on
    UNION ALL SELECT 'document', OLD.document WHERE OLD.document IS NOT NEW.document UNION ALL
    SELECT 'issuer', OLD.issuer WHERE OLD.issuer IS NOT NEW.issuer UNION ALL SELECT
    'created_at', OLD.created_at WHERE OLD.created_at IS NOT NEW.created_at)), (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'member_id', NEW.member_id WHERE OLD.member_id IS NOT NEW.member_id UNION
    ALL SELECT 'confirmed_on', NEW.confirmed_on WHERE OLD.confirmed_on IS NOT NEW.confirmed_on
    UNION ALL SELECT 'document', NEW.document WHERE OLD.document IS NOT NEW.document UNION ALL
    SELECT 'issuer', NEW.issuer WHERE OLD.issuer IS NOT NEW.issuer UNION ALL SELECT
    'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at)) FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_qualification_confirmation_delete AFTER DELETE ON
    qualification_confirmation BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key,
    record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN
    strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'qualification_confirmation',
    OLD.id, 'team_member', OLD.member_id, 'delete', json_object('id', OLD.id, 'member_id',
    OLD.member_id, 'confirmed_on', OLD.confirmed_on, 'document', OLD.document, 'issuer',
    OLD.issuer, 'created_at', OLD.created_at), NULL FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_region_insert AFTER INSERT ON region BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'region',
    NEW.id, 'region', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'region_code',
    NEW.region_code, 'region_name', NEW.region_name, 'coordinator_body', NEW.coordinator_body,
    'contact_person', NEW.contact_person, 'phone', NEW.phone, 'email', NEW.email, 'address',
    NEW.address, 'start_year', NEW.start_year, 'low_export_potential',
    NEW.low_export_potential, 'federal_city', NEW.federal_city, 'is_demo', NEW.is_demo,
    'updated_at', NEW.updated_at, 'export_centre_federal_funding',
    NEW.export_centre_federal_funding, 'head_name', NEW.head_name, 'head_position',
    NEW.head_position, 'head_signature', NEW.head_signature) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_region_update AFTER UPDATE ON region WHEN OLD.id IS NOT NEW.id OR
    OLD.region_code IS NOT NEW.region_code OR OLD.region_name IS NOT NEW.region_name OR
    OLD.coordinator_body IS NOT NEW.coordinator_body OR OLD.contact_person IS NOT
    NEW.contact_person OR OLD.phone IS NOT NEW.phone OR OLD.email IS NOT NEW.email OR
    OLD.address IS NOT NEW.address OR OLD.start_year IS NOT NEW.start_year OR
    OLD.low_export_potential IS NOT NEW.low_export_potential OR OLD.federal_city IS NOT
    NEW.federal_city OR OLD.is_demo IS NOT NEW.is_demo OR OLD.export_centre_federal_funding IS
    NOT NEW.export_centre_federal_funding OR OLD.head_name IS NOT NEW.head_name OR
    OLD.head_position IS NOT NEW.head_position OR OLD.head_signature IS NOT NEW.head_signature
    BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old,
    new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'region', NEW.id, 'region', NEW.rowid, 'update', (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, OLD.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'region_code', OLD.region_code WHERE OLD.region_code IS NOT
    NEW.region_code UNION ALL SELECT 'region_name', OLD.region_name WHERE OLD.region_name IS
    NOT NEW.region_name UNION ALL SELECT 'coordinator_body', OLD.coordinator_body WHERE
    OLD.coordinator_body IS NOT NEW.coordinator_body UNION ALL SELECT 'contact_person',
    OLD.contact_person WHERE OLD.contact_person IS NOT NEW.contact_person UNION ALL SELECT
    'phone', OLD.phone WHERE OLD.phone IS NOT NEW.phone UNION ALL SELECT 'email', OLD.email
    WHERE OLD.email IS NOT NEW.email UNION ALL SELECT 'address', OLD.address WHERE OLD.address
    IS NOT NEW.address UNION ALL SELECT 'start_year', OLD.start_year WHERE OLD.start_year IS
    NOT NEW.start_year UNION ALL SELECT 'low_export_potential', OLD.low_export_potential WHERE
    OLD.low_export_potential IS NOT NEW.low_export_potential UNION ALL SELECT 'federal_city',
    OLD.federal_city WHERE OLD.federal_city IS NOT NEW.federal_city UNION ALL SELECT
    'is_demo', OLD.is_demo WHERE OLD.is_demo IS NOT NEW.is_demo UNION ALL SELECT
    'export_centre_federal_funding', OLD.export_centre_federal_funding WHERE
    OLD.export_centre_federal_funding IS NOT NEW.export_centre_federal_funding UNION ALL
    SELECT 'head_name', OLD.head_name WHERE OLD.head_name IS NOT NEW.head_name UNION ALL
    SELECT 'head_position', OLD.head_position WHERE OLD.head_position IS NOT NEW.head_position
    UNION ALL SELECT 'head_signature', OLD.head_signature WHERE OLD.head_signature IS NOT
    NEW.head_signature)), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v
    WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'region_code', NEW.region_code WHERE
    OLD.region_code IS NOT NEW.region_code UNION ALL SELECT 'region_name', NEW.region_name
    WHERE OLD.region_name IS NOT NEW.region_name UNION ALL SELECT 'coordinator_body',
    NEW.coordinator_body WHERE OLD.coordinator_body IS NOT NEW.coordinator_body UNION ALL
    SELECT 'contact_person', NEW.contact_person WHERE OLD.contact_person IS NOT
    NEW.contact_person UNION ALL SELECT 'phone', NEW.phone WHERE OLD.phone IS NOT NEW.phone
    UNION ALL SELECT 'email', NEW.email WHERE OLD.email IS NOT NEW.email UNION ALL SELECT
    'address', NEW.address WHERE OLD.address IS NOT NEW.address UNION ALL SELECT 'start_year',
    NEW.start_year WHERE OLD.start_year IS NOT NEW.start_year UNION ALL SELECT
    'low_export_potential', NEW.low_export_potential WHERE OLD.low_export_potential IS NOT
    NEW.low_export_potential UNION ALL SELECT 'federal_city', NEW.federal_city WHERE
    OLD.federal_city IS NOT NEW.federal_city UNION ALL SELECT 'is_demo', NEW.is_demo WHERE
    OLD.is_demo IS NOT NEW.is_demo UNION ALL SELECT 'export_centre_federal_funding',
    NEW.export_centre_federal_funding WHERE OLD.export_centre_federal_funding IS NOT
    NEW.export_centre_federal_funding UNION ALL SELECT 'head_name', NEW.head_name WHERE
    OLD.head_name IS NOT NEW.head_name UNION ALL SELECT 'head_position', NEW.head_position
    WHERE OLD.head_position IS NOT NEW.head_position UNION ALL SELECT 'head_signature',
    NEW.head_signature WHERE OLD.head_signature IS NOT NEW.head_signature)) FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_region_delete AFTER DELETE ON region BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'region',
    OLD.id, 'region', OLD.rowid, 'delete', json_object('id', OLD.id, 'region_code',
    OLD.region_code, 'region_name', OLD.region_name, 'coordinator_body', OLD.coordinator_body,
    'contact_person', OLD.contact_person, 'phone', OLD.phone, 'email', OLD.email, 'address',
    OLD.address, 'start_year', OLD.start_year, 'low_export_potential',
    OLD.low_export_potential, 'federal_city', OLD.federal_city, 'is_demo', OLD.is_demo,
    'updated_at', OLD.updated_at, 'export_centre_federal_funding',
    OLD.export_centre_federal_funding, 'head_name', OLD.head_name, 'head_position',
    OLD.head_position, 'head_signature', OLD.head_signature), NULL FROM (SELECT (SELECT txn_id
    FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_report_archive_insert AFTER INSERT ON report_archive BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'report_archive', NEW.id, 'report_archive', NEW.rowid, 'insert', NULL, json_object('id',
    NEW.id, 'kind', NEW.kind, 'year', NEW.year, 'quarter', NEW.quarter, 'period_label',
    NEW.period_label, 'generated_at', NEW.generated_at, 'file_name', NEW.file_name, 'sha256',
    NEW.sha256, 'size', NEW.size, 'pages', NEW.pages, 'sent_on', NEW.sent_on,
    'outgoing_number', NEW.outgoing_number) FROM (SELECT (SELECT txn_id FROM audit_context) AS
    txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_report_archive_update AFTER UPDATE ON report_archive WHEN OLD.id IS
    NOT NEW.id OR OLD.kind IS NOT NEW.kind OR OLD.year IS NOT NEW.year OR OLD.quarter IS NOT
    NEW.quarter OR OLD.period_label IS NOT NEW.period_label OR OLD.generated_at IS NOT
    NEW.generated_at OR OLD.file_name IS NOT NEW.file_name OR OLD.sha256 IS NOT NEW.sha256 OR
    OLD.size IS NOT NEW.size OR OLD.pages IS NOT NEW.pages OR OLD.sent_on IS NOT NEW.sent_on
    OR OLD.outgoing_number IS NOT NEW.outgoing_number BEGIN INSERT INTO audit_log (txn_id, at,
    tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS NULL
    THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'report_archive', NEW.id,
    'report_archive', NEW.rowid, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'id'
    AS k, OLD.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'kind', OLD.kind WHERE
    OLD.kind IS NOT NEW.kind UNION ALL SELECT 'year', OLD.year WHERE OLD.year IS NOT NEW.year
    UNION ALL SELECT 'quarter', OLD.quarter WHERE OLD.quarter IS NOT NEW.quarter UNION ALL
    SELECT 'period_label', OLD.period_label WHERE OLD.period_label IS NOT NEW.period_label
    UNION ALL SELECT 'generated_at', OLD.generated_at WHERE OLD.generated_at IS NOT
    NEW.generated_at UNION ALL SELECT 'file_name', OLD.file_name WHERE OLD.file_name IS NOT
    NEW.file_name UNION ALL SELECT 'sha256', OLD.sha256 WHERE OLD.sha256 IS NOT NEW.sha256
    UNION ALL SELECT 'size', OLD.size WHERE OLD.size IS NOT NEW.size UNION ALL SELECT 'pages',
    OLD.pages WHERE OLD.pages IS NOT NEW.pages UNION ALL SELECT 'sent_on', OLD.sent_on WHERE
    OLD.sent_on IS NOT NEW.sent_on UNION ALL SELECT 'outgoing_number', OLD.outgoing_number
    WHERE OLD.outgoing_number IS NOT NEW.outgoing_number)), (SELECT json_group_object(k, v)
    FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'kind',
    NEW.kind WHERE OLD.kind IS NOT NEW.kind UNION ALL SELECT 'year', NEW.year WHERE OLD.year
    IS NOT NEW.year UNION ALL SELECT 'quarter', NEW.quarter WHERE OLD.quarter IS NOT
    NEW.quarter UNION ALL SELECT 'period_label', NEW.period_label WHERE OLD.period_label IS
    NOT NEW.period_label UNION ALL SELECT 'generated_at', NEW.generated_at WHERE
    OLD.generated_at IS NOT NEW.generated_at UNION ALL SELECT 'file_name', NEW.file_name WHERE
    OLD.file_name IS NOT NEW.file_name UNION ALL SELECT 'sha256', NEW.sha256 WHERE OLD.sha256
    IS NOT NEW.sha256 UNION ALL SELECT 'size', NEW.size WHERE OLD.size IS NOT NEW.size UNION
    ALL SELECT 'pages', NEW.pages WHERE OLD.pages IS NOT NEW.pages UNION ALL SELECT 'sent_on',
    NEW.sent_on WHERE OLD.sent_on IS NOT NEW.sent_on UNION ALL SELECT 'outgoing_number',
    NEW.outgoing_number WHERE OLD.outgoing_number IS NOT NEW.outgoing_number)) FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_report_archive_delete AFTER DELETE ON report_archive BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'report_archive', OLD.id, 'report_archive', OLD.rowid, 'delete', json_object('id', OLD.id,
    'kind', OLD.kind, 'year', OLD.year, 'quarter', OLD.quarter, 'period_label',
    OLD.period_label, 'generated_at', OLD.generated_at, 'file_name', OLD.file_name, 'sha256',
    OLD.sha256, 'size', OLD.size, 'pages', OLD.pages, 'sent_on', OLD.sent_on,
    'outgoing_number', OLD.outgoing_number), NULL FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_saved_filter_insert AFTER INSERT ON saved_filter BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'saved_filter', NEW.id, 'saved_filter', NEW.rowid, 'insert', NULL, json_object('id',
    NEW.id, 'name', NEW.name, 'spec', NEW.spec) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_saved_filter_update AFTER UPDATE ON saved_filter WHEN OLD.id IS NOT
    NEW.id OR OLD.name IS NOT NEW.name OR OLD.spec IS NOT NEW.spec BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'saved_filter',
    NEW.id, 'saved_filter', NEW.rowid, 'update', (SELECT json_group_object(k, v) FROM (SELECT
    'id' AS k, OLD.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'name', OLD.name WHERE
    OLD.name IS NOT NEW.name UNION ALL SELECT 'spec', OLD.spec WHERE OLD.spec IS NOT
    NEW.spec)), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE
    OLD.id IS NOT NEW.id UNION ALL SELECT 'name', NEW.name WHERE OLD.name IS NOT NEW.name
    UNION ALL SELECT 'spec', NEW.spec WHERE OLD.spec IS NOT NEW.spec)) FROM (SELECT (SELECT
    txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_saved_filter_delete AFTER DELETE ON saved_filter BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'saved_filter', OLD.id, 'saved_filter', OLD.rowid, 'delete', json_object('id', OLD.id,
    'name', OLD.name, 'spec', OLD.spec), NULL FROM (SELECT (SELECT txn_id FROM audit_context)
    AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_social_account_insert AFTER INSERT ON social_account BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'social_account', NEW.id, 'social_account', NEW.rowid, 'insert', NULL, json_object('id',
    NEW.id, 'network', NEW.network, 'url', NEW.url) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_social_account_update AFTER UPDATE ON social_account WHEN OLD.id IS
    NOT NEW.id OR OLD.network IS NOT NEW.network OR OLD.url IS NOT NEW.url BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'social_account', NEW.id, 'social_account', NEW.rowid, 'update', (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, OLD.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'network', OLD.network WHERE OLD.network IS NOT NEW.network UNION ALL
    SELECT 'url', OLD.url WHERE OLD.url IS NOT NEW.url)), (SELECT json_group_object(k, v) FROM
    (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'network',
    NEW.network WHERE OLD.network IS NOT NEW.network UNION ALL SELECT 'url', NEW.url WHERE
    OLD.url IS NOT NEW.url)) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_social_account_delete AFTER DELETE ON social_account BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'social_account', OLD.id, 'social_account', OLD.rowid, 'delete', json_object('id', OLD.id,
    'network', OLD.network, 'url', OLD.url), NULL FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_staff_training_insert AFTER INSERT ON staff_training BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'staff_training', NEW.id, 'staff_training', NEW.rowid, 'insert', NULL, json_object('id',
    NEW.id, 'year', NEW.year, 'planned', NEW.planned, 'trained', NEW.trained, 'interned',
    NEW.interned, 'programmes_developed', NEW.programmes_developed, 'plan_approved_on',
    NEW.plan_approved_on, 'reported_on', NEW.reported_on) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_staff_training_update AFTER UPDATE ON staff_training WHEN OLD.id IS
    NOT NEW.id OR OLD.year IS NOT NEW.year OR OLD.planned IS NOT NEW.planned OR OLD.trained IS
    NOT NEW.trained OR OLD.interned IS NOT NEW.interned OR OLD.programmes_developed IS NOT
    NEW.programmes_developed OR OLD.plan_approved_on IS NOT NEW.plan_approved_on OR
    OLD.reported_on IS NOT NEW.reported_on BEGIN INSERT INTO audit_log (txn_id, at, tbl,
    row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN
    strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'staff_training', NEW.id,
    'staff_training', NEW.rowid, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'id'
    AS k, OLD.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'year', OLD.year WHERE
    OLD.year IS NOT NEW.year UNION ALL SELECT 'planned', OLD.planned WHERE OLD.planned IS NOT
    NEW.planned UNION ALL SELECT 'trained', OLD.trained WHERE OLD.trained IS NOT NEW.trained
    UNION ALL SELECT 'interned', OLD.interned WHERE OLD.interned IS NOT NEW.interned UNION ALL
    SELECT 'programmes_developed', OLD.programmes_developed WHERE OLD.programmes_developed IS
    NOT NEW.programmes_developed UNION ALL SELECT 'plan_approved_on', OLD.plan_approved_on
    WHERE OLD.plan_approved_on IS NOT NEW.plan_approved_on UNION ALL SELECT 'reported_on',
    OLD.reported_on WHERE OLD.reported_on IS NOT NEW.reported_on)), (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'year', NEW.year WHERE OLD.year IS NOT NEW.year UNION ALL SELECT
    'planned', NEW.planned WHERE OLD.planned IS NOT NEW.planned UNION ALL SELECT 'trained',
    NEW.trained WHERE OLD.trained IS NOT NEW.trained UNION ALL SELECT 'interned', NEW.interned
    WHERE OLD.interned IS NOT NEW.interned UNION ALL SELECT 'programmes_developed',
    NEW.programmes_developed WHERE OLD.programmes_developed IS NOT NEW.programmes_developed
    UNION ALL SELECT 'plan_approved_on', NEW.plan_approved_on WHERE OLD.plan_approved_on IS
    NOT NEW.plan_approved_on UNION ALL SELECT 'reported_on', NEW.reported_on WHERE
    OLD.reported_on IS NOT NEW.reported_on)) FROM (SELECT (SELECT txn_id FROM audit_context)
    AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_staff_training_delete AFTER DELETE ON staff_training BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'staff_training', OLD.id, 'staff_training', OLD.rowid, 'delete', json_object('id', OLD.id,
    'year', OLD.year, 'planned', OLD.planned, 'trained', OLD.trained, 'interned',
    OLD.interned, 'programmes_developed', OLD.programmes_developed, 'plan_approved_on',
    OLD.plan_approved_on, 'reported_on', OLD.reported_on), NULL FROM (SELECT (SELECT txn_id
    FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_support_record_insert AFTER INSERT ON support_record BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'support_record', NEW.id, 'company', NEW.company_id, 'insert', NULL, json_object('id',
    NEW.id, 'company_id', NEW.company_id, 'measure', NEW.measure, 'given_on', NEW.given_on,
    'provider', NEW.provider, 'result', NEW.result, 'export_contract', NEW.export_contract,
    'amount_kusd', NEW.amount_kusd) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS
    c; END
    """,
    """
    CREATE TRIGGER audit_support_record_update AFTER UPDATE ON support_record WHEN OLD.id IS
    NOT NEW.id OR OLD.company_id IS NOT NEW.company_id OR OLD.measure IS NOT NEW.measure OR
    OLD.given_on IS NOT NEW.given_on OR OLD.provider IS NOT NEW.provider OR OLD.result IS NOT
    NEW.result OR OLD.export_contract IS NOT NEW.export_contract OR OLD.amount_kusd IS NOT
    NEW.amount_kusd BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl,
    record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN
    strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'support_record', NEW.id,
    'company', NEW.company_id, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS
    k, OLD.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'company_id', OLD.company_id
    WHERE OLD.company_id IS NOT NEW.company_id UNION ALL SELECT 'measure', OLD.measure WHERE
    OLD.measure IS NOT NEW.measure UNION ALL SELECT 'given_on', OLD.given_on WHERE
    OLD.given_on IS NOT NEW.given_on UNION ALL SELECT 'provider', OLD.provider WHERE
    OLD.provider IS NOT NEW.provider UNION ALL SELECT 'result', OLD.result WHERE OLD.result IS
    NOT NEW.result UNION ALL SELECT 'export_contract', OLD.export_contract WHERE
    OLD.export_contract IS NOT NEW.export_contract UNION ALL SELECT 'amount_kusd',
    OLD.amount_kusd WHERE OLD.amount_kusd IS NOT NEW.amount_kusd)), (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'company_id', NEW.company_id WHERE OLD.company_id IS NOT NEW.company_id
    UNION ALL SELECT 'measure', NEW.measure WHERE OLD.measure IS NOT NEW.measure UNION ALL
    SELECT 'given_on', NEW.given_on WHERE OLD.given_on IS NOT NEW.given_on UNION ALL SELECT
    'provider', NEW.provider WHERE OLD.provider IS NOT NEW.provider UNION ALL SELECT 'result',
    NEW.result WHERE OLD.result IS NOT NEW.result UNION ALL SELECT 'export_contract',
    NEW.export_contract WHERE OLD.export_contract IS NOT NEW.export_contract UNION ALL SELECT
    'amount_kusd', NEW.amount_kusd WHERE OLD.amount_kusd IS NOT NEW.amount_kusd)) FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_support_record_delete AFTER DELETE ON support_record BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'support_record', OLD.id, 'company', OLD.company_id, 'delete', json_object('id', OLD.id,
    'company_id', OLD.company_id, 'measure', OLD.measure, 'given_on', OLD.given_on,
    'provider', OLD.provider, 'result', OLD.result, 'export_contract', OLD.export_contract,
    'amount_kusd', OLD.amount_kusd), NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS
    txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_team_member_insert AFTER INSERT ON team_member BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'team_member', NEW.id, 'team_member', NEW.rowid, 'insert', NULL, json_object('id', NEW.id,
    'full_name', NEW.full_name, 'position', NEW.position, 'organisation', NEW.organisation,
    'slot', NEW.slot, 'phone', NEW.phone, 'email', NEW.email, 'included_on', NEW.included_on,
    'excluded_on', NEW.excluded_on, 'created_at', NEW.created_at) FROM (SELECT (SELECT txn_id
    FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_team_member_update AFTER UPDATE ON team_member WHEN OLD.id IS NOT
    NEW.id OR OLD.full_name IS NOT NEW.full_name OR OLD.position IS NOT NEW.position OR
    OLD.organisation IS NOT NEW.organisation OR OLD.slot IS NOT NEW.slot OR OLD.phone IS NOT
    NEW.phone OR OLD.email IS NOT NEW.email OR OLD.included_on IS NOT NEW.included_on OR
    OLD.excluded_on IS NOT NEW.excluded_on OR OLD.created_at IS NOT NEW.created_at BEGIN
    INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new)
    SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'team_member', NEW.id, 'team_member', NEW.rowid, 'update', (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, OLD.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'full_name', OLD.full_name WHERE OLD.full_name IS NOT NEW.full_name UNION
    ALL SELECT 'position', OLD.position WHERE OLD.position IS NOT NEW.position UNION ALL
    SELECT 'organisation', OLD.organisation WHERE OLD.organisation IS NOT NEW.organisation
    UNION ALL SELECT 'slot', OLD.slot WHERE OLD.slot IS NOT NEW.slot UNION ALL SELECT 'phone',
    OLD.phone WHERE OLD.phone IS NOT NEW.phone UNION ALL SELECT 'email', OLD.email WHERE
    OLD.email IS NOT NEW.email UNION ALL SELECT 'included_on', OLD.included_on WHERE
    OLD.included_on IS NOT NEW.included_on UNION ALL SELECT 'excluded_on', OLD.excluded_on
    WHERE OLD.excluded_on IS NOT NEW.excluded_on UNION ALL SELECT 'created_at', OLD.created_at
    WHERE OLD.created_at IS NOT NEW.created_at)), (SELECT json_group_object(k, v) FROM (SELECT
    'id' AS k, NEW.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'full_name',
    NEW.full_name WHERE OLD.full_name IS NOT NEW.full_name UNION ALL SELECT 'position',
    NEW.position WHERE OLD.position IS NOT NEW.position UNION ALL SELECT 'organisation',
    NEW.organisation WHERE OLD.organisation IS NOT NEW.organisation UNION ALL SELECT 'slot',
    NEW.slot WHERE OLD.slot IS NOT NEW.slot UNION ALL SELECT 'phone', NEW.phone WHERE
    OLD.phone IS NOT NEW.phone UNION ALL SELECT 'email', NEW.email WHERE OLD.email IS NOT
    NEW.email UNION ALL SELECT 'included_on', NEW.included_on WHERE OLD.included_on IS NOT
    NEW.included_on UNION ALL SELECT 'excluded_on', NEW.excluded_on WHERE OLD.excluded_on IS
    NOT NEW.excluded_on UNION ALL SELECT 'created_at', NEW.created_at WHERE OLD.created_at IS
    NOT NEW.created_at)) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_team_member_delete AFTER DELETE ON team_member BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'team_member', OLD.id, 'team_member', OLD.rowid, 'delete', json_object('id', OLD.id,
    'full_name', OLD.full_name, 'position', OLD.position, 'organisation', OLD.organisation,
    'slot', OLD.slot, 'phone', OLD.phone, 'email', OLD.email, 'included_on', OLD.included_on,
    'excluded_on', OLD.excluded_on, 'created_at', OLD.created_at), NULL FROM (SELECT (SELECT
    txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_training_event_insert AFTER INSERT ON training_event BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'training_event', NEW.id, 'training_event', NEW.rowid, 'insert', NULL, json_object('id',
    NEW.id, 'kind', NEW.kind, 'title', NEW.title, 'organisation', NEW.organisation,
    'is_educational_org', NEW.is_educational_org, 'starts_on', NEW.starts_on, 'ends_on',
    NEW.ends_on, 'hours', NEW.hours, 'mode', NEW.mode, 'created_at', NEW.created_at) FROM
    (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_training_event_update AFTER UPDATE ON training_event WHEN OLD.id IS
    NOT NEW.id OR OLD.kind IS NOT NEW.kind OR OLD.title IS NOT NEW.title OR OLD.organisation
    IS NOT NEW.organisation OR OLD.is_educational_org IS NOT NEW.is_educational_org OR
    OLD.starts_on IS NOT NEW.starts_on OR OLD.ends_on IS NOT NEW.ends_on OR OLD.hours IS NOT
    NEW.hours OR OLD.mode IS NOT NEW.mode OR OLD.created_at IS NOT NEW.created_at BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'training_event', NEW.id, 'training_event', NEW.rowid, 'update', (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, OLD.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'kind', OLD.kind WHERE OLD.kind IS NOT NEW.kind UNION ALL SELECT 'title',
    OLD.title WHERE OLD.title IS NOT NEW.title UNION ALL SELECT 'organisation',
    OLD.organisation WHERE OLD.organisation IS NOT NEW.organisation UNION ALL SELECT
    'is_educational_org', OLD.is_educational_org WHERE OLD.is_educational_org IS NOT
    NEW.is_educational_org UNION ALL SELECT 'starts_on', OLD.starts_on WHERE OLD.starts_on IS
    NOT NEW.starts_on UNION ALL SELECT 'ends_on', OLD.ends_on WHERE OLD.ends_on IS NOT
    NEW.ends_on UNION ALL SELECT 'hours', OLD.hours WHERE OLD.hours IS NOT NEW.hours UNION ALL
    SELECT 'mode', OLD.mode WHERE OLD.mode IS NOT NEW.mode UNION ALL SELECT 'created_at',
    OLD.created_at WHERE OLD.created_at IS NOT NEW.created_at)), (SELECT json_group_object(k,
    v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'kind',
    NEW.kind WHERE OLD.kind IS NOT NEW.kind UNION ALL SELECT 'title', NEW.title WHERE
    OLD.title IS NOT NEW.title UNION ALL SELECT 'organisation', NEW.organisation WHERE
    OLD.organisation IS NOT NEW.organisation UNION ALL SELECT 'is_educational_org',
    NEW.is_educational_org WHERE OLD.is_educational_org IS NOT NEW.is_educational_org UNION
    ALL SELECT 'starts_on', NEW.starts_on WHERE OLD.starts_on IS NOT NEW.starts_on UNION ALL
    SELECT 'ends_on', NEW.ends_on WHERE OLD.ends_on IS NOT NEW.ends_on UNION ALL SELECT
    'hours', NEW.hours WHERE OLD.hours IS NOT NEW.hours UNION ALL SELECT 'mode', NEW.mode
    WHERE OLD.mode IS NOT NEW.mode UNION ALL SELECT 'created_at', NEW.created_at WHERE
    OLD.created_at IS NOT NEW.created_at)) FROM (SELECT (SELECT txn_id FROM audit_context) AS
    txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_training_event_delete AFTER DELETE ON training_event BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'training_event', OLD.id, 'training_event', OLD.rowid, 'delete', json_object('id', OLD.id,
    'kind', OLD.kind, 'title', OLD.title, 'organisation', OLD.organisation,
    'is_educational_org', OLD.is_educational_org, 'starts_on', OLD.starts_on, 'ends_on',
    OLD.ends_on, 'hours', OLD.hours, 'mode', OLD.mode, 'created_at', OLD.created_at), NULL
    FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_training_event_topic_insert AFTER INSERT ON training_event_topic
    BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old,
    new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'training_event_topic', NEW.event_id || '|' || NEW.topic,
    'training_event', NEW.event_id, 'insert', NULL, json_object('event_id', NEW.event_id,
    'topic', NEW.topic) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_training_event_topic_update AFTER UPDATE ON training_event_topic WHEN
    OLD.event_id IS NOT NEW.event_id OR OLD.topic IS NOT NEW.topic BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'training_event_topic', NEW.event_id || '|' || NEW.topic, 'training_event', NEW.event_id,
    'update', (SELECT json_group_object(k, v) FROM (SELECT 'event_id' AS k, OLD.event_id AS v
    WHERE OLD.event_id IS NOT NEW.event_id UNION ALL SELECT 'topic', OLD.topic WHERE OLD.topic
    IS NOT NEW.topic)), (SELECT json_group_object(k, v) FROM (SELECT 'event_id' AS k,
    NEW.event_id AS v WHERE OLD.event_id IS NOT NEW.event_id UNION ALL SELECT 'topic',
    NEW.topic WHERE OLD.topic IS NOT NEW.topic)) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_training_event_topic_delete AFTER DELETE ON training_event_topic
    BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old,
    new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'training_event_topic', OLD.event_id || '|' || OLD.topic,
    'training_event', OLD.event_id, 'delete', json_object('event_id', OLD.event_id, 'topic',
    OLD.topic), NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_training_participant_insert AFTER INSERT ON training_participant
    BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old,
    new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'training_participant', NEW.event_id || '|' || NEW.member_id,
    'training_event', NEW.event_id, 'insert', NULL, json_object('event_id', NEW.event_id,
    'member_id', NEW.member_id, 'certificate_number', NEW.certificate_number,
    'certificate_sha256', NEW.certificate_sha256, 'certificate_name', NEW.certificate_name)
    FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_training_participant_update AFTER UPDATE ON training_participant WHEN
    OLD.event_id IS NOT NEW.event_id OR OLD.member_id IS NOT NEW.member_id OR
    OLD.certificate_number IS NOT NEW.certificate_number OR OLD.certificate_sha256 IS NOT
    NEW.certificate_sha256 OR OLD.certificate_name IS NOT NEW.certificate_name BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'training_participant', NEW.event_id || '|' || NEW.member_id, 'training_event',
    NEW.event_id, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'event_id' AS k,
    OLD.event_id AS v WHERE OLD.event_id IS NOT NEW.event_id UNION ALL SELECT 'member_id',
    OLD.member_id WHERE OLD.member_id IS NOT NEW.member_id UNION ALL SELECT
    'certificate_number', OLD.certificate_number WHERE OLD.certificate_number IS NOT
    NEW.certificate_number UNION ALL SELECT 'certificate_sha256', OLD.certificate_sha256 WHERE
    OLD.certificate_sha256 IS NOT NEW.certificate_sha256 UNION ALL SELECT 'certificate_name',
    OLD.certificate_name WHERE OLD.certificate_name IS NOT NEW.certificate_name)), (SELECT
    json_group_object(k, v) FROM (SELECT 'event_id' AS k, NEW.event_id AS v WHERE OLD.event_id
    IS NOT NEW.event_id UNION ALL SELECT 'member_id', NEW.member_id WHERE OLD.member_id IS NOT
    NEW.member_id UNION ALL SELECT 'certificate_number', NEW.certificate_number WHERE
    OLD.certificate_number IS NOT NEW.certificate_number UNION ALL SELECT
    'certificate_sha256', NEW.certificate_sha256 WHERE OLD.certificate_sha256 IS NOT
    NEW.certificate_sha256 UNION ALL SELECT 'certificate_name', NEW.certificate_name WHERE
    OLD.certificate_name IS NOT NEW.certificate_name)) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_training_participant_delete AFTER DELETE ON training_participant
    BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old,
    new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'training_participant', OLD.event_id || '|' || OLD.member_id,
    'training_event', OLD.event_id, 'delete', json_object('event_id', OLD.event_id,
    'member_id', OLD.member_id, 'certificate_number', OLD.certificate_number,
    'certificate_sha256', OLD.certificate_sha256, 'certificate_name', OLD.certificate_name),
    NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_working_group_insert AFTER INSERT ON working_group BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'working_group', NEW.id, 'working_group', NEW.rowid, 'insert', NULL, json_object('id',
    NEW.id, 'name', NEW.name, 'topic', NEW.topic) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_working_group_update AFTER UPDATE ON working_group WHEN OLD.id IS NOT
    NEW.id OR OLD.name IS NOT NEW.name OR OLD.topic IS NOT NEW.topic BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'working_group', NEW.id, 'working_group', NEW.rowid, 'update', (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, OLD.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'name', OLD.name WHERE OLD.name IS NOT NEW.name UNION ALL SELECT 'topic',
    OLD.topic WHERE OLD.topic IS NOT NEW.topic)), (SELECT json_group_object(k, v) FROM (SELECT
    'id' AS k, NEW.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'name', NEW.name WHERE
    OLD.name IS NOT NEW.name UNION ALL SELECT 'topic', NEW.topic WHERE OLD.topic IS NOT
    NEW.topic)) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_working_group_delete AFTER DELETE ON working_group BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'working_group', OLD.id, 'working_group', OLD.rowid, 'delete', json_object('id', OLD.id,
    'name', OLD.name, 'topic', OLD.topic), NULL FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_working_group_member_insert AFTER INSERT ON working_group_member
    BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old,
    new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'working_group_member', NEW.group_id || '|' || NEW.member_id,
    'working_group', NEW.group_id, 'insert', NULL, json_object('group_id', NEW.group_id,
    'member_id', NEW.member_id) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c;
    END
    """,
    """
    CREATE TRIGGER audit_working_group_member_update AFTER UPDATE ON working_group_member WHEN
    OLD.group_id IS NOT NEW.group_id OR OLD.member_id IS NOT NEW.member_id BEGIN INSERT INTO
    audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn,
    CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END,
    'working_group_member', NEW.group_id || '|' || NEW.member_id, 'working_group',
    NEW.group_id, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'group_id' AS k,
    OLD.group_id AS v WHERE OLD.group_id IS NOT NEW.group_id UNION ALL SELECT 'member_id',
    OLD.member_id WHERE OLD.member_id IS NOT NEW.member_id)), (SELECT json_group_object(k, v)
    FROM (SELECT 'group_id' AS k, NEW.group_id AS v WHERE OLD.group_id IS NOT NEW.group_id
    UNION ALL SELECT 'member_id', NEW.member_id WHERE OLD.member_id IS NOT NEW.member_id))
    FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_working_group_member_delete AFTER DELETE ON working_group_member
    BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old,
    new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'working_group_member', OLD.group_id || '|' || OLD.member_id,
    'working_group', OLD.group_id, 'delete', json_object('group_id', OLD.group_id,
    'member_id', OLD.member_id), NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS txn)
    AS c; END
    """,
)


def migrate(db: sqlite_utils.Database) -> None:
    execute(db, *_TABLES, *_TRIGGERS)
