"""A past quarter's report is a function of the records and its «as of» date (issue 13)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from res_desktop.domain.activities.model import Activity
from res_desktop.domain.activities.model import ActivityFormat
from res_desktop.domain.activities.model import ActivityKind
from res_desktop.domain.checklist.model import EvidenceItem
from res_desktop.domain.checklist.model import EvidenceKind
from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.common.progress import Status
from res_desktop.domain.council.model import Meeting
from res_desktop.domain.council.model import MeetingStatus
from res_desktop.domain.council.model import Minutes
from res_desktop.domain.exporters.analysis import REC
from res_desktop.domain.exporters.analysis import BarrierDispatch
from res_desktop.domain.exporters.query import RegistryQuery
from res_desktop.domain.exporters.records import SupportRecord
from res_desktop.domain.programme.model import EventStatus
from res_desktop.domain.records.model import ForeignAgreement
from res_desktop.domain.team.model import Participant
from res_desktop.domain.team.model import TrainingEvent
from res_desktop.domain.team.model import TrainingKind
from res_desktop.domain.team.model import TrainingMode
from res_desktop.reports.common.data import ReportKind
from res_desktop.services.checklist.service import ItemEdit
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.demo.region import build_demo
from res_desktop.services.reporting.report_data import shown_evidence

TODAY = dt.date(2026, 12, 1)
QUARTER_END = dt.date(2026, 9, 30)
STAMP = re.compile(r"(Сформировано|Дата формирования:)\s*\d\d\.\d\d\.\d{4}\s+\d\d:\d\d")


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Workspace]:
    ws = build_demo(tmp_path / "demo.sqlite3", clock=lambda: TODAY)
    yield ws
    ws.close()


def report_text(ws: Workspace, out: Path, kind: ReportKind, quarter: int | None = None) -> str:
    """The PDF's text without the generation stamp (the one thing allowed to differ)."""
    ws.reports.write_pdf(kind=kind, year=2026, quarter=quarter, out=out)
    text = "\n".join(page.extract_text() or "" for page in PdfReader(out).pages)
    return STAMP.sub(r"\1", text)


def add_records_after_the_quarter(ws: Workspace) -> None:
    """One record dated in October-November 2026 in every subsystem a report reads."""
    after = dt.date(2026, 11, 20)
    ws.council.save_meeting(
        meeting=Meeting(
            date=dt.date(2026, 11, 27),
            status=MeetingStatus.HELD,
            venue="Дом Правительства",
            invited_exporters=40,
            agenda="О ходе реализации Плана",
            minutes=Minutes(
                "9",
                dt.date(2026, 11, 27),
                "Иванов И. И.",
                "https://portal.example/9",
                dt.date(2026, 11, 30),
            ),
        )
    )
    members = ws.team.members()
    ws.team.save_event(
        event=TrainingEvent(
            kind=TrainingKind.SEMINAR,
            title="Семинар «Экспорт услуг»",
            organisation="Школа экспорта РЭЦ",
            is_educational_org=True,
            starts_on=after,
            ends_on=after,
            hours=8,
            mode=TrainingMode.IN_PERSON,
            participants=tuple(Participant(m.id) for m in members[:2] if m.id is not None),
        )
    )
    company = ws.exporters.page(RegistryQuery(), offset=0, limit=1)[0]
    ws.activities.save_activity(
        activity=Activity(
            kind=ActivityKind.ECOM_POPULARISATION,
            title="Вебинар «Маркетплейсы для экспортёров»",
            starts_on=dt.date(2026, 10, 14),
            ends_on=dt.date(2026, 10, 14),
            fmt=ActivityFormat.REMOTE,
            companies_count=25,
            contracts_count=2,
            contracts_kusd=75.5,
        )
    )
    ws.exporters.save_support_record(
        record=SupportRecord(
            company_id=CompanyId(int(company.id)),
            measure="Субсидия на сертификацию",
            given_on=dt.date(2026, 10, 5),
            export_contract=True,
            amount_kusd=120.0,
        )
    )
    ws.exporter_analysis.save_dispatch(
        dispatch=BarrierDispatch(2026, dt.date(2026, 11, 3), "12-09/999", REC)
    )
    ws.records.add_agreement(
        agreement=ForeignAgreement("Провинция Хэнань", "CN", dt.date(2026, 10, 20))
    )
    instrument = ws.checklists.instrument("01")
    first = instrument.items[0].key
    ws.checklists.add_evidence(
        code="01",
        key=first,
        year=2026,
        evidence=EvidenceItem(
            EvidenceKind.DOCUMENT, doc_type="Распоряжение", number="77-р",
            doc_date=dt.date(2026, 11, 2), title="Об утверждении плана",
        ),
    )  # fmt: skip
    # An item in progress at the quarter's end, done since (the records keep one state per
    # item: done after the date reads as in progress on it).
    code, view = next(
        (code, v)
        for code in ("01", "02", "10", "12", "13")
        for v in ws.checklists.checklist(code, 2026).items
        if not v.is_derived and v.status is Status.IN_PROGRESS
    )
    state = view.state
    ws.checklists.save_item(
        code=code,
        key=view.item.key,
        year=2026,
        edit=ItemEdit(
            status=Status.DONE,
            done_on=after,
            responsible=state.responsible,
            due_date=state.due_date,
            comment=state.comment,
        ),
    )
    pending = next(e for e in ws.programme.events(2026) if not e.done_fully)
    ws.programme.save_event(
        event=dataclasses.replace(
            pending,
            status=EventStatus.DONE,
            done_count=pending.planned_count,
            done_on=after,
            actual=pending.planned,
        )
    )


