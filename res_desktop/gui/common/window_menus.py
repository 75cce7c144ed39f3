"""The main window's menus, from one table of actions, and its undo and redo."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from functools import partial

from PySide6.QtGui import QAction
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from res_desktop.gui.common.maintenance_dialogs import BackupSettingsDialog
from res_desktop.gui.common.maintenance_dialogs import make_backup
from res_desktop.gui.common.window_database import WindowDatabase
from res_desktop.gui.common.window_help import WindowHelp
from res_desktop.gui.common.window_pages import PAGES

Shortcut = str | QKeySequence.StandardKey


class WindowMenus(WindowHelp, WindowDatabase):
    def _action(self, text: str, slot: Callable[[], object], shortcut: Shortcut = "") -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut:
            action.setShortcut(shortcut)
        return action

    def _build_menus(self) -> None:
        """The menus from one table of actions; None is a separator."""
        own = self._action("&Настроить свой регион…", self.start_own_region)
        self.backup_action = self._action("&Резервная копия…", lambda: make_backup(self.ws, self))
        self.restore_action = self._action("&Восстановить из копии…", self.restore_from_backup)
        self.check_action = self._action("&Проверка базы", self.check_database)
        self.backup_settings_action = self._action(
            "&Резервные копии…", lambda: BackupSettingsDialog(self).exec()
        )
        self.history_action = self._action("&Журнал изменений…", self.show_history)
        self.undo_action = self._undo_action("&Отменить", "Отмена", redo=False)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self._undo_action("&Повторить", "Повтор", redo=True)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        pages = [  # the tenth page is Ctrl+0
            self._action(name, partial(self.nav.setCurrentRow, number), f"Ctrl+{(number + 1) % 10}")
            for number, name in enumerate(PAGES)
        ]
        self.recent_menu = QMenu("Недавние &базы", self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menus: tuple[tuple[str, Sequence[QAction | QMenu | None]], ...] = (
            (
                "&Файл",
                (
                    self._action("&Параметры региона…", self.edit_region),
                    *([own] if self.ws.region.is_demo() else []),
                    self._action(
                        "&Открыть базу данных…", self.choose_database, QKeySequence.StandardKey.Open
                    ),
                    self.recent_menu,
                    None,
                    self.backup_action,
                    self.restore_action,
                    None,
                    self._action("В&ыход", self.close, QKeySequence.StandardKey.Quit),
                ),
            ),
            ("&Правка", (self.undo_action, self.redo_action)),
            ("&Вид", pages),
            # every letter of «Сервис» is taken on some page (Alt, then arrows)
            ("Сервис", (self.check_action, self.backup_settings_action, self.history_action)),
            (
                "&Справка",
                (
                    self._action(
                        "&Руководство пользователя",
                        self.show_guide,
                        QKeySequence.StandardKey.HelpContents,
                    ),
                    self._action(
                        "&Текст Стандарта по инструменту", self.show_standard_passage, "Shift+F1"
                    ),
                    self._action("&Сочетания клавиш", self.show_shortcuts),
                    None,
                    self._action("&О программе", self.about),
                ),
            ),
        )
        for title, actions in menus:
            menu = self.menuBar().addMenu(title)
            for action in actions:
                if action is None:
                    menu.addSeparator()
                elif isinstance(action, QMenu):
                    menu.addMenu(action)
                else:
                    menu.addAction(action)

    def _undo_action(self, text: str, word: str, *, redo: bool) -> QAction:
        """The QUndoStack's own action (its text and state kept by Qt), triggering the step
        under a word the history of changes shows («Отмена: изменение пункта чек-листа»)."""
        stack = self.undo
        action = stack.createRedoAction(self, text) if redo else stack.createUndoAction(self, text)
        action.triggered.disconnect()  # Qt's own connection to QUndoStack.undo/redo

        def run() -> None:
            label = stack.redoText() if redo else stack.undoText()
            with self.ws.audit.acting(f"{word}: {label}"):
                stack.redo() if redo else stack.undo()

        action.triggered.connect(run)
        return action
