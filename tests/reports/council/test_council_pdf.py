"""The agenda, the draft minutes and the report section, read back from the PDFs."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.quarterly import QUARTERLY_SECTIONS, build_report
from res_desktop.reports.common.styles import make_styles
from res_desktop.reports.council.docs import build_agenda_pdf, build_minutes_pdf
from res_desktop.reports.council.section import council_section
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.demo.council import fill_council_demo
from res_desktop.services.demo.region import build_demo
from tests.conftest import TODAY
from tests.reports.common.helpers import make_data, make_instrument, make_item, read_pdf


@pytest.fixture
def demo(tmp_path: Path):
    ws = build_demo(tmp_path / "demo.sqlite3", clock=lambda: TODAY)
    fill_council_demo(ws, TODAY)
    yield ws
    ws.close()


def _first_of_year(ws: Workspace) -> int:
    meeting = ws.council.meetings(year=TODAY.year)[1]
    assert meeting.id is not None
    return meeting.id


def test_agenda_lists_items_and_speakers(demo: Workspace, tmp_path: Path) -> None:
    doc = demo.council.meeting_document(_first_of_year(demo))
    pdf = read_pdf(build_agenda_pdf(doc, tmp_path / "повестка.pdf"))
    assert "ПОВЕСТКА заседания Экспортного совета при Губернаторе" in pdf.text
    assert "15.05.2026" in pdf.text
    assert "1. О ходе реализации Плана мероприятий по внедрению Стандарта" in pdf.text
    assert "Докладчик: Белова Наталья Игоревна — Отчёт о работе РОИВ-координатора" in pdf.text
    assert "Сформировано 24.11.2026" in pdf.text  # the workspace's clock, not the machine's


def test_minutes_draft_has_attendance_heard_and_decided(demo: Workspace, tmp_path: Path) -> None:
    meeting_id = _first_of_year(demo)
    doc = demo.council.meeting_document(meeting_id)
    pdf = read_pdf(build_minutes_pdf(doc, tmp_path / "протокол.pdf"))
    text = pdf.text
    assert "ПРОТОКОЛ № 3" in text and "ПРОЕКТ" in text
    assert "Присутствовали:" in text
    present = demo.council.meeting(meeting_id).attendance
    names = {m.id: m.name for m in demo.council.members()}
    for member_id in present:
        assert names[member_id] in text
    assert text.count("СЛУШАЛИ:") == 3 and text.count("РЕШИЛИ:") == 3
    assert "1.1. Информацию о ходе реализации Плана принять к сведению." in text
    assert "3.1. Информацию принять к сведению." in text  # «Разное»: nothing decided yet
    assert "Председатель Совета" in text and "/ Громов Андрей Павлович /" in text


def test_minutes_of_an_empty_meeting_leave_blanks(demo: Workspace, tmp_path: Path) -> None:
    doc = demo.council.meeting_document(_first_of_year(demo))
    empty = dataclasses.replace(doc, present=(), items=(), minutes_number="", chair="")
    text = read_pdf(build_minutes_pdf(empty, tmp_path / "пусто.pdf")).text
    assert "ПРОТОКОЛ № ____" in text and "Председательствовал: ________________" in text


def _report_data(extras: dict[str, object]) -> ReportData:
    instrument = make_instrument("5", 1, (make_item(1),))
    return make_data((instrument,), extras=extras)


def test_council_section_in_the_quarterly_report(demo: Workspace, tmp_path: Path) -> None:
    extract = demo.council.report_extract(2026, TODAY)
    data = _report_data({"council": extract})
    assert council_section in QUARTERLY_SECTIONS
    out = build_report(data, tmp_path / "отчёт.pdf")
    text = read_pdf(out).text
    assert "Экспортный совет Экспортный совет при Губернаторе Демонстрационной области" in text
    assert "Заседания Совета в 2026 году" in text
    assert "Проведено 4 из 4 заседаний" in text
    assert "15.05.2026" in text and "16.11.2026" in text
    assert text.count("Проведено 4 из 4 заседаний") == 1  # the section is not doubled
    assert "Выполнение требований Стандарта по данным учёта заседаний" in text


def test_council_section_is_empty_without_extras() -> None:
    assert council_section(_report_data({}), make_styles()) == []
