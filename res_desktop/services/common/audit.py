"""«Журнал изменений»: the log read back in words, by page, per record, and saved as XLSX."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from res_desktop.domain.checklist.model import cycle_year
from res_desktop.domain.common.audit import AuditFilter
from res_desktop.domain.common.audit import Change
from res_desktop.domain.common.audit import Op
from res_desktop.domain.common.audit import Row
from res_desktop.domain.common.audit import TableWords
from res_desktop.domain.common.audit import detail
from res_desktop.domain.common.audit import named
from res_desktop.domain.common.audit import record_title
from res_desktop.domain.common.audit import state_text
from res_desktop.domain.common.audit import unknown_table
from res_desktop.domain.common.russian import datetime_short
from res_desktop.services.common.audit_words import table_words
from res_desktop.services.common.context import ServiceContext
from res_desktop.storage.common import audit as repo

if TYPE_CHECKING:
    from openpyxl.cell import Cell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

PAGE_SIZE = 500
EXPORT_CHUNK = 2000
SHEET_TITLE = "Журнал изменений"
COLUMNS = (
    ("Дата и время", 17),
    ("Пользователь", 28),
    ("Откуда", 30),
    ("Раздел", 22),
    ("Действие", 12),
    ("Запись", 40),
    ("Изменение", 90),
)
FORMULA_STARTS = ("=", "+", "-", "@")


@dataclass(frozen=True)
class LogLine:
    """One change as the log's table shows it."""

    id: int
    moment: dt.datetime
    who: str
    where: str
    subsystem: str
    action: str
    record: str
    detail: str  # what changed, the record's name apart
    last_state: str  # a deletion's last state; empty otherwise

    @property
    def text(self) -> str:
        """The change in one line: «Пункт 5.2: статус «в работе» → «выполнено»»."""
        return f"{self.record}: {self.detail}"

    def cells(self) -> tuple[str, ...]:
        return (
            datetime_short(self.moment),
            self.who,
            self.where,
            self.subsystem,
            self.action,
            self.record,
            self.detail,
        )


class AuditService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._words = table_words(ctx.catalogue)

    def available(self) -> bool:
        """False for a file of an older version opened read-only (no log in it yet)."""
        row = self._ctx.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'"
        ).fetchone()
        return row is not None

    def words(self, table: str) -> TableWords:
        return self._words.get(table) or unknown_table(table)

    def words_known(self) -> list[str]:
        """The tables the log names in words (what `res-desktop history --table` takes)."""
        return sorted(self._words)

    def subsystems(self) -> dict[str, frozenset[str]]:
        """Section label → its tables, in the order the filter offers them."""
        found: dict[str, set[str]] = {}
        for table, words in self._words.items():
            found.setdefault(words.subsystem, set()).add(table)
        return {label: frozenset(tables) for label, tables in found.items()}

    def users(self) -> list[str]:
        return repo.users(self._ctx.db) if self.available() else []

    def count(self, flt: AuditFilter) -> int:
        return repo.count(self._ctx.db, flt) if self.available() else 0

    def page(self, flt: AuditFilter, *, offset: int = 0, limit: int = PAGE_SIZE) -> list[LogLine]:
        """Newest first; ``offset``/``limit`` for a view that fetches as it scrolls."""
        if not self.available():
            return []
        known: dict[tuple[str, str], Row] = {}
        with self._ctx.db.atomic():  # one snapshot for the page
            changes = repo.changes(self._ctx.db, flt, limit=limit, offset=offset)
            for change in changes:
                wanted = [(change.table, change.row_key)] if change.op == Op.UPDATE else []
                if change.record_table != change.table and change.record_id is not None:
                    wanted.append((change.record_table, str(change.record_id)))
                for where in wanted:
                    if where not in known:
                        known[where] = repo.row_state(self._ctx.db, *where)
        return [self._line(c, known) for c in changes]

    def _line(self, change: Change, known: dict[tuple[str, str], Row]) -> LogLine:
        words = self.words(change.table)
        title = record_title(words, change, known.get((change.table, change.row_key)))
        if change.record_table != change.table and change.record_id is not None:
            owner = self.words(change.record_table)
            state = known.get((change.record_table, str(change.record_id)), {})
            fallback = f"{owner.noun} № {change.record_id}"
            title = f"{named(owner, state, fallback)} — {title}"
        return LogLine(
            id=change.id,
            moment=change.moment,
            who=change.origin.who,
            where=change.origin.where,
            subsystem=words.subsystem,
            action=Op(change.op).label,
            record=title,
            detail=detail(words, change),
            last_state=state_text(words, change.old) if change.op == Op.DELETE else "",
        )

    def record_filter(self, table: str, record_id: int) -> AuditFilter:
        """«История изменений» of one record: its own rows and its parts' (products, …)."""
        return AuditFilter(record=(table, record_id))

    def item_filter(self, code: str, key: str, year: int) -> AuditFilter | None:
        """A checklist item's history; None while the item was never saved."""
        if not self.available():
            return None
        instrument = self._ctx.catalogue.get(code)
        state_id = repo.item_state_id(self._ctx.db, code, key, cycle_year(instrument, year))
        return None if state_id is None else self.record_filter("item_state", state_id)

    def export_xlsx(
        self,
        flt: AuditFilter,
        path: Path,
        step: Callable[[int], None] = lambda _count: None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> int:
        """The filtered log, newest first, as a write-only workbook (memory stays flat).

        Every cell is text: a value that starts with = + - @ is never run as a formula.
        A cancelled export leaves no file behind.
        """
        path = Path(path)
        from openpyxl import Workbook  # imported when used: not at every start
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment
        from openpyxl.styles import Font

        book = Workbook(write_only=True)
        sheet: WriteOnlyWorksheet = book.create_sheet(SHEET_TITLE)
        sheet.freeze_panes = "A2"
        for index, (_title, width) in enumerate(COLUMNS):
            sheet.column_dimensions[chr(65 + index)].width = width  # type: ignore[attr-defined]
        bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
        header = []
        for title, _width in COLUMNS:
            cell = WriteOnlyCell(sheet, value=title)
            cell.font, cell.alignment = bold, wrap
            header.append(cell)
        sheet.append(header)
        count, offset = 0, 0
        try:
            while not cancelled():
                lines = self.page(flt, offset=offset, limit=EXPORT_CHUNK)
                if not lines:
                    break
                for line in lines:
                    sheet.append([_text_cell(WriteOnlyCell, sheet, v) for v in line.cells()])
                count += len(lines)
                offset += len(lines)
                step(count)
        finally:
            book.save(path)
        if cancelled():
            path.unlink(missing_ok=True)
        return count


def _text_cell(make: Callable[..., Cell], sheet: WriteOnlyWorksheet, value: str) -> Cell:
    cell = make(sheet, value=value)
    if value.startswith(FORMULA_STARTS):
        cell.data_type = "s"  # openpyxl would make «=…» a formula
    return cell
