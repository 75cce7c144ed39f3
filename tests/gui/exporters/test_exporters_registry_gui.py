"""The registry page over SQLite windows: model tester, 100,000 rows, filters, the card."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QWidget

from benchmarks.registry_table import INDUSTRIES
from benchmarks.registry_table import MUNICIPALITIES
from benchmarks.registry_table import generate_registry
from benchmarks.registry_table import inn_for
from res_desktop.domain.exporters.model import Company
from res_desktop.domain.exporters.model import ExporterStatus
from res_desktop.domain.exporters.model import ExportStage
from res_desktop.domain.exporters.model import SmeCategory
from res_desktop.domain.exporters.query import RegistryQuery
from res_desktop.domain.exporters.query import SortColumn
from res_desktop.gui.exporters.company_card import CompanyCard
from res_desktop.gui.exporters.duplicates_dialog import DuplicatesDialog
from res_desktop.gui.exporters.registry_model import COLUMNS
from res_desktop.gui.exporters.registry_model import MAX_PAGES
from res_desktop.gui.exporters.registry_model import RegistryModel
from res_desktop.gui.exporters.registry_page import RegistryPage
from res_desktop.services.common.workspace import Workspace
from tests.gui.exporters.registry_wait import first_rows
from tests.gui.exporters.registry_wait import rows_arrived


@pytest.fixture
def host(qtbot) -> QWidget:
    """A plain parent, as in the main window (a top-level page's layout would set the
    window's minimum size, which the offscreen platform answers with a Qt warning)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    return widget


def _page(host: QWidget, ws: Workspace, qtbot=None) -> RegistryPage:
    page = RegistryPage(ws, host)
    page.resize(1280, 800)
    host.show()
    if qtbot is not None:
        rows_arrived(qtbot, page)
    return page


def test_model_passes_the_model_tester(qtmodeltester, workspace: Workspace) -> None:
    generate_registry(workspace.db.conn, 450)
    model = RegistryModel(workspace.exporters, page_size=50)
    qtmodeltester.check(model, force_py=False)
    assert model.rowCount() == 450 and model.columnCount() == len(COLUMNS)
    model.sort(COLUMNS.index(SortColumn.MUNICIPALITY), Qt.SortOrder.DescendingOrder)
    towns = [
        str(model.data(model.index(r, COLUMNS.index(SortColumn.MUNICIPALITY)))) for r in range(450)
    ]
    assert towns == sorted(towns, key=str.casefold, reverse=True)  # Russian, not code points
    model.set_query(RegistryQuery(status=ExporterStatus.ACTIVE, sort=SortColumn.VOLUME))
    qtmodeltester.check(model, force_py=False)
    assert model.rowCount() == workspace.exporters.count(
        RegistryQuery(status=ExporterStatus.ACTIVE)
    )


def test_100000_companies_read_only_the_visible_window(
    qtbot, host: QWidget, workspace: Workspace
) -> None:
    # How long opening and sorting take is benchmarks/registry_table.py's (2 s and 1 s targets).
    generate_registry(workspace.db.conn, 100_000)
    page = _page(host, workspace)
    qtbot.waitExposed(page)
    rows_arrived(qtbot, page)
    model = page.model
    assert model.rowCount() == 100_000
    assert page.status.text() == "Показано 100\u00a0000 из 100\u00a0000"
    assert model.cached_rows() <= 400  # only the visible window was read

    with qtbot.waitSignal(model.dataChanged):  # the last page arrives from the pool
        page.table.scrollToBottom()
    rows_arrived(qtbot, page)
    last = model.row(99_999)
    assert last is not None and model.cached_rows() <= 600

    header = page.table.horizontalHeader()
    town = COLUMNS.index(SortColumn.MUNICIPALITY)
    page.table.scrollToTop()
    spot = QPoint(header.sectionViewportPosition(town) + 20, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert model.query().sort is SortColumn.MUNICIPALITY
    rows_arrived(qtbot, page)
    first = model.row(0)
    assert first is not None and first.municipality == min(MUNICIPALITIES)

    with qtbot.waitSignal(page.filters.query_changed, timeout=2000):
        page.filters.search.setText("экспорт")  # typed: debounced, one query at the end
    rows_arrived(qtbot, page)
    assert 0 < model.rowCount() < 100_000
    assert all("Экспорт" in (model.row(r).full_name) for r in range(50))

    page.filters.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 100_000, timeout=10_000)
    combo = page.filters.combos["municipality"]
    combo.setCurrentIndex(combo.findData(MUNICIPALITIES[0]))
    assert {row.municipality for row in first_rows(qtbot, page, 300)} == {MUNICIPALITIES[0]}
    assert len(model._pages) <= MAX_PAGES
    count = model.rowCount()
    assert page.status.text().startswith("Показано ") and str(count)[-3:] in page.status.text()


def test_each_filter_combo_reaches_the_sql(qtbot, host: QWidget, workspace: Workspace) -> None:
    generate_registry(workspace.db.conn, 600)
    page = _page(host, workspace, qtbot)
    choices: dict[str, Any] = {
        "status": ExporterStatus.STOPPED,
        "stage": ExportStage.FIRST_DEALS,
        "sme": SmeCategory.MEDIUM,
        "industry": INDUSTRIES[2],
        "municipality": MUNICIPALITIES[5],
        "country": "CN",
    }
    for name, value in choices.items():
        combo = page.filters.combos[name]
        combo.setCurrentIndex(combo.findData(value))
        rows_arrived(qtbot, page)
        expected = workspace.exporters.count(RegistryQuery(**{name: value}))
        assert 0 < page.model.rowCount() == expected < 600, name
        combo.setCurrentIndex(0)
        rows_arrived(qtbot, page)
        assert page.model.rowCount() == 600


def test_saved_filters_save_apply_delete(qtbot, host: QWidget, workspace: Workspace) -> None:
    generate_registry(workspace.db.conn, 300)
    page = _page(host, workspace, qtbot)
    combo = page.filters.combos["country"]
    combo.setCurrentIndex(combo.findData("KZ"))
    page.table.sortByColumn(COLUMNS.index(SortColumn.INN), Qt.SortOrder.DescendingOrder)
    rows_arrived(qtbot, page)
    kz = page.model.rowCount()
    page.ask_text = lambda _title, _label: "Казахстан, по ИНН"
    page.save_current_filter()
    page.filters.clear()
    rows_arrived(qtbot, page)
    assert page.model.rowCount() == 300
    page.saved.setCurrentIndex(page.saved.findText("Казахстан, по ИНН"))
    page.saved.activated.emit(page.saved.currentIndex())
    rows_arrived(qtbot, page)
    assert page.model.rowCount() == kz and page.filters.combos["country"].currentData() == "KZ"
    assert page.model.query().sort is SortColumn.INN and page.model.query().descending
    page.confirm = lambda _title, _text: True
    page.delete_saved_filter()
    assert workspace.exporters.saved_filters() == [] and page.saved.count() == 1


def test_card_refuses_bad_input_with_messages_and_keeps_it(
    qtbot, host: QWidget, workspace: Workspace
) -> None:
    page = _page(host, workspace, qtbot)
    seen: list[CompanyCard] = []

    def fill_bad(dialog: QDialog) -> int:
        assert isinstance(dialog, CompanyCard)
        dialog.widgets["inn"].setText("7707083894")  # type: ignore[attr-defined]
        dialog.widgets["contact_email"].setText("не-адрес")  # type: ignore[attr-defined]
        dialog.products.products.insertRow(0)
        dialog.products.products.setItem(0, 0, QTableWidgetItem("8471"))
        dialog.volumes.volumes.insertRow(0)
        dialog.volumes.volumes.setItem(0, 0, QTableWidgetItem("2025"))
        dialog.volumes.volumes.setItem(0, 1, QTableWidgetItem("много"))
        dialog.accept()
        seen.append(dialog)
        assert "Год и объём указываются числами" in dialog.error_text()
        dialog.volumes.volumes.item(0, 1).setText("1 234,5")
        dialog.accept()
        return dialog.result()

    page.run_dialog = fill_bad
    page.add_company()
    [card] = seen
    assert card.result() != QDialog.DialogCode.Accepted
    text = card.error_text()
    assert "Неверная контрольная сумма ИНН: проверьте цифры." in text
    assert "Укажите полное наименование." in text
    assert "Адрес электронной почты указан неверно." in text
    assert "Код ТН ВЭД состоит из 6 цифр: 8471." in text
    assert card.widgets["contact_email"].text() == "не-адрес"  # type: ignore[attr-defined]
    assert card.volumes.volumes.item(0, 1).text() == "1 234,5"
    assert workspace.exporters.total() == 0

    def fill_good(dialog: QDialog) -> int:
        assert isinstance(dialog, CompanyCard)
        dialog.widgets["inn"].setText(inn_for(7))  # type: ignore[attr-defined]
        dialog.widgets["full_name"].setText("ООО «Экспортёр»")  # type: ignore[attr-defined]
        dialog.products.add_country_code("CN")
        dialog.volumes.load(((2025, 1234.5),))
        dialog.accept()
        return dialog.result()

    page.run_dialog = fill_good
    with qtbot.waitSignal(page.changed):
        page.add_company()
    rows_arrived(qtbot, page)
    [row] = workspace.exporters.page(RegistryQuery(), offset=0, limit=5)
    saved = workspace.exporters.company(row.id)
    assert saved.countries == ("CN",) and saved.export_volume == ((2025, 1234.5),)
    assert page.status.text() == "Показано 1 из 1"
    assert page.selected_id() == row.id


def test_duplicates_dialog_merges(qtbot, workspace: Workspace) -> None:
    for n, name in enumerate(("ООО «Ромашка»", 'АО "Ромашка"', "ООО «Лютик»")):
        workspace.exporters.save_company(company=Company(inn=inn_for(n), full_name=name))
    dialog = DuplicatesDialog(workspace)
    qtbot.addWidget(dialog)
    assert len(dialog.pairs) == 1 and dialog.table.rowCount() == 1
    dialog.keep_second.setChecked(True)
    dialog.confirm = lambda _title, _text: True
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.merged == 1 and dialog.pairs == []
    assert workspace.exporters.total() == 2
    assert workspace.exporters.count(RegistryQuery(search=inn_for(1))) == 1
