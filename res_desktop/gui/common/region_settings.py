"""«Параметры региона»: the profile, editable after the first start, and the funding marks."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.catalogue import Catalogue
from res_desktop.domain.common.catalogue import Funding
from res_desktop.gui.common import texts
from res_desktop.gui.common.region_form import RegionForm
from res_desktop.services.common.region import StartYearChange
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.user_data import journal_name as stored_journal_name
from res_desktop.services.common.user_data import save_journal_name
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.common.workspace import all_regions
from res_desktop.storage.common.errors import StorageError

FUNDING_NOTE = (
    "В тексте Стандарта признак финансирования инструментов дан изображениями, которые не "
    "сохранились; укажите его для своего региона. Признак показывается в чек-листе инструмента."
)

JOURNAL_NAME_KEY = "audit/user_name"


LEFT_OUT_WORDS = {
    "item_state": "состояния пунктов чек-листов",
    "meeting": "заседания Экспортного совета",
    "activity": "мероприятия",
}


def start_year_text(change: StartYearChange) -> str:
    """What the user is asked before the start year moves: the plan's years, the records."""
    lines = [f"Год начала внедрения Стандарта меняется с {change.old} на {change.new}.", ""]
    lines.append("Годы внедрения в плане-графике сдвигаются:")
    last = len(change.plan_years)
    for number, old, new in change.plan_years:
        later = " и последующие" if number == last else ""
        lines.append(f"• {number}-й год{later}: {old} → {new}")
    lines.append(
        "По новым годам считаются требования каждого года внедрения (число заседаний Совета, "
        "пункты чек-листов этого года)."
    )
    lines.append("")
    if change.left_out:
        years = (
            f"{change.old} г."
            if change.new - 1 == change.old
            else f"{change.old}–{change.new - 1} гг."
        )
        counted = "; ".join(f"{LEFT_OUT_WORDS[k]} — {n}" for k, n in change.left_out.items())
        lines.append(f"Записи за {years} окажутся до начала внедрения: {counted}.")
        lines.append("Они не удаляются и остаются в базе без изменений.")
    else:
        lines.append("Записей, которые окажутся до начала внедрения, нет.")
    lines += ["", "Изменить год начала внедрения?"]
    return "\n".join(lines)


def ask_start_year(parent: QWidget, change: StartYearChange) -> bool:
    answer = QMessageBox.question(
        parent,
        "Изменение года начала внедрения",
        start_year_text(change),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def journal_name() -> str:
    """The name this system account signs the history of changes with (set in the dialog),
    kept where the command line reads it too; an earlier release's QSettings value moves there."""
    name = stored_journal_name()
    legacy = str(QSettings().value(JOURNAL_NAME_KEY, "") or "")
    if legacy and not name:
        try:
            name = save_journal_name(legacy)
        except StorageError:
            return legacy
    if legacy:
        QSettings().remove(JOURNAL_NAME_KEY)
    return name


class FundingMarks(QWidget):
    """One combo per instrument of the Standard: does it need regional budget money."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combos: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        note = QLabel(FUNDING_NOTE)
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        for instrument in catalogue:
            combo = QComboBox()
            for funding in Funding:
                combo.addItem(funding.label, funding)
            combo.setCurrentIndex(combo.findData(instrument.funding))
            label = QLabel(f"{instrument.label}. {instrument.short_title}:")
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.combos[instrument.code] = combo
        layout.addLayout(form)
        layout.addStretch(1)

    def marks(self) -> dict[str, Funding]:
        return {code: Funding(combo.currentData()) for code, combo in self.combos.items()}


class RegionSettingsDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.ask_start_year = ask_start_year  # replaced in tests
        self.setWindowTitle(f"Параметры региона — {texts.APP_TITLE}")
        self.form = RegionForm(all_regions(), ws.today())
        profile = ws.region.profile()
        if profile:
            self.form.set_profile(profile)
        self.funding = FundingMarks(ws.catalogue)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.funding)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, "&Регион")
        self.tabs.addTab(scroll, "Финансирование &инструментов")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.journal_name = QLineEdit(journal_name())
        self.journal_name.setPlaceholderText("например, Иванова М. С.")
        self.journal_name.setToolTip(
            "Под этим именем ваши изменения записываются в журнал изменений (вместе с именем "
            "учётной записи компьютера). Хранится для вашей учётной записи, а не в базе."
        )
        name_row = QFormLayout()
        name_label = QLabel("&Имя для журнала изменений:")
        name_label.setBuddy(self.journal_name)
        name_row.addRow(name_label, self.journal_name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(name_row)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """A new start year moves the plan's years: the user is told what changes first;
        «Нет» puts the old year back in the form and saves nothing."""
        profile = self.form.profile()
        change = self._ws.region.start_year_change(profile.start_year)
        if change is not None and not self.ask_start_year(self, change):
            self.form.ui.startYearSpin.setValue(change.old)
            return
        try:
            self._ws.region.save(profile, demo=self._ws.region.is_demo())
            self._ws.region.save_funding_marks(self.funding.marks())
        except ValidationFailed as error:
            self.tabs.setCurrentWidget(self.form)
            self.form.show_errors(error.errors)
            return
        try:
            name = save_journal_name(self.journal_name.text())
        except StorageError as error:
            QMessageBox.warning(self, self.windowTitle(), error.message)
            return
        self._ws.audit.user_name = name
        super().accept()
