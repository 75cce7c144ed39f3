"""Working through checklists: every field survives a restart, progress, years, evidence."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from res_desktop.domain.checklist.model import EvidenceItem
from res_desktop.domain.checklist.model import EvidenceKind
from res_desktop.domain.checklist.model import ItemState
from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.catalogue import ChecklistItem
from res_desktop.domain.common.catalogue import Instrument
from res_desktop.domain.common.catalogue import Kind
from res_desktop.domain.common.catalogue import Source
from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.common.progress import Status
from res_desktop.domain.common.progress import advice_label
from res_desktop.services.checklist.service import ItemEdit
from res_desktop.services.checklist.service import OwnInstrument
from res_desktop.services.common.results import ItemView
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.common.workspace import attachments_dir_for
from tests.conftest import TODAY
from tests.conftest import make_profile

YEAR = TODAY.year
ALL_YEARS = frozenset({1, 2, 3, 4})


def reopen(ws: Workspace) -> Workspace:
    path = ws.path
    ws.close()
    return Workspace.open(path, clock=lambda: TODAY)


def keys(ws: Workspace, code: str, year: int = YEAR) -> list[str]:
    return [v.item.key for v in ws.checklists.checklist(code, year).items]


def criteria(ws: Workspace, code: str, year: int = YEAR) -> list[ItemView]:
    """The items that make the instrument «внедрён»."""
    items = ws.checklists.checklist(code, year).items
    return [v for v in items if v.item.basis is Basis.CRITERION]


def save(
    ws: Workspace, code: str, key: str, edit: ItemEdit, year: int = YEAR
) -> tuple[ItemState, ItemState]:
    """Saves one item's edit; the tests differ only in what they save where."""
    return ws.checklists.save_item(code=code, key=key, year=year, edit=edit)


def mark_all(ws: Workspace, code: str, year: int = YEAR, status: Status = Status.DONE) -> None:
    for key in keys(ws, code, year):
        save(ws, code, key, ItemEdit(status=status), year=year)


def test_instruments_are_the_15_of_the_standard(workspace: Workspace) -> None:
    instruments = workspace.checklists.instruments()
    assert [i.code for i in instruments] == [f"{n:02d}" for n in range(1, 16)]
    view = workspace.checklists.checklist("05", YEAR)
    assert view.implementation_year == 3
    assert view.year == YEAR
    assert all(v.status is Status.NOT_STARTED for v in view.items)
    assert all(v.evidence == () for v in view.items)
    assert view.progress.percent == 0


