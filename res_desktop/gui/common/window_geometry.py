"""The main window's size and place: fit the available screen, remember splitters."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtCore import QRect
from PySide6.QtCore import QSettings
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QWidget

PREFERRED_SIZE = QSize(1280, 800)


def _screen_of(widget: QWidget) -> QScreen:
    screen = widget.screen()
    return screen if screen is not None else QGuiApplication.primaryScreen()


def _frame_margins(widget: QWidget) -> QSize:
    """The title bar and borders the window manager adds; a guess before the first show."""
    frame, inner = widget.frameGeometry(), widget.geometry()
    extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    return extra if extra.height() > 0 else QSize(8, 32)


def fit_rect(rect: QRect, available: QRect, minimum: QSize, margins: QSize) -> QRect:
    """``rect`` (the client area) shrunk and moved so that its frame lies within ``available``."""
    most = QSize(available.width() - margins.width(), available.height() - margins.height())
    fitted = QRect(rect)
    fitted.setSize(rect.size().boundedTo(most).expandedTo(minimum))
    border = margins.width() // 2
    left, top = available.left() + border, available.top() + margins.height() - border
    right = available.left() + available.width() - border - fitted.width()
    bottom = available.top() + available.height() - border - fitted.height()
    fitted.moveTo(min(max(fitted.left(), left), right), min(max(fitted.top(), top), bottom))
    return fitted


def default_rect(available: QRect, minimum: QSize, margins: QSize) -> QRect:
    """The preferred size where it fits; on a smaller screen (1366×768) the whole available
    screen, as a maximised window: cutting only the height would leave the pages 86 px narrower
    than the screen gives, and the checklist's editor would no longer fit beside its table."""
    most = QSize(available.width() - margins.width(), available.height() - margins.height())
    size = PREFERRED_SIZE if PREFERRED_SIZE.boundedTo(most) == PREFERRED_SIZE else most
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    return fit_rect(rect, available, minimum, margins)


def default_geometry(widget: QWidget) -> QRect:
    available = _screen_of(widget).availableGeometry()
    return default_rect(available, widget.minimumSize(), _frame_margins(widget))


def fit_to_screen(widget: QWidget) -> None:
    """A size stored on a larger screen shrinks to this one; a place off screen comes back."""
    if widget.isMaximized() or widget.isFullScreen():
        return
    available = _screen_of(widget).availableGeometry()
    widget.setGeometry(
        fit_rect(widget.geometry(), available, widget.minimumSize(), _frame_margins(widget))
    )


def save_splitters(page: QWidget, key: str, settings: QSettings) -> None:
    for number, splitter in enumerate(page.findChildren(QSplitter)):
        settings.setValue(f"{key}/{number}", splitter.saveState())


def restore_splitters(page: QWidget, key: str) -> None:
    """The splitters as the user left them; a page whose layout changed keeps its defaults."""
    settings = QSettings()
    for number, splitter in enumerate(page.findChildren(QSplitter)):
        state = settings.value(f"{key}/{number}")
        if isinstance(state, QByteArray):
            splitter.restoreState(state)
