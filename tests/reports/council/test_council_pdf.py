"""The agenda, the draft minutes and the report section, read back from the PDFs."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from docx import Document

from res_desktop.domain.common.declension import initials_after
from res_desktop.domain.council.model import MeetingStatus
from res_desktop.domain.council.model import ReportKind
from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.quarterly import QUARTERLY_SECTIONS
from res_desktop.reports.common.quarterly import build_report
from res_desktop.reports.common.styles import make_styles
from res_desktop.reports.council.data import DecisionDoc
from res_desktop.reports.council.data import SpeechDoc
from res_desktop.reports.council.docs import build_agenda_docx
from res_desktop.reports.council.docs import build_agenda_pdf
from res_desktop.reports.council.docs import build_minutes_docx
from res_desktop.reports.council.docs import build_minutes_pdf
from res_desktop.reports.council.section import council_section
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.demo.council import fill_council_demo
from res_desktop.services.demo.region import build_demo
from tests.conftest import TODAY
from tests.reports.common.helpers import flat
from tests.reports.common.helpers import make_data
from tests.reports.common.helpers import make_instrument
from tests.reports.common.helpers import make_item
from tests.reports.common.helpers import missing
from tests.reports.common.helpers import read_pdf


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
    assert not missing(
        pdf.text,
        # the chair approves the agenda: position, signature line, transcript, date blank
        "УТВЕРЖДАЮ Губернатор Демонстрационной области ____________ А.П. Громов «___»",
        "ПОВЕСТКА заседания Экспортного совета при Губернаторе",
        "Дата проведения: 15.05.2026. Время начала: 11:00. Место проведения: г. Демонстрационный",
        "1. О ходе реализации Плана мероприятий по внедрению Стандарта",
        "Докладчик: Белова Наталья Игоревна, министр Министерства экономического развития "
        "Демонстрационной области",
    )
    assert "Сформировано" not in pdf.text  # an official paper: no working-paper furniture


def test_minutes_have_attendance_quorum_heard_and_decided(demo: Workspace, tmp_path: Path) -> None:
    meeting_id = _first_of_year(demo)
    doc = demo.council.meeting_document(meeting_id)
    pdf = read_pdf(build_minutes_pdf(doc, tmp_path / "протокол.pdf"))
    text = pdf.text
    assert "ПРОЕКТ" not in text  # numbered and dated: the minutes themselves
    assert not missing(
        text,
        "ПРОТОКОЛ заседания Экспортного совета при Губернаторе Демонстрационной области "
        "15.05.2026 № 3 г. Демонстрационный",
        "Время начала: 11:00.",
        "Председательствовал: Громов А.П. — губернатор Демонстрационной области",
        "Присутствовали члены Совета:",
        "Кворум. Присутствовали",
        "кворум имеется.",
        "1. О ходе реализации Плана мероприятий по внедрению Стандарта СЛУШАЛИ: Иванову М.С. — "
        "начальника отдела поддержки экспорта Министерства экономического развития "
        "Демонстрационной области, о ходе реализации Плана мероприятий по внедрению Стандарта",
        "1.1. Информацию о ходе реализации Плана принять к сведению.",
        # the Standard has the Council approve the coordinator's report by its minutes
        "СЛУШАЛИ: Белову Н.И. — министра Министерства экономического развития "
        "Демонстрационной области, с отчётом о работе РОИВ-координатора за I полугодие",
        "2.1. Утвердить отчёт о работе РОИВ-координатора за I полугодие.",
        "Ответственный: Морозов П.А. Срок: до 29.06.2026.",
        "3. Разное Вопросов и предложений не поступило.",  # nothing raised: nothing invented
        "Председатель Совета А.П. Громов Секретарь Совета М.С. Иванова",
    )
    present = demo.council.meeting(meeting_id).attendance
    names = {m.id: m.name for m in demo.council.members()}
    for member_id in present:
        assert initials_after(names[member_id]).replace("\u00a0", " ") in text
    assert text.count("СЛУШАЛИ:") == 2 and text.count("РЕШИЛИ:") == 2
    assert "ВЫСТУПИЛИ:" not in text  # nobody else spoke, and these are not a draft
    assert "Информацию принять к сведению." not in text  # «Разное»: nobody was heard
    assert "____" not in text  # signed minutes have no blanks to fill


def test_minutes_without_a_number_are_a_draft(demo: Workspace, tmp_path: Path) -> None:
    doc = demo.council.meeting_document(_first_of_year(demo))
    draft = dataclasses.replace(doc, minutes_number="")
    text = read_pdf(build_minutes_pdf(draft, tmp_path / "проект.pdf")).text
    assert text.startswith("ПРОЕКТ ПРОТОКОЛ")
    assert "№ ____" in text
    assert "ВЫСТУПИЛИ: ________________" in text  # the secretary fills in the debate
    # «Разное» keeps its blanks and the usual wording for the secretary to edit
    assert (
        "3. Разное СЛУШАЛИ: ________________ ВЫСТУПИЛИ: ________________ РЕШИЛИ: 3.1. "
        "Информацию принять к сведению." in text
    )


def _meeting_with(ws: Workspace, kind: ReportKind) -> int:
    meeting = next(m for m in ws.council.meetings() if any(r.kind is kind for r in m.reports))
    assert meeting.id is not None
    return meeting.id


def test_signed_minutes_print_what_was_recorded_and_no_blanks(
    demo: Workspace, tmp_path: Path
) -> None:
    """The founding meeting: nobody was recorded as heard, no exporters were invited, and a
    decision typed as «Утвердить …» is no report's approval: it is printed, not dropped."""
    founding = demo.council.meetings()[0]
    assert founding.id is not None and founding.invited_exporters == 0
    text = read_pdf(
        build_minutes_pdf(demo.council.meeting_document(founding.id), tmp_path / "1.pdf")
    ).text
    assert not missing(
        text,
        "1. Об избрании заместителя председателя Совета от предпринимательского сообщества "
        "РЕШИЛИ: 1.1. Избрать заместителем председателя Совета от предпринимательского "
        "сообщества Орлова В.Н.",
        "2. О плане работы Экспортного совета РЕШИЛИ: 2.1. Утвердить план работы Экспортного "
        "совета на 2024 год.",
    )
    assert "СЛУШАЛИ:" not in text and "____" not in text
    assert "Приглашённые" not in text  # not «экспортёры, не входящие в состав Совета: 0»
    assert "В.Н.." not in text