def test_every_field_round_trips_through_a_reopen(workspace: Workspace, tmp_path: Path) -> None:
    ws = workspace
    key_done, key_na, key_open = keys(ws, "05")[:3]
    edits = {
        key_done: ItemEdit(
            status=Status.DONE,
            responsible="  Иванова Мария Сергеевна  ",
            due_date=dt.date(2026, 3, 31),
            done_on=dt.date(2026, 3, 14),
            comment="Заседание проведено в Смоленске; протокол № 1 опубликован.",
        ),
        key_na: ItemEdit(
            status=Status.NOT_APPLICABLE,
            na_reason="Отчёт рассмотрен на заседании, перенесённом на 2027 год",
            responsible="Петров Алексей Викторович",
        ),
        key_open: ItemEdit(
            status=Status.IN_PROGRESS,
            responsible="Смирнова Ольга Николаевна",
            due_date=dt.date(2026, 12, 15),
            comment="Ждём подписи губернатора «Об утверждении положения»",
        ),
    }
    for key, edit in edits.items():
        save(ws, "05", key, edit)
    document = EvidenceItem(
        kind=EvidenceKind.DOCUMENT,
        doc_type="Указ",
        number="45-уг",
        doc_date=dt.date(2024, 2, 12),
        issuer="Губернатор Смоленской области",
        title="Об Экспортном совете при Губернаторе Смоленской области",
    )
    link = EvidenceItem(
        kind=EvidenceKind.LINK,
        title="Протоколы заседаний Экспортного совета",
        url="https://export.admin-smolensk.ru/совет/протоколы",
    )
    content = "ПРОТОКОЛ № 1\nзаседания Экспортного совета\n".encode() + bytes(range(256))
    source = tmp_path / "входящие" / "Протокол заседания № 1 от 14.03.2026.pdf"
    source.parent.mkdir()
    source.write_bytes(content)
    ws.checklists.add_evidence(code="05", key=key_done, year=YEAR, evidence=document)
    ws.checklists.add_evidence(code="05", key=key_done, year=YEAR, evidence=link)
    attached = ws.checklists.attach_file(
        code="05", key=key_done, year=YEAR, source=source, title="Протокол (скан)"
    )

    ws = reopen(ws)
    try:
        view = ws.checklists.checklist("05", YEAR)
        done = view.view(key_done).state
        assert done == ItemState(
            instrument_code="05",
            item_key=key_done,
            cycle_year=YEAR,
            status=Status.DONE,
            responsible="Иванова Мария Сергеевна",
            due_date=dt.date(2026, 3, 31),
            done_on=dt.date(2026, 3, 14),
            comment="Заседание проведено в Смоленске; протокол № 1 опубликован.",
        )
        na = view.view(key_na).state
        assert na.status is Status.NOT_APPLICABLE
        assert na.na_reason == "Отчёт рассмотрен на заседании, перенесённом на 2027 год"
        assert na.responsible == "Петров Алексей Викторович"
        assert na.done_on is None
        open_ = view.view(key_open).state
        assert (open_.status, open_.due_date, open_.comment) == (
            Status.IN_PROGRESS,
            dt.date(2026, 12, 15),
            "Ждём подписи губернатора «Об утверждении положения»",
        )

        evidence = view.view(key_done).evidence
        assert len(evidence) == 3
        assert evidence[0] == document
        assert evidence[0].caption == (
            "Указ № 45-уг от 12.02.2024 «Об Экспортном совете при Губернаторе Смоленской области»"
        )
        assert evidence[0].issuer == "Губернатор Смоленской области"
        assert evidence[1] == link
        stored = evidence[2]
        assert stored == attached
        assert stored.kind is EvidenceKind.FILE
        assert stored.file_name == "Протокол заседания № 1 от 14.03.2026.pdf"
        assert stored.title == "Протокол (скан)"
        assert stored.file_size == len(content)
        assert [e.id for e in evidence] == sorted(e.id for e in evidence if e.id is not None)
        path = ws.checklists.attachment_path(stored)
        assert path.read_bytes() == content
        assert path.is_relative_to(attachments_dir_for(ws.path))
        assert view.view(key_na).evidence == ()
    finally:
        ws.close()


def test_progress_follows_the_marks(workspace: Workspace) -> None:
    """Criteria make the percent; recommendations count apart, as items, never in it."""
    ws = workspace
    view = ws.checklists.checklist("05", YEAR)
    criteria = {v.item.key: v.item.weight for v in view.items if v.item.basis is Basis.CRITERION}
    advice = [v.item.key for v in view.items if v.item.basis is Basis.RECOMMENDATION]
    assert criteria and advice
    assert [v.item.key for v in view.items] == [*criteria, *advice]  # criteria listed first
    total = sum(criteria.values())
    done = 0
    percents = []
    for key, weight in criteria.items():
        save(ws, "05", key, ItemEdit(status=Status.DONE))
        done += weight
        now = ws.checklists.checklist("05", YEAR)
        assert (now.progress.done_weight, now.progress.total_weight) == (done, total)
        assert (now.advice.done_items, now.advice.total_items) == (0, len(advice))
        percents.append(now.progress.percent)
    assert percents == sorted(percents)
    assert percents[-1] == 100
    assert percents[0] == criteria[next(iter(criteria))] * 100 // total
    assert ws.checklists.checklist("05", YEAR).progress.implemented  # advice still open
    for count, key in enumerate(advice, start=1):
        save(ws, "05", key, ItemEdit(status=Status.DONE))
        now = ws.checklists.checklist("05", YEAR)
        assert (now.progress.done_weight, now.progress.total_weight) == (total, total)
        assert (now.advice.done_items, now.advice.total_items) == (count, len(advice))
        assert advice_label(now.advice) == f"рекомендации: {count} из {len(advice)}"


