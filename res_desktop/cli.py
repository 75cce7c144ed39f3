"""`res-desktop`: the window, or the same services from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from res_desktop import __version__, cli_history
from res_desktop.domain.common.audit import Source
from res_desktop.domain.common.calendar import quarterly_report_due
from res_desktop.domain.common.russian import date_short
from res_desktop.reports.common.data import ReportKind
from res_desktop.services.checklist.status import status_report
from res_desktop.services.common.audit_session import use_source
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.records.indicators import indicator_line, indicators_json
from res_desktop.storage.common.errors import StorageError, storage_error_for

EXIT_USAGE = 2
DRY_RUN_SHOWN = 20  # rejected rows listed by `exporters import --dry-run`

_ARGPARSE_RU = {
    "unrecognized arguments": "неизвестные аргументы",
    "the following arguments are required": "не указаны обязательные аргументы",
    "expected one argument": "ожидается одно значение",
    "not allowed with argument": "нельзя указывать вместе с аргументом",
    "invalid choice": "недопустимое значение",
    "argument": "аргумент",
}


class UsageError(Exception):
    """Bad command-line input: a Russian message and exit code 2."""


class RussianArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        for english, russian in _ARGPARSE_RU.items():
            message = message.replace(english, russian)
        raise UsageError(f"{message}\nСправка: res-desktop --help")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"дата «{text}» указана неверно, нужен формат ГГГГ-ММ-ДД"
        ) from None


def _add_source(parser: argparse.ArgumentParser, default: object) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--db",
        type=Path,
        metavar="ПУТЬ",
        default=default,
        help="файл базы данных (по умолчанию — в папке данных пользователя)",
    )
    group.add_argument(
        "--demo",
        action="store_true",
        default=default or False,
        help="открыть демонстрационную область",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = RussianArgumentParser(
        prog="res-desktop",
        description="Рабочее место РОИВ-координатора по внедрению Регионального экспортного "
        "стандарта. Без команды открывает окно программы.",
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help="показать справку и выйти")
    parser.add_argument(
        "--version",
        action="version",
        version=f"res-desktop {__version__}",
        help="показать версию и выйти",
    )
    _add_source(parser, None)
    commands = parser.add_subparsers(
        dest="command", title="команды", parser_class=RussianArgumentParser
    )
    status = commands.add_parser(
        "status", help="состояние внедрения по плану-графику", add_help=False
    )
    status.add_argument("-h", "--help", action="help", help="показать справку и выйти")
    _add_source(status, argparse.SUPPRESS)
    status.add_argument(
        "--date",
        type=_date,
        metavar="ГГГГ-ММ-ДД",
        help="дата, на которую оценить план-график (по умолчанию — сегодня)",
    )
    status.add_argument("--json", action="store_true", help="вывести результат в формате JSON")
    _add_report_commands(commands)
    _add_exporter_commands(commands)
    _add_maintenance_commands(commands)
    indicators = _subcommand(commands, "indicators", "целевые показатели (таблица 1) за год")
    _add_source(indicators, argparse.SUPPRESS)
    indicators.add_argument("--year", type=_year, required=True, metavar="ГГГГ", help="год")
    indicators.add_argument("--json", action="store_true", help="вывести в формате JSON")
    cli_history.add_arguments(_subcommand(commands, "history", "журнал изменений"), _date)
    return parser


def _year(text: str) -> int:
    if not text.isdigit() or not 2019 <= int(text) <= 2100:
        raise argparse.ArgumentTypeError(f"год «{text}» указан неверно (нужно 2019–2100)")
    return int(text)


def _quarter(text: str) -> int:
    if text not in {"1", "2", "3", "4"}:
        raise argparse.ArgumentTypeError(f"квартал «{text}» указан неверно (нужно 1–4)")
    return int(text)


def _subcommand(
    commands: argparse._SubParsersAction[RussianArgumentParser], name: str, text: str
) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, help=text, description=text, add_help=False)
    parser.add_argument("-h", "--help", action="help", help="показать справку и выйти")
    return parser


def _add_report_commands(commands: argparse._SubParsersAction[RussianArgumentParser]) -> None:
    report = _subcommand(commands, "report", "сформировать отчёт в PDF")
    kinds = report.add_subparsers(
        dest="report_kind", title="вид отчёта", required=True, parser_class=RussianArgumentParser
    )
    for kind in ReportKind:
        sub = _subcommand(kinds, kind.value, f"{kind.label} отчёт")
        _add_source(sub, argparse.SUPPRESS)
        sub.add_argument("--year", type=_year, required=True, metavar="ГГГГ", help="год")
        if kind is ReportKind.QUARTERLY:
            sub.add_argument(
                "--quarter", type=_quarter, required=True, metavar="N", help="квартал, 1–4"
            )
        sub.add_argument(
            "--out", type=Path, required=True, metavar="ФАЙЛ.pdf", help="куда сохранить PDF"
        )
    deadline = _subcommand(
        commands, "deadline", "срок представления квартального отчёта (6-й рабочий день)"
    )
    deadline.add_argument("--year", type=_year, required=True, metavar="ГГГГ", help="год")
    deadline.add_argument(
        "--quarter", type=_quarter, required=True, metavar="N", help="квартал, 1–4"
    )


def _add_exporter_commands(commands: argparse._SubParsersAction[RussianArgumentParser]) -> None:
    exporters = _subcommand(commands, "exporters", "реестр экспортёров: импорт и выгрузка")
    actions = exporters.add_subparsers(
        dest="exporters_action",
        metavar="import|export",
        title="действие",
        required=True,
        parser_class=RussianArgumentParser,
    )
    load = _subcommand(actions, "import", "загрузить таблицу CSV, XLSX, XLS или ODS в реестр")
    load.add_argument("file", type=Path, metavar="ФАЙЛ", help="таблица с организациями")
    load.add_argument(
        "--db", type=Path, metavar="ПУТЬ", default=argparse.SUPPRESS, help="файл базы данных"
    )
    load.add_argument(
        "--dry-run",
        action="store_true",
        help="только проверить: показать, что будет добавлено и обновлено",
    )
    load.add_argument("--sheet", metavar="ЛИСТ", help="лист книги (по умолчанию — первый)")
    load.add_argument(
        "--mapping",
        type=Path,
        metavar="ФАЙЛ.json",
        help='сопоставление столбцов: {"заголовок столбца": "поле"}',
    )
    load.add_argument(
        "--header-row",
        type=int,
        metavar="N",
        help="номер строки заголовков (по умолчанию определяется сам)",
    )
    save = _subcommand(actions, "export", "выгрузить реестр в XLSX или CSV")
    save.add_argument("file", type=Path, metavar="ФАЙЛ", help="ФАЙЛ.xlsx или ФАЙЛ.csv")
    save.add_argument(
        "--db", type=Path, metavar="ПУТЬ", default=argparse.SUPPRESS, help="файл базы данных"
    )


def _add_maintenance_commands(commands: argparse._SubParsersAction[RussianArgumentParser]) -> None:
    save = _subcommand(
        commands, "backup", "резервная копия в одном файле: база, вложения, архив отчётов"
    )
    save.add_argument(
        "--out", type=Path, required=True, metavar="ФАЙЛ.zip", help="куда записать копию"
    )
    _db_option(save)
    load = _subcommand(
        commands, "restore", "восстановить базу из резервной копии (текущая сохраняется)"
    )
    load.add_argument("file", type=Path, metavar="ФАЙЛ.zip", help="файл резервной копии")
    _db_option(load, required=True)
    check = _subcommand(commands, "check", "проверка базы данных и её файлов")
    _db_option(check)
    check.add_argument(
        "--repair",
        action="store_true",
        help="исправить безопасные неполадки (поисковый индекс, временные файлы)",
    )


def _db_option(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    """``--db ПУТЬ``, for a command that has no demo to open instead."""
    if required:
        parser.add_argument(
            "--db", type=Path, metavar="ПУТЬ", required=True, help="файл базы данных"
        )
    else:
        parser.add_argument(
            "--db", type=Path, metavar="ПУТЬ", default=argparse.SUPPRESS, help="файл базы данных"
        )


def _db_arg(args: argparse.Namespace) -> Path:
    from res_desktop.services.common.workspace import default_db_path

    return Path(getattr(args, "db", None) or default_db_path())


def run_backup(args: argparse.Namespace) -> int:
    from res_desktop.services.common import maintenance

    manifest = maintenance.backup(_db_arg(args), args.out)
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

    ws = Workspace.open(_db_arg(args))
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
    from res_desktop.services.exporters.export import done_message, export_companies
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
                args.file, mapping=mapping, sheet=args.sheet, header_row=args.header_row
            )
            print(plan.summary)
            for line in report_lines(plan, plan.notes, DRY_RUN_SHOWN):
                print(f"  {line}")
            return 0
        imported = ws.exporter_import.run(
            args.file, mapping=mapping, sheet=args.sheet, header_row=args.header_row
        )
    finally:
        ws.close()
    print(imported.summary)
    for line in report_lines(imported, imported.notes, DRY_RUN_SHOWN):
        print(f"  {line}")
    if imported.rejected_file:
        print(f"Отклонённые строки с причинами: {imported.rejected_file}")
    return 0


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
        try:
            out = ws.reports.write_pdf(
                kind=kind, year=args.year, quarter=getattr(args, "quarter", None), out=args.out
            )
        finally:
            ws.close()
    print(f"Отчёт сохранён: {out}")
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
            print(indicator_line(row))
    return 0


def run_deadline(args: argparse.Namespace) -> int:
    print(quarterly_report_due(args.year, args.quarter).isoformat())
    return 0


COMMANDS = {
    "status": run_status,
    "report": run_report,
    "deadline": run_deadline,
    "exporters": run_exporters,
    "indicators": run_indicators,
    "backup": run_backup,
    "restore": run_restore,
    "check": run_check,
    "history": cli_history.run_history,
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
    if isinstance(error, OSError):
        return f"ошибка записи файла: {error}"
    return f"ошибка: {error}"


def main(argv: Sequence[str] | None = None) -> int:
    """Bad input, unreadable files, a locked or damaged database: a Russian message and exit
    code 2, no traceback. A bug keeps its traceback."""
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
