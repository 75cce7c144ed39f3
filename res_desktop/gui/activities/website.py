"""Instrument 14: the export section of the website as a checklist, social accounts, contest."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.activities.model import SocialAccount
from res_desktop.domain.activities.model import Website
from res_desktop.domain.activities.model import WebsiteTopic
from res_desktop.gui.common.date_fields import date_edit
from res_desktop.gui.common.date_fields import from_qdate
from res_desktop.gui.common.date_fields import to_qdate
from res_desktop.gui.common.form_dialog import error_label
from res_desktop.gui.common.headers import keep_last_header
from res_desktop.gui.common.widgets import widget_row
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace


class WebsiteTab(QWidget):
    """Edits the whole section record; ``saved`` is emitted after a successful save."""

    saved = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.updated_on = date_edit(ws.today())
        self.topics = {topic: QLineEdit() for topic in WebsiteTopic}
        self.accounts = QTableWidget(0, 2)
        self.accounts.setHorizontalHeaderLabels(["Социальная сеть", "Ссылка на аккаунт"])
        self.accounts.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.accounts.horizontalHeader().resizeSection(0, 130)
        self.accounts.verticalHeader().hide()
        keep_last_header(self.accounts)
        self.accounts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_account_button = QPushButton("Добавить &аккаунт")
        self.remove_account_button = QPushButton("Удалить акка&унт")
        self.add_account_button.clicked.connect(lambda: self.add_account("", ""))
        self.remove_account_button.clicked.connect(self._remove_account)
        self.save_button = QPushButton("Сохранить раздел са&йта")
        self.save_button.clicked.connect(self.save)
        self.error = error_label()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._layout()
        self.load(ws.activities.website())

    def _layout(self) -> None:
        head = QFormLayout()
        head.addRow("Адрес раздела по &экспорту:", self.url)
        head.addRow("Дата последнего &обновления:", self.updated_on)
        checklist = QGroupBox("Содержание раздела (ссылка на подраздел — материал размещён)")
        form = QFormLayout(checklist)
        for topic, edit in self.topics.items():
            edit.setPlaceholderText("не размещено")
            form.addRow(f"{topic.label}:", edit)
        social = QGroupBox("Аккаунты региона в социальных сетях")
        box = QVBoxLayout(social)
        box.addWidget(self.accounts)
        row = widget_row(self.add_account_button, self.remove_account_button)
        box.addLayout(row)
        columns = QHBoxLayout()
        columns.addWidget(checklist, 5)
        columns.addWidget(social, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

    def load(self, site: Website) -> None:
        self.url.setText(site.url)
        if site.updated_on is not None:
            self.updated_on.setDate(to_qdate(site.updated_on))
        for topic, edit in self.topics.items():
            edit.setText(site.topic_url(topic))
        self.accounts.setRowCount(0)
        for account in site.accounts:
            self.add_account(account.network, account.url)
        missing = site.missing()
        self.status.setText(
            f"Не размещено материалов: {len(missing)} из {len(WebsiteTopic)}."
            if missing
            else "Все рекомендованные материалы размещены."
        )

    def add_account(self, network: str, url: str) -> None:
        row = self.accounts.rowCount()
        self.accounts.insertRow(row)
        self.accounts.setItem(row, 0, QTableWidgetItem(network))
        self.accounts.setItem(row, 1, QTableWidgetItem(url))

    def _remove_account(self) -> None:
        row = self.accounts.currentRow()
        if row >= 0:
            self.accounts.removeRow(row)

    def website(self) -> Website:
        accounts = []
        for row in range(self.accounts.rowCount()):
            network, url = (self.accounts.item(row, c) for c in (0, 1))
            values = [(i.text() if i else "").strip() for i in (network, url)]
            if any(values):
                accounts.append(SocialAccount(values[0], values[1]))
        return Website(
            url=self.url.text().strip(),
            updated_on=from_qdate(self.updated_on.date()),
            topics=tuple((t, e.text().strip()) for t, e in self.topics.items() if e.text().strip()),
            accounts=tuple(accounts),
        )

    def save(self) -> bool:
        try:
            saved = self._ws.activities.save_website(website=self.website())
        except ValidationFailed as failed:
            self.error.setText("\n".join(failed.errors.values()))
            self.error.show()
            return False
        self.error.hide()
        self.load(saved)
        self.saved.emit()
        return True
