"""Migration step 0023_evidence_document, frozen as released (literal SQL: never edit it).

A file attached as evidence may belong to a document of the same item (the scan of the act):
``evidence.document_id``. The history of changes logs it: the evidence triggers of step 0014 are
made again with the new column.
"""

from __future__ import annotations

NAME = "0023_evidence_document"

STATEMENTS = (
    """
    ALTER TABLE evidence ADD COLUMN document_id INTEGER REFERENCES evidence(id)
    """,
    """
    CREATE INDEX evidence_document ON evidence(document_id) WHERE document_id IS NOT NULL
    """,
    """
    DROP TRIGGER audit_evidence_insert
    """,
    """
    DROP TRIGGER audit_evidence_update
    """,
    """
    DROP TRIGGER audit_evidence_delete
    """,
    """
    CREATE TRIGGER audit_evidence_insert AFTER INSERT ON evidence BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'evidence',
    NEW.id, 'item_state', NEW.state_id, 'insert', NULL, json_object('id', NEW.id, 'state_id',
    NEW.state_id, 'kind', NEW.kind, 'doc_type', NEW.doc_type, 'number', NEW.number, 'doc_date',
    NEW.doc_date, 'issuer', NEW.issuer, 'title', NEW.title, 'url', NEW.url, 'file_sha256',
    NEW.file_sha256, 'file_name', NEW.file_name, 'file_size', NEW.file_size, 'added_at',
    NEW.added_at, 'document_id', NEW.document_id) FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_evidence_update AFTER UPDATE ON evidence WHEN OLD.id IS NOT NEW.id OR
    OLD.state_id IS NOT NEW.state_id OR OLD.kind IS NOT NEW.kind OR OLD.doc_type IS NOT
    NEW.doc_type OR OLD.number IS NOT NEW.number OR OLD.doc_date IS NOT NEW.doc_date OR
    OLD.issuer IS NOT NEW.issuer OR OLD.title IS NOT NEW.title OR OLD.url IS NOT NEW.url OR
    OLD.file_sha256 IS NOT NEW.file_sha256 OR OLD.file_name IS NOT NEW.file_name OR
    OLD.file_size IS NOT NEW.file_size OR OLD.added_at IS NOT NEW.added_at OR OLD.document_id
    IS NOT NEW.document_id BEGIN INSERT INTO audit_log (txn_id, at, tbl, row_key, record_tbl,
    record_id, op, old, new) SELECT c.txn, CASE WHEN c.txn IS NULL THEN
    strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'evidence', NEW.id, 'item_state',
    NEW.state_id, 'update', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD.id AS v
    WHERE OLD.id IS NOT NEW.id UNION ALL SELECT 'state_id', OLD.state_id WHERE OLD.state_id IS
    NOT NEW.state_id UNION ALL SELECT 'kind', OLD.kind WHERE OLD.kind IS NOT NEW.kind UNION ALL
    SELECT 'doc_type', OLD.doc_type WHERE OLD.doc_type IS NOT NEW.doc_type UNION ALL SELECT
    'number', OLD.number WHERE OLD.number IS NOT NEW.number UNION ALL SELECT 'doc_date',
    OLD.doc_date WHERE OLD.doc_date IS NOT NEW.doc_date UNION ALL SELECT 'issuer', OLD.issuer
    WHERE OLD.issuer IS NOT NEW.issuer UNION ALL SELECT 'title', OLD.title WHERE OLD.title IS
    NOT NEW.title UNION ALL SELECT 'url', OLD.url WHERE OLD.url IS NOT NEW.url UNION ALL SELECT
    'file_sha256', OLD.file_sha256 WHERE OLD.file_sha256 IS NOT NEW.file_sha256 UNION ALL
    SELECT 'file_name', OLD.file_name WHERE OLD.file_name IS NOT NEW.file_name UNION ALL SELECT
    'file_size', OLD.file_size WHERE OLD.file_size IS NOT NEW.file_size UNION ALL SELECT
    'added_at', OLD.added_at WHERE OLD.added_at IS NOT NEW.added_at UNION ALL SELECT
    'document_id', OLD.document_id WHERE OLD.document_id IS NOT NEW.document_id)), (SELECT
    json_group_object(k, v) FROM (SELECT 'id' AS k, NEW.id AS v WHERE OLD.id IS NOT NEW.id
    UNION ALL SELECT 'state_id', NEW.state_id WHERE OLD.state_id IS NOT NEW.state_id UNION ALL
    SELECT 'kind', NEW.kind WHERE OLD.kind IS NOT NEW.kind UNION ALL SELECT 'doc_type',
    NEW.doc_type WHERE OLD.doc_type IS NOT NEW.doc_type UNION ALL SELECT 'number', NEW.number
    WHERE OLD.number IS NOT NEW.number UNION ALL SELECT 'doc_date', NEW.doc_date WHERE
    OLD.doc_date IS NOT NEW.doc_date UNION ALL SELECT 'issuer', NEW.issuer WHERE OLD.issuer IS
    NOT NEW.issuer UNION ALL SELECT 'title', NEW.title WHERE OLD.title IS NOT NEW.title UNION
    ALL SELECT 'url', NEW.url WHERE OLD.url IS NOT NEW.url UNION ALL SELECT 'file_sha256',
    NEW.file_sha256 WHERE OLD.file_sha256 IS NOT NEW.file_sha256 UNION ALL SELECT 'file_name',
    NEW.file_name WHERE OLD.file_name IS NOT NEW.file_name UNION ALL SELECT 'file_size',
    NEW.file_size WHERE OLD.file_size IS NOT NEW.file_size UNION ALL SELECT 'added_at',
    NEW.added_at WHERE OLD.added_at IS NOT NEW.added_at UNION ALL SELECT 'document_id',
    NEW.document_id WHERE OLD.document_id IS NOT NEW.document_id)) FROM (SELECT (SELECT txn_id
    FROM audit_context) AS txn) AS c; END
    """,
    """
    CREATE TRIGGER audit_evidence_delete AFTER DELETE ON evidence BEGIN INSERT INTO audit_log
    (txn_id, at, tbl, row_key, record_tbl, record_id, op, old, new) SELECT c.txn, CASE WHEN
    c.txn IS NULL THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END, 'evidence',
    OLD.id, 'item_state', OLD.state_id, 'delete', json_object('id', OLD.id, 'state_id',
    OLD.state_id, 'kind', OLD.kind, 'doc_type', OLD.doc_type, 'number', OLD.number, 'doc_date',
    OLD.doc_date, 'issuer', OLD.issuer, 'title', OLD.title, 'url', OLD.url, 'file_sha256',
    OLD.file_sha256, 'file_name', OLD.file_name, 'file_size', OLD.file_size, 'added_at',
    OLD.added_at, 'document_id', OLD.document_id), NULL FROM (SELECT (SELECT txn_id FROM
    audit_context) AS txn) AS c; END
    """,
)
