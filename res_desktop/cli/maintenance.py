"""`backup`, `restore`, `check`: the database's care from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from res_desktop.services.common.workspace import Workspace


def db_arg(args: argparse.Namespace) -> Path:
    from res_desktop.services.common.workspace import default_db_path

    return Path(getattr(args, "db", None) or default_db_path())


def run_backup(args: argparse.Namespace) -> int:
    from res_desktop.services.common import maintenance

    manifest = maintenance.backup(db_arg(args), args.out)
    print(
        f"Резервная копия записана и проверена: {args.out} (вложений: {manifest.attachments}, "
        f"отчётов: {manifest.reports})."
    )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from res_desktop.services.common import maintenance

    restored = maintenance.restore(args.file, args.db)
    print(
        f"База восстановлена из копии от {restored.manifest.created_at}: {args.db} "
        f"(вложений: {restored.manifest.attachments}, отчётов: {restored.manifest.reports})."
    )
    for path in restored.kept_aside:
        print(f"Прежние данные сохранены: {path}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from res_desktop.services.common import maintenance

    ws = Workspace.open(db_arg(args))
    try:
        report = maintenance.check(ws.db, ws.path)
        if args.repair and report.repairs:
            print(report.text())
            report = maintenance.repair(ws.db, ws.path, report)
            print("После исправления:")
    finally:
        ws.close()
    print(report.text())
    return 0 if report.ok else 1
