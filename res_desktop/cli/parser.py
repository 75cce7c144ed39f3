"""The command line's grammar: Russian help and errors, one subcommand per service."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from res_desktop import __version__
from res_desktop.cli import history
from res_desktop.reports.common.data import ReportKind

_ARGPARSE_RU = {
    "unrecognized arguments": "неизвестные аргументы",
    "the following arguments are required": "не указаны обязательные аргументы",
    "expected one argument": "ожидается одно значение",
    "not allowed with argument": "нельзя указывать вместе с аргументом",
    "invalid choice": "недопустимое значение",
    "choose from": "допустимы",
    "argument": "аргумент",
}


class UsageError(Exception):
    """Bad command-line input: a Russian message and exit code 2."""


class RussianArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        for english, russian in _ARGPARSE_RU.items():
            message = message.replace(english, russian)
        raise UsageError(f"{message}\nСправка: res-desktop --help")


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"дата «{text}» указана неверно, нужен формат ГГГГ-ММ-ДД"
        ) from None


def add_source(parser: argparse.ArgumentParser, default: object) -> None:
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
    add_source(parser, None)
    commands = parser.add_subparsers(
        dest="command", title="команды", parser_class=RussianArgumentParser
    )
    status = commands.add_parser(
        "status", help="состояние внедрения по плану-графику", add_help=False
    )
    status.add_argument("-h", "--help", action="help", help="показать справку и выйти")
    add_source(status, argparse.SUPPRESS)
    status.add_argument(
        "--date",
        type=parse_date,
        metavar="ГГГГ-ММ-ДД",
        help="дата, на которую оценить план-график (по умолчанию — сегодня)",
    )
    status.add_argument("--json", action="store_true", help="вывести результат в формате JSON")
    _add_report_commands(commands)
    _add_exporter_commands(commands)
    _add_maintenance_commands(commands)
    indicators = subcommand(commands, "indicators", "целевые показатели (таблица 1) за год")
    add_source(indicators, argparse.SUPPRESS)
    indicators.add_argument("--year", type=parse_year, required=True, metavar="ГГГГ", help="год")
    indicators.add_argument("--json", action="store_true", help="вывести в формате JSON")
    history.add_arguments(subcommand(commands, "history", "журнал изменений"), parse_date)
    return parser


def parse_year(text: str) -> int:
    if not text.isdigit() or not 2019 <= int(text) <= 2100:
        raise argparse.ArgumentTypeError(f"год «{text}» указан неверно (нужно 2019–2100)")
    return int(text)


def parse_quarter(text: str) -> int:
    if text not in {"1", "2", "3", "4"}:
        raise argparse.ArgumentTypeError(f"квартал «{text}» указан неверно (нужно 1–4)")
    return int(text)


def subcommand(
    commands: argparse._SubParsersAction[RussianArgumentParser], name: str, text: str
) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, help=text, description=text, add_help=False)
    parser.add_argument("-h", "--help", action="help", help="показать справку и выйти")
    return parser


def _add_report_commands(commands: argparse._SubParsersAction[RussianArgumentParser]) -> None:
    report = subcommand(commands, "report", "сформировать отчёт в PDF")
    kinds = report.add_subparsers(
        dest="report_kind", title="вид отчёта", required=True, parser_class=RussianArgumentParser
    )
    for kind in ReportKind:
        sub = subcommand(kinds, kind.value, f"{kind.label} отчёт")
        add_source(sub, argparse.SUPPRESS)
        sub.add_argument("--year", type=parse_year, required=True, metavar="ГГГГ", help="год")
        if kind is ReportKind.QUARTERLY:
            sub.add_argument(
                "--quarter", type=parse_quarter, required=True, metavar="N", help="квартал, 1–4"
            )
        sub.add_argument(
            "--out",
            type=Path,
            required=True,
            metavar="ФАЙЛ.pdf",
            help="куда сохранить PDF (ФАЙЛ.docx — только редактируемую копию)",
        )
        sub.add_argument(
            "--docx", type=Path, metavar="ФАЙЛ.docx", help="сохранить и редактируемую копию"
        )
    deadline = subcommand(
        commands, "deadline", "срок представления квартального отчёта (6-й рабочий день)"
    )
    deadline.add_argument("--year", type=parse_year, required=True, metavar="ГГГГ", help="год")
    deadline.add_argument(
        "--quarter", type=parse_quarter, required=True, metavar="N", help="квартал, 1–4"
    )


def _add_exporter_commands(commands: argparse._SubParsersAction[RussianArgumentParser]) -> None:
    exporters = subcommand(commands, "exporters", "реестр экспортёров: импорт и выгрузка")
    actions = exporters.add_subparsers(
        dest="exporters_action",
        metavar="import|export",
        title="действие",
        required=True,
        parser_class=RussianArgumentParser,
    )
    load = subcommand(actions, "import", "загрузить таблицу CSV, XLSX, XLS или ODS в реестр")
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
    load.add_argument(
        "--repeats",
        choices=("first", "last", "combine"),
        default="combine",
        help="один ИНН в нескольких строках: first — оставить первую строку, last — "
        "последнюю, combine — объединить строки (по умолчанию)",
    )
    save = subcommand(actions, "export", "выгрузить реестр в XLSX или CSV")
    save.add_argument("file", type=Path, metavar="ФАЙЛ", help="ФАЙЛ.xlsx или ФАЙЛ.csv")
    save.add_argument(
        "--db", type=Path, metavar="ПУТЬ", default=argparse.SUPPRESS, help="файл базы данных"
    )


def _add_maintenance_commands(commands: argparse._SubParsersAction[RussianArgumentParser]) -> None:
    save = subcommand(
        commands, "backup", "резервная копия в одном файле: база, вложения, архив отчётов"
    )
    save.add_argument(
        "--out", type=Path, required=True, metavar="ФАЙЛ.zip", help="куда записать копию"
    )
    db_option(save)
    load = subcommand(
        commands, "restore", "восстановить базу из резервной копии (текущая сохраняется)"
    )
    load.add_argument("file", type=Path, metavar="ФАЙЛ.zip", help="файл резервной копии")
    db_option(load, required=True)
    check = subcommand(commands, "check", "проверка базы данных и её файлов")
    db_option(check)
    check.add_argument(
        "--repair",
        action="store_true",
        help="исправить безопасные неполадки (поисковый индекс, временные файлы)",
    )


def db_option(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    """``--db ПУТЬ``, for a command that has no demo to open instead."""
    if required:
        parser.add_argument(
            "--db", type=Path, metavar="ПУТЬ", required=True, help="файл базы данных"
        )
    else:
        parser.add_argument(
            "--db", type=Path, metavar="ПУТЬ", default=argparse.SUPPRESS, help="файл базы данных"
        )
