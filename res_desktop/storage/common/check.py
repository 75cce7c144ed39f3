"""«Проверка базы»: SQLite's own checks plus the files the database points at.

Each fault is a ``Finding`` with a Russian sentence; the repairs offered are only the safe ones
(rebuild the search index from the registry, remove a crash's temporaries): anything else needs
the user's decision or a backup.
"""

from __future__ import annotations

import enum
import sqlite3
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from pathlib import PurePath

from res_desktop.storage.common.attachments import sha256_of
from res_desktop.storage.common.backup import DOCX_COPY
from res_desktop.storage.common.backup import DataFolders
from res_desktop.storage.common.backup import is_attachment_name
from res_desktop.storage.common.backup import is_plain_file_name
from res_desktop.storage.common.temporaries import stale_temporaries

Progress = Callable[[int, str], None]

# Every column that names a stored attachment by its SHA-256 (table, column, what it is).
ATTACHMENT_REFERENCES = (
    ("evidence", "file_sha256", "подтверждающий документ"),
    ("minutes", "file_sha256", "протокол заседания"),
    ("training_participant", "certificate_sha256", "удостоверение о повышении квалификации"),
)
FTS_TABLE = "company_fts"


class Repair(enum.Enum):
    NONE = "none"
    REBUILD_SEARCH = "rebuild_search"
    REMOVE_TEMPORARIES = "remove_temporaries"


@dataclass(frozen=True)
class Finding:
    text: str
    repair: Repair = Repair.NONE


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)
    temporaries: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # found, but no fault

    def fault(self, text: str, repair: Repair = Repair.NONE) -> None:
        """Records one fault found, with the repair that can fix it, if any."""
        self.findings.append(Finding(text, repair))

    @property
    def ok(self) -> bool:
        return not self.findings

    @property
    def repairs(self) -> set[Repair]:
        return {f.repair for f in self.findings} - {Repair.NONE}

    def text(self) -> str:
        lines = ["Проверено: " + ", ".join(f"{k} — {v}" for k, v in self.checked.items()) + "."]
        lines += [f"Примечание: {note}" for note in self.notes]
        if self.ok:
            lines.append("Неполадок не найдено.")
            return "\n".join(lines)
        lines.append(f"Найдено неполадок: {len(self.findings)}.")
        lines += [f"• {f.text}" for f in self.findings]
        if self.repairs:
            lines.append("Часть неполадок можно исправить: нажмите «Исправить».")
        if any(f.repair is Repair.NONE for f in self.findings):
            lines.append(
                "Остальные неполадки исправляются восстановлением из резервной копии "
                "(«Файл → Восстановить из копии…»)."
            )
        return "\n".join(lines)


def _sqlite_checks(conn: sqlite3.Connection, report: CheckReport) -> bool:
    """integrity_check and foreign keys; False when the file is too damaged to go on."""
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
    except sqlite3.DatabaseError as error:
        report.fault(f"Файл базы данных повреждён и не читается ({error}).")
        return False
    if problems != ["ok"]:
        report.fault(
            f"Файл базы данных повреждён: проверка целостности нашла ошибок — "
            f"{len(problems)}{'+' if len(problems) >= 20 else ''} (например: {problems[0]})."
        )
    broken: dict[tuple[str, str], int] = {}
    for table, _rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
        broken[(table, parent)] = broken.get((table, parent), 0) + 1
    for (table, parent), number in sorted(broken.items()):
        report.fault(
            f"Таблица {table}: строк со ссылкой на отсутствующую запись {parent} — {number}."
        )
    return True


def _search_index(conn: sqlite3.Connection, report: CheckReport) -> None:
    try:
        conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES('integrity-check')")
        index_ok = True
    except sqlite3.DatabaseError:
        index_ok = False
    finally:
        if conn.in_transaction:
            conn.rollback()
    if not index_ok:
        report.fault("Поисковый индекс реестра экспортёров повреждён.", Repair.REBUILD_SEARCH)
        return
    missing = conn.execute(
        f"SELECT count(*) FROM company WHERE id NOT IN (SELECT rowid FROM {FTS_TABLE})"
    ).fetchone()[0]
    extra = conn.execute(
        f"SELECT count(*) FROM {FTS_TABLE} WHERE rowid NOT IN (SELECT id FROM company)"
    ).fetchone()[0]
    if missing or extra:
        report.fault(
            "Поисковый индекс реестра экспортёров не совпадает с реестром: "
            f"организаций без записи в индексе — {missing}, лишних записей — {extra}.",
            Repair.REBUILD_SEARCH,
        )