def test_the_support_infrastructure_report_is_approved_by_its_title(
    demo: Workspace, tmp_path: Path
) -> None:
    """The Standard: the Council approves the infrastructure's reports by its minutes."""
    doc = demo.council.meeting_document(_meeting_with(demo, ReportKind.INFRASTRUCTURE))
    text = read_pdf(build_minutes_pdf(doc, tmp_path / "2.pdf")).text
    assert "2.1. Утвердить отчёт о результатах работы Центра поддержки экспорта." in text
    assert "доклад инфраструктуры поддержки" not in text


def test_a_decision_typed_as_the_approval_is_printed_once(demo: Workspace, tmp_path: Path) -> None:
    doc = demo.council.meeting_document(_meeting_with(demo, ReportKind.COORDINATOR))
    item = doc.items[1]
    approval = next(s.approve for s in item.speeches if s.approve)
    typed = DecisionDoc(f"утвердить  {approval.replace('ё', 'е')}")
    other = DecisionDoc("Утвердить план международных мероприятий на 2027 год.")
    changed = dataclasses.replace(item, decisions=(typed, *item.decisions, other))
    paper = dataclasses.replace(doc, items=(doc.items[0], changed, *doc.items[2:]))
    text = read_pdf(build_minutes_pdf(paper, tmp_path / "3.pdf")).text
    assert text.count("Утвердить отчёт о работе РОИВ-координатора") == 1
    assert text.casefold().count("утвердить отч") == 1
    assert "Утвердить план международных мероприятий на 2027 год." in text


