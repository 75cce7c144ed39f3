"""«Справка»: the user guide, the keys, the Standard's passage for the open instrument."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QTextBrowser
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop import paths
from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.catalogue import Instrument
from res_desktop.gui.common import texts
from res_desktop.gui.common.record_tab import TABLE_KEYS

# Keys that belong to widgets, not to menu actions: listed with the menus' own.
WIDGET_KEYS = (
    ("Tab, Shift+Tab", "следующее / предыдущее поле, кнопка или таблица"),
    ("Стрелки", "строки таблицы, пункты списка страниц"),
    ("Alt+подчёркнутая буква", "нажать кнопку, перейти к полю или вкладке"),
    ("Ctrl+Tab", "следующая вкладка страницы"),
    ("Ctrl+S", "«Инструменты»: сохранить пункт чек-листа"),
    *TABLE_KEYS,
    ("Esc", "закрыть окно диалога без сохранения"),
)


def guide_markdown() -> str:
    return (paths.resources_dir() / "help" / "guide.md").read_text(encoding="utf-8")


def shortcuts_html(actions: Iterable[QAction]) -> str:
    """Every menu action with a key, read from the actions themselves, and the widgets' keys."""
    rows = [
        (action.shortcut().toString(), action.text().replace("&", "").rstrip("…"))
        for action in actions
        if not action.shortcut().isEmpty()
    ]
    rows += list(WIDGET_KEYS)
    cells = "".join(
        f"<tr><td style='padding: 2px 16px 2px 0'><b>{escape(key)}</b></td>"
        f"<td>{escape(what)}</td></tr>"
        for key, what in rows
    )
    return f"<h2>Сочетания клавиш</h2><table>{cells}</table>"


def standard_passage_html(instrument: Instrument) -> str:
    """The instrument's heading and the Standard's wording its criteria are taken from."""
    head = f"Инструмент {instrument.label}. {instrument.title}"
    if instrument.is_own:
        return (
            f"<h2>{escape(head)}</h2><p>Собственный инструмент региона (блок IV): в тексте "
            "Стандарта его нет; пункты чек-листа задаёт регион.</p>"
        )
    place = (
        f"{texts.block_title(instrument.block)}, инструмент {instrument.number} — "
        f"«{' '.join(instrument.title.split())}»"
    )
    parts = [
        f"<h2>{escape(head)}</h2>",
        f"<p><b>Место в тексте Стандарта:</b> {escape(place)}.</p>",
    ]
    for basis, heading in (
        (Basis.CRITERION, "Критерии внедрения (учитываются в выполнении)"),
        (Basis.RECOMMENDATION, "Рекомендации (в процент выполнения не входят)"),
    ):
        quotes = dict.fromkeys(
            " ".join(item.basis_quote.split()) for item in instrument.items if item.basis is basis
        )
        if quotes:
            parts.append(f"<h3>{heading}</h3>")
            parts += [f"<p>«…{escape(quote)}…»</p>" for quote in quotes]
    return "".join(parts)


class HelpDialog(QDialog):
    """A text of the help in a browser: read with the keyboard, closed with Esc."""

    def __init__(
        self, title: str, *, markdown: str = "", html: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        if markdown:
            self.browser.setMarkdown(markdown)
        else:
            self.browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
