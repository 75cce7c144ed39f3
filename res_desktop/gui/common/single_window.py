"""One window per database: a lock file held while the window is open, and a local socket
through which a second launch on the same database brings that window up instead.

The lock is a QLockFile beside the database («.region.sqlite3.lock»), so two OS users (or two
computers) opening one database on a shared folder see each other's lock; only where the
database's folder cannot be written (read-only media, where nobody writes) it lies in the
user's own folder. A crash leaves it behind; QLockFile finds its process gone and takes it
over. Its age never makes it stale (``setStaleLockTime(0)``): a window open for days keeps its
database. The socket is the user's own: another user's launch is told, not answered.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtCore import QLockFile
from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMainWindow

RAISE = b"raise\n"
CONNECT_TIMEOUT_MS = 2000


def _key(db: Path) -> str:
    """The local socket's name: per database and per OS user (sockets are per session)."""
    owner = f"{_user()}\0{Path(db).resolve()}"
    return "res_desktop-" + hashlib.sha256(owner.encode()).hexdigest()[:24]


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no name for this uid (a bare container)
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def lock_path(db: Path, fallback_folder: Path) -> Path:
    """Beside the database, where every user and computer that opens it looks."""
    db = Path(db).resolve()
    with contextlib.suppress(OSError):  # a first start: the database's folder is made next
        db.parent.mkdir(parents=True, exist_ok=True)
    if os.access(db.parent, os.W_OK):
        return db.with_name(f".{db.name}.lock")
    fallback_folder.mkdir(parents=True, exist_ok=True)
    return fallback_folder / f"{_key(db)}.lock"


class SingleWindow(QObject):
    """Holds the lock of one database and answers later launches on it."""

    def __init__(self, db: Path, fallback_folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = Path(db)
        self.lock_file = lock_path(self.db, fallback_folder)
        self._lock = QLockFile(str(self.lock_file))
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True: this process now holds the database (a crashed owner's lock taken over)."""
        if not self._lock.tryLock(0):
            return False
        server = QLocalServer(self)
        QLocalServer.removeServer(_key(self.db))  # a crashed owner's socket file
        server.listen(_key(self.db))
        server.newConnection.connect(self._answer)
        self._server = server
        return True

    def owner_pid(self) -> int:
        pid, _host, _app = self._lock.getLockInfo()
        return int(pid)

    def owner_host(self) -> str:
        _pid, host, _app = self._lock.getLockInfo()
        return str(host)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _answer(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            bring_up()
        socket.disconnectFromServer()


def bring_up() -> None:
    """The visible main window to the front (the one opened last, after a restore)."""
    windows = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()
    ]
    if windows:
        window = windows[-1]
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()


def ask_owner_to_show(db: Path) -> bool:
    """A second launch: ask the window that holds ``db`` to come up; False if none answers."""
    socket = QLocalSocket()
    socket.connectToServer(_key(db))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(QByteArray(RAISE))
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
    return True
