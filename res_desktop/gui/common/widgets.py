"""Small widget shapes the pages share."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


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
