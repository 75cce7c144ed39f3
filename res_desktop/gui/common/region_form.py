"""The region profile form, shared by the first-start wizard and the settings dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.declension import initials_before
from res_desktop.domain.common.profile import RegionProfile
from res_desktop.domain.common.regions import Region
from res_desktop.gui.forms.ui_region_form import Ui_RegionForm


class RegionForm(QWidget):
    def __init__(self, regions: tuple[Region, ...], today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RegionForm()
        self.ui.setupUi(self)
        self._regions = list(regions)
        self._today = today
        combo = self.ui.regionCombo
        combo.addItem("", None)
        for region in regions:
            combo.addItem(f"{region.name} ({region.code})", region.code)
        combo.setCurrentIndex(0)
        completer = QCompleter([combo.itemText(i) for i in range(1, combo.count())], combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        combo.setCompleter(completer)
        line_edit = combo.lineEdit()
        assert line_edit is not None  # the combo is editable (region_form.ui)
        line_edit.setPlaceholderText("Начните вводить название региона")
        self.ui.startYearSpin.setMaximum(today.year + 1)
        self.ui.startYearSpin.setValue(today.year)
        self.ui.startYearSpin.valueChanged.connect(self._show_year_hint)
        self._show_year_hint()
        self.ui.headNameEdit.textChanged.connect(self._show_transcript)

    def _show_transcript(self) -> None:
        """The transcript made from the name, as a hint the user may overwrite."""
        self.ui.headSignatureEdit.setPlaceholderText(
            initials_before(self.ui.headNameEdit.text()) or "А.П. Громов"
        )

    def _show_year_hint(self) -> None:
        n = max(self._today.year - self.ui.startYearSpin.value() + 1, 1)
        self.ui.yearHint.setText(f"В {self._today.year} году — {n}-й год внедрения Стандарта.")

    def selected_region(self) -> Region | None:
        combo = self.ui.regionCombo
        index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
        code = combo.itemData(index) if index > 0 else None
        return next((r for r in self._regions if r.code == code), None)

    def select_region(self, code: str) -> None:
        index = self.ui.regionCombo.findData(code)
        self.ui.regionCombo.setCurrentIndex(max(index, 0))

    def profile(self) -> RegionProfile:
        region = self.selected_region()
        ui = self.ui
        return RegionProfile(
            region_code=region.code if region else "",
            region_name=region.name if region else "",
            federal_city=region.federal_city if region else False,
            coordinator_body=ui.bodyEdit.text().strip(),
            start_year=ui.startYearSpin.value(),
            low_export_potential=ui.lowPotentialCheck.isChecked(),
            export_centre_federal_funding=ui.federalCentreCheck.isChecked(),
            contact_person=ui.personEdit.text().strip(),
            phone=ui.phoneEdit.text().strip(),
            email=ui.emailEdit.text().strip(),
            address=ui.addressEdit.text().strip(),
            head_name=" ".join(ui.headNameEdit.text().split()),
            head_position=ui.headPositionEdit.text().strip(),
            head_signature=ui.headSignatureEdit.text().strip(),
        )

    def set_profile(self, profile: RegionProfile) -> None:
        """A region outside the list (the demo one) is added so the form round-trips."""
        ui = self.ui
        if ui.regionCombo.findData(profile.region_code) < 0:
            extra = Region(profile.region_code, profile.region_name, "", profile.federal_city)
            self._regions.append(extra)
            ui.regionCombo.addItem(f"{extra.name} ({extra.code})", extra.code)
        self.select_region(profile.region_code)
        ui.bodyEdit.setText(profile.coordinator_body)
        ui.startYearSpin.setValue(profile.start_year)
        ui.lowPotentialCheck.setChecked(profile.low_export_potential)
        ui.federalCentreCheck.setChecked(profile.export_centre_federal_funding)
        ui.personEdit.setText(profile.contact_person)
        ui.phoneEdit.setText(profile.phone)
        ui.emailEdit.setText(profile.email)
        ui.addressEdit.setText(profile.address)
        ui.headNameEdit.setText(profile.head_name)
        ui.headPositionEdit.setText(profile.head_position)
        ui.headSignatureEdit.setText(profile.head_signature)
        self._show_transcript()

    def show_errors(self, errors: dict[str, str]) -> None:
        self.ui.errorLabel.setText("\n".join(errors.values()))
        widgets = {
            "region": self.ui.regionCombo,
            "coordinator_body": self.ui.bodyEdit,
            "start_year": self.ui.startYearSpin,
            "email": self.ui.emailEdit,
        }
        for name, widget in widgets.items():
            widget.setStyleSheet("border: 1px solid #b3261e;" if name in errors else "")
        first = next((widgets[n] for n in errors if n in widgets), None)
        if first is not None:
            first.setFocus()
