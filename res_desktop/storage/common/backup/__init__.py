"""One-file backups: the database, its attachments and archived reports, with SHA-256 sums.

``archive`` (the format), ``writer``, ``verifier``, ``aside`` and ``restore``; their public
names are importable from here. The temporaries' names live in ``storage/common/temporaries``.
"""

from res_desktop.storage.common.backup.archive import DOCX_COPY
from res_desktop.storage.common.backup.archive import BackupInvalid
from res_desktop.storage.common.backup.archive import Cancelled
from res_desktop.storage.common.backup.archive import DataFolders
from res_desktop.storage.common.backup.archive import Manifest
from res_desktop.storage.common.backup.archive import ManifestEntry
from res_desktop.storage.common.backup.archive import OperationCancelled
from res_desktop.storage.common.backup.archive import Progress
from res_desktop.storage.common.backup.archive import is_attachment_name
from res_desktop.storage.common.backup.archive import is_plain_file_name
from res_desktop.storage.common.backup.archive import never
from res_desktop.storage.common.backup.archive import silent
from res_desktop.storage.common.backup.aside import aside_name
from res_desktop.storage.common.backup.aside import set_aside
from res_desktop.storage.common.backup.restore import Restored
from res_desktop.storage.common.backup.restore import finish_interrupted_restore
from res_desktop.storage.common.backup.restore import restore_backup
from res_desktop.storage.common.backup.verifier import is_valid_backup
from res_desktop.storage.common.backup.verifier import verify_backup
from res_desktop.storage.common.backup.writer import consistent_copy
from res_desktop.storage.common.backup.writer import write_backup

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
