"""Storage errors sorted by who is to blame: each carries a Russian message for the user."""

from __future__ import annotations


class StorageError(Exception):
    """The user's environment or file, not a bug: show ``message`` as is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class StorageUnavailable(StorageError):
    """Disk full, read-only, locked, missing folder."""


class NotResDesktopDatabase(StorageError):
    """A file that exists but is not ours: refused untouched."""


class DatabaseTooNew(StorageError):
    """Written by a newer res_desktop: refused untouched."""
