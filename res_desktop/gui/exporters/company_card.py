"""«Карточка организации»: every field of a registry company, checked before it is saved.

Bad input keeps the card open with each Russian message under its field; the tab holding
the first error is brought forward, and nothing typed is lost.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.exporters.model import Company
from res_desktop.domain.exporters.model import ExporterStatus
from res_desktop.domain.exporters.model import ExportStage
from res_desktop.domain.exporters.model import SmeCategory
from res_desktop.gui.common.date_fields import OptionalDate
from res_desktop.gui.common.form_dialog import FormDialog
from res_desktop.gui.common.form_dialog import error_label
from res_desktop.gui.common.form_dialog import on_edit
from res_desktop.gui.common.history_dialog import HistoryDialog
from res_desktop.gui.common.history_dialog import open_history
from res_desktop.gui.exporters.card_tabs import NeedsTab
from res_desktop.gui.exporters.card_tabs import ProductsTab
from res_desktop.gui.exporters.card_tabs import SourcesTab
from res_desktop.gui.exporters.card_tabs import VolumesTab
from res_desktop.gui.exporters.card_tabs import form_row
from res_desktop.gui.exporters.merge_history import MergeHistoryTab
from res_desktop.gui.exporters.support_dialog import SupportTab
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace

_MAIN_FIELDS = (
    ("inn", "&ИНН:"),
    ("ogrn", "&ОГРН / ОГРНИП:"),
    ("full_name", "&Полное наименование:"),
    ("short_name", "&Краткое наименование:"),
    ("sme_category", "Категория &МСП:"),
    ("municipality", "Муниципальное о&бразование:"),
    ("okved", "Основной код ОК&ВЭД:"),
    ("industry", "О&трасль:"),
    ("status", "Стат&ус:"),
    ("export_stage", "Стадия &экспорта:"),
    ("contact_person", "Контактное &лицо:"),
    ("contact_phone", "Т&елефон:"),
    ("contact_email", "Эл. по&чта:"),
    ("last_checked", "&Дата проверки:"),
    ("notes", "Примечани&я:"),
)


def _choice(items: list[tuple[str, object]], editable: bool = False) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(editable)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _stage(value: object) -> ExportStage | None:
    """Qt hands enum members back as plain strings."""
    return ExportStage(str(value)) if value else None


class CompanyCard(FormDialog):
    def __init__(
        self, ws: Workspace, company_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self.company_id = CompanyId(company_id) if company_id is not None else None
        self.saved_any = False
        self.setWindowTitle("Карточка организации")
        self.widgets = self._main_widgets(ws)
        self.products = ProductsTab()
        self.volumes = VolumesTab()
        self.needs = NeedsTab()
        self.sources = SourcesTab(ws.today())
        self.support = SupportTab(ws)
        self.support.load(company_id)
        self.history = MergeHistoryTab(ws)
        self.history.load(company_id)
        self.history.undone.connect(self._merge_undone)
        self.errors: dict[str, QLabel] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._main_tab(), "Основное")
        self.tabs.addTab(self.products, "Продукция и страны")
        self.tabs.addTab(self.volumes, "Объёмы экспорта")
        self.tabs.addTab(self.needs, "Потребности и барьеры")
        self.tabs.addTab(self.sources, "Источники")
        self.tabs.addTab(self.support, "Поддержка")
        self.tabs.addTab(self.history, "История объединений")
        self.errors.update(
            products=self.products.products_error,
            countries=self.products.countries_error,
            export_volume=self.volumes.error,
            sources=self.sources.error,
        )
        self.general_error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("&Сохранить")
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText("&Закрыть")
        self.history_button = self.buttons.addButton(
            "История изменени&й…", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.history_button.clicked.connect(self.show_history)
        self.history_button.setEnabled(company_id is not None)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.resize(760, 640)
        self.today = ws.today()
        if company_id is not None:
            self.load(ws.exporters.company(company_id))
        else:
            self.load(Company(inn="", full_name=""))  # the defaults: потенциальный, нет данных

    def show_history(self) -> HistoryDialog | None:
        """The company's history: its card, products, volumes, support, imports."""
        if self.company_id is None:
            return None
        record = self._ws.history.record_filter("company", self.company_id)
        name = self.widgets["full_name"]
        title = name.text() if isinstance(name, QLineEdit) else ""
        return open_history(self._ws, self, record, f"История изменений: {title}")

    def _main_widgets(self, ws: Workspace) -> dict[str, QWidget]:
        values = ws.exporters.filter_values()
        stages: list[tuple[str, object]] = [("не указана", None)]
        stages += [(s.label, s) for s in ExportStage]
        notes = QPlainTextEdit()
        notes.setMaximumHeight(70)
        return {
            "inn": QLineEdit(),
            "ogrn": QLineEdit(),
            "full_name": QLineEdit(),
            "short_name": QLineEdit(),
            "sme_category": _choice([(s.label, s) for s in SmeCategory]),
            "municipality": _choice([(m, m) for m in values.municipalities], editable=True),
            "okved": QLineEdit(),
            "industry": _choice([(i, i) for i in ("", *values.industries)], editable=True),
            "status": _choice([(s.label, s) for s in ExporterStatus]),
            "export_stage": _choice(stages),
            "contact_person": QLineEdit(),
            "contact_phone": QLineEdit(),
            "contact_email": QLineEdit(),
            "last_checked": OptionalDate("прове&рена"),
            "notes": notes,
        }

    def _main_tab(self) -> QWidget:
        tab = QWidget()
        self.form = QFormLayout(tab)
        for field, text in _MAIN_FIELDS:
            self.errors[field] = form_row(self.form, text, self.widgets[field])
            self.form.setRowVisible(self.errors[field], False)
            on_edit(self.widgets[field], partial(self._fixed, field))
        self.name_rows((text, self.widgets[field]) for field, text in _MAIN_FIELDS)
        self.widgets["inn"].setPlaceholderText("10 цифр — организация, 12 — ИП")  # type: ignore[attr-defined]
        self.widgets["okved"].setPlaceholderText("например, 16.10")  # type: ignore[attr-defined]
        return tab

    # -- values ------------------------------------------------------------------------
    def load(self, company: Company) -> None:
        w = self.widgets
        for field in ("inn", "ogrn", "full_name", "short_name", "okved", "contact_person"):
            w[field].setText(getattr(company, field))  # type: ignore[attr-defined]
        w["contact_phone"].setText(company.contact_phone)  # type: ignore[attr-defined]
        w["contact_email"].setText(company.contact_email)  # type: ignore[attr-defined]
        w["notes"].setPlainText(company.notes)  # type: ignore[attr-defined]
        for field in ("sme_category", "status", "export_stage"):
            combo: QComboBox = w[field]  # type: ignore[assignment]
            combo.setCurrentIndex(max(combo.findData(getattr(company, field)), 0))
        for field in ("municipality", "industry"):
            w[field].setCurrentText(getattr(company, field))  # type: ignore[attr-defined]
        w["last_checked"].set_value(company.last_checked, self.today)  # type: ignore[attr-defined]
        self.products.load(company.products, company.countries)
        self.volumes.load(company.export_volume)
        self.needs.load(company.needs, company.barriers)
        self.needs.needs_text.setPlainText(company.needs_text)
        self.needs.barriers_text.setPlainText(company.barriers_text)
        self.sources.load(company.sources)

    def company(self) -> Company:
        """The card as a company; a volume that is not a number raises ValidationFailed."""
        w = self.widgets
        volumes, volume_error = self.volumes.values()
        if volume_error:
            raise ValidationFailed({"export_volume": volume_error})
        text = {f: w[f].text() for f in ("inn", "ogrn", "full_name", "short_name", "okved")}  # type: ignore[attr-defined]
        return Company(
            id=self.company_id,
            **text,
            sme_category=SmeCategory(w["sme_category"].currentData()),  # type: ignore[attr-defined]
            municipality=w["municipality"].currentText(),  # type: ignore[attr-defined]
            industry=w["industry"].currentText(),  # type: ignore[attr-defined]
            status=ExporterStatus(w["status"].currentData()),  # type: ignore[attr-defined]
            export_stage=_stage(w["export_stage"].currentData()),  # type: ignore[attr-defined]
            products=self.products.product_values(),
            countries=self.products.country_codes(),
            export_volume=volumes,
            needs=tuple(n for n, box in self.needs.needs.items() if box.isChecked()),
            needs_text=self.needs.needs_text.toPlainText(),
            barriers=tuple(b for b, box in self.needs.barriers.items() if box.isChecked()),
            barriers_text=self.needs.barriers_text.toPlainText(),
            sources=self.sources.values(),
            contact_person=w["contact_person"].text(),  # type: ignore[attr-defined]
            contact_phone=w["contact_phone"].text(),  # type: ignore[attr-defined]
            contact_email=w["contact_email"].text(),  # type: ignore[attr-defined]
            notes=w["notes"].toPlainText(),  # type: ignore[attr-defined]
            last_checked=w["last_checked"].value(),  # type: ignore[attr-defined]
        )

    # -- saving ------------------------------------------------------------------------
    def kept_apart(self) -> tuple[QWidget, ...]:
        return (self.support,)  # support records are saved as they are added

    def _fixed(self, field: str) -> None:
        """The user changed the field: its message goes (the next save checks again)."""
        label = self.errors[field]
        label.clear()
        label.hide()
        self.form.setRowVisible(label, False)

    def accept(self) -> None:
        refused = self.refused_dates()
        if refused:
            field = {w: f for f, w in self.widgets.items()}
            self.show_errors({field[w]: message for w, message in refused.items()})
            return
        try:
            saved = self._ws.exporters.save_company(company=self.company())
        except ValidationFailed as failed:
            self.show_errors(failed.errors)
            return
        self.company_id = saved.id
        self.saved_any = True
        self.show_errors({})
        super().accept()

    def _merge_undone(self, kept: Company) -> None:
        """The card shows the record as it was before the merge; the registry re-reads."""
        self.saved_any = True
        self.load(kept)
        self.support.load(self.company_id)

    def reject(self) -> None:
        self.saved_any = self.saved_any or self.support.changed_any
        super().reject()

    def show_errors(self, errors: dict[str, str]) -> None:
        for field, label in self.errors.items():
            label.setText(errors.get(field, ""))
            label.setVisible(field in errors)
            if self.form.indexOf(label) >= 0:
                self.form.setRowVisible(label, field in errors)
        general = [m for f, m in errors.items() if f not in self.errors]
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        if errors:
            self.general_error.setText(
                "\n".join([*general, "Карточка не сохранена: исправьте отмеченные поля."])
            )
            self.general_error.show()
            self._show_first_error_tab(errors)

    def _show_first_error_tab(self, errors: dict[str, str]) -> None:
        pages = {"products": 1, "countries": 1, "export_volume": 2, "sources": 4}
        if any(field in self.errors and field not in pages for field in errors):
            self.tabs.setCurrentIndex(0)
        else:
            self.tabs.setCurrentIndex(min(pages.get(f, 0) for f in errors))

    def error_text(self) -> str:
        shown = [label.text() for label in (*self.errors.values(), self.general_error)]
        return "\n".join(t for t in shown if t)