def _attachments(conn: sqlite3.Connection, folders: DataFolders, report: CheckReport) -> None:
    referenced: dict[str, str] = {}
    for table, column, what in ATTACHMENT_REFERENCES:
        for (sha,) in conn.execute(f"SELECT DISTINCT {column} FROM {table} WHERE {column} != ''"):
            referenced.setdefault(str(sha), what)
    stored: set[str] = set()
    root = folders.attachments
    files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else []
    temporaries = set(report.temporaries)
    for path in files:
        if path in temporaries:
            continue
        name = path.name
        if (
            not is_attachment_name(name)
            or path.parent.parent != root
            or path.parent.name != name[:2]
        ):
            report.fault(f"Посторонний файл в папке вложений: {path}.")
            continue
        stored.add(name)
        if sha256_of(path) != name:
            report.fault(
                f"Вложенный файл {path} изменён или повреждён: его содержимое не совпадает "
                "с контрольной суммой SHA-256 в имени."
            )
    report.checked["вложений"] = len(stored)
    for sha, what in sorted(referenced.items()):
        if sha not in stored:
            report.fault(f"Нет файла, на который ссылается запись ({what}): {sha[:12]}…")
    orphans = stored - referenced.keys()
    if orphans:  # a removed record's file is kept so that the removal can be undone
        report.notes.append(
            f"Вложенных файлов, на которые не ссылается ни одна запись: {len(orphans)} (файлы "
            "удалённых записей хранятся, чтобы удаление можно было отменить; это не ошибка)."
        )


def _reports(conn: sqlite3.Connection, folders: DataFolders, report: CheckReport) -> None:
    rows = conn.execute("SELECT file_name, sha256, sent_on FROM report_archive").fetchall()
    known: set[str] = set()
    for file_name, sha, sent_on in rows:
        label = "отправленного отчёта" if sent_on else "отчёта"
        if not is_plain_file_name(str(file_name)):
            report.fault(f"Недопустимое имя файла {label} в архиве: {file_name!r}.")
            continue
        known.add(str(file_name))
        known.add(str(PurePath(str(file_name)).with_suffix(DOCX_COPY)))  # its editable copy
        path = folders.reports / str(file_name)
        if not path.is_file():
            report.fault(f"Нет файла {label} {file_name} в архиве отчётов.")
        elif sha256_of(path) != sha:
            report.fault(
                f"Файл {label} {file_name} изменён после формирования (контрольная сумма "
                "SHA-256 не совпадает)."
            )
    report.checked["отчётов в архиве"] = len(rows)
    if folders.reports.is_dir():
        temporaries = set(report.temporaries)
        for path in sorted(folders.reports.iterdir()):
            if path.is_file() and path not in temporaries and path.name not in known:
                report.fault(f"Файл в папке отчётов без записи в архиве: {path}.")


def check_database(
    conn: sqlite3.Connection,
    folders: DataFolders,
    *,
    backup_folders: Sequence[Path] = (),
    progress: Progress | None = None,
) -> CheckReport:
    """Run every check; nothing is changed (the FTS check's transaction is rolled back)."""
    say = progress or (lambda _p, _t: None)
    report = CheckReport()
    report.temporaries = stale_temporaries(folders, *backup_folders)
    say(0, "Проверка целостности файла базы…")
    report.checked["таблиц"] = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
    ).fetchone()[0]
    if _sqlite_checks(conn, report):
        say(40, "Проверка поискового индекса…")
        _search_index(conn, report)
        say(55, "Проверка вложенных файлов…")
        _attachments(conn, folders, report)
        say(80, "Проверка архива отчётов…")
        _reports(conn, folders, report)
    if report.temporaries:
        report.fault(
            f"Временных файлов, оставшихся после сбоя: {len(report.temporaries)}.",
            Repair.REMOVE_TEMPORARIES,
        )
    say(100, "Готово")
    return report


def rebuild_search_index(conn: sqlite3.Connection, refill: Callable[[list[int]], None]) -> None:
    """Rebuild the FTS index's b-tree, then rewrite every row from the registry via ``refill``.

    The caller runs this inside one transaction.
    """
    conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES('rebuild')")
    conn.execute(f"DELETE FROM {FTS_TABLE}")
    refill([int(r[0]) for r in conn.execute("SELECT id FROM company")])
