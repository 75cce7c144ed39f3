"""The report archive: generate, keep with SHA-256, mark sent, reopen exactly."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from res_desktop.domain.common.progress import Status
from res_desktop.reports.common.data import ReportKind
from res_desktop.services.checklist.monitoring import monitoring_text
from res_desktop.services.checklist.service import ItemEdit
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.common.attachments import sha256_of
from res_desktop.storage.common.errors import StorageError
from res_desktop.storage.common.errors import StorageUnavailable
from tests.conftest import TODAY
from tests.conftest import make_profile


def _text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def test_generated_report_is_archived_with_its_hash(workspace: Workspace) -> None:
    report = workspace.reports.generate(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
    path = workspace.reports.path(report)
    assert path.parent == workspace.reports.folder
    assert report.sha256 == sha256_of(path)
    assert report.pages == len(PdfReader(path).pages) >= 2
    assert report.period_label == "III квартал 2026 года"
    assert not report.is_sent
    assert "Смоленская область" in _text(path)
    assert [r.id for r in workspace.reports.list()] == [report.id]


def test_progress_is_reported_while_generating(workspace: Workspace) -> None:
    steps: list[int] = []
    workspace.reports.generate(
        kind=ReportKind.ANNUAL, year=2026, progress=lambda percent, _text: steps.append(percent)
    )
    assert steps == sorted(steps)
    assert steps[-1] == 100


def test_sent_report_is_read_only_and_reopens_exactly(workspace: Workspace) -> None:
    report = workspace.reports.generate(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
    before = workspace.reports.path(report).read_bytes()
    sent = workspace.reports.mark_sent(report.id, sent_on=TODAY, outgoing_number="01-12/345")
    assert sent.is_sent and sent.outgoing_number == "01-12/345" and sent.sent_on == TODAY
    with pytest.raises(ValidationFailed) as again:
        workspace.reports.mark_sent(report.id, sent_on=TODAY, outgoing_number="другой")
    assert "уже отмечен" in str(again.value)
    with pytest.raises(ValidationFailed):
        workspace.reports.delete_draft(report.id)
    with pytest.raises(sqlite3.IntegrityError):
        workspace.db.execute(
            "UPDATE report_archive SET outgoing_number = 'x' WHERE id = ?", [report.id]
        )
    assert workspace.reports.path(sent).read_bytes() == before


def test_changed_archive_file_is_detected(workspace: Workspace) -> None:
    report = workspace.reports.generate(kind=ReportKind.QUARTERLY, year=2026, quarter=2)
    path = workspace.reports.path(report)
    path.write_bytes(path.read_bytes() + b"%")
    with pytest.raises(StorageUnavailable, match="SHA-256"):
        workspace.reports.path(report)


def test_mark_sent_needs_a_number_and_a_sane_date(workspace: Workspace) -> None:
    report = workspace.reports.generate(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
    with pytest.raises(ValidationFailed) as error:
        workspace.reports.mark_sent(
            report.id, sent_on=TODAY + dt.timedelta(days=1), outgoing_number=" "
        )
    assert set(error.value.errors) == {"sent_on", "outgoing_number"}
    assert not workspace.reports.get(report.id).is_sent


def test_draft_can_be_deleted_with_its_file(workspace: Workspace) -> None:
    report = workspace.reports.generate(kind=ReportKind.QUARTERLY, year=2026, quarter=1)
    path = workspace.reports.path(report)
    workspace.reports.delete_draft(report.id)
    assert not path.exists()
    assert workspace.reports.list() == []


def _docx_cells(path: Path) -> list[str]:
    doc = Document(str(path))
    return [p.text for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs]


def test_the_editable_docx_copy_lives_beside_the_archived_pdf(
    workspace: Workspace, tmp_path: Path
) -> None:
    """The PDF stays the hashed original; the DOCX is the copy a ministry edits before signing,
    and gets the outgoing number and date once the report is marked sent."""
    workspace.region.save(
        dataclasses.replace(
            make_profile(),
            head_name="Громов Андрей Павлович",
            head_position="Министр экономического развития Смоленской области",
        )
    )
    report = workspace.reports.generate(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
    copy = workspace.reports.docx_path(report)
    assert copy.parent == workspace.reports.folder and copy.stem == Path(report.file_name).stem
    assert "от «___» ____________ 20___ г. № ________" in _docx_cells(copy)
    text = _text(workspace.reports.path(report))
    assert "Министр экономического развития Смоленской области А.П. Громов" in text
    saved = workspace.reports.save_docx_copy(report, tmp_path / "для правки.docx")
    assert saved.read_bytes() == copy.read_bytes()
    pdf_before = workspace.reports.path(report).read_bytes()
    workspace.reports.mark_sent(report.id, sent_on=TODAY, outgoing_number="01-12/345")
    assert "от 24.11.2026 № 01-12/345" in _docx_cells(copy)
    assert workspace.reports.path(report).read_bytes() == pdf_before  # the original untouched


def test_a_deleted_draft_takes_its_docx_copy_along(workspace: Workspace) -> None:
    report = workspace.reports.generate(kind=ReportKind.QUARTERLY, year=2026, quarter=1)
    copy = workspace.reports.docx_path(report)
    workspace.reports.delete_draft(report.id)
    assert not copy.exists()
    with pytest.raises(StorageUnavailable, match="Редактируемая копия"):
        workspace.reports.docx_path(report)


def test_future_period_is_refused(workspace: Workspace) -> None:
    with pytest.raises(ValidationFailed, match="ещё не начался"):
        workspace.reports.generate(kind=ReportKind.QUARTERLY, year=2027, quarter=1)


def test_sent_quarters_feed_the_dashboard_deadline(workspace: Workspace) -> None:
    assert workspace.dashboard.build().deadline.quarter == 3
    report = workspace.reports.generate(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
    workspace.reports.mark_sent(report.id, sent_on=TODAY, outgoing_number="7")
    deadline = workspace.dashboard.build().deadline
    assert (deadline.year, deadline.quarter) == (2026, 4)
    assert deadline.due == dt.date(2027, 1, 18)


def test_monitoring_text_lists_items_and_evidence(workspace: Workspace) -> None:
    view = workspace.checklists.checklist("05", TODAY.year)
    key = view.items[0].item.key
    workspace.checklists.save_item(
        code="05",
        key=key,
        year=TODAY.year,
        edit=ItemEdit(status=Status.DONE, responsible="Петров П. П."),
    )
    text = monitoring_text(workspace.checklists, "05", TODAY.year)
    assert text.startswith("Инструмент 5. ")
    assert f"1. {view.items[0].item.title} — выполнено (24.11.2026)" in text
    assert "Ответственный: Петров П. П." in text
    assert f"{len(view.items)}. " in text


def test_injected_clock_governs_generation_and_sending(db_path: Path) -> None:
    """A clock behind the wall clock must still let a report be sent «today»."""
    day = dt.date(2025, 10, 3)
    ws = Workspace.open(db_path, clock=lambda: day)
    try:
        ws.region.save(make_profile())
        report = ws.reports.generate(kind=ReportKind.QUARTERLY, year=2025, quarter=3)
        assert report.generated_at.date() == day
        assert ws.reports.mark_sent(report.id, sent_on=day, outgoing_number="5").is_sent
    finally:
        ws.close()


def test_failed_render_leaves_no_file_in_the_archive(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_data: object, out: Path) -> Path:
        out.write_bytes(b"%PDF-1.4 half")
        raise OSError("диск заполнен")

    monkeypatch.setattr("res_desktop.services.reporting.service.render_pdf", broken)
    with pytest.raises(StorageError):  # the OS error said in Russian, naming the file
        workspace.reports.generate(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
    assert workspace.reports.list() == []
    assert not any(workspace.reports.folder.iterdir())


def _stored_name(workspace: Workspace, report_id: int, name: str) -> None:
    """Another program's SQL puts a path into a draft's file name."""
    workspace.db.execute("UPDATE report_archive SET file_name = ? WHERE id = ?", [name, report_id])


@pytest.mark.parametrize("name", ["../../снаружи.pdf", "/tmp/снаружи.pdf", "..\\снаружи.pdf"])
def test_a_stored_file_name_is_never_used_as_a_path(
    workspace: Workspace, tmp_path: Path, name: str
) -> None:
    report = workspace.reports.generate(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
    outside = (workspace.reports.folder / name).resolve()
    outside.parent.mkdir(parents=True, exist_ok=True)
    outside.write_bytes(b"not the archive's")
    _stored_name(workspace, report.id, name)
    stored = workspace.reports.get(report.id)
    with pytest.raises(StorageUnavailable, match="недопустимое имя файла"):
        workspace.reports.path(stored)
    with pytest.raises(StorageUnavailable, match="недопустимое имя файла"):
        workspace.reports.docx_path(stored)
    assert workspace.reports.file_problems() == {report.id: "недопустимое имя файла"}
    workspace.reports.delete_draft(report.id)
    assert outside.read_bytes() == b"not the archive's"  # nothing outside is removed
    outside.unlink()


def test_the_archive_lists_a_report_whose_file_no_longer_matches(workspace: Workspace) -> None:
    first = workspace.reports.generate(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
    second = workspace.reports.generate(kind=ReportKind.ANNUAL, year=2025)
    assert workspace.reports.file_problems() == {}
    path = workspace.reports.folder / first.file_name
    path.chmod(0o644)
    path.write_bytes(path.read_bytes() + b"%% edited")
    (workspace.reports.folder / second.file_name).unlink()
    assert workspace.reports.file_problems() == {
        first.id: "файл изменён (SHA-256 не совпадает)",
        second.id: "файл не найден",
    }
