"""`exporters import|export`: the registry's spreadsheets from the command line."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from res_desktop.cli.parser import UsageError
from res_desktop.services.common.workspace import Workspace

DRY_RUN_SHOWN = 20  # rejected rows listed by `exporters import --dry-run`


def _read_mapping(path: Path | None) -> dict[str, str] | None:
    if path is None:
        return None
    try:
        mapping = json.loads(path.read_text("utf-8-sig"))
    except (OSError, ValueError) as error:
        raise UsageError(f"не удалось прочитать сопоставление столбцов {path}: {error}") from None
    if not isinstance(mapping, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()
    ):
        raise UsageError(f'в {path} нужен объект JSON: {{"заголовок столбца": "поле"}}')
    return mapping


def run_exporters(args: argparse.Namespace) -> int:
    from res_desktop.services.common.workspace import default_db_path
    from res_desktop.services.exporters.export import done_message
    from res_desktop.services.exporters.export import export_companies
    from res_desktop.services.exporters.import_plan import detail_lines
    from res_desktop.services.exporters.import_plan import report_lines

    ws = Workspace.open(args.db or default_db_path())
    try:
        if args.exporters_action == "export":
            result = export_companies(ws.db, args.file)
            print(done_message(result))
            return 0
        mapping = _read_mapping(args.mapping)
        if args.dry_run:
            plan = ws.exporter_import.dry_run(
                args.file, mapping=mapping, sheet=args.sheet, header_row=args.header_row,
                repeats=args.repeats,
            )  # fmt: skip
            print(plan.summary)
            for line in report_lines(plan, plan.notes, DRY_RUN_SHOWN):
                print(f"  {line}")
            for line in detail_lines(plan, DRY_RUN_SHOWN):
                print(f"  {line}")
            return 0
        imported = ws.exporter_import.run(
            args.file, mapping=mapping, sheet=args.sheet, header_row=args.header_row,
            repeats=args.repeats,
        )  # fmt: skip
        # As the window's import does: this year's Table 1 counts kept for next year (issue 15).
        ws.records.take_snapshot(year=ws.today().year)
    finally:
        ws.close()
    print(imported.summary)
    for line in report_lines(imported, imported.notes, DRY_RUN_SHOWN):
        print(f"  {line}")
    for line in detail_lines(imported, DRY_RUN_SHOWN):
        print(f"  {line}")
    if imported.rejected_file:
        print(f"Отклонённые строки с причинами: {imported.rejected_file}")
    return 0