def test_not_applicable_item_leaves_the_denominator(workspace: Workspace) -> None:
    ws = workspace
    first, *rest = criteria(ws, "07")
    for view in rest:
        save(ws, "07", view.item.key, ItemEdit(status=Status.DONE))
    assert not ws.checklists.checklist("07", YEAR).progress.implemented
    save(
        ws,
        "07",
        first.item.key,
        ItemEdit(
            status=Status.NOT_APPLICABLE, na_reason="Приоритетные страны не определены стратегией"
        ),
    )
    progress = ws.checklists.checklist("07", YEAR).progress
    assert progress.total_weight == sum(v.item.weight for v in rest)
    assert progress.implemented


def test_not_applicable_without_a_reason_is_refused(workspace: Workspace) -> None:
    key = keys(workspace, "05")[0]
    with pytest.raises(ValidationFailed) as caught:
        save(workspace, "05", key, ItemEdit(status=Status.NOT_APPLICABLE, na_reason="   "))
    assert set(caught.value.errors) == {"na_reason"}
    assert "причину" in caught.value.errors["na_reason"]
    assert workspace.checklists.checklist("05", YEAR).view(key).status is Status.NOT_STARTED


def test_done_in_the_future_is_refused(workspace: Workspace) -> None:
    key = keys(workspace, "05")[0]
    with pytest.raises(ValidationFailed) as caught:
        save(workspace, "05", key, ItemEdit(status=Status.DONE, done_on=TODAY + dt.timedelta(1)))
    assert set(caught.value.errors) == {"done_on"}


def test_unknown_item_or_instrument_is_refused(workspace: Workspace) -> None:
    with pytest.raises(KeyError):
        save(workspace, "05", "no_such", ItemEdit(status=Status.DONE))
    with pytest.raises(KeyError):
        workspace.checklists.checklist("16", YEAR)


def test_done_takes_the_clocks_today(db_path: Path) -> None:
    march = dt.date(2026, 3, 15)
    ws = Workspace.open(db_path, clock=lambda: march)
    try:
        ws.region.save(make_profile())
        key = keys(ws, "05")[0]
        _, after = save(ws, "05", key, ItemEdit(status=Status.DONE))
        assert after.done_on == march
        assert ws.checklists.checklist("05", YEAR).view(key).state.done_on == march
        save(ws, "05", key, ItemEdit(status=Status.IN_PROGRESS))
        assert ws.checklists.checklist("05", YEAR).view(key).state.done_on is None
    finally:
        ws.close()


def test_na_reason_is_dropped_when_the_status_changes(workspace: Workspace) -> None:
    key = keys(workspace, "05")[0]
    save(workspace, "05", key, ItemEdit(status=Status.NOT_APPLICABLE, na_reason="Причина"))
    save(workspace, "05", key, ItemEdit(status=Status.IN_PROGRESS, na_reason="Причина"))
    assert workspace.checklists.checklist("05", YEAR).view(key).state.na_reason == ""


def test_an_edit_is_undone_by_restoring_the_state_before(workspace: Workspace) -> None:
    key = keys(workspace, "05")[0]
    save(workspace, "05", key, ItemEdit(status=Status.IN_PROGRESS, responsible="Иванова"))
    before, after = save(workspace, "05", key, ItemEdit(status=Status.DONE, responsible="Петров"))
    assert (before.status, before.responsible) == (Status.IN_PROGRESS, "Иванова")
    assert workspace.checklists.checklist("05", YEAR).view(key).state == after
    workspace.checklists.restore_item(before)
    assert workspace.checklists.checklist("05", YEAR).view(key).state == before


def test_annual_instrument_starts_fresh_next_year(workspace: Workspace) -> None:
    ws = workspace
    mark_all(ws, "05")
    first = keys(ws, "05")[0]
    ws.checklists.add_evidence(
        code="05",
        key=first,
        year=YEAR,
        evidence=EvidenceItem(kind=EvidenceKind.LINK, url="https://export.example.ru/2026"),
    )
    assert ws.checklists.checklist("05", YEAR).progress.implemented

    next_year = ws.checklists.checklist("05", YEAR + 1)
    assert next_year.implementation_year == 4
    assert next_year.items
    assert all(v.status is Status.NOT_STARTED for v in next_year.items)
    assert all(v.evidence == () for v in next_year.items)
    assert next_year.progress.percent == 0

    mark_all(ws, "05", YEAR + 1, Status.IN_PROGRESS)
    earlier = ws.checklists.checklist("05", YEAR)
    assert earlier.progress.implemented
    assert all(v.status is Status.DONE for v in earlier.items)
    assert len(earlier.view(first).evidence) == 1


