"""Form rows with a Russian error line under each field, and a dialog that keeps bad input.

The dialog hands its values to a ``submit`` callable (a service call); a
``ValidationFailed`` shows each message under its field and the dialog stays open. Every form
dialog asks before typed data is thrown away, drops a field's error once the field is changed,
and refuses a typed date that does not exist.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Mapping
from functools import partial
from typing import Any
from typing import TypeVar

from PySide6.QtCore import QAbstractListModel
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QAbstractSpinBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDateTimeEdit
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QDoubleSpinBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QTextEdit
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.gui.common import texts
from res_desktop.gui.common.date_fields import DateEdit
from res_desktop.gui.common.window_geometry import fit_to_screen
from res_desktop.services.common.results import ValidationFailed

GENERAL = "_general"
T = TypeVar("T")
W = TypeVar("W", bound=QWidget)


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


Button = QMessageBox.StandardButton
_INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractButton,
    QAbstractItemView,
)


def ask_unsaved(parent: QWidget) -> Button:
    """«Сохранить / Не сохранять / Отмена» before typed data is thrown away."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Несохранённые изменения",
        "Введённые данные не сохранены. Сохранить их?",
        Button.Save | Button.Discard | Button.Cancel,
        parent,
    )
    box.button(Button.Save).setText("&Сохранить")
    box.button(Button.Discard).setText("&Не сохранять")
    box.button(Button.Cancel).setText("О&тмена")
    box.setDefaultButton(Button.Save)
    return Button(box.exec())


def _model_state(view: QAbstractItemView) -> object:
    model, top = view.model(), QModelIndex()
    if model is None:
        return None
    # A list model hides columnCount: it has the one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
    cells = (
        model.index(row, column, top)
        for row in range(model.rowCount(top))
        for column in range(columns)
    )
    return [(model.data(c), model.data(c, Qt.ItemDataRole.CheckStateRole)) for c in cells]


def widget_state(widget: QWidget) -> object:
    """What the user can change in one input widget, comparable with ``==``."""
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QAbstractItemView):
        return _model_state(widget)
    return None


# The signal each kind of input sends when the user changes it, the first kind that fits.
_EDITED: tuple[tuple[type[QWidget], tuple[str, ...]], ...] = (
    (QLineEdit, ("textEdited",)),
    (QPlainTextEdit, ("textChanged",)),
    (QTextEdit, ("textChanged",)),
    (QComboBox, ("activated", "editTextChanged")),
    (QDateTimeEdit, ("dateTimeChanged",)),
    (QSpinBox, ("valueChanged",)),
    (QDoubleSpinBox, ("valueChanged",)),
    (QAbstractButton, ("toggled",)),
)


def on_edit(widget: QWidget, slot: Callable[[], None]) -> None:
    """``slot()`` whenever the user changes ``widget`` or an input inside it."""

    def changed(*_: object) -> None:
        slot()

    for part in (widget, *widget.findChildren(QWidget)):
        if isinstance(part, QAbstractItemView) and part.model() is not None:
            part.model().dataChanged.connect(changed)
            continue
        kind = next((names for kind, names in _EDITED if isinstance(part, kind)), ())
        for name in kind:
            getattr(part, name).connect(changed)


def _row_name(text: str) -> str:
    return text.replace("&", "").rstrip(":").strip()


