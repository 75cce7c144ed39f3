"""Start the window: Russian Qt, bundled fonts, the database, the first-start wizard."""

from __future__ import annotations

import logging
import sqlite3
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo
from PySide6.QtCore import QLocale
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QFont
from PySide6.QtGui import QFontDatabase
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox

from res_desktop import paths
from res_desktop.gui.common import texts
from res_desktop.gui.common.maintenance_dialogs import offer_restore_of_damaged
from res_desktop.gui.common.single_window import SingleWindow
from res_desktop.gui.common.single_window import ask_owner_to_show
from res_desktop.services.common.user_data import data_dir
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.common.workspace import default_db_path
from res_desktop.storage.common.errors import DatabaseCorrupt
from res_desktop.storage.common.errors import StorageError
from res_desktop.storage.common.errors import storage_error_for

FONT_FAMILY = "PT Sans"
FONT_POINT_SIZE = 10
log = logging.getLogger(__name__)


# Qt 6.10+ asks for these with their Alt-letters, which qtbase_ru.qm translates only without
# them («Look in:» would stay English); Qt 6.9 (Astra 1.7) asks without, and its .qm says
# «Перейти к:» and «Типы файлов:»: one wording on both.
MISSING_RUSSIAN = {
    ("QFileDialog", "&Look in:"): "&Папка:",
    ("QFileDialog", "Files of &type:"): "&Тип файлов:",
    ("QFileDialog", "Look in:"): "Папка:",
    ("QFileDialog", "Files of type:"): "Тип файлов:",
}


class MissingRussian(QTranslator):
    """The few strings of Qt's own dialogs the bundled qtbase_ru.qm lacks; None for the rest,
    which sends Qt on to the .qm files."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return MISSING_RUSSIAN.get((context, source))  # type: ignore[return-value]  # None: not here

    def isEmpty(self) -> bool:
        return False


def install_russian(app: QApplication) -> list[QTranslator]:
    """Qt's own dialogs and buttons in Russian; dates and numbers in Russian locale."""
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed: list[QTranslator] = []
    for name in ("qtbase_ru", "qt_ru"):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    missing = MissingRussian(app)  # installed last: asked first
    app.installTranslator(missing)
    installed.append(missing)
    return installed


def register_fonts() -> str:
    """Qt ships no fonts: register PT Sans so the app looks the same everywhere."""
    for font_file in sorted(paths.fonts_dir().glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font_file))
    return FONT_FAMILY


def make_application(argv: list[str] | None = None) -> QApplication:
    running = QApplication.instance()  # typed QCoreApplication | None
    app = running if isinstance(running, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName("res_desktop")
    app.setOrganizationName("res_desktop")
    app.setApplicationDisplayName(texts.APP_TITLE)
    install_russian(app)
    app.setFont(QFont(register_fonts(), FONT_POINT_SIZE))
    icon = paths.icons_dir() / "app.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


INTERNAL_ERROR = "Внутренняя ошибка программы"


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Everything goes to the log; the user reads a storage error's message, or a bug's report."""
    log.error("Необработанная ошибка", exc_info=(kind, error, tb))
    if isinstance(error, sqlite3.Error):  # one that escaped the service boundary
        error = storage_error_for(error) or error
    if isinstance(error, StorageError):
        QMessageBox.critical(None, texts.APP_TITLE, error.message)
        return
    internal_error_box("".join(traceback.format_exception(kind, error, tb))).exec()


def internal_error_box(details: str) -> QMessageBox:
    """A bug, said as one: the traceback is in the details, one click copies it."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        texts.APP_TITLE,
        f"{INTERNAL_ERROR}. Последнее действие могло не сохраниться.\n\n"
        "Сообщите об ошибке разработчикам: нажмите «Скопировать сведения» и вставьте их в "
        f"письмо. Сведения записаны и в журнал:\n{log_file()}",
    )
    box.setDetailedText(details)
    copy = box.addButton("Скопировать сведения", QMessageBox.ButtonRole.ActionRole)
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Close))
    return box


def log_file() -> Path:
    return data_dir() / "res_desktop.log"


def _setup_logging() -> None:
    log_file().parent.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        filename=log_file(),
        level=logging.INFO,
        encoding="utf-8",
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def _opens_demo(db: Path | None, demo: bool) -> bool:
    return demo or (db is None and not default_db_path().exists())


def chosen_db_path(db: Path | None, demo: bool) -> Path:
    """The file ``open_workspace`` opens."""
    return demo_db_path() if _opens_demo(db, demo) else (db or default_db_path())


def open_workspace(db: Path | None, demo: bool) -> Workspace:
    """An explicit --db wins; with no database yet the demo region opens."""
    if _opens_demo(db, demo):
        from res_desktop.services.demo.cache import open_demo

        return open_demo(demo_db_path())
    return Workspace.open(db or default_db_path())


def hold_database(app: QApplication, path: Path) -> bool:
    """One window per database: False when another window holds ``path`` (it was asked to
    come up, or the user was told where it is); the lock goes when the app quits."""
    single = SingleWindow(path, data_dir() / "locks", app)
    if single.acquire():
        app.aboutToQuit.connect(single.release)
        return True
    if not ask_owner_to_show(path):
        QMessageBox.warning(
            None,
            texts.APP_TITLE,
            f"База данных {path} уже открыта в другом окне программы (компьютер "
            f"{single.owner_host()}, процесс {single.owner_pid()}): возможно, другим "
            "пользователем. Переключитесь в это окно или закройте его и повторите запуск.",
        )
    return False


def demo_db_path() -> Path:
    return data_dir() / "демо" / "demo.sqlite3"


def run_app(db: Path | None = None, demo: bool = False) -> int:
    _setup_logging()
    app = make_application()
    sys.excepthook = _excepthook
    if not hold_database(app, chosen_db_path(db, demo)):
        return 0
    try:
        ws = open_workspace(db, demo)
    except DatabaseCorrupt as error:
        # Never written into: the newest verified backup is offered, the file kept aside.
        path = db or default_db_path()
        if not offer_restore_of_damaged(path):
            QMessageBox.critical(None, texts.APP_TITLE, error.message)
            return 2
        try:
            ws = Workspace.open(path)
        except StorageError as reopened:
            QMessageBox.critical(None, texts.APP_TITLE, reopened.message)
            return 2
    except StorageError as error:
        QMessageBox.critical(None, texts.APP_TITLE, error.message)
        return 2
    from res_desktop.gui.common.main_window import MainWindow
    from res_desktop.gui.common.setup_wizard import run_first_start

    if ws.region.profile() is None and not run_first_start(ws):
        return 0
    window = MainWindow(ws)
    window.show()
    return app.exec()