def test_one_time_instrument_carries_over_across_years(workspace: Workspace) -> None:
    ws = workspace
    assert ws.checklists.instrument("01").kind is Kind.ONE_TIME
    mark_all(ws, "01", YEAR - 1)
    key = keys(ws, "01", YEAR - 1)[0]
    ws.checklists.add_evidence(
        code="01",
        key=key,
        year=YEAR - 1,
        evidence=EvidenceItem(
            kind=EvidenceKind.DOCUMENT, doc_type="Закон субъекта РФ", number="12-з"
        ),
    )
    for year in (YEAR - 1, YEAR, YEAR + 1, YEAR + 5):
        view = ws.checklists.checklist("01", year)
        assert view.progress.implemented, year
        assert [e.number for e in view.view(key).evidence] == ["12-з"]
        assert view.view(key).state.cycle_year == 0


def test_all_items_done_means_implemented(workspace: Workspace) -> None:
    """All criteria done is 100% and «внедрён», with every recommendation still open."""
    ws = workspace
    items = [v.item.key for v in criteria(ws, "07")]
    for key in items[:-1]:
        save(ws, "07", key, ItemEdit(status=Status.DONE))
    almost = ws.checklists.checklist("07", YEAR).progress
    assert not almost.implemented
    assert almost.percent < 100
    save(ws, "07", items[-1], ItemEdit(status=Status.DONE))
    done = ws.checklists.checklist("07", YEAR).progress
    assert done.implemented
    assert done.percent == 100
    assert ws.checklists.checklist("07", YEAR).advice.done_items == 0


def test_remove_evidence_and_undo(workspace: Workspace, tmp_path: Path) -> None:
    ws = workspace
    key = keys(ws, "05")[0]
    source = tmp_path / "Положение об Экспортном совете.docx"
    source.write_bytes(b"PK\x03\x04 docx bytes" * 100)
    attached = ws.checklists.attach_file(code="05", key=key, year=YEAR, source=source)
    assert attached.title == "Положение об Экспортном совете.docx"
    assert attached.id is not None

    removed = ws.checklists.remove_evidence(attached.id)
    assert removed == attached
    assert ws.checklists.checklist("05", YEAR).view(key).evidence == ()
    stored = ws.attachments.path_for(attached.file_sha256)
    assert stored.read_bytes() == source.read_bytes()  # the file stays for the undo

    with pytest.raises(ValidationFailed) as caught:
        ws.checklists.remove_evidence(attached.id)
    assert set(caught.value.errors) == {"evidence"}

    restored = ws.checklists.add_evidence(code="05", key=key, year=YEAR, evidence=removed)
    assert restored.id is not None
    evidence = ws.checklists.checklist("05", YEAR).view(key).evidence
    assert evidence == (attached,)
    assert ws.checklists.attachment_path(evidence[0]).read_bytes() == source.read_bytes()


def test_invalid_evidence_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    key = keys(workspace, "05")[0]
    with pytest.raises(ValidationFailed) as caught:
        workspace.checklists.add_evidence(
            code="05", key=key, year=YEAR, evidence=EvidenceItem(kind=EvidenceKind.LINK, url="x")
        )
    assert set(caught.value.errors) == {"url"}
    with pytest.raises(ValidationFailed) as caught:
        workspace.checklists.attach_file(
            code="05", key=key, year=YEAR, source=tmp_path / "нет файла.pdf"
        )
    assert set(caught.value.errors) == {"file"}
    assert workspace.checklists.checklist("05", YEAR).view(key).evidence == ()


