"""`res-desktop`: the window, or the same services from the command line."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable
from collections.abc import Sequence

from res_desktop.cli import exporters
from res_desktop.cli import history
from res_desktop.cli import maintenance
from res_desktop.cli import region
from res_desktop.cli.parser import UsageError
from res_desktop.cli.parser import build_parser
from res_desktop.domain.common.audit import Source
from res_desktop.services.common.audit_session import use_source
from res_desktop.services.common.results import ValidationFailed
from res_desktop.storage.common.errors import StorageError
from res_desktop.storage.common.errors import storage_error_for
from res_desktop.storage.common.temporaries import os_error_reason

__all__ = ["EXIT_USAGE", "build_parser", "main"]

EXIT_USAGE = 2

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "status": region.run_status,
    "report": region.run_report,
    "deadline": region.run_deadline,
    "exporters": exporters.run_exporters,
    "indicators": region.run_indicators,
    "backup": maintenance.run_backup,
    "restore": maintenance.run_restore,
    "check": maintenance.run_check,
    "history": history.run_history,
}


def _run(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    if args.command in COMMANDS:
        with use_source(Source.CLI):  # the history of changes says a write came from here
            return COMMANDS[args.command](args)
    from res_desktop.gui.common.app import run_app

    return run_app(db=args.db, demo=args.demo)


def _message(error: Exception) -> str:
    if isinstance(error, StorageError):
        return error.message
    if isinstance(error, OSError):  # its own text is English («[Errno 28] …»)
        where = f" {error.filename}" if error.filename else ""
        return f"ошибка записи или чтения файла{where}: {os_error_reason(error)}"
    return f"ошибка: {error}"


def _carry_cyrillic() -> None:
    """Output that cannot carry Cyrillic (Wine's cp1252, a pipe on an English Windows) is switched
    to UTF-8: a Russian message must never end in UnicodeEncodeError after the work is done."""
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None)
        if not encoding or not hasattr(stream, "reconfigure"):
            continue
        try:
            "Ёё№".encode(encoding)
        except (UnicodeEncodeError, LookupError):
            stream.reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Bad input, unreadable files, a locked or damaged database: a Russian message and exit
    code 2, no traceback. A bug keeps its traceback."""
    _carry_cyrillic()
    try:
        return _run(argv)
    except BrokenPipeError:
        # `res-desktop status | head`: the reader left; say nothing more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except (UsageError, ValidationFailed, StorageError, OSError) as error:
        print(f"res-desktop: {_message(error)}", file=sys.stderr)
        return EXIT_USAGE
    except sqlite3.Error as error:  # one that escaped the service boundary
        storage = storage_error_for(error)
        if storage is None:
            raise
        print(f"res-desktop: {storage.message}", file=sys.stderr)
        return EXIT_USAGE
