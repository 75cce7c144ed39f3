"""Sorting in Russian alphabetical order (ё after е, case-insensitive)."""

from __future__ import annotations

from PySide6.QtCore import QCollator
from PySide6.QtCore import QLocale
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import QSortFilterProxyModel

Index = QModelIndex | QPersistentModelIndex


class RussianSortProxy(QSortFilterProxyModel):
    def __init__(self, sort_role: int, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._collator = QCollator(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
        self._collator.setNumericMode(True)
        self._collator.setCaseSensitivity(self._collator.caseSensitivity().CaseInsensitive)
        self.setSortRole(sort_role)

    def lessThan(self, left: Index, right: Index) -> bool:
        a = left.data(self.sortRole())
        b = right.data(self.sortRole())
        if isinstance(a, str) and isinstance(b, str):
            return self._collator.compare(a, b) < 0
        return bool(a < b)
