"""Importing ministries' spreadsheets into the exporter registry, and undoing it (issue 6).

Rows are matched by ИНН: new ones are added, known ones updated with the cells the file
fills (a blank cell never erases a value; countries are added to the known ones). A ИНН
repeated in one file gives what the user chose: the first row, the last, or the rows
combined (issue 15); the dry run shows each choice's outcome. The whole import is one
transaction: a failure or a cancel leaves the registry as it was. An import is undone newest
first: undoing one that a later, still standing import also touched is refused, naming it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from typing import TypedDict
from typing import Unpack

from res_desktop.domain.common.russian import date_short
from res_desktop.domain.exporters.import_parsing import Note
from res_desktop.domain.exporters.import_parsing import Rejection
from res_desktop.domain.exporters.import_parsing import company_from_record
from res_desktop.domain.exporters.import_repeats import RepeatChoice
from res_desktop.domain.exporters.import_repeats import RepeatGroup
from res_desktop.domain.exporters.import_repeats import UpdateDiff
from res_desktop.domain.exporters.model import Company
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.exporters import import_flow as flow
from res_desktop.services.exporters import import_plan as planning
from res_desktop.services.exporters.import_plan import ImportCancelled
from res_desktop.services.exporters.import_plan import ImportCounts
from res_desktop.services.exporters.import_plan import ImportPlan
from res_desktop.services.exporters.import_plan import ImportPreview
from res_desktop.services.exporters.import_plan import Progress
from res_desktop.storage.common import audit
from res_desktop.storage.common.convert import now_text
from res_desktop.storage.exporters import bulk
from res_desktop.storage.exporters import import_repo as repo
from res_desktop.storage.exporters.files import UnreadableFile
from res_desktop.storage.exporters.files import rejected_path
from res_desktop.storage.exporters.files import write_rejected
from res_desktop.storage.exporters.import_repo import ImportBatch

if TYPE_CHECKING:
    from res_desktop.services.common.context import ServiceContext

__all__ = [
    "ImportBatch",
    "ImportCancelled",
    "ImportOptions",
    "ImportPlan",
    "ImportPreview",
    "ImportResult",
    "ImportService",
]


@dataclass(frozen=True)
class ImportResult(ImportCounts):
    batch_id: int
    added: int
    updated: int
    unchanged: int
    rejections: tuple[Rejection, ...]
    rejected_file: Path | None
    notes: tuple[Note, ...] = ()  # values read other than as written: a restored leading zero
    duplicates: int = 0  # rows whose ИНН appeared earlier in the file
    data_rows: int = 0
    repeat_choice: RepeatChoice = RepeatChoice.COMBINE
    repeats: tuple[RepeatGroup, ...] = ()
    diffs: tuple[UpdateDiff, ...] = ()
    diff_count: int = 0

    @property
    def summary(self) -> str:
        return self.counts_text("Добавлено")


class ImportOptions(TypedDict, total=False):
    """How the file is read and the import followed: the same for the dry run and the import."""

    mapping: Mapping[str, str] | None  # column title -> field; None: remembered or recognised
    sheet: str | None
    header_row: int | None  # 1-based; None: detected
    repeats: RepeatChoice | str  # what rows of one ИНН give; «combine» by default
    progress: Progress
    cancelled: Callable[[], bool]


def _choice(value: RepeatChoice | str) -> RepeatChoice:
    try:
        return RepeatChoice(value)
    except ValueError:
        names = ", ".join(c.value for c in RepeatChoice)
        raise ValidationFailed(
            {"repeats": f"Неизвестный вариант для повторов ИНН «{value}»: нужно {names}."}
        ) from None


def _no_progress(_percent: int, _text: str) -> None:
    return None


def _never() -> bool:
    return False


def _undo_place(batch: ImportBatch, changes: list[repo.ImportChange]) -> str:
    added = sum(1 for c in changes if c.action == "added")
    return (
        f"Отмена импорта № {batch.id} «{batch.file_name}» (удалено организаций: {added}, "
        f"возвращено прежних сведений: {len(changes) - added})"
    )


class ImportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def preview(
        self,
        path: Path,
        sheet: str | None = None,
        header_row: int | None = None,
        *,
        mapping: Mapping[str, str] | None = None,
    ) -> ImportPreview:
        """What the file holds and how its columns map: shown before anything is written."""
        loaded = planning.load(
            self._ctx.db, path, sheet=sheet, header_row=header_row, mapping=mapping
        )
        return planning.preview(loaded, path, self._ctx.today().year - 1)

    def dry_run(self, path: Path, **options: Unpack[ImportOptions]) -> ImportPlan:
        """«Будет добавлено N, обновлено M, отклонено K»: the import, rolled back; the
        repeated ИНН with what each choice gives, the updates field by field."""
        loaded, tally = self._execute(Path(path), options, dry_run=True)
        repeats = None
        if tally.repeats:
            try:
                repeats = flow.describe_repeats(self._ctx.db, loaded, tally, planning.NOTES_SHOWN)
            except UnreadableFile as error:  # the file changed since it was read
                raise ValidationFailed({"path": str(error)}) from error
        return tally.plan(loaded.mapping, repeats)

    def run(self, path: Path, **options: Unpack[ImportOptions]) -> ImportResult:
        """Import in one transaction; ImportCancelled (nothing written) when cancelled.

        The mapping used is remembered for files with the same column titles.
        """
        path = Path(path)
        loaded, tally = self._execute(path, options, dry_run=False)
        plan = tally.plan(loaded.mapping)
        rejected_file = None
        if plan.rejections:
            rows = ((r.row, tally.rejected_cells[r.row], r.reason) for r in plan.rejections)
            rejected_file = write_rejected(rejected_path(path), loaded.titles, rows)
        options.get("progress", _no_progress)(100, "Импорт завершён")
        return ImportResult(
            tally.batch_id, plan.added, plan.updated, plan.unchanged, plan.rejections,
            rejected_file, plan.notes, plan.duplicates, plan.data_rows, plan.repeat_choice,
            plan.repeats, plan.diffs, plan.diff_count,
        )  # fmt: skip

    def _execute(
        self, path: Path, options: ImportOptions, *, dry_run: bool
    ) -> tuple[planning.Loaded, flow.Tally]:
        """The dry run and the import read the file and stream it alike."""
        loaded = planning.load(
            self._ctx.db, path, sheet=options.get("sheet"),
            header_row=options.get("header_row"), mapping=options.get("mapping"),
        )  # fmt: skip
        with self._ctx.writing():  # the history names the batch: see flow.execute
            tally = flow.execute(
                self._ctx.db, loaded, file_name=path.name,
                progress=options.get("progress", _no_progress),
                cancelled=options.get("cancelled", _never), dry_run=dry_run,
                choice=_choice(options.get("repeats", RepeatChoice.COMBINE)),
            )  # fmt: skip
        return loaded, tally

    def batches(self) -> list[ImportBatch]:
        """All imports, newest first."""
        return repo.list_batches(self._ctx.db)

    def undo(self, batch_id: int) -> ImportBatch:
        """Remove the companies an import added and restore those it changed."""
        db = self._ctx.db
        batch = repo.get_batch(db, batch_id)
        if batch is None:
            raise ValidationFailed({"batch": f"Импорт № {batch_id} не найден."})
        if batch.undone_at is not None:
            raise ValidationFailed(
                {"batch": f"Импорт № {batch_id} уже отменён {date_short(batch.undone_at)}."}
            )
        later = repo.later_batches_touching(db, batch_id)
        if later:
            first = later[0]
            raise ValidationFailed(
                {
                    "batch": f"Сначала отмените импорт № {first.id} от "
                    f"{date_short(first.imported_at)} («{first.file_name}»): он изменил те же "
                    "организации. Импорты отменяются от последнего к первому."
                }
            )
        edited = repo.edited_since(db, batch_id)
        if edited:
            raise ValidationFailed(
                {
                    "batch": f"После импорта № {batch_id} по {edited} организациям внесены "
                    "сведения (правки, поддержка, участие в мероприятиях, объединения): отмена "
                    "импорта удалила бы или перезаписала их. Отмена невозможна."
                }
            )
        now = now_text()  # one stamp: edited_since() tells an undo's restore from an edit by it
        changes = repo.batch_changes(db, batch_id)
        # One entry in the history (the batch's «отменён»), not one per company.
        with self._ctx.audit.acting(_undo_place(batch, changes)), self._ctx.writing():
            with audit.compact_undo(db):
                self._restore(changes, now)
            repo.mark_undone(db, batch_id, now)
        return repo.get_batch(db, batch_id)  # type: ignore[return-value]

    def _restore(self, changes: list[repo.ImportChange], stamp: str) -> None:
        """Only companies still under the same ИНН: an id reused since is left alone."""
        db = self._ctx.db
        current = bulk.load_companies(db, [c.company_id for c in changes])
        added: list[int] = []
        restored: list[tuple[int, Company]] = []
        for change in changes:
            now = current.get(change.company_id)
            record = json.loads(change.before_record or "{}")
            if now is None or now.inn != record.get("inn"):
                continue
            if change.action == "added":
                added.append(change.company_id)
            else:
                restored.append((change.company_id, company_from_record(record)))
        bulk.delete_companies(db, added)
        bulk.update_companies(db, restored, stamp)
