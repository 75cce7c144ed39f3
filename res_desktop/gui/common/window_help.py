"""The main window's «Справка»: the guide, the Standard's passage, the shortcuts, the version."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMessageBox

from res_desktop import __version__
from res_desktop.gui.common import texts
from res_desktop.gui.common.help import HelpDialog
from res_desktop.gui.common.help import guide_markdown
from res_desktop.gui.common.help import shortcuts_html
from res_desktop.gui.common.help import standard_passage_html
from res_desktop.gui.common.window_pages import WindowPages


class WindowHelp(WindowPages):
    def show_guide(self) -> None:
        HelpDialog("Руководство пользователя", markdown=guide_markdown(), parent=self).exec()

    def show_shortcuts(self) -> None:
        actions = [a for menu in self.menuBar().findChildren(QMenu) for a in menu.actions()]
        HelpDialog("Сочетания клавиш", html=shortcuts_html(actions), parent=self).exec()

    def show_standard_passage(self) -> None:
        """The open instrument's wording in the Standard (instrument 1 before any is opened)."""
        code = self.instruments.current_code() if self.is_built(1) else None
        instrument = self.ws.checklists.instrument(code or "01")
        html = standard_passage_html(instrument)
        HelpDialog("Текст Стандарта по инструменту", html=html, parent=self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            "О программе",
            f"<b>{texts.APP_LONG_TITLE}</b><br>Версия {__version__}<br><br>"
            "Работает без подключения к интернету; данные хранятся в файле "
            f"базы данных:<br>{self.ws.path}<br><br>Шрифт PT Sans © ParaType.",
        )
