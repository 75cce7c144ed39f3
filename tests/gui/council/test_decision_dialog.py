"""A decision typed into a meeting is saved or cancelled without losing the meeting (issue 10.1).

`DecisionDialog` once stored a field in `self.done`, hiding `QDialog.done()`: «Сохранить» killed
the process and «Отмена» could not close the dialog.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QMessageBox

from res_desktop.gui.common.date_fields import to_qdate
from res_desktop.gui.council.meeting_parts import DecisionDialog
from res_desktop.gui.council.page import CouncilPage
from res_desktop.services.common.workspace import Workspace
from tests.gui.council.helpers import held_meeting_dialog

D = dt.date


def _meeting_dialog(qtbot, workspace: Workspace):
    page = CouncilPage(workspace)
    qtbot.addWidget(page)
    return page, held_meeting_dialog(qtbot, page, D(2026, 5, 15))


def _answer_decision(act) -> list[str]:
    """Acts on the modal decision dialog once it is shown; records what it saw."""
    seen: list[str] = []

    def run() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, DecisionDialog):
            QTimer.singleShot(10, run)
            return
        seen.append(modal.windowTitle())
        act(modal)

    QTimer.singleShot(0, run)
    return seen


def test_a_decision_is_saved_into_the_meeting_and_stored(qtbot, workspace: Workspace) -> None:
    page, dialog = _meeting_dialog(qtbot, workspace)

    def save(modal: DecisionDialog) -> None:
        modal.text.setPlainText("Утвердить план мероприятий на 2027 год")
        modal.responsible.setText("Министерство экономического развития")
        modal.done_on.check.setChecked(True)
        modal.done_on.edit.setDate(to_qdate(D(2026, 5, 20)))
        buttons = modal.findChild(QDialogButtonBox)
        buttons.button(QDialogButtonBox.StandardButton.Save).click()

    seen = _answer_decision(save)
    dialog.edit_decision(None)
    assert seen == ["Решение Совета"]
    [decision] = dialog.decisions_model.rows()
    assert decision.text == "Утвердить план мероприятий на 2027 год"
    assert decision.done_on == D(2026, 5, 20)
    assert dialog.agenda.toPlainText() == "О ходе реализации Плана"
    with qtbot.waitSignal(page.changed):
        dialog.accept()
        page.meeting_saved(dialog)
    [stored] = workspace.council.meetings()
    assert [d.text for d in stored.decisions] == ["Утвердить план мероприятий на 2027 год"]
    assert stored.decisions[0].done_on == D(2026, 5, 20)


def test_cancel_and_escape_close_the_decision_and_keep_the_meeting(
    qtbot, workspace: Workspace
) -> None:
    _page, dialog = _meeting_dialog(qtbot, workspace)

    def cancel(modal: DecisionDialog) -> None:
        modal.text.setPlainText("Черновик решения")
        modal.ask_unsaved = lambda _parent: QMessageBox.StandardButton.Discard  # typed: asked
        buttons = modal.findChild(QDialogButtonBox)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    seen = _answer_decision(cancel)
    dialog.edit_decision(None)
    assert seen == ["Решение Совета"]

    def escape(modal: DecisionDialog) -> None:
        modal.text.setPlainText("Ещё один черновик")
        modal.ask_unsaved = lambda _parent: QMessageBox.StandardButton.Discard
        qtbot.keyClick(modal, Qt.Key.Key_Escape)

    seen = _answer_decision(escape)
    dialog.edit_decision(None)
    assert seen == ["Решение Совета"]
    assert dialog.decisions_model.rows() == []
    assert QApplication.activeModalWidget() is None
    assert dialog.agenda.toPlainText() == "О ходе реализации Плана"
    assert workspace.council.meetings() == []


def test_an_empty_decision_is_refused_next_to_the_field(qtbot) -> None:
    modal = DecisionDialog(None, D(2026, 5, 15))
    qtbot.addWidget(modal)
    modal.accept()
    assert modal.result() != DecisionDialog.DialogCode.Accepted
    assert modal.error.text()
    modal.text.setPlainText("Принять к сведению")
    modal.accept()
    assert modal.result() == DecisionDialog.DialogCode.Accepted
    assert modal.decision().text == "Принять к сведению"