class FormDialog(QDialog):
    """What every form dialog shares. Esc, «Отмена» and the window's close button all go
    through ``reject``: when the form's values differ from those it opened with, the user is
    asked «Сохранить / Не сохранять / Отмена» first. ``ask_unsaved`` is replaced in tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ask_unsaved: Callable[[QWidget], Button] = ask_unsaved
        self._opened_with: list[object] | None = None
        self._named_rows: list[tuple[str, QWidget]] = []

    def kept_apart(self) -> tuple[QWidget, ...]:
        """Widgets whose changes are saved on their own (not part of the form's values)."""
        return ()

    def form_state(self) -> list[object]:
        apart = self.kept_apart()
        return [
            widget_state(widget)
            for widget in self.findChildren(QWidget)
            if isinstance(widget, _INPUTS)
            and not isinstance(widget.window(), QMessageBox)
            and not any(widget is a or a.isAncestorOf(widget) for a in apart)
        ]

    def mark_clean(self) -> None:
        """The values the form counts as unchanged: those it shows now."""
        self._opened_with = self.form_state()

    def is_dirty(self) -> bool:
        return self._opened_with is not None and self.form_state() != self._opened_with

    def showEvent(self, event: QShowEvent) -> None:
        if self._opened_with is None:
            self.mark_clean()
            fit_to_screen(self)  # a tall form on a 1024×640 screen keeps its buttons on it
        super().showEvent(event)

    def reject(self) -> None:
        if self.is_dirty():
            answer = self.ask_unsaved(self)
            if answer == Button.Save:
                self.accept()  # closes only once the values are saved
                return
            if answer != Button.Discard:
                return
        super().reject()

    def name_rows(self, rows: Iterable[tuple[str, QWidget]]) -> None:
        """Remember each field's row label: a refused date is named by it."""
        self._named_rows.extend(rows)

    def refused_dates(self) -> dict[QWidget, str]:
        """Each row whose typed date does not exist (31.02.2026), with a Russian message."""
        refused: dict[QWidget, str] = {}
        for text, widget in self._named_rows:
            for edit in (widget, *widget.findChildren(DateEdit)):
                if isinstance(edit, DateEdit) and edit.isEnabled() and edit.impossible:
                    refused[widget] = (
                        f"«{_row_name(text) or 'Дата'}»: даты {edit.impossible} нет в календаре "
                        "— исправьте день или месяц."
                    )
        return refused


class FieldErrors:
    """Error lines placed under form fields, keyed by the service's field names."""

    def __init__(self, form: QFormLayout, general: QLabel) -> None:
        self._form = form
        self._labels: dict[str, QLabel] = {GENERAL: general}
        self.rows: list[tuple[str, QWidget]] = []
        self._fields: dict[QWidget, str] = {}

    def field_of(self, widget: QWidget) -> str:
        return self._fields.get(widget, GENERAL)

    def add_row(self, text: str, widget: QWidget, field: str) -> None:
        self._form.addRow(text, widget)
        label = error_label()
        self._form.addRow("", label)
        self._form.setRowVisible(label, False)
        self._labels[field] = label
        self.rows.append((text, widget))
        self._fields[widget] = field
        on_edit(widget, lambda: self._hide(label))

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
            self._hide(label)

    def _hide(self, label: QLabel) -> None:
        label.clear()
        if self._form.indexOf(label) >= 0:
            self._form.setRowVisible(label, False)
        label.hide()

    def text(self) -> str:
        return "\n".join(lb.text() for lb in self._labels.values() if lb.text())


class SubmitDialog(FormDialog):
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

    def field(self, text: str, widget: W, key: str) -> W:
        """``widget`` as the form's next row, labelled ``text``, the service's errors for
        ``key`` under it; returned to be kept."""
        self.errors.add_row(text, widget, key)
        return widget

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
        self.name_rows(self.errors.rows)
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
        refused = self.refused_dates()
        if refused:
            self.errors.show({self.errors.field_of(w): m for w, m in refused.items()})
            return
        try:
            self.result_value = self._submit(self.values())
        except ValidationFailed as failed:
            self.errors.show(failed.errors)
            return
        self.errors.clear()
        super().accept()


class FramedErrors:
    """Messages in one line under a form and a red frame on each field at fault; a field's
    frame and message go as soon as the field is changed."""

    def __init__(self, label: QLabel) -> None:
        self.label = label
        self._shown: dict[str, str] = {}
        self._fields: dict[str, QWidget] = {}
        self._watched: set[tuple[str, int]] = set()

    def show(self, errors: Mapping[str, str], fields: Mapping[str, QWidget]) -> None:
        self._shown, self._fields = dict(errors), dict(fields)
        for name, widget in fields.items():
            widget.setStyleSheet(ERROR_STYLE if name in errors else "")
            if name in errors and (name, id(widget)) not in self._watched:
                self._watched.add((name, id(widget)))
                on_edit(widget, partial(self.fixed, name))
        self.label.setText("\n".join(self._shown.values()))

    def refuse(self, refused: Mapping[QWidget, str]) -> bool:
        """Shows the fields' messages and frames; True when there was anything to refuse."""
        keys = {f"field {id(widget)}": widget for widget in refused}
        if keys:
            self.show({key: refused[widget] for key, widget in keys.items()}, keys)
        return bool(keys)

    def fixed(self, name: str) -> None:
        """The user changed the field: its frame and message go (the next save checks again)."""
        if self._shown.pop(name, None) is not None:
            self._fields[name].setStyleSheet("")
            self.label.setText("\n".join(self._shown.values()))


class FramedFormDialog(FormDialog):
    """Save / Cancel under a form; on a refusal the messages go in one line under the form, each
    field at fault is framed in red, and the dialog stays open with what was typed."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.error = error_label(hidden=False)
        self.frames = FramedErrors(self.error)
        self._rows: list[tuple[str, QWidget]] = []

    def row(self, text: str, widget: W) -> W:
        """``widget`` as the form's next row, labelled ``text``; returned to be kept."""
        self._rows.append((text, widget))
        return widget

    def lay_out(
        self,
        rows: Iterable[tuple[str, QWidget]] = (),
        *,
        size: tuple[int, int],
        note: QWidget | None = None,
    ) -> None:
        """An optional note above the form's rows (label, field; by default those declared by
        ``row``), the error line, the buttons."""
        rows = list(rows) or self._rows
        self.name_rows(rows)
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
        self.frames.show(errors, fields)

    def dates_refused(self) -> bool:
        return self.frames.refuse(self.refused_dates())

    def accept(self) -> None:
        if not self.dates_refused():
            super().accept()

    def accept_checked(self, errors: Mapping[str, str], fields: Mapping[str, QWidget]) -> None:
        """Closes with the values when ``errors`` (a domain check's) is empty, else shows it."""
        if errors:
            self.show_errors(errors, fields)
        else:
            FramedFormDialog.accept(self)  # not the subclass's accept, which called this

    def save_or_show(self, save: Callable[[], T], fields: Mapping[str, QWidget]) -> T | None:
        """``save()`` and close; a ``ValidationFailed`` is shown instead and None returned."""
        if self.dates_refused():
            return None
        try:
            saved = save()
        except ValidationFailed as failed:
            self.show_errors(failed.errors, fields)
            return None
        QDialog.accept(self)
        return saved
