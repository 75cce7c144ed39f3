"""`res-desktop history`: the history of changes, newest first, printed or saved as XLSX."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from res_desktop.domain.common.audit import AuditFilter
from res_desktop.domain.common.russian import count
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.common.workspace import default_db_path

SHOWN = 200  # lines printed without --all (the XLSX holds everything)


def add_arguments(parser: argparse.ArgumentParser, date: Callable[[str], dt.date]) -> None:
    parser.add_argument("--db", type=Path, metavar="ПУТЬ", help="файл базы данных")
    parser.add_argument(
        "--since", type=date, metavar="ГГГГ-ММ-ДД", help="изменения начиная с этой даты"
    )
    parser.add_argument(
        "--table",
        action="append",
        default=[],
        metavar="ТАБЛИЦА",
        help="только изменения этой таблицы (можно указать несколько раз), например company",
    )
    parser.add_argument(
        "--xlsx", type=Path, metavar="ФАЙЛ.xlsx", help="сохранить журнал в книгу Excel"
    )
    parser.add_argument(
        "--all", action="store_true", help=f"вывести все изменения (иначе последние {SHOWN})"
    )


def run_history(args: argparse.Namespace) -> int:
    """Reads only: the file is opened read-only and never migrated or changed."""
    path = args.db or default_db_path()
    ws = Workspace.open(path, read_only=True)
    try:
        known = set(ws.history.words_known())
        unknown = sorted(set(args.table) - known)
        if unknown:
            listed = ", ".join(sorted(known))
            raise ValidationFailed(
                {"table": f"Неизвестная таблица: {', '.join(unknown)}. Известные: {listed}."}
            )
        flt = AuditFilter(since=args.since, tables=frozenset(args.table))
        if args.xlsx is not None:
            written = ws.history.export_xlsx(flt, args.xlsx)
            print(f"Журнал изменений сохранён: {args.xlsx} (изменений: {count(written)})")
            return 0
        total = ws.history.count(flt)
        lines = ws.history.page(flt, limit=-1 if args.all else SHOWN)
    finally:
        ws.close()
    if not lines:
        print("Изменений не найдено.")
        return 0
    for line in lines:
        moment, who, where = line.cells()[:3]
        print(f"{moment}  {who}  [{where}]  {line.text}")
    if total > len(lines):
        shown = f"{count(len(lines))} из {count(total)}"
        print(f"… показаны последние {shown}; все: --all или --xlsx")
    return 0
