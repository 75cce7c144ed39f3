"""The import itself: rows streamed from the file and written a chunk at a time (issue 6).

The dry run is the same code rolled back at the end, so both count the same way; memory
holds one chunk of companies, not the file.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from typing import NamedTuple

import sqlite_utils

from res_desktop.domain.exporters import columns as col
from res_desktop.domain.exporters.import_parsing import Cell
from res_desktop.domain.exporters.import_parsing import Note
from res_desktop.domain.exporters.import_parsing import ParsedRow
from res_desktop.domain.exporters.import_parsing import Rejection
from res_desktop.domain.exporters.import_parsing import company_from_record
from res_desktop.domain.exporters.import_parsing import company_to_record
from res_desktop.domain.exporters.import_parsing import merge
from res_desktop.domain.exporters.import_parsing import resolve_columns
from res_desktop.domain.exporters.import_repeats import RepeatChoice
from res_desktop.domain.exporters.import_repeats import RepeatGroup
from res_desktop.domain.exporters.import_repeats import UpdateDiff
from res_desktop.domain.exporters.import_repeats import repeat_group
from res_desktop.domain.exporters.import_repeats import resolve
from res_desktop.domain.exporters.import_repeats import update_diff
from res_desktop.domain.exporters.import_rows import Column
from res_desktop.domain.exporters.import_rows import fingerprinter
from res_desktop.domain.exporters.import_rows import parse_row
from res_desktop.domain.exporters.import_rows import parse_rows
from res_desktop.domain.exporters.import_rows import prepare
from res_desktop.domain.exporters.import_values import is_blank
from res_desktop.domain.exporters.model import Company
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.exporters.import_plan import ImportCancelled
from res_desktop.services.exporters.import_plan import ImportPlan
from res_desktop.services.exporters.import_plan import Loaded
from res_desktop.services.exporters.import_plan import Progress
from res_desktop.services.exporters.import_plan import yearless_message
from res_desktop.storage.common import audit
from res_desktop.storage.common.convert import now_text
from res_desktop.storage.exporters import bulk
from res_desktop.storage.exporters import import_repo as repo
from res_desktop.storage.exporters.files import UnreadableFile
from res_desktop.storage.exporters.schema import fill_search

CHUNK_ROWS = 5000
IMPORT_CACHE_KIB = -65536  # 64 MB of page cache while importing
DIFFS_KEPT = 200  # updates described field by field; the rest are counted


class _Seen(NamedTuple):
    """A ИНН written by an earlier chunk: its first row, its id, the fields its rows gave."""

    row: int
    company_id: int
    fields: frozenset[str]


@dataclass
class Tally:
    choice: RepeatChoice = RepeatChoice.COMBINE
    batch_id: int = 0
    data_rows: int = 0  # non-blank rows under the header: what the counts must add up to
    added: int = 0
    updated: int = 0
    duplicates: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    rejected_cells: dict[int, Sequence[Cell]] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)  # of the rows accepted
    seen: dict[str, _Seen] = field(default_factory=dict)  # ИНН written so far
    touched: set[int] = field(default_factory=set)  # ids recorded in this batch
    added_ids: set[int] = field(default_factory=set)
    unchanged: set[int] = field(default_factory=set)
    repeats: dict[str, list[int]] = field(default_factory=dict)  # ИНН -> its rows, in order
    diffs: list[UpdateDiff] = field(default_factory=list)  # the first DIFFS_KEPT updates
    diff_count: int = 0
    fields_seen: dict[frozenset[str], frozenset[str]] = field(default_factory=dict)

    def repeat(self, inn: str, first: int, row: int) -> None:
        self.duplicates += 1
        self.repeats.setdefault(inn, [first]).append(row)

    def interned(self, fields: frozenset[str]) -> frozenset[str]:
        """One set object per distinct set of fields: 100,000 rows share a handful."""
        return self.fields_seen.setdefault(fields, fields)

    def reject(self, rejection: Rejection, cells: Sequence[Cell]) -> None:
        self.rejections.append(rejection)
        self.rejected_cells[rejection.row] = cells

    def plan(
        self, mapping: dict[str, str], repeats: tuple[RepeatGroup, ...] | None = None
    ) -> ImportPlan:
        self.rejections.sort(key=lambda r: r.row)
        self.notes.sort(key=lambda n: n.row)
        self.diffs.sort(key=lambda d: d.row)
        if repeats is None:
            repeats = tuple(RepeatGroup(inn, tuple(rows)) for inn, rows in self.repeats.items())
        return ImportPlan(
            self.added, self.updated, len(self.unchanged - self.touched),
            tuple(self.rejections), self.duplicates, mapping, tuple(self.notes),
            self.data_rows, self.choice, tuple(sorted(repeats, key=lambda g: g.rows)),
            tuple(self.diffs), self.diff_count,
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
    choice: RepeatChoice = RepeatChoice.COMBINE,
) -> Tally:
    """Import (or try) the whole file in one transaction: all of it or nothing."""
    columns = mapped_columns(loaded)
    tally = Tally(choice)
    previous_cache = db.conn.execute("PRAGMA cache_size").fetchone()[0]
    # A large import touches eight indexes at random places: a bigger page cache halves the
    # time (the 2 MB default thrashes at 100,000 companies). Given back afterwards.
    db.conn.execute(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")
    try:
        with db.atomic():
            now = now_text()
            tally.batch_id = repo.start_batch(db, file_name, now)
            # Into an empty registry the indexes are built after the load (a cancel or a
            # failure rolls the drop back with the rest).
            empty = bulk.registry_size(db) == 0
            indexes = bulk.drop_indexes(db) if empty else []
            try:
                with (
                    audit.compact_import(db, tally.batch_id),
                    audit.triggers_dropped(db, repo.CHILD_FORGET_TRIGGERS),
                ):
                    writer = _Writer(db, tally, now, cancelled, into_empty=empty)
                    writer.stream(loaded, columns, progress)
            except UnreadableFile as error:  # a broken line met while streaming
                raise ValidationFailed({"path": str(error)}) from error
            if empty:  # the search index too is built once, after the load
                fill_search(db)
            bulk.create_indexes(db, indexes)
            repo.finish_batch(
                db, tally.batch_id, added=tally.added, updated=tally.updated,
                rejected=len(tally.rejections),
            )  # fmt: skip
            if not dry_run:
                repo.save_mapping(db, col.header_signature(loaded.titles), loaded.kept_mapping)
            else:
                raise _DryRunDone
    except _DryRunDone:
        tally.batch_id = 0
    finally:
        db.conn.execute(f"PRAGMA cache_size = {int(previous_cache)}")
    return tally


def mapped_columns(loaded: Loaded) -> list[Column]:
    """The mapped columns; a column whose year is unknown or a bad mapping refused."""
    if loaded.yearless:
        raise ValidationFailed({"mapping": yearless_message(loaded.yearless)})
    try:
        return prepare(resolve_columns(loaded.titles, loaded.mapping))
    except ValueError as error:
        raise ValidationFailed({"mapping": str(error)}) from error


def describe_repeats(
    db: sqlite_utils.Database, loaded: Loaded, tally: Tally, shown: int
) -> tuple[RepeatGroup, ...]:
    """The first ``shown`` repeated ИНН with what each choice would make of them.

    Their rows are read again (a dry run with repeats only): a chunk of the file is all the
    import holds, and the earlier rows of a ИНН may be chunks behind.
    """
    groups = list(tally.repeats.items())
    wanted = {row: inn for inn, rows in groups[:shown] for row in rows}
    columns = mapped_columns(loaded)
    parsed: dict[str, list[ParsedRow]] = {}
    for number, cells in enumerate(loaded.table.rows(), start=1):
        if number in wanted:
            outcome = parse_row(cells, columns, number)
            if isinstance(outcome, ParsedRow):
                parsed.setdefault(outcome.company.inn, []).append(outcome)
    existing = bulk.ids_by_inn(db, parsed)
    stored = bulk.load_companies(db, list(existing.values()))
    described = [
        repeat_group(stored.get(existing.get(inn, 0)), rows) for inn, rows in parsed.items()
    ]
    listed = [RepeatGroup(inn, tuple(rows)) for inn, rows in groups[shown:]]
    return (*described, *listed)


@dataclass
class _Writer:
    db: sqlite_utils.Database
    tally: Tally
    now: str
    cancelled: Callable[[], bool]
    into_empty: bool = False  # a load into an empty registry: search rows written after it

    def stream(self, loaded: Loaded, columns: list[Column], progress: Progress) -> None:
        """Rows to chunks: a ИНН repeated in a chunk is resolved there, later ones against
        the registry; a row seen before, its company unchanged since, is not parsed again."""
        fingerprint = fingerprinter(columns)
        pending: list[tuple[int, Sequence[Cell]]] = []
        total = max(loaded.table.estimated_rows, 1)
        tally = self.tally
        for number, cells in enumerate(loaded.table.rows(), start=1):
            if number <= loaded.header + 1 or all(is_blank(c) for c in cells):
                continue
            tally.data_rows += 1
            pending.append((number, cells))
            if len(pending) >= CHUNK_ROWS:
                self.chunk(pending, columns, fingerprint)
                pending = []
                progress(min(99, number * 100 // total), f"Обработано строк: {number}")
        self.chunk(pending, columns, fingerprint)
        ids = [tally.seen[inn].company_id for inn in tally.repeats if inn in tally.seen]
        repo.forget_rows(self.db, ids)  # a repeat's row alone does not give its company

    def chunk(
        self,
        pending: list[tuple[int, Sequence[Cell]]],
        columns: list[Column],
        fingerprint: Callable[[Sequence[Cell]], bytes],
    ) -> None:
        tally = self.tally
        prints = [fingerprint(cells) for _number, cells in pending]
        # Into an empty registry nothing was read before: the fingerprints written since are
        # this file's own (their index is dropped until the end: a lookup would scan them).
        known = {} if self.into_empty else repo.known_rows(self.db, prints)
        chunk: dict[str, ParsedRow] = {}
        first_of: dict[str, int] = {}  # the chunk's first row of each ИНН
        cells_of: dict[int, Sequence[Cell]] = {}
        print_of: dict[str, bytes] = {}
        fresh = [row for row, print_ in zip(pending, prints, strict=True) if print_ not in known]
        read = dict(zip((n for n, _c in fresh), parse_rows(fresh, columns), strict=True))
        for (number, cells), print_ in zip(pending, prints, strict=True):
            same = known.get(print_)
            if same is not None and same[1] not in chunk and same[1] not in tally.seen:
                company_id, inn, fields = same  # read before, nothing changed since
                tally.unchanged.add(company_id)
                kept = tally.interned(frozenset(fields.split(",")) - {""})
                tally.seen[inn] = _Seen(number, company_id, kept)
                continue
            outcome = read.get(number) or parse_row(cells, columns, number)
            if isinstance(outcome, Rejection):
                tally.reject(outcome, cells)
                continue
            inn = outcome.company.inn
            earlier, seen = chunk.get(inn), tally.seen.get(inn)
            if earlier is not None:
                tally.repeat(inn, first_of[inn] if seen is None else seen.row, number)
                outcome = resolve(tally.choice, earlier, outcome)
            elif seen is not None:
                tally.repeat(inn, seen.row, number)
                if tally.choice is RepeatChoice.FIRST:
                    continue
            else:
                first_of[inn] = number
            chunk[inn] = outcome
            cells_of[outcome.row] = cells
            print_of[inn] = print_
        self.write(chunk, cells_of, first_of, print_of)

    def write(
        self,
        chunk: dict[str, ParsedRow],
        cells_of: dict[int, Sequence[Cell]],
        first_of: dict[str, int],
        print_of: dict[str, bytes],
    ) -> None:
        """One chunk: new companies inserted, known ones merged; the first change recorded;
        the rows' fingerprints kept for the next import."""
        if self.cancelled():
            raise ImportCancelled
        db, tally = self.db, self.tally
        existing = bulk.ids_by_inn(db, chunk)
        before_all = bulk.load_companies(db, list(existing.values()))
        new: list[tuple[str, Company]] = []
        changed: list[tuple[int, Company, Company]] = []
        for inn, parsed in chunk.items():
            company_id = existing.get(inn)
            seen = tally.seen.get(inn)
            base = before_all[company_id] if company_id is not None else None
            if seen is not None and tally.choice is RepeatChoice.LAST:
                base = self._before_file(seen.company_id, base)
            if base is None and not parsed.company.full_name:
                title = col.field_title(col.FULL_NAME)
                reason = f"{title}: не указано, а организации с этим ИНН в реестре нет"
                tally.reject(Rejection(parsed.row, title, reason), cells_of[parsed.row])
                continue
            tally.notes.extend(parsed.notes)
            fields = parsed.fields
            if company_id is None:
                new.append((inn, parsed.company))
                tally.seen[inn] = _Seen(first_of[inn], 0, tally.interned(fields))
                continue
            assert base is not None or seen is not None  # a stored company, or ours
            if seen is not None and tally.choice is RepeatChoice.COMBINE:
                after = merge(before_all[company_id], parsed.company, fields, kept=seen.fields)
                fields = fields | seen.fields
            else:
                after = parsed.company if base is None else merge(base, parsed.company, fields)
            tally.seen[inn] = _Seen(
                seen.row if seen else first_of[inn], company_id, tally.interned(fields)
            )
            before = before_all[company_id]
            if after != before:
                changed.append((company_id, before, after))
                self._describe(parsed.row, company_id, before, after)
            else:
                tally.unchanged.add(company_id)
        self._save(new, changed)
        self._remember(chunk, print_of)

    def _remember(self, chunk: dict[str, ParsedRow], print_of: dict[str, bytes]) -> None:
        """The fingerprint of each company's row: a row with notes (read other than as
        written) or of a repeated ИНН is always read again."""
        tally = self.tally
        repo.save_rows(self.db, (
            (tally.seen[inn].company_id, print_of[inn], ",".join(sorted(tally.seen[inn].fields)))
            for inn, parsed in chunk.items()
            if inn in tally.seen and not parsed.notes and inn not in tally.repeats
        ))  # fmt: skip

    def _before_file(self, company_id: int, current: Company | None) -> Company | None:
        """A company as it was before this file (a repeat's last row replaces the earlier
        rows' changes): None when this import added it."""
        tally = self.tally
        if company_id in tally.added_ids:
            return None
        if company_id not in tally.touched:
            return current
        record = repo.before_record(self.db, tally.batch_id, company_id)
        return company_from_record(json.loads(record)) if record else current

    def _describe(self, row: int, company_id: int, before: Company, after: Company) -> None:
        """An update of a company the registry held, field by field (issue 15)."""
        tally = self.tally
        if company_id in tally.added_ids:
            return
        tally.diff_count += 1
        if len(tally.diffs) < DIFFS_KEPT:
            tally.diffs.append(update_diff(row, before, after))

    def _save(
        self, created: list[tuple[str, Company]], changed: list[tuple[int, Company, Company]]
    ) -> None:
        db, tally = self.db, self.tally
        new = [c for _inn, c in created]
        bulk.change_companies(db, changed, self.now)
        first = [(i, "updated", _json(b)) for i, b, _a in changed if i not in tally.touched]
        repo.record_changes(db, tally.batch_id, first)
        tally.updated += len(first)
        tally.touched.update(i for i, _action, _record in first)
        ids = bulk.insert_companies(db, new, self.now, search=not self.into_empty) if new else []
        marks = [json.dumps({"inn": c.inn}) for c in new]
        added = zip(ids, ["added"] * len(ids), marks, strict=True)
        repo.record_changes(db, tally.batch_id, added)
        tally.added += len(ids)
        tally.touched.update(ids)
        tally.added_ids.update(ids)
        for (inn, _company), company_id in zip(created, ids, strict=True):
            tally.seen[inn] = tally.seen[inn]._replace(company_id=company_id)


def _json(company: Company) -> str:
    return json.dumps(company_to_record(company), ensure_ascii=False)
