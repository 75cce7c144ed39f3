"""Migration step 0019_audit_later_tables, frozen as released (literal SQL: never edit it).

The history of changes (step 0014) for what steps 0015-0018 added: the registry's sort keys
and a merge's undo data are logged with their company (their triggers are made again with every
column; the sort keys, made from other columns, log no update of their own, as ``sort_name``),
the user's list of excluded ТН ВЭД headings and the programme's KPI facts get their own
triggers. Left unlogged, as bookkeeping rebuilt from logged rows: the import fingerprints,
``derived_data`` and the registry's yearly snapshots (storage/common/audit.py, ``UNLOGGED``).
"""

from __future__ import annotations

NAME = "0019_audit_later_tables"

STATEMENTS = (
    """
    DROP TRIGGER audit_company_insert
    """,
    """
    DROP TRIGGER audit_company_update
    """,
    """
    DROP TRIGGER audit_company_delete
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
    'last_volume_kusd', NEW.last_volume_kusd, 'municipality_key', NEW.municipality_key,
    'industry_key', NEW.industry_key, 'countries_key', NEW.countries_key) FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_update AFTER UPDATE ON company WHEN OLD.id IS NOT NEW.id OR
    OLD.inn IS NOT NEW.inn OR OLD.ogrn IS NOT NEW.ogrn OR OLD.full_name IS NOT NEW.full_name
    OR OLD.short_name IS NOT NEW.short_name OR OLD.sme_category IS NOT NEW.sme_category OR
    OLD.municipality IS NOT NEW.municipality OR OLD.okved IS NOT NEW.okved OR OLD.industry
    IS NOT NEW.industry OR OLD.status IS NOT NEW.status OR OLD.export_stage IS NOT
    NEW.export_stage OR OLD.needs_text IS NOT NEW.needs_text OR OLD.barriers_text IS NOT
    NEW.barriers_text OR OLD.contact_person IS NOT NEW.contact_person OR OLD.contact_phone
    IS NOT NEW.contact_phone OR OLD.contact_email IS NOT NEW.contact_email OR OLD.notes IS
    NOT NEW.notes OR OLD.last_checked IS NOT NEW.last_checked OR OLD.created_at IS NOT
    NEW.created_at BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl,
    record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN
    strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'company', NEW.id, 'company',
    NEW.rowid, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD.id AS v
    WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'inn', OLD.inn WHERE OLD.inn IS NOT NEW.inn
    UNION ALL SELECT 'ogrn', OLD.ogrn WHERE OLD.ogrn IS NOT NEW.ogrn UNION ALL SELECT
    'full_name', OLD.full_name WHERE OLD.full_name IS NOT NEW.full_name UNION ALL SELECT
    'short_name', OLD.short_name WHERE OLD.short_name IS NOT NEW.short_name UNION ALL SELECT
    'sme_category', OLD.sme_category WHERE OLD.sme_category IS NOT NEW.sme_category UNION
    ALL SELECT 'municipality', OLD.municipality WHERE OLD.municipality IS NOT
    NEW.municipality UNION ALL SELECT 'okved', OLD.okved WHERE OLD.okved IS NOT NEW.okved
    UNION ALL SELECT 'industry', OLD.industry WHERE OLD.industry IS NOT NEW.industry UNION
    ALL SELECT 'status', OLD.status WHERE OLD.status IS NOT NEW.status UNION ALL SELECT
    'export_stage', OLD.export_stage WHERE OLD.export_stage IS NOT NEW.export_stage UNION
    ALL SELECT 'needs_text', OLD.needs_text WHERE OLD.needs_text IS NOT NEW.needs_text UNION
    ALL SELECT 'barriers_text', OLD.barriers_text WHERE OLD.barriers_text IS NOT
    NEW.barriers_text UNION ALL SELECT 'contact_person', OLD.contact_person WHERE
    OLD.contact_person IS NOT NEW.contact_person UNION ALL SELECT 'contact_phone',
    OLD.contact_phone WHERE OLD.contact_phone IS NOT NEW.contact_phone UNION ALL SELECT
    'contact_email', OLD.contact_email WHERE OLD.contact_email IS NOT NEW.contact_email
    UNION ALL SELECT 'notes', OLD.notes WHERE OLD.notes IS NOT NEW.notes UNION ALL SELECT
    'last_checked', OLD.last_checked WHERE OLD.last_checked IS NOT NEW.last_checked UNION
    ALL SELECT 'created_at', OLD.created_at WHERE OLD.created_at IS NOT NEW.created_at)),
    (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT
    NEW.id UNION ALL SELECT 'inn', NEW.inn WHERE OLD.inn IS NOT NEW.inn UNION ALL SELECT
    'ogrn', NEW.ogrn WHERE OLD.ogrn IS NOT NEW.ogrn UNION ALL SELECT 'full_name',
    NEW.full_name WHERE OLD.full_name IS NOT NEW.full_name UNION ALL SELECT 'short_name',
    NEW.short_name WHERE OLD.short_name IS NOT NEW.short_name UNION ALL SELECT
    'sme_category', NEW.sme_category WHERE OLD.sme_category IS NOT NEW.sme_category UNION
    ALL SELECT 'municipality', NEW.municipality WHERE OLD.municipality IS NOT
    NEW.municipality UNION ALL SELECT 'okved', NEW.okved WHERE OLD.okved IS NOT NEW.okved
    UNION ALL SELECT 'industry', NEW.industry WHERE OLD.industry IS NOT NEW.industry UNION
    ALL SELECT 'status', NEW.status WHERE OLD.status IS NOT NEW.status UNION ALL SELECT
    'export_stage', NEW.export_stage WHERE OLD.export_stage IS NOT NEW.export_stage UNION
    ALL SELECT 'needs_text', NEW.needs_text WHERE OLD.needs_text IS NOT NEW.needs_text UNION
    ALL SELECT 'barriers_text', NEW.barriers_text WHERE OLD.barriers_text IS NOT
    NEW.barriers_text UNION ALL SELECT 'contact_person', NEW.contact_person WHERE
    OLD.contact_person IS NOT NEW.contact_person UNION ALL SELECT 'contact_phone',
    NEW.contact_phone WHERE OLD.contact_phone IS NOT NEW.contact_phone UNION ALL SELECT
    'contact_email', NEW.contact_email WHERE OLD.contact_email IS NOT NEW.contact_email
    UNION ALL SELECT 'notes', NEW.notes WHERE OLD.notes IS NOT NEW.notes UNION ALL SELECT
    'last_checked', NEW.last_checked WHERE OLD.last_checked IS NOT NEW.last_checked UNION
    ALL SELECT 'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at))
    FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_delete AFTER DELETE ON company BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'company',
    OLD.id, 'company', OLD.rowid, 'delete', json_object('id', OLD.id, 'inn', OLD.inn,
    'ogrn', OLD.ogrn, 'full_name', OLD.full_name, 'short_name', OLD.short_name,
    'sme_category', OLD.sme_category, 'municipality', OLD.municipality, 'okved', OLD.okved,
    'industry', OLD.industry, 'status', OLD.status, 'export_stage', OLD.export_stage,
    'needs_text', OLD.needs_text, 'barriers_text', OLD.barriers_text, 'contact_person',
    OLD.contact_person, 'contact_phone', OLD.contact_phone, 'contact_email',
    OLD.contact_email, 'notes', OLD.notes, 'last_checked', OLD.last_checked, 'sort_name',
    OLD.sort_name, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at,
    'last_volume_kusd', OLD.last_volume_kusd, 'municipality_key', OLD.municipality_key,
    'industry_key', OLD.industry_key, 'countries_key', OLD.countries_key), NULL FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    DROP TRIGGER audit_company_merge_insert
    """,
    """
    DROP TRIGGER audit_company_merge_update
    """,
    """
    DROP TRIGGER audit_company_merge_delete
    """,
    """
    CREATE TRIGGER audit_company_merge_insert AFTER INSERT ON company_merge BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')
    END, 'company_merge', NEW.id, 'company', NEW.kept_id, 'insert', NULL, json_object('id',
    NEW.id, 'kept_id', NEW.kept_id, 'removed_inn', NEW.removed_inn, 'removed_record',
    NEW.removed_record, 'merged_at', NEW.merged_at, 'removed_id', NEW.removed_id,
    'kept_record', NEW.kept_record, 'merged_record', NEW.merged_record, 'moved', NEW.moved,
    'undone_at', NEW.undone_at) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS
    c; END
    """,
    """
    CREATE TRIGGER audit_company_merge_update AFTER UPDATE ON company_merge WHEN OLD.id IS
    NOT NEW.id OR OLD.kept_id IS NOT NEW.kept_id OR OLD.removed_inn IS NOT NEW.removed_inn
    OR OLD.removed_record IS NOT NEW.removed_record OR OLD.merged_at IS NOT NEW.merged_at OR
    OLD.removed_id IS NOT NEW.removed_id OR OLD.kept_record IS NOT NEW.kept_record OR
    OLD.merged_record IS NOT NEW.merged_record OR OLD.moved IS NOT NEW.moved OR
    OLD.undone_at IS NOT NEW.undone_at BEGIN INSERT INTO audit_log (txn_id, at, tbl,
    row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN
    strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'company_merge', NEW.id,
    'company', NEW.kept_id, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS
    k, OLD.id AS v WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'kept_id', OLD.kept_id WHERE
    OLD.kept_id IS NOT NEW.kept_id UNION ALL SELECT 'removed_inn', OLD.removed_inn WHERE
    OLD.removed_inn IS NOT NEW.removed_inn UNION ALL SELECT 'removed_record',
    OLD.removed_record WHERE OLD.removed_record IS NOT NEW.removed_record UNION ALL SELECT
    'merged_at', OLD.merged_at WHERE OLD.merged_at IS NOT NEW.merged_at UNION ALL SELECT
    'removed_id', OLD.removed_id WHERE OLD.removed_id IS NOT NEW.removed_id UNION ALL SELECT
    'kept_record', OLD.kept_record WHERE OLD.kept_record IS NOT NEW.kept_record UNION ALL
    SELECT 'merged_record', OLD.merged_record WHERE OLD.merged_record IS NOT
    NEW.merged_record UNION ALL SELECT 'moved', OLD.moved WHERE OLD.moved IS NOT NEW.moved
    UNION ALL SELECT 'undone_at', OLD.undone_at WHERE OLD.undone_at IS NOT NEW.undone_at)),
    (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT
    NEW.id UNION ALL SELECT 'kept_id', NEW.kept_id WHERE OLD.kept_id IS NOT NEW.kept_id
    UNION ALL SELECT 'removed_inn', NEW.removed_inn WHERE OLD.removed_inn IS NOT
    NEW.removed_inn UNION ALL SELECT 'removed_record', NEW.removed_record WHERE
    OLD.removed_record IS NOT NEW.removed_record UNION ALL SELECT 'merged_at', NEW.merged_at
    WHERE OLD.merged_at IS NOT NEW.merged_at UNION ALL SELECT 'removed_id', NEW.removed_id
    WHERE OLD.removed_id IS NOT NEW.removed_id UNION ALL SELECT 'kept_record',
    NEW.kept_record WHERE OLD.kept_record IS NOT NEW.kept_record UNION ALL SELECT
    'merged_record', NEW.merged_record WHERE OLD.merged_record IS NOT NEW.merged_record
    UNION ALL SELECT 'moved', NEW.moved WHERE OLD.moved IS NOT NEW.moved UNION ALL SELECT
    'undone_at', NEW.undone_at WHERE OLD.undone_at IS NOT NEW.undone_at)) FROM (SELECT
    (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_company_merge_delete AFTER DELETE ON company_merge BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')
    END, 'company_merge', OLD.id, 'company', OLD.kept_id, 'delete', json_object('id',
    OLD.id, 'kept_id', OLD.kept_id, 'removed_inn', OLD.removed_inn, 'removed_record',
    OLD.removed_record, 'merged_at', OLD.merged_at, 'removed_id', OLD.removed_id,
    'kept_record', OLD.kept_record, 'merged_record', OLD.merged_record, 'moved', OLD.moved,
    'undone_at', OLD.undone_at), NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS
    txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_excluded_tnved_insert AFTER INSERT ON excluded_tnved BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')
    END, 'excluded_tnved', NEW.code, 'excluded_tnved', NEW.rowid, 'insert', NULL,
    json_object('code', NEW.code, 'title', NEW.title) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_excluded_tnved_update AFTER UPDATE ON excluded_tnved WHEN OLD.code
    IS NOT NEW.code OR OLD.title IS NOT NEW.title BEGIN INSERT INTO audit_log (txn_id, at,
    tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS NULL
    THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'excluded_tnved', NEW.code,
    'excluded_tnved', NEW.rowid, 'update', (SELECT json_group_object(k, v) FROM (SELECT
    'code' AS k, OLD.code AS v WHERE OLD.code IS NOT NEW.code UNION ALL SELECT 'title',
    OLD.title WHERE OLD.title IS NOT NEW.title)), (SELECT json_group_object(k, v) FROM
    (SELECT 'code' AS k, NEW.code AS v WHERE OLD.code IS NOT NEW.code UNION ALL SELECT
    'title', NEW.title WHERE OLD.title IS NOT NEW.title)) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_excluded_tnved_delete AFTER DELETE ON excluded_tnved BEGIN INSERT
    INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT
    c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')
    END, 'excluded_tnved', OLD.code, 'excluded_tnved', OLD.rowid, 'delete',
    json_object('code', OLD.code, 'title', OLD.title), NULL FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_programme_kpi_fact_insert AFTER INSERT ON programme_kpi_fact BEGIN
    INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new)
    SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'programme_kpi_fact', NEW.kpi_id || '|' || NEW.year, 'programme_kpi',
    NEW.kpi_id, 'insert', NULL, json_object('kpi_id', NEW.kpi_id, 'year', NEW.year, 'value',
    NEW.value) FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_programme_kpi_fact_update AFTER UPDATE ON programme_kpi_fact WHEN
    OLD.kpi_id IS NOT NEW.kpi_id OR OLD.year IS NOT NEW.year OR OLD.value IS NOT NEW.value
    BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old,
    new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'programme_kpi_fact', NEW.kpi_id || '|' || NEW.year, 'programme_kpi',
    NEW.kpi_id, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'kpi_id' AS k,
    OLD.kpi_id AS v WHERE OLD.kpi_id IS NOT NEW.kpi_id UNION ALL SELECT 'year', OLD.year
    WHERE OLD.year IS NOT NEW.year UNION ALL SELECT 'value', OLD.value WHERE OLD.value IS
    NOT NEW.value)), (SELECT json_group_object(k, v) FROM (SELECT 'kpi_id' AS k, NEW.kpi_id
    AS v WHERE OLD.kpi_id IS NOT NEW.kpi_id UNION ALL SELECT 'year', NEW.year WHERE OLD.year
    IS NOT NEW.year UNION ALL SELECT 'value', NEW.value WHERE OLD.value IS NOT NEW.value))
    FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_programme_kpi_fact_delete AFTER DELETE ON programme_kpi_fact BEGIN
    INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new)
    SELECT c.txn, CASE WHEN c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now',
    'localtime') END, 'programme_kpi_fact', OLD.kpi_id || '|' || OLD.year, 'programme_kpi',
    OLD.kpi_id, 'delete', json_object('kpi_id', OLD.kpi_id, 'year', OLD.year, 'value',
    OLD.value), NULL FROM (SELECT (SELECT txn_id FROM audit_context) AS txn) AS c; END
    """,
)
