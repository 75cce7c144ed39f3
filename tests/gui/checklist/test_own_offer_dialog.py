"""Block IV's offer to РЭЦ through real widgets: «Сохранить» records it, «Отмена» does not."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QPushButton

from res_desktop.gui.checklist.own_offer_dialog import OwnOfferDialog
from res_desktop.gui.common.date_fields import to_qdate
from res_desktop.services.common.workspace import Workspace
from tests.services.checklist.own_instrument_helpers import add_own


def _button(dialog: OwnOfferDialog, which: QDialogButtonBox.StandardButton) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(which)


def test_save_records_the_offer_and_reopens_with_it(qtbot, workspace: Workspace) -> None:
    code = add_own(workspace)
    dialog = OwnOfferDialog(workspace, code)
    qtbot.addWidget(dialog)
    save = _button(dialog, QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Укажите исходящий номер письма в РЭЦ."
    assert workspace.own_offers.offer(code) is None and dialog.result() == 0
    dialog.described_on.setDate(to_qdate(dt.date(2026, 9, 1)))
    dialog.offered_on.setDate(to_qdate(dt.date(2026, 9, 15)))
    dialog.number.setText("01-08/912")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1
    offer = workspace.own_offers.offer(code)
    assert offer is not None and offer == dialog.saved
    assert (offer.described_on, offer.offered_on, offer.letter_number) == (
        dt.date(2026, 9, 1), dt.date(2026, 9, 15), "01-08/912")  # fmt: skip
    again = OwnOfferDialog(workspace, code)
    qtbot.addWidget(again)
    assert again.number.text() == "01-08/912"
    assert again.offered_on.date() == to_qdate(dt.date(2026, 9, 15))
    again.described.setChecked(False)  # no description date: the letter alone
    assert not again.described_on.isEnabled()
    qtbot.mouseClick(
        _button(again, QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    stored = workspace.own_offers.offer(code)
    assert stored is not None and stored.described_on is None


def test_cancel_records_nothing(qtbot, workspace: Workspace) -> None:
    code = add_own(workspace)
    dialog = OwnOfferDialog(workspace, code)
    qtbot.addWidget(dialog)
    dialog.number.setText("01-08/912")
    qtbot.mouseClick(
        _button(dialog, QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == 0 and dialog.saved is None
    assert workspace.own_offers.offer(code) is None
