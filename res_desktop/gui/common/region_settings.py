"""«Параметры региона»: the profile, editable after the first start."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from res_desktop.gui.common import texts
from res_desktop.gui.common.region_form import RegionForm
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace, all_regions


class RegionSettingsDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.setWindowTitle(f"Параметры региона — {texts.APP_TITLE}")
        self.form = RegionForm(all_regions(), ws.today())
        profile = ws.region.profile()
        if profile:
            self.form.set_profile(profile)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self._ws.region.save(self.form.profile(), demo=self._ws.region.is_demo())
        except ValidationFailed as error:
            self.form.show_errors(error.errors)
            return
        super().accept()