def test_identical_attachments_share_one_stored_file(workspace: Workspace, tmp_path: Path) -> None:
    ws = workspace
    content = "Отчёт о работе ЦПЭ за 2026 год".encode()
    first = tmp_path / "отчёт.txt"
    second = tmp_path / "отчёт (копия).txt"
    first.write_bytes(content)
    second.write_bytes(content)
    a = ws.checklists.attach_file(code="06", key=keys(ws, "06")[0], year=YEAR, source=first)
    b = ws.checklists.attach_file(code="06", key=keys(ws, "06")[1], year=YEAR, source=second)
    assert a.file_sha256 == b.file_sha256
    assert (a.file_name, b.file_name) == ("отчёт.txt", "отчёт (копия).txt")
    stored = [p for p in ws.attachments.root.rglob("*") if p.is_file()]
    assert stored == [ws.attachments.path_for(a.file_sha256)]


def test_region_own_instruments(workspace: Workspace) -> None:
    ws = workspace
    first_item = ChecklistItem(
        key="own_1", title="Утверждено положение об акселераторе", years=ALL_YEARS, weight=2
    )
    own = ws.checklists.add_own_instrument(
        instrument=OwnInstrument(
            title="Региональный экспортный акселератор «Смоленск — экспорт»",
            short_title="Смоленский акселератор",
            kind=Kind.ANNUAL,
            summary="  Собственная практика региона  ",
            items=(first_item,),
        )
    )
    assert (own.code, own.label, own.block, own.number) == ("R1", "IV.1", 4, 1)
    assert own.is_own
    assert own.summary == "Собственная практика региона"
    own = ws.checklists.add_own_item(code="R1", title="Отобраны 10 компаний-участников")
    assert [i.key for i in own.items] == ["own_1", "own_2"]
    second = ws.checklists.add_own_instrument(
        instrument=OwnInstrument(
            title="Экспортный портал региона", short_title="Портал", kind=Kind.ONE_TIME
        )
    )
    assert (second.code, second.label) == ("R2", "IV.2")
    codes = [i.code for i in ws.checklists.instruments()]
    assert codes[:15] == [f"{n:02d}" for n in range(1, 16)]
    assert codes[15:] == ["R1", "R2"]

    save(ws, "R1", "own_1", ItemEdit(status=Status.DONE))
    assert ws.checklists.checklist("R1", YEAR).progress.percent == 66  # 2 of 3

    ws = reopen(ws)
    try:
        view = ws.checklists.checklist("R1", YEAR)
        assert view.instrument.title == "Региональный экспортный акселератор «Смоленск — экспорт»"
        assert view.instrument.label == "IV.1"
        assert [(v.item.key, v.item.weight, v.status) for v in view.items] == [
            ("own_1", 2, Status.DONE),
            ("own_2", 1, Status.NOT_STARTED),
        ]
        save(ws, "R1", "own_2", ItemEdit(status=Status.DONE))
        assert ws.checklists.checklist("R1", YEAR).progress.implemented
    finally:
        ws.close()


def test_own_instrument_validation(workspace: Workspace) -> None:
    with pytest.raises(ValidationFailed) as caught:
        workspace.checklists.add_own_instrument(
            instrument=OwnInstrument(title="Акс", short_title="", kind=Kind.ANNUAL)
        )
    assert set(caught.value.errors) == {"title", "short_title"}
    with pytest.raises(ValidationFailed) as caught:
        workspace.checklists.add_own_instrument(
            instrument=OwnInstrument(
                title="Региональный акселератор", short_title="А" * 41, kind=Kind.ANNUAL
            )
        )
    assert set(caught.value.errors) == {"short_title"}
    with pytest.raises(ValidationFailed) as caught:
        workspace.checklists.add_own_item(code="05", title="Чужой пункт")
    assert set(caught.value.errors) == {"code"}
    assert len(workspace.checklists.instruments()) == 15


class FakeTeamRecords:
    """Stands in for the team register: answers for one item, leaves the others alone."""

    source = Source.TEAM

    def __init__(self) -> None:
        self.asked: list[tuple[str, int, dt.date]] = []

    def verdicts(self, instrument: Instrument, year: int, as_of: dt.date) -> dict[str, Verdict]:
        self.asked.append((instrument.code, year, as_of))
        return {
            "team_composition_current": Verdict(
                met=True,
                note="Состав команды утверждён распоряжением от 03.02.2026 № 5-р",
                done_on=dt.date(2026, 2, 3),
            )
        }


