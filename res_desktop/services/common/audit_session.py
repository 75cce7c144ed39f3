"""Who is writing and from where: what the history of changes records with each transaction."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field

from res_desktop.domain.common.audit import Origin
from res_desktop.domain.common.audit import Source


def os_user() -> str:
    """The system account's name; empty where the system does not say."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


_DEFAULT_SOURCE = [Source.GUI]


@contextmanager
def use_source(source: Source) -> Iterator[None]:
    """Every workspace opened inside is ``source`` (a command of the command line)."""
    before = _DEFAULT_SOURCE[0]
    _DEFAULT_SOURCE[0] = source
    try:
        yield
    finally:
        _DEFAULT_SOURCE[0] = before


@dataclass
class AuditSession:
    """Mutable on purpose: the window sets the page, settings set the name, undo its word."""

    os_user: str = field(default_factory=os_user)
    user_name: str = ""
    source: Source = field(default_factory=lambda: _DEFAULT_SOURCE[0])
    place: str = ""

    def origin(self) -> Origin:
        return Origin(
            os_user=self.os_user,
            user_name=self.user_name.strip(),
            source=self.source,
            place=self.place,
        )

    @contextmanager
    def acting(self, place: str) -> Iterator[None]:
        """Writes inside are logged under ``place`` («Отмена: изменение пункта чек-листа»)."""
        before = self.place
        self.place = place
        try:
            yield
        finally:
            self.place = before
