"""The import itself: rows streamed from the file and written a chunk at a time (issue 6).

The dry run is the same code rolled back at the end, so both count the same way; memory
holds one chunk of companies, not the file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import sqlite_utils

from res_desktop.domain.exporters import columns as col
from res_desktop.domain.exporters.import_parsing import (
    Cell,
    Note,
    ParsedRow,
    Rejection,
    company_to_record,
    merge,
    resolve_columns,
)
from res_desktop.domain.exporters.import_rows import Column, parse_row, prepare
from res_desktop.domain.exporters.import_values import is_blank
from res_desktop.domain.exporters.model import Company
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.exporters.import_plan import ImportCancelled, ImportPlan, Loaded, Progress
from res_desktop.storage.common import audit
from res_desktop.storage.common.convert import now_text
from res_desktop.storage.exporters import bulk
from res_desktop.storage.exporters import import_repo as repo
from res_desktop.storage.exporters.files import UnreadableFile

CHUNK_ROWS = 5000
IMPORT_CACHE_KIB = -65536  # 64 MB of page cache while importing


@dataclass
class Tally:
    batch_id: int = 0
    data_rows: int = 0  # non-blank rows under the header: what the counts must add up to
    added: int = 0
    updated: int = 0
    duplicates: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    rejected_cells: dict[int, Sequence[Cell]] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)  # of the rows accepted
    seen: set[str] = field(default_factory=set)  # ИНН accepted so far
    touched: set[int] = field(default_factory=set)  # ids recorded in this batch
    unchanged: set[int] = field(default_factory=set)

    def reject(self, rejection: Rejection, cells: Sequence[Cell]) -> None:
        self.rejections.append(rejection)
        self.rejected_cells[rejection.row] = cells

    def plan(self, mapping: dict[str, str]) -> ImportPlan:
        self.rejections.sort(key=lambda r: r.row)
        self.notes.sort(key=lambda n: n.row)
        return ImportPlan(
            self.added, self.updated, len(self.unchanged - self.touched),
            tuple(self.rejections), self.duplicates, mapping, tuple(self.notes),
            self.data_rows,
        )  # fmt: skip


class _DryRunDone(Exception):
    """Raised inside the transaction to roll the dry run back."""


def execute(
    db: sqlite_utils.Database,
    loaded: Loaded,
    *,
    file_name: str,
    progress: Progress,
    cancelled: Callable[[], bool],
    dry_run: bool,
) -> Tally:
    """Import (or try) the whole file in one transaction: all of it or nothing."""
    try:
        columns = prepare(resolve_columns(loaded.titles, loaded.mapping))
    except ValueError as error:
        raise ValidationFailed({"mapping": str(error)}) from error
    tally = Tally()
    previous_cache = db.conn.execute("PRAGMA cache_size").fetchone()[0]
    # A large import touches eight indexes at random places: a bigger page cache halves the
    # time (the 2 MB default thrashes at 100,000 companies). Given back afterwards.
    db.conn.execute(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")
    try:
        with db.atomic():
            now = now_text()
            tally.batch_id = repo.start_batch(db, file_name, now)
            try:
                with audit.compact_import(db, tally.batch_id):
                    _Writer(db, tally, now, cancelled).stream(loaded, columns, progress)
            except UnreadableFile as error:  # a broken line met while streaming
                raise ValidationFailed({"path": str(error)}) from error
            repo.finish_batch(
                db, tally.batch_id, added=tally.added, updated=tally.updated,
                rejected=len(tally.rejections),
            )  # fmt: skip
            if not dry_run:
                repo.save_mapping(db, col.header_signature(loaded.titles), loaded.mapping)
            else:
                raise _DryRunDone
    except _DryRunDone:
        tally.batch_id = 0
    finally:
        db.conn.execute(f"PRAGMA cache_size = {int(previous_cache)}")
    return tally


@dataclass
class _Writer:
    db: sqlite_utils.Database
    tally: Tally
    now: str
    cancelled: Callable[[], bool]

    def stream(self, loaded: Loaded, columns: list[Column], progress: Progress) -> None:
        """Rows to chunks: a ИНН repeated in a chunk merges there, later ones in the registry."""
        chunk: dict[str, ParsedRow] = {}
        cells_of: dict[int, Sequence[Cell]] = {}
        total = max(loaded.table.estimated_rows, 1)
        tally = self.tally
        for number, cells in enumerate(loaded.table.rows(), start=1):
            if number <= loaded.header + 1 or all(is_blank(c) for c in cells):
                continue
            tally.data_rows += 1
            outcome = parse_row(cells, columns, number)
            if isinstance(outcome, Rejection):
                tally.reject(outcome, cells)
                continue
            inn = outcome.company.inn
            earlier = chunk.get(inn)
            if earlier is not None or inn in tally.seen:
                tally.duplicates += 1
            if earlier is not None:  # the later row fills in the earlier one
                merged = merge(earlier.company, outcome.company, outcome.fields)
                fields, notes = earlier.fields | outcome.fields, earlier.notes + outcome.notes
                outcome = ParsedRow(earlier.row, merged, fields, notes)
            chunk[inn] = outcome
            cells_of[outcome.row] = cells
            if len(chunk) >= CHUNK_ROWS:
                self.write(chunk, cells_of)
                chunk, cells_of = {}, {}
                progress(min(99, number * 100 // total), f"Обработано строк: {number}")
        self.write(chunk, cells_of)

    def write(self, chunk: dict[str, ParsedRow], cells_of: dict[int, Sequence[Cell]]) -> None:
        """One chunk: new companies inserted, known ones merged; the first change recorded."""
        if self.cancelled():
            raise ImportCancelled
        db, tally = self.db, self.tally
        existing = bulk.ids_by_inn(db, chunk)
        before_all = bulk.load_companies(db, list(existing.values()))
        new: list[Company] = []
        changed: list[tuple[int, Company, Company]] = []
        for inn, parsed in chunk.items():
            company_id = existing.get(inn)
            if company_id is None and not parsed.company.full_name:
                title = col.field_title(col.FULL_NAME)
                reason = f"{title}: не указано, а организации с этим ИНН в реестре нет"
                tally.reject(Rejection(parsed.row, title, reason), cells_of[parsed.row])
                continue
            tally.notes.extend(parsed.notes)
            if company_id is None:
                new.append(parsed.company)
            else:
                before = before_all[company_id]
                after = merge(before, parsed.company, parsed.fields)
                if after != before:
                    changed.append((company_id, before, after))
                else:
                    tally.unchanged.add(company_id)
            tally.seen.add(inn)
        self._save(new, changed)

    def _save(self, new: list[Company], changed: list[tuple[int, Company, Company]]) -> None:
        db, tally = self.db, self.tally
        bulk.update_companies(db, [(i, after) for i, _before, after in changed], self.now)
        first = [(i, "updated", _json(b)) for i, b, _a in changed if i not in tally.touched]
        repo.record_changes(db, tally.batch_id, first)
        tally.updated += len(first)
        tally.touched.update(i for i, _action, _record in first)
        ids = bulk.insert_companies(db, new, self.now) if new else []
        marks = [json.dumps({"inn": c.inn}) for c in new]
        added = zip(ids, ["added"] * len(ids), marks, strict=True)
        repo.record_changes(db, tally.batch_id, added)
        tally.added += len(ids)
        tally.touched.update(ids)


def _json(company: Company) -> str:
    return json.dumps(company_to_record(company), ensure_ascii=False)
