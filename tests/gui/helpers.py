"""What the GUI tests share: a page shown as in the main window, a dialog typed into."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from typing import Any
from typing import TypeVar

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QWidget

Page = TypeVar("Page", bound=QWidget)
_HOSTS: list[QWidget] = []  # a host must outlive its test's page


def shown_page(qtbot, make: Callable[[QWidget], Page]) -> Page:
    """The page made inside a plain host, as in the main window: a top-level page's layout
    would set the window's minimum size, which the offscreen platform answers with a warning."""
    host = QWidget()
    qtbot.addWidget(host)
    _HOSTS[:] = [host]
    page = make(host)
    host.resize(1280, 800)
    page.resize(1280, 800)
    host.show()
    return page


def typed_run(
    kind: type[QDialog], texts: Mapping[str, str], seen: list[str] | None = None
) -> Callable[[QDialog], int]:
    """A ``run_dialog`` that types ``texts`` into the dialog's ``edits`` and accepts it; with
    ``seen`` the dialog's error text is recorded and the dialog cancelled."""

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, kind)
        for field, text in texts.items():
            dialog.edits[field].setText(text)  # type: ignore[attr-defined]
        dialog.accept()
        if seen is not None:
            seen.append(dialog.errors.text())  # type: ignore[attr-defined]
            dialog.reject()
        return dialog.result()

    return run


def settled_dashboard(qtbot, window: Any) -> Any:
    """«Сводка» once its figures, computed on the pool, are on screen."""
    page = window.dashboard
    qtbot.waitUntil(lambda: page.board is not None and not page.is_busy, timeout=20000)
    return page


def indicators_computed(qtbot, page: Any) -> Any:
    """«Целевые показатели» computes Table 1 on the pool: until its tables are shown."""
    qtbot.waitUntil(lambda: not page.computing, timeout=10_000)
    return page