def test_derived_source_overrides_the_hand_set_status(workspace: Workspace) -> None:
    ws = workspace
    save(ws, "03", "team_composition_current", ItemEdit(status=Status.NOT_STARTED))
    save(ws, "03", "professional_development_events", ItemEdit(status=Status.IN_PROGRESS))
    before = ws.checklists.checklist("03", YEAR)
    assert not any(v.is_derived for v in before.items)

    fake = FakeTeamRecords()
    ws.derived_sources[Source.TEAM] = fake
    view = ws.checklists.checklist("03", YEAR)
    derived = view.view("team_composition_current")
    assert derived.status is Status.DONE
    assert derived.is_derived
    assert derived.derived_note == "Состав команды утверждён распоряжением от 03.02.2026 № 5-р"
    assert derived.state.done_on == dt.date(2026, 2, 3)
    manual = view.view("professional_development_events")
    assert manual.status is Status.IN_PROGRESS
    assert not manual.is_derived
    assert derived.item.basis is Basis.RECOMMENDATION  # so it counts among the advice
    assert (view.advice.done_items, view.advice.total_items) == (
        1,
        sum(v.item.basis is Basis.RECOMMENDATION for v in view.items),
    )
    total = sum(v.item.weight for v in view.items if v.item.basis is Basis.CRITERION)
    assert view.progress.done_weight == 0
    assert view.progress.total_weight == total
    assert [a[:2] for a in fake.asked] == [("03", YEAR)]  # once for the whole checklist
    as_of = dt.date(YEAR, 3, 31)
    ws.checklists.checklist("03", YEAR, as_of=as_of)
    assert fake.asked[-1] == ("03", YEAR, as_of)

    council = ws.checklists.checklist("05", YEAR)  # council items: no source registered
    assert not any(v.is_derived for v in council.items)
    assert {a[0] for a in fake.asked} == {"03"}

    del ws.derived_sources[Source.TEAM]
    assert ws.checklists.checklist("03", YEAR).view("team_composition_current").status is (
        Status.NOT_STARTED
    )


def test_low_export_potential_changes_the_export_centre_items(workspace: Workspace) -> None:
    ws = workspace
    normal = set(keys(ws, "06"))
    assert "export_centre_created" in normal
    assert "export_specialist_designated" not in normal
    ws.region.save(make_profile(low_export_potential=True))
    low = set(keys(ws, "06"))
    assert "export_specialist_designated" in low
    assert "export_centre_created" not in low
    assert "kpi_set" in normal & low


def test_federal_city_drops_the_municipal_team_slot(db_path: Path) -> None:
    ws = Workspace.open(db_path, clock=lambda: TODAY)
    try:
        ws.region.save(
            make_profile(
                region_code="78",
                region_name="Санкт-Петербург",
                start_year=2026,
                federal_city=True,
            )
        )
        team = set(keys(ws, "03"))
        assert "slot_deputy_governor" in team
        assert "slot_municipality_head" not in team
        ws.region.save(make_profile(start_year=2026))
        assert "slot_municipality_head" in set(keys(ws, "03"))
    finally:
        ws.close()


def test_checklist_needs_a_region(db_path: Path) -> None:
    ws = Workspace.open(db_path, clock=lambda: TODAY)
    try:
        assert ws.region.profile() is None
        with pytest.raises(ValidationFailed) as caught:
            ws.checklists.checklist("05", YEAR)
        assert set(caught.value.errors) == {"region"}
    finally:
        ws.close()


def test_region_profile_round_trips(workspace: Workspace) -> None:
    profile = dataclasses.replace(
        make_profile(),
        contact_person="Иванова Мария Сергеевна",
        phone="+7 (4812) 29-10-00",
        email="export@admin-smolensk.ru",
        address="г. Смоленск, пл. Ленина, д. 1",
        low_export_potential=True,
    )
    workspace.region.save(profile)
    ws = reopen(workspace)
    try:
        assert ws.region.profile() == profile
        assert not ws.region.is_demo()
    finally:
        ws.close()


def test_invalid_region_profile_is_refused(workspace: Workspace) -> None:
    with pytest.raises(ValidationFailed) as caught:
        workspace.region.save(make_profile(start_year=2010))
    assert set(caught.value.errors) == {"start_year"}
    assert workspace.region.require_profile().start_year == 2024
