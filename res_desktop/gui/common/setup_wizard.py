"""First start: the region, the coordinator body, the year the region began."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget
from PySide6.QtWidgets import QWizard
from PySide6.QtWidgets import QWizardPage

from res_desktop.gui.common import texts
from res_desktop.gui.common.region_form import RegionForm
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.common.workspace import all_regions

_WELCOME = (
    "Программа помогает РОИВ-координатору внедрять Региональный экспортный стандарт: "
    "вести чек-листы 15 инструментов, хранить подтверждающие документы, следить за "
    "планом-графиком и сроками отчётности.\n\n"
    "Укажите сведения о регионе. Их можно изменить позже в меню «Файл → Параметры региона»."
)


class _ProfilePage(QWizardPage):
    def __init__(self, ws: Workspace, form: RegionForm) -> None:
        super().__init__()
        self._ws = ws
        self.form = form
        self.setTitle("Сведения о регионе")
        self.setSubTitle("Обязательны субъект, наименование РОИВ-координатора и год начала.")
        layout = QVBoxLayout(self)
        layout.addWidget(form)

    def validatePage(self) -> bool:
        try:
            self._ws.region.save(self.form.profile())
        except ValidationFailed as error:
            self.form.show_errors(error.errors)
            return False
        return True


class SetupWizard(QWizard):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{texts.APP_TITLE} — первоначальная настройка")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(680, 520)
        welcome = QWizardPage()
        welcome.setTitle("Добро пожаловать")
        label = QLabel(_WELCOME)
        label.setWordWrap(True)
        QVBoxLayout(welcome).addWidget(label)
        self.form = RegionForm(all_regions(), ws.today())
        self.profile_page = _ProfilePage(ws, self.form)
        self.addPage(welcome)
        self.addPage(self.profile_page)


def run_first_start(ws: Workspace, parent: QWidget | None = None) -> bool:
    return SetupWizard(ws, parent).exec() == QDialog.DialogCode.Accepted
