"""The made-up «Демонстрационная область»: a living database for a newcomer's first look."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import tempfile
from pathlib import Path

from res_desktop.clock import Clock
from res_desktop.clock import system_today
from res_desktop.domain.checklist.model import EvidenceItem
from res_desktop.domain.checklist.model import EvidenceKind
from res_desktop.domain.common.calendar import quarter_of
from res_desktop.domain.common.catalogue import Evidence
from res_desktop.domain.common.catalogue import Instrument
from res_desktop.domain.common.profile import RegionProfile
from res_desktop.domain.common.progress import Status
from res_desktop.domain.council.model import Minutes
from res_desktop.domain.exporters.analysis import RECIPIENTS
from res_desktop.domain.exporters.analysis import BarrierDispatch
from res_desktop.reports.common.data import ReportKind
from res_desktop.services.checklist.service import ItemEdit
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.common.workspace import attachments_dir_for
from res_desktop.services.demo.activities import fill_activities_demo
from res_desktop.services.demo.council import fill_council_demo
from res_desktop.services.demo.exporters import fill_exporters_demo
from res_desktop.services.demo.programme import fill_programme_demo
from res_desktop.services.demo.records import fill_records_demo
from res_desktop.services.demo.team import fill_team_demo
from res_desktop.services.reporting.service import reports_dir_for
from res_desktop.storage.common import audit
from res_desktop.storage.common.errors import translates_sqlite_errors

DEMO_REGION = "Демонстрационная область"
DEMO_YEAR = 3
_SEED = 2019

# Instrument number -> month in which its last item was done (0: in an earlier year).
_COMPLETED = {1: 0, 2: 0, 4: 3, 5: 5, 3: 6, 9: 8, 10: 9, 12: 10}
# Instrument number -> share of items done, for those still in progress.
_PARTIAL = {6: 0.7, 7: 0.5, 8: 0.4, 11: 0.6, 13: 0.3, 14: 0.5, 15: 0.2}
_PEOPLE = (
    "Иванова Мария Сергеевна",
    "Петров Алексей Викторович",
    "Смирнова Ольга Николаевна",
    "Кузнецов Дмитрий Андреевич",
)
# Evidence kind -> (document type, number pattern, issuer)
_DOC_TYPES = {
    Evidence.NORMATIVE_ACT: ("Постановление", "{n}-п", "Правительство Демонстрационной области"),
    Evidence.MINUTES: (
        "Протокол",
        "{n}",
        "Экспортный совет при Губернаторе Демонстрационной области",
    ),
    Evidence.REPORT: (
        "Отчёт",
        "исх-{n}",
        "Министерство экономического развития Демонстрационной области",
    ),
    Evidence.DOCUMENT: ("Распоряжение", "{n}-р", "Правительство Демонстрационной области"),
}


def demo_profile(today: dt.date) -> RegionProfile:
    return RegionProfile(
        region_code="00",
        region_name=DEMO_REGION,
        coordinator_body="Министерство экономического развития Демонстрационной области",
        start_year=today.year - DEMO_YEAR + 1,
        contact_person="Иванова Мария Сергеевна",
        phone="+7 (800) 000-00-00",
        email="export@demo-oblast.example",
        address="г. Демонстрационный, пл. Ленина, д. 1",
        export_centre_federal_funding=True,  # a centre co-funded by the federal SME subsidy
        head_name="Белова Наталья Игоревна",  # the council's minister (services/demo/council.py)
        head_position="Министр экономического развития Демонстрационной области",
    )


@translates_sqlite_errors  # fills the database partly outside the services
def build_demo(path: Path, *, clock: Clock = system_today, with_reports: bool = False) -> Workspace:
    """Create the demo database at ``path``, replacing an earlier demo there.

    ``with_reports`` also archives the last quarter's report as sent (the window's demo);
    the command line leaves it out, as rendering a PDF there would only cost time.
    """
    _remove_database(path)
    ws = Workspace.open(path, clock=clock)
    today = ws.today()
    ws.region.save(demo_profile(today), demo=True)
    fill_team_demo(ws, today)
    fill_programme_demo(ws, today)
    fill_council_demo(ws, today)
    fill_exporters_demo(ws, today)
    send_barriers(ws, today)
    fill_activities_demo(ws, today)
    fill_records_demo(ws, today)
    rng = random.Random(_SEED)
    minutes = tuple(sorted((m.minutes for m in ws.council.meetings() if m.minutes),
                           key=lambda m: m.date))  # fmt: skip
    for instrument in ws.checklists.instruments():
        _fill(ws, instrument, today, rng, minutes)
    set_by_hand(ws, today)
    attach_sample_minutes(ws)
    if with_reports:
        archive_sent_report(ws)
    audit.forget_creation(ws.db)  # not «другая программа (SQL)»: the demo is no one's edit
    return ws


def send_barriers(ws: Workspace, today: dt.date) -> None:
    """The analysis goes to the federal body and РЭЦ in the autumn, as a region would."""
    sent_on = dt.date(today.year, 10, 15)
    if today < sent_on:
        return
    for number, recipient in enumerate(RECIPIENTS, start=1):
        ws.exporter_analysis.save_dispatch(
            dispatch=BarrierDispatch(
                year=today.year,
                sent_on=sent_on,
                outgoing_number=f"12-09/{number}{today.year % 100}",
                recipient=recipient,
            )
        )


def archive_sent_report(ws: Workspace) -> None:
    """The last ended quarter's report, generated and sent, as a coordinator would have."""
    today = ws.today()
    year, quarter = (today.year - 1, 4) if today.month <= 3 else (today.year, quarter_of(today) - 1)
    if year < ws.region.require_profile().start_year:
        return
    report = ws.reports.generate(kind=ReportKind.QUARTERLY, year=year, quarter=quarter)
    ws.reports.mark_sent(report.id, sent_on=today, outgoing_number=f"12-07/{quarter}{year % 100}")


