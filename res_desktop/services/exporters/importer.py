"""Importing ministries' spreadsheets into the exporter registry, and undoing it (issue 6).

Rows are matched by ИНН: new ones are added, known ones updated with the cells the file
fills (a blank cell never erases a value). A ИНН repeated in one file: the later row fills
in the earlier one (counted once). The whole import is one transaction: a failure or a
cancel leaves the registry as it was. An import is undone newest first: undoing one that a
later, still standing import also touched is refused, naming that import.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from res_desktop.domain.common.russian import date_short
from res_desktop.domain.exporters.import_parsing import (
    Note,
    Rejection,
    company_from_record,
)
from res_desktop.domain.exporters.model import Company
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.exporters import import_flow as flow
from res_desktop.services.exporters import import_plan as planning
from res_desktop.services.exporters.import_plan import (
    ImportCancelled,
    ImportCounts,
    ImportPlan,
    ImportPreview,
    Progress,
)
from res_desktop.storage.common.convert import now_text
from res_desktop.storage.exporters import bulk
from res_desktop.storage.exporters import import_repo as repo
from res_desktop.storage.exporters.files import rejected_path, write_rejected
from res_desktop.storage.exporters.import_repo import ImportBatch

if TYPE_CHECKING:
    from res_desktop.services.common.context import ServiceContext

__all__ = [
    "ImportBatch",
    "ImportCancelled",
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

    @property
    def summary(self) -> str:
        return self.counts_text("Добавлено")


def _no_progress(_percent: int, _text: str) -> None:
    return None


def _never() -> bool:
    return False


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
        return planning.preview(loaded, path)

    def dry_run(
        self,
        path: Path,
        *,
        mapping: Mapping[str, str] | None = None,
        sheet: str | None = None,
        header_row: int | None = None,
        progress: Progress = _no_progress,
        cancelled: Callable[[], bool] = _never,
    ) -> ImportPlan:
        """«Будет добавлено N, обновлено M, отклонено K»: the import, rolled back."""
        loaded = planning.load(
            self._ctx.db, path, sheet=sheet, header_row=header_row, mapping=mapping
        )
        tally = flow.execute(
            self._ctx.db, loaded, file_name=Path(path).name, progress=progress,
            cancelled=cancelled, dry_run=True,
        )  # fmt: skip
        return tally.plan(loaded.mapping)

    def run(
        self,
        path: Path,
        *,
        mapping: Mapping[str, str] | None = None,
        sheet: str | None = None,
        header_row: int | None = None,
        progress: Progress = _no_progress,
        cancelled: Callable[[], bool] = _never,
    ) -> ImportResult:
        """Import in one transaction; ImportCancelled (nothing written) when cancelled.

        The mapping used is remembered for files with the same column titles.
        """
        path = Path(path)
        loaded = planning.load(
            self._ctx.db, path, sheet=sheet, header_row=header_row, mapping=mapping
        )
        tally = flow.execute(
            self._ctx.db, loaded, file_name=path.name, progress=progress,
            cancelled=cancelled, dry_run=False,
        )  # fmt: skip
        plan = tally.plan(loaded.mapping)
        rejected_file = None
        if plan.rejections:
            rows = ((r.row, tally.rejected_cells[r.row], r.reason) for r in plan.rejections)
            rejected_file = write_rejected(rejected_path(path), loaded.titles, rows)
        progress(100, "Импорт завершён")
        return ImportResult(
            tally.batch_id, plan.added, plan.updated, plan.unchanged, plan.rejections,
            rejected_file, plan.notes,
        )  # fmt: skip

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
        with db.atomic():
            self._restore(repo.batch_changes(db, batch_id))
            repo.mark_undone(db, batch_id, now_text())
        return repo.get_batch(db, batch_id)  # type: ignore[return-value]

    def _restore(self, changes: list[repo.ImportChange]) -> None:
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
        bulk.update_companies(db, restored, now_text())
