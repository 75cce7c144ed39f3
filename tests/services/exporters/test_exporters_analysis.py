"""Instrument 9 decided by the registry; dispatch letters; the barriers XLSX and PDF annex."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from res_desktop.domain.common.progress import Status
from res_desktop.domain.exporters.analysis import MINEC
from res_desktop.domain.exporters.analysis import REC
from res_desktop.domain.exporters.analysis import BarrierDispatch
from res_desktop.domain.exporters.analysis import DispatchId
from res_desktop.domain.exporters.model import Barrier
from res_desktop.services.checklist.service import ItemEdit
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from tests.reports.common.helpers import read_pdf
from tests.services.exporters.exporters_analysis_fixture import small_registry
from tests.services.exporters.exporters_analysis_helpers import add_company
from tests.services.exporters.exporters_analysis_helpers import add_support

D = dt.date


def _letter(
    sent_on: dt.date, number: str, recipient: str = REC, id: DispatchId | None = None
) -> BarrierDispatch:
    """A letter of 2026 on the barriers: the tests vary its date, number and addressee."""
    return BarrierDispatch(
        year=2026, sent_on=sent_on, outgoing_number=number, recipient=recipient, id=id
    )


def _item(ws: Workspace, key: str, year: int = 2026):
    return ws.checklists.checklist("09", year).view(key)


def test_empty_registry_leaves_every_item_manual(workspace: Workspace) -> None:
    checklist = workspace.checklists.checklist("09", 2026)
    assert not workspace.exporter_analysis.has_records()
    for view in checklist.items:
        assert not view.is_derived
        assert view.status is Status.NOT_STARTED
    workspace.checklists.save_item(
        code="09", key="registry_formed", year=2026, edit=ItemEdit(status=Status.DONE)
    )
    assert _item(workspace, "registry_formed").status is Status.DONE  # the hand mark stays
    assert workspace.exporter_analysis.report_extract(2026, D(2026, 11, 24)) is None


def test_small_registry_decides_the_items(workspace: Workspace) -> None:
    small_registry(workspace.db)
    formed = _item(workspace, "registry_formed")
    # formed with the first company of the year: the text gives no share («сформирована база»)
    assert formed.status is Status.DONE and formed.state.done_on == D(2026, 2, 10)
    assert formed.derived_note == (
        "В реестре 5 компаний, из них проверено/получено из источников в 2026 году: 3."
    )
    sources = _item(workspace, "registry_official_sources")
    assert sources.status is Status.DONE and sources.state.done_on == D(2026, 3, 1)
    assert "ФНС России (2), ФТС России (2)" in sources.derived_note
    assert "Не использованы: Почта России, Банк России." in sources.derived_note
    stage = _item(workspace, "export_stage_analysis")
    assert stage.status is Status.DONE
    assert stage.derived_note.startswith("Этап определён для 3 из 3 компаний реестра 2026 года")
    assert _item(workspace, "needs_barriers_analysis").status is Status.DONE
    support = _item(workspace, "targeted_support_access")
    assert support.status is Status.DONE and support.state.done_on == D(2026, 6, 1)
    assert "поддержка оказана 1 из 3 компаний" in support.derived_note
    sent = _item(workspace, "barriers_sent_federal")
    assert sent.status is Status.NOT_STARTED
    assert sent.derived_note == "В 2026 году результаты анализа не направлялись."
    assert not _item(workspace, "regional_barriers_work").is_derived


def test_items_change_as_data_is_added(workspace: Workspace) -> None:
    db = workspace.db
    first = add_company(db, "Первая", needs=("training",))
    formed = _item(workspace, "registry_formed")
    assert formed.status is Status.NOT_STARTED
    assert formed.derived_note == (
        "В реестре 1 компания, из них проверено/получено из источников в 2026 году: 0: "
        "база на 2026 год не сформирована."
    )
    assert _item(workspace, "registry_official_sources").status is Status.NOT_STARTED
    assert _item(workspace, "targeted_support_access").status is Status.NOT_STARTED

    add_company(db, "Вторая", sources={"fts": D(2026, 3, 3)}, stage="interested")
    add_company(db, "Третья", sources={"fts": D(2026, 4, 4)})
    assert _item(workspace, "registry_formed").status is Status.DONE  # 2 of 3
    sources = _item(workspace, "registry_official_sources")
    assert sources.status is Status.IN_PROGRESS
    assert sources.derived_note.endswith("Обязательны сведения: ФНС России.")
    stage = _item(workspace, "export_stage_analysis")
    assert stage.status is Status.DONE  # 1 of 2: below the advised 90%, shown, not required
    assert "рекомендуется не менее 90%" in stage.derived_note
    assert _item(workspace, "needs_barriers_analysis").status is Status.NOT_STARTED

    add_company(db, "Четвёртая", sources={"fns": D(2026, 9, 9)}, stage="regular")
    assert _item(workspace, "registry_official_sources").state.done_on == D(2026, 9, 9)
    add_support(db, first, D(2026, 10, 1))
    assert _item(workspace, "targeted_support_access").status is Status.DONE
    assert _item(workspace, "registry_formed", 2025).status is Status.NOT_STARTED


def test_dispatches_decide_barriers_sent(workspace: Workspace) -> None:
    """«результаты анализа переданы в профильный федеральный орган исполнительной власти»: a
    letter to a body on the list does it; РЭЦ alone does not, and is asked for in the note."""
    small_registry(workspace.db)
    analysis = workspace.exporter_analysis
    letter = analysis.save_dispatch(dispatch=_letter(D(2026, 11, 5), "01-12/350"))
    sent = _item(workspace, "barriers_sent_federal")
    assert sent.status is Status.IN_PROGRESS
    assert "Не направлено в профильный федеральный орган" in sent.derived_note
    analysis.save_dispatch(dispatch=_letter(D(2026, 11, 2), "01-12/345", MINEC))
    sent = _item(workspace, "barriers_sent_federal")
    assert sent.status is Status.DONE and sent.state.done_on == D(2026, 11, 2)
    assert sent.derived_note == (
        "Направлено: Минэкономразвития России — исх. № 01-12/345 от 02.11.2026 (анализ за "
        "2026 год); АО «Российский экспортный центр» — исх. № 01-12/350 от 05.11.2026 "
        "(анализ за 2026 год)."
    )
    assert _item(workspace, "barriers_sent_federal", 2025).status is Status.NOT_STARTED
    assert letter.id is not None
    analysis.save_dispatch(dispatch=_letter(D(2026, 11, 6), "01-12/351", id=letter.id))
    assert [d.outgoing_number for d in analysis.dispatches(2026)] == ["01-12/345", "01-12/351"]
    analysis.delete_dispatch(letter.id)
    sent = _item(workspace, "barriers_sent_federal")
    assert sent.status is Status.DONE
    assert "В РЭЦ не направлено (Стандарт: «а также в адрес РЭЦ»)" in sent.derived_note


def test_a_letter_to_any_addressee_is_not_a_federal_body(workspace: Workspace) -> None:
    """Not «any addressee but РЭЦ»: the addressee must be on the (editable) list."""
    small_registry(workspace.db)
    analysis = workspace.exporter_analysis
    analysis.save_dispatch(dispatch=_letter(D(2026, 10, 1), "7", "Администрация города"))
    assert _item(workspace, "barriers_sent_federal").status is Status.IN_PROGRESS
    analysis.save_dispatch(dispatch=_letter(D(2026, 10, 2), "8", "Росаккредитация"))
    assert _item(workspace, "barriers_sent_federal").status is Status.IN_PROGRESS
    bodies = analysis.set_federal_bodies(names=[*analysis.federal_bodies(), " Росаккредитация "])
    assert bodies[-1] == "Росаккредитация"
    sent = _item(workspace, "barriers_sent_federal")
    assert sent.status is Status.DONE and sent.state.done_on == D(2026, 10, 2)


def test_federal_bodies_seeded_and_refused_when_empty_or_repeated(workspace: Workspace) -> None:
    analysis = workspace.exporter_analysis
    seeded = analysis.federal_bodies()
    assert seeded[:3] == ["Минпромторг России", "Минэкономразвития России", "Минсельхоз России"]
    for names in ([*seeded, " "], [*seeded, "минпромторг  россии"]):
        with pytest.raises(ValidationFailed) as failed:
            analysis.set_federal_bodies(names=names)
        assert set(failed.value.errors) == {"federal_bodies"}
    assert analysis.federal_bodies() == seeded


def test_results_sent_in_a_year_count_for_that_year(workspace: Workspace) -> None:
    """The analysis of the 2025 registry sent in February 2026 is 2026's work: the 2026
    checklist is completable within 2026, and it does not complete 2025 after the fact."""
    small_registry(workspace.db)
    analysis = workspace.exporter_analysis
    analysis.save_dispatch(
        dispatch=BarrierDispatch(
            year=2025, sent_on=D(2026, 2, 10), outgoing_number="01-12/20", recipient=MINEC
        )
    )
    sent = _item(workspace, "barriers_sent_federal")
    assert sent.status is Status.DONE and sent.state.done_on == D(2026, 2, 10)
    assert "(анализ за 2025 год)" in sent.derived_note
    assert _item(workspace, "barriers_sent_federal", 2025).status is Status.NOT_STARTED


def test_dispatch_validation(workspace: Workspace) -> None:
    analysis = workspace.exporter_analysis
    with pytest.raises(ValidationFailed) as failed:
        analysis.save_dispatch(dispatch=_letter(D(2026, 12, 1), " ", ""))
    assert set(failed.value.errors) == {"sent_on", "outgoing_number", "recipient"}
    with pytest.raises(ValidationFailed) as failed:
        analysis.save_dispatch(dispatch=_letter(D(2025, 12, 1), "1"))
    assert "раньше 2026 года" in failed.value.errors["sent_on"]
    with pytest.raises(ValidationFailed):
        analysis.save_dispatch(dispatch=_letter(D(2026, 1, 1), "1", id=DispatchId(99)))
    assert analysis.dispatches() == []


def test_barriers_xlsx_reads_back(workspace: Workspace, tmp_path: Path) -> None:
    small_registry(workspace.db)
    path = workspace.exporter_analysis.export_barriers_xlsx(2026, tmp_path / "барьеры.xlsx")
    sheet = load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert str(rows[0][0]).startswith("Приложение. Барьеры, препятствующие выходу компаний")
    assert rows[3][:5] == ("№", "Барьер", "Компаний", "Отрасли", "Компании (примеры)")
    assert rows[4][:5] == (1, "таможенное администрирование", 2, "АПК\nМеталлургия",
                           "Агро\nМеталл")  # fmt: skip
    assert len(rows) == 4 + 4
    kinds = [Barrier.OTHER]
    other = workspace.exporter_analysis.export_barriers_xlsx(2026, tmp_path / "иное.xlsx", kinds)
    rows = list(load_workbook(other).active.iter_rows(values_only=True))
    assert rows[4][1] == "иное" and rows[4][5] == "Нет вагонов на станции отправления"


def test_barriers_pdf_annex_reads_back(workspace: Workspace, tmp_path: Path) -> None:
    small_registry(workspace.db)
    path = workspace.exporter_analysis.export_barriers_pdf(2026, tmp_path / "приложение.pdf")
    text = read_pdf(path).text
    assert (
        "Приложение. Барьеры, препятствующие выходу компаний на внешние рынки, устранение "
        "которых требует решений на федеральном уровне" in text
    )
    assert "Смоленская область; по итогам анализа реестра экспортёров" in text
    assert "за 2026 год" in text
    assert "В реестре 5 компаний; барьеры выявлены у 3." in text
    assert "таможенное администрирование 2" in text
    assert "Металлургия" in text and "Агро" in text
    assert "Руководитель" in text and "(подпись)" in text
    assert "Сформировано 24.11.2026" in text  # the workspace's clock, not the machine's


def test_remembered_verdicts_see_writes_from_another_connection(workspace: Workspace) -> None:
    """The verdicts are computed once per database state, also across connections."""
    small_registry(workspace.db)
    assert _item(workspace, "barriers_sent_federal").status is Status.NOT_STARTED
    other = sqlite3.connect(workspace.path)
    with other:
        other.execute(
            "INSERT INTO barrier_dispatch (year, sent_on, outgoing_number, recipient)"
            " VALUES (2026, '2026-11-02', '5', ?)",
            [REC],
        )
    other.close()
    assert _item(workspace, "barriers_sent_federal").status is Status.IN_PROGRESS
