"""Block IV: record that the region's own instrument was described and offered to РЭЦ."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QWidget

from res_desktop.domain.checklist.own_offer import OwnOffer
from res_desktop.gui.common.date_fields import date_edit
from res_desktop.gui.common.date_fields import from_qdate
from res_desktop.gui.common.form_dialog import FramedFormDialog
from res_desktop.gui.common.widgets import wrapped_label
from res_desktop.services.common.workspace import Workspace


class OwnOfferDialog(FramedFormDialog):
    """Description date, letter date and number; a stored offer is shown to be corrected."""

    def __init__(self, ws: Workspace, code: str, parent: QWidget | None = None) -> None:
        super().__init__("Предложение инструмента РЭЦ к масштабированию", parent)
        self._ws = ws
        self._code = code
        self.saved: OwnOffer | None = None
        stored = ws.own_offers.offer(code)
        today = ws.today()
        self.described = self.row("", QCheckBox("Инструмент &описан"))
        self.described.setChecked(stored is None or stored.described_on is not None)
        self.described_on = self.row(
            "Дата &описания:", date_edit((stored.described_on if stored else None) or today)
        )
        self.described.toggled.connect(self.described_on.setEnabled)
        self.described_on.setEnabled(self.described.isChecked())
        self.offered_on = self.row(
            "Дата &письма в РЭЦ:", date_edit(stored.offered_on if stored else today)
        )
        self.number = self.row(
            "&Исходящий номер:", QLineEdit(stored.letter_number if stored else "")
        )
        self.number.setPlaceholderText("Например: 01-08/912")
        note = wrapped_label(
            "«При наличии дополнительного инструмента … и успешного опыта его внедрения "
            "субъект Российской Федерации описывает данный инструмент и предлагает его РЭЦ "
            "к масштабированию на другие субъекты Российской Федерации.»"
        )
        self.lay_out(size=(560, 300), note=note)

    def accept(self) -> None:
        fields = {"described_on": self.described_on, "offered_on": self.offered_on,
                  "letter_number": self.number}  # fmt: skip
        described = from_qdate(self.described_on.date()) if self.described.isChecked() else None
        self.saved = self.save_or_show(
            lambda: self._ws.own_offers.save_offer(
                offer=OwnOffer(
                    code=self._code,
                    offered_on=from_qdate(self.offered_on.date()),
                    letter_number=self.number.text(),
                    described_on=described,
                )
            ),
            fields,
        )
