"""«Экспортный совет»: the council and its members, meetings with their papers, the year's plan."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.russian import date_short
from res_desktop.domain.council.model import Meeting
from res_desktop.domain.council.model import Member
from res_desktop.domain.council.model import WorkingGroup
from res_desktop.gui.common import texts
from res_desktop.gui.common.record_page import RecordPage
from res_desktop.gui.common.record_table import sorted_table
from res_desktop.gui.common.sorting import RussianSortProxy
from res_desktop.gui.common.table_model import SORT_ROLE
from res_desktop.gui.common.table_model import RecordTableModel
from res_desktop.gui.common.widgets import button
from res_desktop.gui.common.widgets import pane
from res_desktop.gui.common.widgets import splitter
from res_desktop.gui.common.widgets import widget_row
from res_desktop.gui.council.council_dialog import CouncilDialog
from res_desktop.gui.council.council_dialog import GroupDialog
from res_desktop.gui.council.council_dialog import MemberDialog
from res_desktop.gui.council.meeting_dialog import MeetingDialog
from res_desktop.gui.council.models import MeetingsModel
from res_desktop.gui.council.models import MembersModel
from res_desktop.gui.council.plan_tab import PlanTab
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace

GROUP_ROLE = Qt.ItemDataRole.UserRole


def _table(
    model: RecordTableModel,  # type: ignore[type-arg]
    stretch: tuple[int, ...],
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
) -> tuple[QTableView, RussianSortProxy]:
    return sorted_table(model, SORT_ROLE, stretch, (0, order))


def _who(*parts: str) -> str:
    return ", ".join(p for p in parts if p) or "—"


class CouncilPage(RecordPage):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.members_model = MembersModel(parent=self)
        self.members_table, self.members_proxy = _table(self.members_model, (2, 3))
        self.meetings_model = MeetingsModel(parent=self)
        self.meetings_table, self.meetings_proxy = _table(
            self.meetings_model, (3,), Qt.SortOrder.DescendingOrder
        )
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.groups = QListWidget()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {texts.OVERDUE_COLOR};")
        self.plan = PlanTab(ws)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._council_tab(), "Сове&т")
        self.tabs.addTab(self._meetings_tab(), "&Заседания")
        self.tabs.addTab(self.plan, "Пла&н на год")
        QVBoxLayout(self).addWidget(self.tabs)
        self.refresh()

    # -- layout ------------------------------------------------------------------------
    def _council_tab(self) -> QWidget:
        edit = button("Изменить сведени&я о Совете…", self.edit_council)
        self.add_member_button = button("&Добавить члена…", lambda: self.edit_member(None))
        change = button("&Изменить…", lambda: self.edit_member(self.selected_member()))
        remove = button("&Удалить", self.delete_selected_member)
        self.members_table.doubleClicked.connect(lambda _: self.edit_member(self.selected_member()))
        add_group = button("Добавить &группу…", lambda: self.edit_group(None))
        change_group = button("Изменит&ь группу…", lambda: self.edit_group(self.selected_group()))
        remove_group = button("Уда&лить группу", self.delete_selected_group)
        top = pane(
            self.details,
            widget_row(edit),
            QLabel("<b>Состав Совета</b>"),
            (self.members_table, 1),
            widget_row(self.add_member_button, change, remove),
        )
        bottom = pane(
            QLabel("<b>Рабочие группы</b>"),
            (self.groups, 1),
            widget_row(add_group, change_group, remove_group),
        )
        return splitter(Qt.Orientation.Vertical, (top, 3), (bottom, 1))

    def _meetings_tab(self) -> QWidget:
        self.add_meeting_button = button("&Добавить заседание…", lambda: self.edit_meeting(None))
        change = button("&Изменить…", lambda: self.edit_meeting(self.selected_meeting()))
        remove = button("&Удалить", self.delete_selected_meeting)
        agenda = QPushButton("Пов&естка")
        agenda.setMenu(self._paper_menu("Повестка", self.save_agenda_pdf, self.save_agenda_docx))
        minutes = QPushButton("П&ротокол")
        minutes.setMenu(self._paper_menu("Протокол", self.save_minutes_pdf, self.save_minutes_docx))
        self.agenda_button, self.minutes_button = agenda, minutes
        self.meetings_table.doubleClicked.connect(
            lambda _: self.edit_meeting(self.selected_meeting())
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.warning)
        layout.addWidget(self.meetings_table, 1)
        layout.addLayout(widget_row(self.add_meeting_button, change, remove, agenda, minutes))
        return page

    # -- refreshing --------------------------------------------------------------------
    def refresh(self) -> None:
        council = self._ws.council
        self.members_model.set_rows(council.members())
        self.meetings_model.set_rows(council.meetings())
        self.details.setText(self._details_html())
        self.groups.clear()
        names = {m.id: m.name for m in council.members()}
        for group in council.working_groups():
            people = ", ".join(names.get(i, "") for i in group.member_ids) or "участников нет"
            topic = f" ({group.topic})" if group.topic else ""
            item = QListWidgetItem(f"{group.name}{topic}: {people}")
            item.setData(GROUP_ROLE, group)
            self.groups.addItem(item)
        warnings = [council.dashboard_warning(self._ws.today()) or ""]
        last = next((m for m in reversed(council.meetings()) if m.is_held), None)
        if last and last.lacks_interim_report:
            warnings.append(
                f"На последнем заседании ({date_short(last.date)}) не заслушан "
                "промежуточный отчёт РОИВ-координатора о ходе реализации Плана."
            )
        self.warning.setText("\n".join(w for w in warnings if w))
        self.warning.setVisible(bool(self.warning.text()))
        self.plan.refresh()

    def _details_html(self) -> str:
        council = self._ws.council.council()
        if council is None:
            return "Сведения о Совете не внесены. Нажмите «Изменить сведения о Совете…»."
        rows = [
            ("Наименование", council.name),
            ("Положение", council.regulation_caption or "не указано"),
            ("Утверждено", council.regulation_approved_by or "—"),
            ("Председатель", _who(council.chair_name, council.chair_position)),
            (
                "Заместитель от бизнеса",
                _who(council.deputy_chair_name, council.deputy_chair_organisation),
            ),
        ]
        return "<br>".join(f"<b>{k}:</b> {html.escape(v)}" for k, v in rows)

    def _edited(self) -> None:
        self.refresh()
        self.changed.emit()

    # -- selection ---------------------------------------------------------------------
    def _selected(self, table: QTableView, proxy: RussianSortProxy) -> object | None:
        index = table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        source = proxy.mapToSource(index)
        model = proxy.sourceModel()
        return model.row(source.row()) if isinstance(model, RecordTableModel) else None

    def selected_member(self) -> Member | None:
        return self._selected(self.members_table, self.members_proxy)  # type: ignore[return-value]

    def selected_meeting(self) -> Meeting | None:
        return self._selected(self.meetings_table, self.meetings_proxy)  # type: ignore[return-value]

    def selected_group(self) -> WorkingGroup | None:
        item = self.groups.currentItem()
        return item.data(GROUP_ROLE) if item else None

    def select_meeting(self, meeting_id: int | None) -> None:
        row = self.meetings_model.row_where(lambda m: m.id == meeting_id)
        if row >= 0:
            index = self.meetings_proxy.mapFromSource(self.meetings_model.index(row, 0))
            self.meetings_table.setCurrentIndex(index)

    # -- editing -----------------------------------------------------------------------
    def edit_council(self) -> None:
        if CouncilDialog(self._ws, self).exec() == QDialog.DialogCode.Accepted:
            self._edited()

    def edit_member(self, member: Member | None) -> None:
        if MemberDialog(self._ws, member, self).exec() == QDialog.DialogCode.Accepted:
            self._edited()

    def edit_group(self, group: WorkingGroup | None) -> None:
        if GroupDialog(self._ws, group, self).exec() == QDialog.DialogCode.Accepted:
            self._edited()

    def meeting_dialog(self, meeting: Meeting | None) -> MeetingDialog:
        return MeetingDialog(self._ws, meeting, self)

    def edit_meeting(self, meeting: Meeting | None) -> None:
        dialog = self.meeting_dialog(meeting)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.meeting_saved(dialog)

    def meeting_saved(self, dialog: MeetingDialog) -> None:
        self._edited()
        self.select_meeting(dialog.meeting_id)

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, "Удаление", text)
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected_member(self) -> None:
        member = self.selected_member()
        if member and member.id and self._confirm(f"Удалить {member.name} из состава Совета?"):
            try:
                self._ws.council.delete_member(member.id)
            except ValidationFailed as error:
                QMessageBox.warning(self, "Удаление невозможно", str(error))
                return
            self._edited()

    def delete_selected_group(self) -> None:
        group = self.selected_group()
        if group and group.id and self._confirm(f"Удалить рабочую группу «{group.name}»?"):
            self._ws.council.delete_working_group(group.id)
            self._edited()

    def delete_selected_meeting(self) -> None:
        meeting = self.selected_meeting()
        if (
            meeting
            and meeting.id
            and self._confirm(
                f"Удалить заседание {date_short(meeting.date)} со всеми докладами, "
                "решениями и протоколом?"
            )
        ):
            self._ws.council.delete_meeting(meeting.id)
            self._edited()

    # -- papers ------------------------------------------------------------------------
    def save_agenda_pdf(self, path: Path, meeting_id: int | None = None) -> Path:
        from res_desktop.reports.council.docs import build_agenda_pdf  # reportlab: when used

        return build_agenda_pdf(self._document(meeting_id), path)

    def save_minutes_pdf(self, path: Path, meeting_id: int | None = None) -> Path:
        from res_desktop.reports.council.docs import build_minutes_pdf

        return build_minutes_pdf(self._document(meeting_id), path)

    def save_agenda_docx(self, path: Path, meeting_id: int | None = None) -> Path:
        from res_desktop.reports.council.docs import build_agenda_docx  # python-docx: when used

        return build_agenda_docx(self._document(meeting_id), path)

    def save_minutes_docx(self, path: Path, meeting_id: int | None = None) -> Path:
        from res_desktop.reports.council.docs import build_minutes_docx

        return build_minutes_docx(self._document(meeting_id), path)

    def _paper_menu(self, what: str, pdf, docx) -> QMenu:  # type: ignore[no-untyped-def]
        """«Сохранить PDF…» (the paper to sign) and «Сохранить DOCX…» (the copy to edit)."""
        menu = QMenu(self)
        menu.addAction("Сохранить &PDF…", lambda: self.save_paper_as(what, pdf, "pdf"))
        menu.addAction("Сохранить &DOCX…", lambda: self.save_paper_as(what, docx, "docx"))
        return menu

    def _document(self, meeting_id: int | None):  # type: ignore[no-untyped-def]
        if meeting_id is None:
            meeting = self.selected_meeting()
            if meeting is None or meeting.id is None:
                raise LookupError("no meeting selected")
            meeting_id = meeting.id
        return self._ws.council.meeting_document(meeting_id)

    def save_paper_as(self, what: str, save, suffix: str) -> Path | None:  # type: ignore[no-untyped-def]
        """Ask where to save the selected meeting's paper as PDF or DOCX; None if cancelled."""
        meeting = self.selected_meeting()
        if meeting is None:
            QMessageBox.information(self, what, "Выберите заседание в таблице.")
            return None
        if what == "Протокол" and meeting.minutes is None:
            what = "Проект протокола"
        kinds = {"pdf": "PDF (*.pdf)", "docx": "Документ Word (*.docx)"}
        suggested = Path.home() / f"{what} {date_short(meeting.date)}.{suffix}"
        name, _ = QFileDialog.getSaveFileName(self, what, str(suggested), kinds[suffix])
        if not name:
            return None
        try:
            return Path(save(Path(name), meeting.id))
        except OSError as error:
            QMessageBox.warning(self, f"{what}: файл не сохранён", texts.error_text(error))
            return None