# (instrument, item) the coordinator marked done by hand over the records, and on what grounds.
_BY_HAND = (
    "04",
    "programme_events_executed",
    "Перенос семинара по электронной торговле на IV квартал согласован Экспортным советом",
    "Протокол заседания Экспортного совета № 3 от 17.08.{year}",
)


def set_by_hand(ws: Workspace, today: dt.date) -> None:
    """One status set by hand over the records, as a coordinator would: the programme's late
    event was moved with the council's consent, so the app's «не выполнено» is overruled."""
    code, key, reason, document = _BY_HAND
    view = ws.checklists.checklist(code, today.year).view(key)
    done_on = today - dt.timedelta(days=14)
    if view.verdict is None or view.verdict.met or done_on < dt.date(today.year, 8, 17):
        return
    ws.checklists.save_item(
        code=code,
        key=key,
        year=today.year,
        edit=ItemEdit(
            status=view.state.status,
            responsible=view.state.responsible,
            due_date=view.state.due_date,
            done_on=done_on,
            manual_status=Status.DONE,
            manual_reason=reason,
            manual_document=document.format(year=today.year),
        ),
    )


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(attachments_dir_for(path), ignore_errors=True)
    shutil.rmtree(reports_dir_for(path), ignore_errors=True)


def _done_date(today: dt.date, month: int, index: int, count: int) -> dt.date | None:
    if month == 0:
        return dt.date(today.year - 1, 3 + index % 9, 10)
    day = dt.date(today.year, month, 1) + dt.timedelta(days=20 * (index + 1) // max(count, 1))
    first = dt.date(today.year, 1, 15) + dt.timedelta(days=index)
    day = max(first, day - dt.timedelta(days=40 - 5 * index)) if index < count - 1 else day
    return day if day <= today else None


def _fill(
    ws: Workspace,
    instrument: Instrument,
    today: dt.date,
    rng: random.Random,
    minutes: tuple[Minutes, ...],
) -> None:
    items = ws.checklists.checklist(instrument.code, today.year).items
    month = _COMPLETED.get(instrument.number)
    share = _PARTIAL.get(instrument.number, 0.0)
    for index, view in enumerate(items):
        done_on = None
        if month is not None:
            done_on = _done_date(today, month, index, len(items))
        elif index < round(share * len(items)):
            done_on = today - dt.timedelta(days=rng.randint(10, 200))
            done_on = max(done_on, dt.date(today.year, 1, 10))
        _mark(
            ws,
            instrument=instrument,
            key=view.item.key,
            evidence=view.item.evidence,
            today=today,
            done_on=done_on,
            index=index,
            rng=rng,
            minutes=minutes,
        )


def _mark(
    ws: Workspace,
    *,
    instrument: Instrument,
    key: str,
    evidence: Evidence,
    today: dt.date,
    done_on: dt.date | None,
    index: int,
    rng: random.Random,
    minutes: tuple[Minutes, ...],
) -> None:
    code, year = instrument.code, today.year
    person = _PEOPLE[(instrument.number + index) % len(_PEOPLE)]
    if done_on and done_on <= today:
        ws.checklists.save_item(
            code=code,
            key=key,
            year=year,
            edit=ItemEdit(
                status=Status.DONE,
                responsible=person,
                done_on=done_on,
                comment="Подтверждающие документы приложены.",
            ),
        )
        item = _evidence(evidence, instrument, done_on, index, minutes)
        ws.checklists.add_evidence(code=code, key=key, year=year, evidence=item)
        return
    due = today + dt.timedelta(days=rng.randint(-20, 60))
    status = Status.IN_PROGRESS if index % 2 == 0 else Status.NOT_STARTED
    ws.checklists.save_item(
        code=code,
        key=key,
        year=year,
        edit=ItemEdit(status=status, responsible=person, due_date=due),
    )


def _evidence(
    kind: Evidence, instrument: Instrument, day: dt.date, index: int, minutes: tuple[Minutes, ...]
) -> EvidenceItem:
    if kind is Evidence.LINK:
        return EvidenceItem(
            kind=EvidenceKind.LINK,
            title="Публикация на портале экспорта Демонстрационной области",
            url=f"https://export.demo-oblast.example/instrument-{instrument.number}/{index + 1}",
        )
    doc_type, pattern, issuer = _DOC_TYPES[kind]
    held = [m for m in minutes if m.date <= day]
    if kind is Evidence.MINUTES and held:  # the council's real minutes, not an invented number
        return EvidenceItem(
            kind=EvidenceKind.DOCUMENT, doc_type=doc_type, number=held[-1].number,
            doc_date=held[-1].date, issuer=issuer,
            title="Протокол заседания Экспортного совета",
        )  # fmt: skip
    return EvidenceItem(
        kind=EvidenceKind.DOCUMENT,
        doc_type=doc_type,
        number=pattern.format(n=instrument.number * 10 + index + 1),
        doc_date=day,
        issuer=issuer,
        title=f"О мерах по реализации инструмента {instrument.number} Регионального экспортного "
        "стандарта",
    )


def attach_sample_minutes(ws: Workspace) -> None:
    """One real attached file, so the demo shows how files open."""
    today = ws.today()
    view = ws.checklists.checklist("05", today.year)
    target = next((v for v in view.items if v.status is Status.DONE), None)
    if target is None:
        return
    with tempfile.TemporaryDirectory() as folder:
        sample = Path(folder) / "Протокол заседания Экспортного совета.txt"
        sample.write_text(
            "ПРОТОКОЛ\nзаседания Экспортного совета при Губернаторе Демонстрационной области\n\n"
            "СЛУШАЛИ: о ходе внедрения Регионального экспортного стандарта.\n"
            "РЕШИЛИ: информацию принять к сведению.\n",
            encoding="utf-8",
        )
        ws.checklists.attach_file(
            code="05",
            key=target.item.key,
            year=today.year,
            source=sample,
            title="Протокол заседания Экспортного совета (скан)",
        )