def test_minutes_of_an_empty_meeting_leave_blanks(demo: Workspace, tmp_path: Path) -> None:
    doc = demo.council.meeting_document(_first_of_year(demo))
    empty = dataclasses.replace(
        doc, present=(), items=(), minutes_number="", chair="", start_time=""
    )
    text = read_pdf(build_minutes_pdf(empty, tmp_path / "пусто.pdf")).text
    assert not missing(
        text,
        "ПРОЕКТ",
        "№ ____",
        "Время начала: ____ ч ____ мин.",
        "Председательствовал: ________________",
        "Присутствовали 0 из 12 членов Совета, кворума нет.",
        "Председатель Совета ________________",
    )


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


def _docx_text(path: Path) -> str:
    doc = Document(str(path))
    cells = [p.text for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    return flat(" ".join([p.text for p in doc.paragraphs] + cells))


def test_agenda_and_minutes_as_docx(demo: Workspace, tmp_path: Path) -> None:
    """The editable copies say what the PDFs say, in the same order of sections."""
    doc = demo.council.meeting_document(_first_of_year(demo))
    minutes = _docx_text(build_minutes_docx(doc, tmp_path / "протокол.docx"))
    sections = [
        "ПРОТОКОЛ",
        "Председательствовал:",
        "Присутствовали члены Совета:",
        "Кворум.",
        "ПОВЕСТКА ДНЯ:",
        "СЛУШАЛИ:",
        "РЕШИЛИ:",
        "2.1. Утвердить отчёт о работе",
    ]
    positions = [minutes.find(s) for s in sections]
    assert -1 not in positions and positions == sorted(positions), positions
    assert "Иванову М.С. — начальника отдела поддержки экспорта" in minutes
    assert "Председатель Совета А.П. Громов" in minutes
    agenda = _docx_text(build_agenda_docx(doc, tmp_path / "повестка.docx"))
    assert "УТВЕРЖДАЮ" in agenda and "Время начала: 11:00." in agenda
    assert Document(str(tmp_path / "повестка.docx")).styles["Normal"].font.name == "PT Serif"


def test_a_planned_meetings_draft_leaves_the_roll_and_proposes_the_approval(
    tmp_path: Path,
) -> None:
    """Before the meeting nobody's attendance is known: the draft gives no quorum verdict
    and leaves a line for the roll; the coordinator's report on the agenda is proposed for
    approval, as the Standard has the minutes approve it."""
    ws = build_demo(tmp_path / "demo.sqlite3", clock=lambda: dt.date(2026, 11, 1))
    try:
        planned = next(m for m in ws.council.meetings() if m.status is MeetingStatus.PLANNED)
        assert planned.id is not None and not planned.attendance
        doc = ws.council.meeting_document(planned.id)
        text = read_pdf(build_minutes_pdf(doc, tmp_path / "проект.pdf")).text
        docx = _docx_text(build_minutes_docx(doc, tmp_path / "проект.docx"))
    finally:
        ws.close()
    for paper in (text, docx):
        assert paper.startswith("ПРОЕКТ")
        assert "кворума нет" not in paper and "кворум имеется" not in paper
        assert "Присутствовали ____ из 12 членов Совета, кворум ____________." in paper
        assert "2.1. Утвердить отчёт о работе РОИВ-координатора за II полугодие." in paper


def test_speakers_and_the_secretary_from_outside_the_council_are_named_as_invited(
    demo: Workspace, tmp_path: Path
) -> None:
    """Everyone who speaks or signs was there: a speaker typed by hand and a secretary who
    is not a member are named among the invited (members stay in the list above)."""
    doc = demo.council.meeting_document(_first_of_year(demo))
    guest = SpeechDoc(speaker="Смирнов П.П., эксперт РЭЦ", topic="О мерах поддержки РЭЦ")
    item = dataclasses.replace(doc.items[2], speeches=(guest,))
    paper = dataclasses.replace(
        doc, items=(*doc.items[:2], item), signed_by="Кузнецова Анна Петровна"
    )
    text = read_pdf(build_minutes_pdf(paper, tmp_path / "гости.pdf")).text
    assert (
        "Приглашённые: Смирнов П.П., эксперт РЭЦ, Кузнецова А.П.; Представители "
        "Торгово-промышленной палаты" in text
    )
    assert "Секретарь Совета А.П. Кузнецова" in text
    assert text.count("Иванова М.С.") == 1  # a member is not repeated among the invited
