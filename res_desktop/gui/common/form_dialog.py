"""Form rows with a Russian error line under each field, and a dialog that keeps bad input.

The dialog hands its values to a ``submit`` callable (a service call); a
``ValidationFailed`` shows each message under its field and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from res_desktop.gui.common import texts
from res_desktop.services.common.results import ValidationFailed

GENERAL = "_general"
T = TypeVar("T")


ERROR_STYLE = f"border: 1px solid {texts.OVERDUE_COLOR};"


def error_label(*, hidden: bool = True) -> QLabel:
    """A red, wrapped message line: hidden while empty under a field, kept in place under a form."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {texts.OVERDUE_COLOR};")
    if hidden:
        label.hide()
    return label


def save_buttons(dialog: QDialog) -> QDialogButtonBox:
    """Save / Cancel wired to the dialog's accept and reject."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def show_errors(label: QLabel, errors: Mapping[str, str], fields: Mapping[str, QWidget]) -> None:
    """Messages under the form, and a red frame on each field at fault."""
    label.setText("\n".join(errors.values()))
    for name, widget in fields.items():
        widget.setStyleSheet(ERROR_STYLE if name in errors else "")


class FieldErrors:
    """Error lines placed under form fields, keyed by the service's field names."""

    def __init__(self, form: QFormLayout, general: QLabel) -> None:
        self._form = form
        self._labels: dict[str, QLabel] = {GENERAL: general}

    def add_row(self, text: str, widget: QWidget, field: str) -> None:
        self._form.addRow(text, widget)
        label = error_label()
        self._form.addRow("", label)
        self._form.setRowVisible(label, False)
        self._labels[field] = label

    def attach(self, field: str, label: QLabel) -> None:
        self._labels[field] = label

    def show(self, errors: dict[str, str]) -> None:
        self.clear()
        general = [m for f, m in errors.items() if f not in self._labels]
        for field, message in errors.items():
            if field in self._labels:
                self._set(self._labels[field], message)
        if general:
            self._set(self._labels[GENERAL], "\n".join(general))

    def _set(self, label: QLabel, message: str) -> None:
        label.setText(message)
        if self._form.indexOf(label) >= 0:
            self._form.setRowVisible(label, True)
        label.show()

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            if self._form.indexOf(label) >= 0:
                self._form.setRowVisible(label, False)
            label.hide()

    def text(self) -> str:
        return "\n".join(lb.text() for lb in self._labels.values() if lb.text())


class SubmitDialog(QDialog):
    """Save / Cancel; Save calls ``submit(values())`` and closes only when it succeeds."""

    def __init__(
        self,
        submit: Callable[[Any], object],
        parent: QWidget | None = None,
        *,
        title: str = "",
        record: object = None,
    ) -> None:
        """``record`` is the stored record being changed (None for a new one): its id is kept."""
        super().__init__(parent)
        if title:
            self.setWindowTitle(title)
        self._submit = submit
        self._id: Any = getattr(record, "id", None)
        self.result_value: object = None
        self.form = QFormLayout()
        self.general_error = error_label()
        self.errors = FieldErrors(self.form, self.general_error)
        self.buttons = save_buttons(self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("&Сохранить")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("О&тмена")

    def lay_out(
        self,
        rows: Iterable[tuple[str, QWidget, str]] = (),
        *,
        width: int | None = None,
        height: int = 0,
        above: Iterable[QWidget] = (),
        below: Iterable[QWidget] = (),
    ) -> None:
        """The form with these rows (label, field, error key) added, widgets ``above`` and
        ``below`` it, the error line and the buttons; ``width`` (and ``height``) size it."""
        for text, widget, field in rows:
            self.errors.add_row(text, widget, field)
        layout = QVBoxLayout(self)
        for widget in above:
            layout.addWidget(widget)
        layout.addLayout(self.form)
        for widget in below:
            layout.addWidget(widget)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        if width is not None:
            self.resize(width, height)

    def values(self) -> object:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.result_value = self._submit(self.values())
        except ValidationFailed as failed:
            self.errors.show(failed.errors)
            return
        self.errors.clear()
        super().accept()


class FramedFormDialog(QDialog):
    """Save / Cancel under a form; on a refusal the messages go in one line under the form, each
    field at fault is framed in red, and the dialog stays open with what was typed."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.error = error_label(hidden=False)

    def lay_out(
        self,
        rows: Iterable[tuple[str, QWidget]],
        *,
        size: tuple[int, int],
        note: QWidget | None = None,
    ) -> None:
        """An optional note above the form's rows (label, field), the error line, the buttons."""
        form = QFormLayout()
        for text, widget in rows:
            form.addRow(text, widget)
        layout = QVBoxLayout(self)
        if note is not None:
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(save_buttons(self))
        self.resize(*size)

    def show_errors(self, errors: Mapping[str, str], fields: Mapping[str, QWidget]) -> None:
        show_errors(self.error, errors, fields)

    def save_or_show(self, save: Callable[[], T], fields: Mapping[str, QWidget]) -> T | None:
        """``save()`` and close; a ``ValidationFailed`` is shown instead and None returned."""
        try:
            saved = save()
        except ValidationFailed as failed:
            self.show_errors(failed.errors, fields)
            return None
        QDialog.accept(self)
        return saved
