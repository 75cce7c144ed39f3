"""One-file backups: the database, its attachments and archived reports, with SHA-256 sums.

``archive`` (the format), ``writer``, ``verifier``, ``aside`` and ``restore``; their public
names are importable from here. The temporaries' names live in ``storage/common/temporaries``.
"""

from res_desktop.storage.common.backup.archive import (
    DOCX_COPY,
    BackupInvalid,
    Cancelled,
    DataFolders,
    Manifest,
    ManifestEntry,
    OperationCancelled,
    Progress,
    is_attachment_name,
    is_plain_file_name,
    never,
    silent,
)
from res_desktop.storage.common.backup.aside import aside_name, set_aside
from res_desktop.storage.common.backup.restore import (
    Restored,
    finish_interrupted_restore,
    restore_backup,
)
from res_desktop.storage.common.backup.verifier import is_valid_backup, verify_backup
from res_desktop.storage.common.backup.writer import consistent_copy, write_backup

__all__ = [
    "DOCX_COPY",
    "BackupInvalid",
    "Cancelled",
    "DataFolders",
    "Manifest",
    "ManifestEntry",
    "OperationCancelled",
    "Progress",
    "Restored",
    "aside_name",
    "consistent_copy",
    "finish_interrupted_restore",
    "is_attachment_name",
    "is_plain_file_name",
    "is_valid_backup",
    "never",
    "restore_backup",
    "set_aside",
    "silent",
    "verify_backup",
    "write_backup",
]
