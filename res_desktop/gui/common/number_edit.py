"""A line edit for a figure typed in Russian: shown exactly as stored, read by the one parser.

A spin box rounds to its decimals and clips at its maximum; this field keeps every digit the
user typed («12 345 678 901,25») and refuses ``inf``, ``nan`` and absurd magnitudes with
the parser's Russian message.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.russian import edit_text
from res_desktop.domain.common.russian import parse_number_or_none
from res_desktop.domain.common.russian import parse_whole_or_none


class NumberEdit(QLineEdit):
    def __init__(
        self,
        value: float | None = None,
        placeholder: str = "",
        *,
        whole: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.whole = whole
        self.setPlaceholderText(placeholder)
        self.set_value(value)

    def set_value(self, value: float | None) -> None:
        self.setText(edit_text(value))

    def value(self) -> float | None:
        """The figure, None when empty; raises ``NumberError`` (a Russian message)."""
        if self.whole:
            return parse_whole_or_none(self.text())
        return parse_number_or_none(self.text())
