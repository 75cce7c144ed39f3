"""Generate reports into the archive, mark them sent, reopen them exactly as sent."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from res_desktop.clock import stamped
from res_desktop.domain.common.calendar import ROMAN_QUARTERS
from res_desktop.domain.common.dates import not_after_today
from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.data import ReportKind
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.results import found_or_refused
from res_desktop.services.common.results import refuse_invalid
from res_desktop.services.reporting.report_data import ReportSources
from res_desktop.services.reporting.report_data import build_report_data
from res_desktop.services.reporting.report_data import period_of
from res_desktop.storage.common.attachments import sha256_of
from res_desktop.storage.common.backup import DataFolders
from res_desktop.storage.common.backup import is_plain_file_name
from res_desktop.storage.common.errors import StorageUnavailable
from res_desktop.storage.common.temporaries import copy_atomically
from res_desktop.storage.common.temporaries import saved_atomically
from res_desktop.storage.reporting import archive_repo as repo
from res_desktop.storage.reporting.archive_repo import ArchivedReport

if TYPE_CHECKING:
    from res_desktop.services.common.context import ServiceContext

Progress = Callable[[int, str], None]


def _silent(_percent: int, _text: str) -> None:
    return None


def stamp(today: dt.date) -> dt.datetime:
    """The workspace's date (an injected clock in tests) with the wall-clock time."""
    return stamped(today)


def reports_dir_for(db_path: Path) -> Path:
    return DataFolders.beside(db_path).reports


def render_pdf(data: object, out: Path) -> Path:
    """The reportlab document for a report's data (a seam the tests can read back)."""
    from res_desktop.reports.common.quarterly import build_report

    return build_report(data, out)  # type: ignore[arg-type]


def render_docx(data: ReportData, out: Path) -> Path:
    """The editable DOCX copy of the same report: the same sections, the same data."""
    from res_desktop.reports.common.docx_render import write_docx
    from res_desktop.reports.common.quarterly import render_docx_report

    return write_docx(render_docx_report(data), out)


