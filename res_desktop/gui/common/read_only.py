"""A database opened read-only (read-only media, a write-protected file): a banner says so and
the pages' edit buttons stay disabled, whatever a page's own logic would enable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QWidget

BANNER = (
    "Файл базы данных {path} открыт только для чтения (носитель или файл защищены от "
    "записи): просмотр, печать и сохранение копий доступны, изменения — нет. Чтобы вносить "
    "изменения, скопируйте файл в папку с правом записи и откройте копию."
)
# The pages' buttons that change the database, by the attribute names the pages give them.
EDIT_BUTTONS = frozenset(
    {
        "add_button",
        "add_account_button",
        "add_meeting_button",
        "add_member_button",
        "attach_button",
        "contest_button",
        "delete_button",
        "delete_filter_button",
        "down_button",
        "edit_button",
        "generate_button",
        "import_button",
        "merge_button",
        "remove_account_button",
        "remove_button",
        "rename_button",
        "repair_button",
        "reset_button",
        "save_filter_button",
        "sent_button",
        "undo_button",
        "up_button",
    }
)


def read_only_banner(path: Path) -> QWidget:
    banner = QWidget()
    banner.setObjectName("read_only_banner")
    banner.setStyleSheet("background: #fde2e1; border-radius: 4px;")
    label = QLabel(f"<b>Только чтение.</b> {BANNER.format(path=path)}")
    label.setWordWrap(True)
    QHBoxLayout(banner).addWidget(label, 1)
    return banner


class ReadOnlyGuard(QObject):
    """Keeps the watched edit buttons and actions disabled: a page that enables one on a
    selection change finds it disabled again at once."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._watched: list[QAbstractButton] = []

    def watch(self, page: QWidget) -> None:
        """Every edit button of ``page`` and of the widgets inside it."""
        for owner in [page, *page.findChildren(QWidget)]:
            for name, member in vars(owner).items():
                if name in EDIT_BUTTONS and isinstance(member, QAbstractButton):
                    self._hold(member)

    def disable(self, *actions: QAction) -> None:
        for action in actions:
            action.setEnabled(False)
            action.changed.connect(lambda a=action: a.isEnabled() and a.setEnabled(False))

    def _hold(self, button: QAbstractButton) -> None:
        if button in self._watched:
            return
        self._watched.append(button)
        button.setEnabled(False)
        button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QAbstractButton)
            and watched.isEnabled()
        ):
            watched.setEnabled(False)
        return False

    @property
    def watched(self) -> list[QAbstractButton]:
        return list(self._watched)
