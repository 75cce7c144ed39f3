"""Enter a Table-1 indicator's plan, hand-entered actual and 2020 base for a year."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QWidget

from res_desktop.domain.records.indicators import IndicatorValue
from res_desktop.domain.records.indicators import Measure
from res_desktop.gui.common.form_dialog import SubmitDialog
from res_desktop.gui.common.number_edit import NumberEdit
from res_desktop.gui.records.dialogs import read_numbers
from res_desktop.services.common.results import ValidationFailed

# (kind, value or None) -> None; raises ValidationFailed keyed by the service's fields.
SetValue = Callable[[str, float | None], None]


class IndicatorDialog(SubmitDialog):
    """Only fields the user changed are saved; an emptied field clears the hand value."""

    def __init__(
        self, set_value: SetValue, *, row: IndicatorValue, parent: QWidget | None = None
    ) -> None:
        super().__init__(self._save, parent)
        self._set_value = set_value
        self.saved = False
        ind = row.indicator
        self.setWindowTitle(f"Показатель {ind.number}: значения за {row.year} г.")
        share = ind.measure is Measure.SHARE
        raw_unit = ind.unit if share else ind.raw_unit
        actual = row.raw if row.raw_source == "manual" else None
        base = row.base if row.base_source == "manual" else None
        self.edits = {
            "plan": NumberEdit(row.plan, "не задан"),
            "actual": NumberEdit(actual, "не введено"),
            "base": NumberEdit(base, "не введено"),
        }
        self._initial = {kind: edit.text() for kind, edit in self.edits.items()}
        heading = QLabel(f"<b>{ind.title}</b>")
        heading.setWordWrap(True)
        self.errors.add_row(f"&План на {row.year} г., {ind.unit}:", self.edits["plan"], "plan")
        self.errors.add_row(f"&Факт {row.year} г. вручную, {raw_unit}:", self.edits["actual"],
                            "actual")  # fmt: skip
        self.errors.add_row(f"&База 2020 г., {raw_unit}:", self.edits["base"], "base")
        self.edits["base"].setEnabled(not share)
        notes = []
        if row.raw_source == "registry":
            notes.append("Факт за год рассчитан по реестру экспортёров; значение, введённое "
                         "вручную, применяется, только когда в реестре нет данных.")  # fmt: skip
        if share:
            notes.append("Для долей базовое значение 2020 года не вводится.")
        self.note = QLabel(" ".join(notes))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.lay_out(width=620, above=[heading], below=[self.note])

    def values(self) -> dict[str, float | None]:
        changed = {k: e for k, e in self.edits.items() if e.text() != self._initial[k]}
        return read_numbers(changed)

    def _save(self, values: dict[str, float | None]) -> dict[str, float | None]:
        for kind, value in values.items():
            try:
                self._set_value(kind, value)
            except ValidationFailed as failed:
                raise ValidationFailed({kind: " ".join(failed.errors.values())}) from failed
            self._initial[kind] = self.edits[kind].text()
            self.saved = True
        return values
