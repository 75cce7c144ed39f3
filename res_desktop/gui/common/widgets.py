"""Small widget shapes the pages share."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLayout
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QTextEdit
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.labelled import LabelledEnum


def button(text: str, clicked: Callable[[], object]) -> QPushButton:
    """A push button that calls ``clicked`` when pressed."""
    widget = QPushButton(text)
    widget.clicked.connect(clicked)
    return widget


def buddy_label(text: str, widget: QWidget) -> QLabel:
    """A label whose Alt-letter moves the focus to ``widget``."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def widget_row(*parts: QWidget | tuple[str, QWidget]) -> QHBoxLayout:
    """Widgets left to right, a (label text, field) pair as a buddy label and its field; the
    spare width after them."""
    row = QHBoxLayout()
    for part in parts:
        if isinstance(part, tuple):
            text, widget = part
            row.addWidget(buddy_label(text, widget))
            row.addWidget(widget)
        else:
            row.addWidget(part)
    row.addStretch(1)
    return row


def wrapped_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


Part = QWidget | QLayout | tuple[QWidget, int]


def stack(layout: QVBoxLayout, *parts: Part) -> QVBoxLayout:
    """``parts`` added top to bottom; a (widget, stretch) pair takes the spare height."""
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        elif isinstance(part, tuple):
            layout.addWidget(*part)
        else:
            layout.addWidget(part)
    return layout


def pane(*parts: Part) -> QWidget:
    """A margin-less widget holding ``parts`` top to bottom (a splitter's pane)."""
    widget = QWidget()
    stack(QVBoxLayout(widget), *parts).setContentsMargins(0, 0, 0, 0)
    return widget


def splitter(
    orientation: Qt.Orientation, *panes: tuple[QWidget, int], sizes: list[int] | None = None
) -> QSplitter:
    """The (pane, stretch factor) pairs left to right or top to bottom, ``sizes`` at first."""
    split = QSplitter(orientation)
    for number, (widget, stretch) in enumerate(panes):
        split.addWidget(widget)
        split.setStretchFactor(number, stretch)
    if sizes is not None:
        split.setSizes(sizes)
    return split


def label_combo(values: Iterable[LabelledEnum]) -> QComboBox:
    """A combo box of the values' Russian labels, each value as its item's data."""
    combo = QComboBox()
    for value in values:
        combo.addItem(value.label, value)
    return combo


def tab_moves_on(root: QWidget) -> None:
    """Tab goes to the next control everywhere under ``root``: tables keep the arrows for their
    cells, text areas keep typing, but neither holds Tab (a keyboard user would be stuck)."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for edit in root.findChildren(QPlainTextEdit):
        edit.setTabChangesFocus(True)
    for rich in root.findChildren(QTextEdit):
        rich.setTabChangesFocus(True)
