"""The service boundary: no SQLite error of the user's environment leaves a service raw.

The GUI and the CLI reach the database only through the services the Workspace hands them,
so wrapping those services once covers every call, a method added later included.
"""

from __future__ import annotations

import inspect
from typing import TypeVar

from res_desktop.storage.common.errors import translates_sqlite_errors

_Service = TypeVar("_Service")


def guarded(service: _Service) -> _Service:
    """``service`` with each public method re-raising SQLite errors as StorageError.

    Locked, read-only, full, damaged: the Russian message of storage/common/errors.py; any
    other SQLite error is a bug and passes unchanged. Iterating a generator method is covered.
    """
    for name, member in inspect.getmembers_static(type(service)):
        if not name.startswith("_") and inspect.isfunction(member):
            setattr(service, name, translates_sqlite_errors(getattr(service, name)))
    return service
