"""Drive the window like a coordinator: open, mark, attach, restart, state kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.progress import Status
from res_desktop.gui.checklist.model import Column
from res_desktop.gui.common.main_window import MainWindow
from res_desktop.services.common.workspace import Workspace
from tests.conftest import TODAY
from tests.gui.helpers import settled_dashboard


def _mark_current(qtbot, panel, status: Status) -> None:
    editor = panel.editor
    editor.status.setCurrentIndex(editor.status.findData(status))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


def test_marking_items_moves_progress_and_survives_restart(qtbot, window, db_path: Path) -> None:
    window.open_instrument("02")
    panel = window.instruments.panel
    assert panel.progress.value() == 0
    rows = panel.model.rowCount()
    bases = [panel.model.index(row, Column.BASIS).data() for row in range(rows)]
    criteria = bases.count("Критерий")
    assert bases == ["Критерий"] * criteria + ["Рекомендация"] * (rows - criteria)
    assert panel.advice.text() == f"рекомендации: 0 из {rows - criteria}"
    for row in range(rows):
        panel.select_item(panel.model.item_view(row).item.key)
        _mark_current(qtbot, panel, Status.DONE)
        # The one criterion makes it 100%; the recommendations count apart.
        assert panel.progress.value() == 100
        assert panel.badge.text() == "внедрён"
        assert panel.advice.text() == f"рекомендации: {row} из {rows - criteria}"
    first_key = panel.model.item_view(0).item.key
    panel.select_item(first_key)
    attachment = db_path.parent / "Постановление о координаторе.pdf"
    attachment.write_bytes(b"%PDF-1.4 test \xd0\x9f")
    panel.attach(attachment)
    assert panel.evidence.list.count() == 1
    assert "Постановление о координаторе.pdf" in panel.evidence.list.item(0).text()
    window.close()
    window.ws.close()

    reopened = Workspace.open(db_path, clock=lambda: TODAY)
    again = MainWindow(reopened)
    qtbot.addWidget(again)
    again.open_instrument("02")
    panel = again.instruments.panel
    assert panel.progress.value() == 100
    panel.select_item(first_key)
    stored = panel.current_item()
    assert stored is not None and stored.status is Status.DONE
    assert stored.state.done_on == TODAY
    [evidence] = stored.evidence
    assert reopened.checklists.attachment_path(evidence).read_bytes() == attachment.read_bytes()
    reopened.close()


def test_criteria_alone_move_the_percent(qtbot, window) -> None:
    window.open_instrument("01")
    panel = window.instruments.panel
    views = [panel.model.item_view(row) for row in range(panel.model.rowCount())]
    criteria = [v for v in views if v.item.basis is Basis.CRITERION]
    advice = [v for v in views if v.item.basis is Basis.RECOMMENDATION]
    assert len(criteria) > 1 and advice
    tip = panel.model.index(0, Column.BASIS).data(Qt.ItemDataRole.ToolTipRole)
    assert criteria[0].item.basis_quote in tip
    for view in advice:
        panel.select_item(view.item.key)
        _mark_current(qtbot, panel, Status.DONE)
    assert panel.progress.value() == 0 and panel.badge.text() == ""
    assert panel.advice.text() == f"рекомендации: {len(advice)} из {len(advice)}"
    for number, view in enumerate(criteria, start=1):
        panel.select_item(view.item.key)
        assert panel.editor.basis.text().startswith("Критерий внедрения")
        _mark_current(qtbot, panel, Status.DONE)
        if number < len(criteria):
            assert 0 < panel.progress.value() < 100
    assert panel.progress.value() == 100 and panel.badge.text() == "внедрён"


def test_not_applicable_without_reason_is_refused_in_russian(qtbot, window) -> None:
    window.open_instrument("05")
    panel = window.instruments.panel
    key = panel.model.item_view(0).item.key
    panel.select_item(key)
    _mark_current(qtbot, panel, Status.NOT_APPLICABLE)
    assert "укажите причину" in panel.editor.error.text()
    view = window.ws.checklists.checklist("05", TODAY.year).view(key)
    assert view.status is Status.NOT_STARTED
    panel.editor.na_reason.setText("Совет создан ранее, функции переданы")
    qtbot.mouseClick(panel.editor.save_button, Qt.MouseButton.LeftButton)
    view = window.ws.checklists.checklist("05", TODAY.year).view(key)
    assert view.status is Status.NOT_APPLICABLE
    assert view.state.na_reason == "Совет создан ранее, функции переданы"


def test_undo_and_redo_restore_the_saved_item(qtbot, window) -> None:
    window.open_instrument("04")
    panel = window.instruments.panel
    key = panel.model.item_view(0).item.key
    panel.select_item(key)
    panel.editor.responsible.setText("Сидоров Иван Петрович")
    _mark_current(qtbot, panel, Status.IN_PROGRESS)

    def stored():
        return window.ws.checklists.checklist("04", TODAY.year).view(key)

    assert stored().status is Status.IN_PROGRESS
    window.undo.undo()
    assert stored().status is Status.NOT_STARTED
    assert stored().state.responsible == ""
    window.undo.redo()
    assert stored().status is Status.IN_PROGRESS
    assert stored().state.responsible == "Сидоров Иван Петрович"


def test_removed_evidence_comes_back_on_undo(qtbot, window, tmp_path: Path) -> None:
    window.open_instrument("01")
    panel = window.instruments.panel
    source = tmp_path / "стратегия.docx"
    source.write_bytes(b"strategy")
    panel.attach(source)
    [evidence] = panel.current_item().evidence
    panel.remove_evidence_now(evidence)
    assert panel.current_item().evidence == ()
    window.undo.undo()
    assert [e.file_name for e in panel.current_item().evidence] == ["стратегия.docx"]


def test_dashboard_tells_the_schedule_verdict(qtbot, window) -> None:
    dashboard = settled_dashboard(qtbot, window)
    text = dashboard.headline.text()
    assert "Внедрено 0 инструментов из 15" in text
    assert "Отставание от плана-графика на 01.11.2026" in text
    assert "требуется 8" in text
    assert "К 01.12.2026 требуется 9" in dashboard.next_step.text()


def test_dashboard_opens_an_instrument(qtbot, window) -> None:
    window.dashboard.instrument_requested.emit("07")
    assert window.stack.currentWidget() is window.instruments
    assert window.instruments.panel.heading.text().startswith("Инструмент 7.")


def test_council_records_refresh_the_open_checklist(qtbot, window) -> None:
    from res_desktop.services.demo.council import fill_council_demo

    window.open_instrument("05")
    panel = window.instruments.panel
    assert panel.progress.value() == 0
    assert not any(v.is_derived for v in panel.model._rows)
    fill_council_demo(window.ws, TODAY)
    window.council.changed.emit()
    assert panel.progress.value() == 100
    assert panel.model.item_view(0).is_derived


def test_a_hidden_checklist_is_brought_up_to_date_once_opened(qtbot, window) -> None:
    """A change made on another page does not recompute the hidden checklist at once (a
    stall on every edit), but once, when the checklist is opened again."""
    from res_desktop.services.demo.council import fill_council_demo

    window.open_instrument("05")
    panel = window.instruments.panel
    window.show_page(window.council)
    fill_council_demo(window.ws, TODAY)
    window.council.changed.emit()
    assert panel.progress.value() == 0  # not yet: the page is hidden
    window.nav.setCurrentRow(1)
    assert panel.progress.value() == 100