class ReportService:
    def __init__(self, ctx: ServiceContext, *, sources: ReportSources) -> None:
        self._ctx = ctx
        self._sources = sources

    @property
    def folder(self) -> Path:
        return reports_dir_for(self._ctx.path)

    def report_data(self, *, kind: ReportKind, year: int, quarter: int | None = None) -> ReportData:
        """What the report shows, as of the period's end (or today, within the period)."""
        with self._ctx.db.atomic():  # one read transaction: a consistent snapshot under WAL
            return build_report_data(
                self._sources, self._ctx.today(), kind=kind, year=year, quarter=quarter
            )

    def write_pdf(
        self,
        *,
        kind: ReportKind,
        year: int,
        quarter: int | None,
        out: Path,
        progress: Progress = _silent,
        docx: Path | None = None,
    ) -> Path:
        """Build the PDF at ``out`` (and its DOCX copy at ``docx``) without archiving it."""
        progress(10, "Сбор данных чек-листов…")
        data = self.report_data(kind=kind, year=year, quarter=quarter)
        progress(40, "Формирование PDF…")
        # Each under a temporary name until whole: a full disk leaves nothing at ``out``.
        with saved_atomically(out) as pdf:
            render_pdf(data, pdf)
        if docx is not None:
            progress(75, "Формирование редактируемой копии (DOCX)…")
            with saved_atomically(docx) as copy:
                render_docx(data, copy)
        progress(90, "Сохранение…")
        return out

    def write_docx(self, *, kind: ReportKind, year: int, quarter: int | None, out: Path) -> Path:
        """Only the editable DOCX copy at ``out``: the same data and sections as the PDF."""
        data = self.report_data(kind=kind, year=year, quarter=quarter)
        out.parent.mkdir(parents=True, exist_ok=True)
        return render_docx(data, out)

    def generate(
        self,
        *,
        kind: ReportKind,
        year: int,
        quarter: int | None = None,
        progress: Progress = _silent,
    ) -> ArchivedReport:
        """Build a report and keep it in the archive with its SHA-256."""
        now = stamp(self._ctx.today())
        part = (
            f"{ROMAN_QUARTERS[quarter]}_квартал"
            if kind is ReportKind.QUARTERLY and quarter
            else "год"
        )
        name = f"РЭС_{year}_{part}_{now:%Y%m%d-%H%M%S}.pdf"
        target = self.folder / name
        suffix = 1
        while target.exists():
            suffix += 1
            target = self.folder / f"{name[:-4]}-{suffix}.pdf"
        copy = target.with_suffix(".docx")
        try:
            self.write_pdf(
                kind=kind, year=year, quarter=quarter, out=target, progress=progress, docx=copy
            )
            data_path = target
            from pypdf import PdfReader  # imported when used: not at every start

            pages = len(PdfReader(data_path).pages)
            sha, size = sha256_of(data_path), data_path.stat().st_size
            label = period_of(kind, year, quarter)[2]
            with self._ctx.writing():
                report_id = repo.insert_report(
                    self._ctx.db,
                    kind=kind.value,
                    year=year,
                    quarter=quarter if kind is ReportKind.QUARTERLY else None,
                    period_label=label,
                    generated_at=now,
                    file_name=target.name,
                    sha256=sha,
                    size=size,
                    pages=pages,
                )
        except BaseException:
            # A failed render or insert leaves no orphan file in the archive.
            target.unlink(missing_ok=True)
            copy.unlink(missing_ok=True)
            raise
        progress(100, "Готово")
        return self.get(report_id)

    def list(self) -> list[ArchivedReport]:
        return repo.list_reports(self._ctx.db)

    def get(self, report_id: int) -> ArchivedReport:
        return found_or_refused(
            repo.get_report(self._ctx.db, report_id), {"report": "Отчёт не найден в архиве."}
        )

    def _archived(self, file_name: str) -> Path:
        """The archive's file of a name read from the database: a name that is no plain file
        name (``../../x``, an absolute path) is refused, never used as a path."""
        if not is_plain_file_name(file_name):
            raise StorageUnavailable(
                f"В архиве отчётов записано недопустимое имя файла ({file_name[:60]!r}): файл "
                "не открыт. Выполните «Сервис → Проверка базы»."
            )
        return self.folder / file_name

    def file_problem(self, report: ArchivedReport) -> str | None:
        """Why the archived file is not the one generated (missing, changed), or None."""
        if not is_plain_file_name(report.file_name):
            return "недопустимое имя файла"
        path = self.folder / report.file_name
        if not path.is_file():
            return "файл не найден"
        if sha256_of(path) != report.sha256:
            return "файл изменён (SHA-256 не совпадает)"
        return None

    def file_problems(self) -> dict[int, str]:
        """The archive's reports whose files no longer match their SHA-256, for its list."""
        return {r.id: problem for r in self.list() if (problem := self.file_problem(r))}

    def path(self, report: ArchivedReport) -> Path:
        """The archived file, checked against its SHA-256 so a reprint is the sent one."""
        path = self._archived(report.file_name)
        if not path.is_file():
            raise StorageUnavailable(f"Файл отчёта не найден в архиве: {path}")
        if sha256_of(path) != report.sha256:
            raise StorageUnavailable(
                f"Файл отчёта {path.name} изменён после формирования (контрольная сумма "
                "SHA-256 не совпадает). Восстановите его из резервной копии."
            )
        return path

    def docx_path(self, report: ArchivedReport) -> Path:
        """The editable DOCX copy made with the report (not hashed: it is for editing)."""
        path = self._archived(report.file_name).with_suffix(".docx")
        if not path.is_file():
            raise StorageUnavailable(
                f"Редактируемая копия отчёта не найдена: {path}. Сформируйте отчёт заново."
            )
        return path

    def save_docx_copy(self, report: ArchivedReport, target: Path) -> Path:
        return copy_atomically(self.docx_path(report), target)

    def mark_sent(
        self, report_id: int, *, sent_on: dt.date, outgoing_number: str
    ) -> ArchivedReport:
        report = self.get(report_id)
        errors = {}
        if report.is_sent:
            errors["report"] = "Отчёт уже отмечен как отправленный и не может быть изменён."
        if not outgoing_number.strip():
            errors["outgoing_number"] = "Укажите исходящий номер письма."
        if late := not_after_today(sent_on, self._ctx.today(), "Дата отправки"):
            errors["sent_on"] = late
        if sent_on < report.generated_at.date():
            errors["sent_on"] = "Дата отправки не может быть раньше даты формирования отчёта."
        refuse_invalid(errors)
        path = self.path(report)
        with self._ctx.writing():
            repo.mark_sent(
                self._ctx.db, report_id, sent_on=sent_on, outgoing_number=outgoing_number.strip()
            )
        _make_read_only(path)
        copy = path.with_suffix(".docx")
        if copy.is_file():  # the editable copy gets the registration the PDF leaves blank
            from res_desktop.reports.common.docx_render import fill_registration  # docx's
            from res_desktop.reports.common.sections import REGISTRATION_BLANK

            with saved_atomically(copy) as filled:
                shutil.copyfile(copy, filled)
                fill_registration(filled, REGISTRATION_BLANK, outgoing_number, sent_on)
        return self.get(report_id)

    def delete_draft(self, report_id: int) -> None:
        report = self.get(report_id)
        if report.is_sent:
            raise ValidationFailed({"report": "Отправленный отчёт удалить нельзя."})
        self._ctx.write(repo.delete_report, report_id)
        if is_plain_file_name(report.file_name):  # a stored «../x» removes nothing outside
            (self.folder / report.file_name).unlink(missing_ok=True)
            (self.folder / report.file_name).with_suffix(".docx").unlink(missing_ok=True)

    def save_copy(self, report: ArchivedReport, target: Path) -> Path:
        return copy_atomically(self.path(report), target)

    def sent_quarters(self) -> set[tuple[int, int]]:
        return repo.sent_quarters(self._ctx.db)


def _make_read_only(path: Path) -> None:
    """The sent file itself is read-only too: the archive keeps it exactly."""
    try:
        os.chmod(path, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    except OSError:
        return
