"""Every figure a report repeats agrees, and every total is the sum of its rows (issue 13).

Read from the report's data model, then checked against the PDF drawn from it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from benchmarks.report_speed import build_large
from res_desktop.domain.common.russian import count
from res_desktop.domain.common.russian import number
from res_desktop.reports.activities.data import ActivitiesReportData
from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.data import ReportKind
from res_desktop.reports.council.data import CouncilReportData
from res_desktop.reports.exporters.data import ExporterReportData
from res_desktop.reports.programme.data import ProgrammeReportData
from res_desktop.reports.team.data import TeamReportData
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.demo.region import build_demo

TODAY = dt.date(2026, 12, 1)
REPORTS = ((ReportKind.QUARTERLY, 3), (ReportKind.ANNUAL, None))


@pytest.fixture(params=["demo", "large"])
def region(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workspace]:
    """The demo, and the demo grown by generated companies, activities and meetings."""
    path = tmp_path / "region.sqlite3"
    if request.param == "demo":
        ws = build_demo(path, clock=lambda: TODAY)
    else:
        ws = build_large(path, companies=3_000)
    yield ws
    ws.close()


def _items(data: ReportData, label: str) -> dict[str, tuple[str, str]]:
    """Item title -> (status, the records' note) of one instrument's checklist."""
    instrument = data.instrument(label)
    assert instrument is not None
    return {i.title: (i.status, i.derived_note) for i in instrument.items}


def _same_as_checklist(
    data: ReportData, label: str, rows: list[tuple[str, bool, str]]
) -> list[str]:
    """A section's criterion says what the instrument's checklist item says."""
    items, problems = _items(data, label), []
    for title, met, note in rows:
        if title not in items:
            problems.append(f"{label}: «{title}» is not an item of the checklist")
            continue
        status, derived = items[title]
        if note != derived or met != (status == "done"):
            problems.append(f"{label}: «{title}»: {met}, {note!r} vs {status}, {derived!r}")
    return problems


def _numbers(pattern: str, texts: list[str]) -> list[int]:
    return [int(m.replace(" ", "")) for t in texts for m in re.findall(pattern, t)]


def _schedule(data: ReportData) -> list[str]:
    implemented = [i for i in data.instruments if i.block != 4 and i.implemented]
    if data.schedule_actual != len(implemented):
        return [f"schedule: {data.schedule_actual} vs {len(implemented)} implemented"]
    return []


def _council(data: ReportData) -> list[str]:
    council = data.extras["council"]
    assert isinstance(council, CouncilReportData)
    problems = _same_as_checklist(data, "5", [(r.title, r.met, r.note) for r in council.rules])
    notes = [note for _s, note in _items(data, "5").values()]
    for held in _numbers(r"Проведено (\d+) из \d+ заседани", notes):
        if held != council.held_count:
            problems.append(f"council: {held} meetings in the checklist, {council.held_count}")
    if any(m.date > data.as_of and m.status_label == "проведено" for m in council.meetings):
        problems.append("council: a meeting held after the «as of» date is listed")
    return problems


def _team(data: ReportData) -> list[str]:
    team = data.extras["team"]
    assert isinstance(team, TeamReportData)
    problems = _same_as_checklist(data, "3", [(r.title, r.met, r.note) for r in team.verdicts])
    shown = {(a.title, a.starts_on) for m in team.training for a in m.activities}
    if len(shown) != team.events_count:
        problems.append(f"team: {len(shown)} events in the table, total {team.events_count}")
    notes = [note for _s, note in _items(data, "3").values()] + [r.note for r in team.verdicts]
    for events in _numbers(r"Мероприятий по профессиональному развитию[^:]*: (\d+)", notes):
        if events != team.events_count:
            problems.append(f"team: {events} events in a note, {team.events_count} in the table")
    return problems


def _registry(data: ReportData) -> list[str]:
    exporters = data.extras["exporters"]
    assert isinstance(exporters, ExporterReportData)
    problems = _same_as_checklist(
        data, "9", [(v.title, v.status_label == "выполнено", v.note) for v in exporters.verdicts]
    )
    support = [n for _s, n in _items(data, "9").values() if "мер поддержки" in n]
    for measures in _numbers(r"мер поддержки: (\d+)", support):
        if measures != exporters.support_records:
            problems.append(f"support: {measures} measures vs {exporters.support_records}")
    for contracts in _numbers(r"экспортных контрактов: (\d+)", support):
        if contracts != exporters.support_contracts:
            problems.append(f"support: {contracts} contracts vs {exporters.support_contracts}")
    for name, lines in (("status", exporters.by_status), ("stage", exporters.by_stage)):
        if sum(line.count for line in lines) != exporters.total:
            problems.append(f"registry by {name}: rows do not add up to {exporters.total}")
    return problems


def _programme(data: ReportData) -> list[str]:
    programme = data.extras.get("programme")
    if not isinstance(programme, ProgrammeReportData):
        return []
    # The section shortens the titles; its notes are the checklist items' notes.
    items = {(status == "done", note) for status, note in _items(data, "4").values()}
    problems = [
        f"programme: «{r.title}» {r.met}, {r.note!r} not in the checklist"
        for r in programme.verdicts
        if (r.met, r.note) not in items
    ]
    problems += [
        f"programme: «{e.title}» done after the «as of» date"
        for e in programme.events
        if e.done_on is not None and e.done_on > data.as_of
    ]
    return problems


def _activities(data: ReportData) -> list[str]:
    activities = data.extras.get("activities")
    if not isinstance(activities, ActivitiesReportData):
        return []
    problems = []
    if sum(v.held for v in activities.verdicts) != len(activities.rows):
        problems.append("activities: the instruments' counts do not add up to the rows")
    if any(r.starts_on > data.as_of for r in activities.rows):
        problems.append("activities: an event after the «as of» date is listed")
    return problems


def repeated_figures(data: ReportData) -> list[str]:
    """What disagrees between sections of one report (empty when all agree)."""
    checks = (_schedule, _council, _team, _registry, _programme, _activities)
    return [problem for check in checks for problem in check(data)]


def _flat(text: str) -> str:
    """Words one space apart (pypdf gives the no-break spaces of numbers as spaces)."""
    return " ".join(text.split())


def pdf_shows(data: ReportData, text: str) -> list[str]:
    """The PDF prints the figures the data model holds, and totals that add up."""
    problems: list[str] = []
    flat = _flat(text)
    for instrument in data.instruments:
        stated = f"Выполнение критериев на {data.as_of:%d.%m.%Y}: {instrument.progress_percent}%"
        if instrument.block != 4 and stated not in flat:
            problems.append(f"PDF: instrument {instrument.label}: «{stated}» missing")
    council = data.extras["council"]
    assert isinstance(council, CouncilReportData)
    if f"проведено {council.held_count}." not in flat:
        problems.append(f"PDF: «проведено {council.held_count}» missing from the council section")
    team = data.extras["team"]
    assert isinstance(team, TeamReportData)
    if team.events_count and _flat(f"мероприятий: {count(team.events_count)}") not in flat:
        problems.append("PDF: the team's events total is missing")
    return problems + _pdf_activities(data, flat)


def _pdf_activities(data: ReportData, flat: str) -> list[str]:
    problems: list[str] = []
    activities = data.extras.get("activities")
    if isinstance(activities, ActivitiesReportData) and activities.rows:
        shown = [
            (r.contracts_count, r.contracts_kusd)
            for r in activities.rows
            if r.contracts_count or r.contracts_kusd
        ]
        for contracts, kusd in shown:
            if _flat(f"{count(contracts)} / {number(kusd, 1, fixed=True)}") not in flat:
                problems.append(f"PDF: an events row {contracts} / {kusd} is not shown")
        total = (sum(c for c, _k in shown), sum(k for _c, k in shown))
        printed = _flat(f"{count(total[0])} / {number(total[1], 1, fixed=True)}")
        if f"Итого мероприятий: {len(activities.rows)} {printed}" not in flat:
            problems.append(f"PDF: the events total is not the rows' sum {printed}")
        for v in activities.verdicts:
            instrument = data.instrument(str(int(v.instrument)))
            assert instrument is not None
            state = "внедрён" if instrument.implemented else "не внедрён"
            line = f"«{v.title}» — {state} ({instrument.progress_percent}%)"
            if line not in flat:
                problems.append(f"PDF: activities section: «{line}» missing")
    return problems


@pytest.mark.parametrize(("kind", "quarter"), REPORTS)
def test_repeated_figures_agree_and_totals_add_up(
    region: Workspace, tmp_path: Path, kind: ReportKind, quarter: int | None
) -> None:
    data = region.reports.report_data(kind=kind, year=2026, quarter=quarter)
    assert repeated_figures(data) == []
    # Table 1 reads the registry's figures from the pass the registry section shows.
    exporters = data.extras["exporters"]
    assert isinstance(exporters, ExporterReportData)
    sme = region.records.indicators(2026).row(3)
    shown = dict(exporters.indicators)[
        "Экспортёры — субъекты МСП (действующие; микро-, малые и средние)"
    ]
    assert sme.raw_source == "registry" and shown == str(int(sme.raw or 0))
    out = region.reports.write_pdf(kind=kind, year=2026, quarter=quarter, out=tmp_path / "r.pdf")
    text = "\n".join(page.extract_text() or "" for page in PdfReader(out).pages)
    assert pdf_shows(data, text) == []
