"""Import a ministry's table into the exporter registry: preview, mapping, check, import."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.exporters import columns as col
from res_desktop.domain.exporters.import_repeats import RepeatChoice
from res_desktop.gui.common import texts
from res_desktop.gui.common.background import ProgressFn
from res_desktop.gui.common.background import run_on_own_connection
from res_desktop.gui.common.form_dialog import error_label
from res_desktop.gui.common.widgets import buddy_label
from res_desktop.gui.common.widgets import widget_row
from res_desktop.gui.common.widgets import wrapped_label
from res_desktop.gui.exporters.import_history import ImportHistoryDialog
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.exporters.import_plan import ImportPreview
from res_desktop.services.exporters.import_plan import detail_lines
from res_desktop.services.exporters.import_plan import report_lines
from res_desktop.services.exporters.importer import ImportCancelled
from res_desktop.services.exporters.importer import ImportPlan
from res_desktop.services.exporters.importer import ImportResult
from res_desktop.storage.exporters.files import HEAD_ROWS

__all__ = ["ImportDialog", "ImportHistoryDialog"]
NOT_IMPORTED = "— не загружать —"
FILE_FILTER = "Таблицы (*.csv *.xlsx *.xls *.ods *.txt);;Все файлы (*)"


class ImportDialog(QDialog):
    imported = Signal(int)  # the batch id

    def __init__(self, ws: Workspace, path: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._ws = ws
        self._path: Path | None = None
        self._preview: ImportPreview | None = None
        self._cancel = threading.Event()
        self._running = False
        self.setWindowTitle("Импорт организаций в реестр экспортёров")
        self._build()
        self.resize(980, 620)
        if path is not None:
            self.set_path(path)

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        self.path_edit = QLineEdit(readOnly=True)
        self.path_edit.setPlaceholderText("Выберите файл CSV, XLSX, XLS или ODS")
        self.choose_button = QPushButton("&Выбрать файл…")
        self.choose_button.clicked.connect(lambda: self.set_path(None))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        self.sheet = QComboBox()
        self.sheet.currentTextChanged.connect(self._sheet_changed)
        self.header_row = QSpinBox(minimum=1, maximum=HEAD_ROWS)
        self.header_row.editingFinished.connect(self._header_changed)
        self.details = QLabel()
        self.repeats = self._repeats_combo()
        form = QFormLayout()
        self.sheet.setMinimumWidth(240)
        self.sheet.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.header_row.setMaximumWidth(90)
        form.addRow("Файл:", file_row)
        form.addRow(buddy_label("&Лист:", self.sheet), widget_row(self.sheet))
        form.addRow(
            buddy_label("Строка &заголовков:", self.header_row), widget_row(self.header_row)
        )
        form.addRow("", self.details)
        form.addRow(buddy_label("Повторы И&НН в файле:", self.repeats), widget_row(self.repeats))
        hint = wrapped_label(
            "Проверьте, какому полю реестра соответствует каждый столбец файла. "
            "Сопоставление запоминается для файлов с такими же заголовками."
        )
        self.year_note = wrapped_label()
        self.year_note.hide()
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.progress = QProgressBar()
        self.progress.hide()
        self.result_label = wrapped_label()
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes = QPlainTextEdit(readOnly=True)
        self.changes.setAccessibleName("Повторы ИНН и изменения записей по полям")
        self.changes.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.changes.hide()
        self.error = error_label(hidden=False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.year_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.error)
        layout.addLayout(self._buttons())
        self._set_enabled()

    def _repeats_combo(self) -> QComboBox:
        """What the rows of one ИНН give (issue 15): the user's choice, never a silent one."""
        combo = QComboBox()
        for choice in RepeatChoice:
            combo.addItem(choice.label[:1].upper() + choice.label[1:], choice.value)
        combo.setCurrentIndex(combo.findData(RepeatChoice.COMBINE.value))
        combo.setToolTip(
            "Если один ИНН встречается в нескольких строках файла: взять первую строку, "
            "последнюю или объединить их (значение из одной строки дополняет пустые ячейки "
            "другой, списки стран и кодов объединяются, при расхождении остаётся первое). "
            "Проверка показывает, что даёт каждый вариант."
        )
        combo.currentIndexChanged.connect(lambda _i: self._clear_result())
        return combo

    def _buttons(self) -> QHBoxLayout:
        self.check_button = QPushButton("&Проверить")
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton("&Импортировать")
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton("О&тмена")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton("&Закрыть")
        self.close_button.clicked.connect(self.reject)
        buttons = widget_row(self.check_button, self.import_button, self.cancel_button)
        buttons.addWidget(self.close_button)
        return buttons

    # -- file, sheet and header row ------------------------------------------------------
    def set_path(self, path: Path | None) -> None:
        """Open ``path``, or ask for a file when None."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, "Файл для импорта", "", FILE_FILTER)
            if not name:
                return
            path = Path(name)
        self._path = Path(path)
        self.path_edit.setText(str(self._path))
        self._load(sheet=None, header_row=None)

    def _sheet_changed(self, name: str) -> None:
        if self._preview and name and name != self._preview.sheet:
            self._load(sheet=name, header_row=None)

    def _header_changed(self) -> None:
        if self._preview and self.header_row.value() != self._preview.header_row:
            self._load(sheet=self._preview.sheet, header_row=self.header_row.value())

    def _clear_result(self) -> None:
        self.result_label.clear()
        self.changes.clear()
        self.changes.hide()

    def _load(self, *, sheet: str | None, header_row: int | None) -> None:
        assert self._path is not None  # a file is chosen before anything is loaded
        self._clear_result()
        self.error.clear()
        try:
            preview = self._ws.exporter_import.preview(self._path, sheet, header_row)
        except ValidationFailed as error:
            self._preview = None
            self.table.clear()
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.error.setText(str(error))
            self._set_enabled()
            return
        self._show(preview)

    def _show(self, preview: ImportPreview) -> None:
        self._preview = preview
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(preview.sheets))
        self.sheet.setCurrentText(preview.sheet or "")
        self.sheet.setEnabled(len(preview.sheets) > 1)
        self.sheet.blockSignals(False)
        self.header_row.setValue(preview.header_row)
        parts = [f"около {preview.estimated_rows} строк данных"]
        if preview.encoding:
            parts = [
                f"кодировка {preview.encoding_label}",
                f"разделитель — {preview.separator_label}",
                *parts,
            ]
        if preview.remembered:
            parts.append("сопоставление столбцов взято из прошлого импорта")
        text = "; ".join(parts)
        self.details.setText(text[0].upper() + text[1:] + ".")
        self.year_note.setVisible(bool(preview.guessed_years))
        if preview.guessed_years:
            named = ", ".join(f"«{t}»" for t in preview.guessed_years)
            first = next(c for c in preview.columns if c.title == preview.guessed_years[0])
            proposed = col.volume_year(first.field)
            what = f"Предложен {proposed} год (предыдущий)" if proposed else "Выберите год"
            self.year_note.setText(
                f"В столбце {named} объём экспорта указан без года. {what}: проверьте год в "
                "строке «Поле реестра» или не загружайте столбец."
            )
        self._fill_table(preview)
        self._set_enabled()

    def _fill_table(self, preview: ImportPreview) -> None:
        table = self.table
        table.clear()
        table.setColumnCount(len(preview.columns))
        table.setRowCount(1 + len(preview.rows))
        table.setHorizontalHeaderLabels(
            [c.title or f"Столбец {c.index + 1}" for c in preview.columns]
        )
        table.setVerticalHeaderLabels(
            ["Поле реестра", *[str(n + 1) for n in range(len(preview.rows))]]
        )
        for column in preview.columns:
            table.setCellWidget(0, column.index, self._field_combo(column.field))
            for row, values in enumerate(preview.rows, start=1):
                item = QTableWidgetItem(values[column.index] if column.index < len(values) else "")
                table.setItem(row, column.index, item)
        table.resizeColumnsToContents()
        for index in range(table.columnCount()):
            table.setColumnWidth(index, min(max(table.columnWidth(index), 150), 280))

    def _field_combo(self, field: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(NOT_IMPORTED, "")
        this_year = self._ws.today().year
        years = {*range(this_year - 4, this_year + 1)}
        year = col.volume_year(field)
        if year is not None:
            years.add(year)
        for key in [*col.FIELD_TITLES, *(col.volume_field(y) for y in sorted(years))]:
            combo.addItem(col.field_title(key), key)
        combo.setCurrentIndex(max(combo.findData(field), 0))
        combo.currentIndexChanged.connect(lambda _i: self._clear_result())
        return combo

    def mapping(self) -> dict[str, str]:
        """Column title -> field as the combos now say (not imported columns map to "")."""
        if self._preview is None:
            return {}
        found: dict[str, str] = {}
        for column in self._preview.columns:
            combo = self.table.cellWidget(0, column.index)
            if isinstance(combo, QComboBox):
                found[column.title] = str(combo.currentData() or "")
        return found

    def set_field(self, title: str, field: str) -> None:
        """Choose the field of one column (as the user does with its combo)."""
        assert self._preview is not None
        column = next(c for c in self._preview.columns if c.title == title)
        combo = self.table.cellWidget(0, column.index)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(field))

    # -- check and import in the background ----------------------------------------------
    def check(self) -> None:
        self._start(dry_run=True)

    def start_import(self) -> None:
        self._start(dry_run=False)

    def cancel(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.progress.setFormat("Отмена… %p%")

    def _start(self, *, dry_run: bool) -> None:
        if self._preview is None or self._path is None or self._running:
            return
        mapping = self.mapping()
        if col.INN not in mapping.values():
            self.error.setText("Укажите столбец с ИНН: по нему строки сопоставляются с реестром.")
            return
        self._cancel.clear()
        self._running = True
        self.error.clear()
        self._clear_result()
        self.result_label.setText("Проверка файла…" if dry_run else "Импорт…")
        self.progress.setValue(0)
        self.progress.setFormat("%p%")
        self.progress.show()
        self._set_enabled()
        cancelled = self._cancel.is_set
        source, sheet, header = self._path, self._preview.sheet, self._preview.header_row
        repeats = str(self.repeats.currentData())

        def work(ws: Workspace, progress: ProgressFn) -> ImportPlan | ImportResult:
            service = ws.exporter_import
            call = service.dry_run if dry_run else service.run
            return call(
                source, mapping=mapping, sheet=sheet, header_row=header, repeats=repeats,
                progress=progress, cancelled=cancelled,
            )  # fmt: skip

        self._job = run_on_own_connection(
            self._ws,
            work,
            self._finished,
            self._failed,
            self._progressed,
            answers=(ImportCancelled,),
        )

    def _progressed(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        if not self._cancel.is_set():
            self.progress.setFormat(f"{text} — %p%")

    def _finished(self, outcome: ImportPlan | ImportResult | ImportCancelled) -> None:
        self._stop()
        if isinstance(outcome, ImportCancelled):
            self.result_label.setText(str(outcome))
            return
        text = "\n".join([outcome.summary + ".", *report_lines(outcome, outcome.notes)])
        details = detail_lines(outcome)
        self.changes.setPlainText("\n".join(details))
        self.changes.setVisible(bool(details))
        if isinstance(outcome, ImportPlan):
            self.result_label.setText(text)
            return
        if outcome.rejected_file:
            text += f"\nОтклонённые строки с причинами сохранены в файл:\n{outcome.rejected_file}"
        self.result_label.setText(text)
        self.imported.emit(outcome.batch_id)

    def _failed(self, error: BaseException) -> None:
        self._stop()
        self.result_label.clear()
        self.error.setText(texts.error_text(error))

    def _stop(self) -> None:
        self._running = False
        self.progress.hide()
        self._set_enabled()

    def _set_enabled(self) -> None:
        ready = self._preview is not None and not self._running
        for widget in (
            self.check_button, self.import_button, self.table, self.header_row, self.repeats,
        ):  # fmt: skip
            widget.setEnabled(ready)
        self.choose_button.setEnabled(not self._running)
        self.sheet.setEnabled(ready and self._preview is not None and len(self._preview.sheets) > 1)
        self.cancel_button.setEnabled(self._running)
        self.close_button.setEnabled(not self._running)

    @property
    def running(self) -> bool:
        return self._running

    def reject(self) -> None:
        if self._running:  # closing while importing: cancel first, the dialog stays
            self.cancel()
            return
        super().reject()