def test_a_past_quarter_regenerated_after_newer_records_is_unchanged(
    demo: Workspace, tmp_path: Path
) -> None:
    quarter_before = report_text(demo, tmp_path / "q3-a.pdf", ReportKind.QUARTERLY, 3)
    year_before = report_text(demo, tmp_path / "y-a.pdf", ReportKind.ANNUAL)

    add_records_after_the_quarter(demo)

    year_after = report_text(demo, tmp_path / "y-b.pdf", ReportKind.ANNUAL)
    assert year_after != year_before  # the records are there and a report as of today sees them
    for seen in ("Провинция Хэнань", "Маркетплейсы для экспортёров", "12-09/999", "77-р"):
        assert seen in year_after.replace("\n", " ")
    quarter_after = report_text(demo, tmp_path / "q3-b.pdf", ReportKind.QUARTERLY, 3)
    assert quarter_after == quarter_before
    assert "30.09.2026" in quarter_after


def test_the_report_data_of_a_quarter_counts_nothing_dated_after_it(demo: Workspace) -> None:
    data = demo.reports.report_data(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
    assert data.as_of == QUARTER_END
    for instrument in data.instruments:
        for item in instrument.items:
            assert item.done_on is None or item.done_on <= QUARTER_END, item.title
            for caption in item.evidence:
                for day in re.findall(r"от (\d\d)\.(\d\d)\.(\d{4})", caption):
                    dated = dt.date(int(day[2]), int(day[1]), int(day[0]))
                    assert dated <= QUARTER_END, caption


def test_undated_evidence_is_listed_at_every_date_and_dated_from_its_date() -> None:
    on = dt.date(2026, 9, 30)
    dated = EvidenceItem(EvidenceKind.DOCUMENT, doc_type="Приказ", number="1", doc_date=on)
    later = dataclasses.replace(dated, number="2", doc_date=on + dt.timedelta(days=1))
    undated = dataclasses.replace(dated, number="3", doc_date=None)
    link = EvidenceItem(EvidenceKind.LINK, url="https://example.ru/plan")
    file = EvidenceItem(EvidenceKind.FILE, file_name="plan.pdf", file_sha256="ab" * 32)
    shown = shown_evidence([dated, later, undated, link, file], on)
    assert shown == (dated.caption, undated.caption, link.caption, file.caption)


def test_the_dashboard_and_status_on_a_date_show_what_the_report_for_it_shows(
    demo: Workspace,
) -> None:
    data = demo.reports.report_data(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
    board = demo.dashboard.build(QUARTER_END)
    shown = {
        s.instrument.label: (s.progress.percent, s.progress.implemented) for s in board.summaries
    }
    assert shown == {i.label: (i.progress_percent, i.implemented) for i in data.instruments}
    assert board.verdict.actual == data.schedule_actual
    today = {s.instrument.label: s.progress.percent for s in demo.dashboard.build().summaries}
    assert today != {label: percent for label, (percent, _done) in shown.items()}


def test_a_status_set_by_hand_after_the_quarter_is_not_its_word(demo: Workspace) -> None:
    """The demo marked instrument 4's events done by hand on 17.11: the Q3 report (as of
    30.09) gives the records' word alone, one verdict per item; the annual report both."""
    quarter = demo.reports.report_data(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
    year = demo.reports.report_data(kind=ReportKind.ANNUAL, year=2026)
    for data, manual in ((quarter, False), (year, True)):
        instrument = data.instrument("4")
        assert instrument is not None
        item = next(i for i in instrument.items if i.key == "programme_events_executed")
        assert item.derived_note.startswith("установлено вручную") is manual
        assert item.status_label.endswith("(вручную)") is manual
        assert bool(item.manual_grounds) is manual
        rows = data.extras["programme"].verdicts  # type: ignore[attr-defined]
        row = next(r for r in rows if r.key == "programme_events_executed")
        assert row.met is manual and row.note == item.derived_note
