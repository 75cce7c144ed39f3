"""The «Демонстрационная область» database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from res_desktop.domain.checklist.model import EvidenceKind
from res_desktop.domain.common.audit import AuditFilter
from res_desktop.domain.common.catalogue import Kind
from res_desktop.domain.common.progress import Status
from res_desktop.domain.council.model import Member
from res_desktop.domain.council.model import MemberCategory
from res_desktop.services.checklist.service import ItemEdit
from res_desktop.services.checklist.service import OwnInstrument
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.common.workspace import attachments_dir_for
from res_desktop.services.demo.region import DEMO_REGION
from res_desktop.services.demo.region import build_demo
from tests.conftest import TODAY


def test_demo_region(tmp_path: Path) -> None:
    path = tmp_path / "демо" / "demo.sqlite3"
    ws = build_demo(path, clock=lambda: TODAY)
    try:
        assert path.is_file()
        assert DEMO_REGION == "Демонстрационная область"
        profile = ws.region.require_profile()
        assert profile.region_name == "Демонстрационная область"
        assert ws.region.is_demo()
        assert profile.implementation_year(TODAY.year) == 3
        board = ws.dashboard.build()
        assert board.implementation_year == 3
        assert len(board.summaries) == 15
        percents = {s.instrument.number: s.progress.percent for s in board.summaries}
        implemented = {n for n, p in percents.items() if p == 100}
        partial = {n for n, p in percents.items() if 0 < p < 100}
        assert len(implemented) >= 3
        assert len(partial) >= 3
        assert {1, 2} <= implemented  # the one-time ones, done in an earlier year
        assert board.verdict.actual == len(implemented)
        assert board.due
        # A 3rd-year region in late November: on the schedule, a few instruments still open,
        # recommendations partly followed.
        assert board.verdict.on_track and 8 <= board.verdict.actual <= 11
        advice = [s.advice for s in board.summaries if s.advice.total_items]
        assert any(a.done_items < a.total_items for a in advice)
        assert any(a.done_items == a.total_items for a in advice)
    finally:
        ws.close()


def test_demo_has_a_status_set_by_hand_over_the_records(tmp_path: Path) -> None:
    ws = build_demo(tmp_path / "demo.sqlite3", clock=lambda: TODAY)
    try:
        view = ws.checklists.checklist("04", TODAY.year).view("programme_events_executed")
        assert view.is_manual and view.status is Status.DONE
        assert view.verdict is not None and not view.verdict.met
        assert view.status_note.startswith(
            "установлено вручную: выполнено; по данным программы: не выполнено (Выполнено в срок"
        )
        assert "Протокол заседания Экспортного совета № 3" in view.manual_grounds
        assert view.state.done_on is not None and view.state.done_on <= TODAY
    finally:
        ws.close()


def test_demo_done_items_have_evidence_and_dates(tmp_path: Path) -> None:
    ws = build_demo(tmp_path / "demo.sqlite3", clock=lambda: TODAY)
    try:
        done_count = 0
        for instrument in ws.checklists.instruments():
            for view in ws.checklists.checklist(instrument.code, TODAY.year).items:
                if view.status is Status.DONE:
                    done_count += 1
                    # derived items are proved by their records, not by attached evidence
                    assert view.evidence or view.is_derived, (instrument.code, view.item.key)
                    assert view.is_derived or view.state.done_on is not None
                    assert view.state.done_on is None or view.state.done_on <= TODAY
                    if instrument.kind is Kind.ANNUAL and not view.is_derived:
                        # derived items date from their records (the council's creation)
                        assert view.state.done_on.year == TODAY.year
                    assert view.state.responsible
                else:
                    assert view.status in (Status.NOT_STARTED, Status.IN_PROGRESS)
                    assert view.is_derived or view.state.due_date is not None
        assert done_count > 20
    finally:
        ws.close()


def test_demo_has_an_attached_file_in_the_store(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    ws = build_demo(path, clock=lambda: TODAY)
    try:
        files = [
            evidence
            for view in ws.checklists.checklist("05", TODAY.year).items
            for evidence in view.evidence
            if evidence.kind is EvidenceKind.FILE
        ]
        assert len(files) == 1
        stored = ws.checklists.attachment_path(files[0])
        assert stored.is_relative_to(attachments_dir_for(path))
        assert stored.read_text("utf-8").startswith("ПРОТОКОЛ")
        assert files[0].file_size == stored.stat().st_size
        assert files[0].file_name.endswith(".txt")
    finally:
        ws.close()


def test_building_twice_replaces_the_first(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    ws = build_demo(path, clock=lambda: TODAY)
    first = [s.progress for s in ws.dashboard.summaries(TODAY.year)]
    ws.checklists.add_own_instrument(
        instrument=OwnInstrument(
            title="Лишний инструмент для проверки", short_title="Лишний", kind=Kind.ANNUAL
        )
    )
    key = ws.checklists.checklist("15", TODAY.year).items[-1].item.key
    ws.checklists.save_item(code="15", key=key, year=TODAY.year, edit=ItemEdit(status=Status.DONE))
    extra = tmp_path / "лишний файл.txt"
    extra.write_text("не из демо", encoding="utf-8")
    ws.checklists.attach_file(code="15", key=key, year=TODAY.year, source=extra)
    ws.close()

    again = build_demo(path, clock=lambda: TODAY)
    try:
        assert len(again.checklists.instruments()) == 15
        assert [s.progress for s in again.dashboard.summaries(TODAY.year)] == first
        view = again.checklists.checklist("15", TODAY.year).view(key)
        assert view.status is not Status.DONE
        stored = [p.read_bytes() for p in attachments_dir_for(path).rglob("*") if p.is_file()]
        assert stored, "the demo's own files are back"
        assert "не из демо".encode() not in stored
    finally:
        again.close()
    reopened = Workspace.open(path, clock=lambda: TODAY)
    try:
        assert reopened.region.is_demo()
    finally:
        reopened.close()


def test_demo_follows_the_clock(tmp_path: Path) -> None:
    day = dt.date(2027, 10, 15)
    ws = build_demo(tmp_path / "demo.sqlite3", clock=lambda: day)
    try:
        profile = ws.region.require_profile()
        assert profile.start_year == 2025
        board = ws.dashboard.build()
        assert board.year == 2027
        assert board.implementation_year == 3
        assert board.verdict.actual >= 2
    finally:
        ws.close()


def test_window_demo_has_a_sent_report_in_the_archive(tmp_path: Path) -> None:
    ws = build_demo(tmp_path / "demo.sqlite3", clock=lambda: TODAY, with_reports=True)
    try:
        [report] = ws.reports.list()
        assert report.is_sent and report.period_label == "III квартал 2026 года"
        assert ws.reports.path(report).is_file()
        assert ws.dashboard.build().deadline.quarter == 4
    finally:
        ws.close()


def test_rebuilding_the_demo_clears_its_report_archive(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    build_demo(path, clock=lambda: TODAY, with_reports=True).close()
    again = build_demo(path, clock=lambda: TODAY, with_reports=True)
    try:
        [report] = again.reports.list()
        docx = again.reports.docx_path(report).name  # the editable copy beside the original
        assert sorted(p.name for p in again.reports.folder.iterdir()) == sorted(
            [report.file_name, docx]
        )
    finally:
        again.close()


def test_the_demos_filling_is_not_in_the_history_and_the_users_edits_are(
    tmp_path: Path,
) -> None:
    """Not thousands of «другая программа (SQL)» lines: the history starts with the user."""
    ws = build_demo(tmp_path / "demo.sqlite3", clock=lambda: TODAY)
    try:
        assert ws.history.count(AuditFilter()) == 0
        ws.council.save_member(member=Member(name="Петров", category=MemberCategory.REC))
        [line] = ws.history.page(AuditFilter())
        assert line.where == "окно программы"
    finally:
        ws.close()
