"""`status`, `report`, `indicators`, `deadline`: the region's state and papers."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
from pathlib import Path

from res_desktop.domain.common.calendar import quarterly_report_due
from res_desktop.domain.common.russian import date_short
from res_desktop.reports.common.data import ReportKind
from res_desktop.services.checklist.status import status_report
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.records.indicators import indicator_line
from res_desktop.services.records.indicators import indicators_json


def _print_status(report: dict[str, object]) -> None:
    region = report["region"] or "регион не настроен"
    print(f"{region} — состояние на {date_short(dt.date.fromisoformat(str(report['date'])))}")
    for row in report["instruments"]:  # type: ignore[attr-defined]
        mark = "внедрён" if row["implemented"] else ""
        advice = ""
        if row["recommendations_total"]:
            advice = (
                f"рекомендации: {row['recommendations_done']} из {row['recommendations_total']}"
            )
        print(
            f"{row['label']:>5}  {row['progress_percent']:>3}%  {row['short_title']:<42}"
            f" {advice:<22} {mark}".rstrip()
        )
    schedule = report["schedule"]
    verdict = "в графике" if schedule["on_track"] else f"отставание: {schedule['shortfall']}"  # type: ignore[index]
    print(
        f"План-график: требуется {schedule['required']}, внедрено {schedule['actual']} — {verdict}"  # type: ignore[index]
    )


def run_status(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="res-demo-") as scratch:
        ws = _open_workspace(args, Path(scratch))
        try:
            report = status_report(ws.region, ws.checklists, ws.dashboard, args.date or ws.today())
        finally:
            ws.close()
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _print_status(report)
    return 0


def _open_workspace(args: argparse.Namespace, scratch: Path) -> Workspace:
    if args.demo:
        from res_desktop.services.demo.region import build_demo

        return build_demo(scratch / "demo.sqlite3")
    from res_desktop.services.common.workspace import default_db_path

    return Workspace.open(args.db or default_db_path())


def run_report(args: argparse.Namespace) -> int:
    kind = ReportKind(args.report_kind)
    with tempfile.TemporaryDirectory(prefix="res-demo-") as scratch:
        ws = _open_workspace(args, Path(scratch))
        period = {"kind": kind, "year": args.year, "quarter": getattr(args, "quarter", None)}
        try:
            if args.out.suffix.lower() == ".docx":
                out = ws.reports.write_docx(**period, out=args.out)
            else:
                out = ws.reports.write_pdf(**period, out=args.out, docx=args.docx)
        finally:
            ws.close()
    print(f"Отчёт сохранён: {out}")
    if args.docx is not None:
        print(f"Редактируемая копия сохранена: {args.docx}")
    return 0


def run_indicators(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="res-demo-") as scratch:
        ws = _open_workspace(args, Path(scratch))
        try:
            rows = indicators_json(ws.records.indicators(args.year))
        finally:
            ws.close()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print(f"Целевые показатели Регионального экспортного стандарта, {args.year} г.")
        for row in rows:
            print(indicator_line(row, args.year))
    return 0


def run_deadline(args: argparse.Namespace) -> int:
    print(quarterly_report_due(args.year, args.quarter).isoformat())
    return 0
