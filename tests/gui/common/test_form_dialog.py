"""The framed form dialog: a refusal shows its messages and frames, a save closes the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLineEdit

from res_desktop.gui.common.form_dialog import ERROR_STYLE
from res_desktop.gui.common.form_dialog import FramedFormDialog
from res_desktop.services.common.results import ValidationFailed


def _refuse() -> str:
    raise ValidationFailed({"name": "Укажите наименование.", "other": "Второе сообщение."})


def test_a_refusal_is_shown_under_the_form_and_the_field_is_framed(qtbot) -> None:
    dialog = FramedFormDialog("Проверка")
    qtbot.addWidget(dialog)
    name, other = QLineEdit(), QLineEdit()
    dialog.lay_out([("&Наименование:", name), ("&Другое:", other)], size=(400, 200))
    dialog.open()
    fields = {"name": name, "number": other}
    assert dialog.save_or_show(_refuse, fields) is None
    assert dialog.error.text() == "Укажите наименование.\nВторое сообщение."
    assert name.styleSheet() == ERROR_STYLE and other.styleSheet() == ""
    assert dialog.isVisible() and dialog.windowTitle() == "Проверка"
    assert dialog.save_or_show(lambda: "сохранено", fields) == "сохранено"
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
