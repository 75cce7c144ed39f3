"""The migration chain's machinery; the steps themselves are frozen in ``mNNNN_*.py``.

Each step is frozen as released: literal SQL, never built from the domain's enums or any other
constant a later edit could change, since an old file meets the step years later and a new file
must end up with the same schema (tests/storage/common/test_schema.py). Adding an enum value or
a column takes a new step at the end of the chain.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import sqlite_utils
from sqlite_utils.migrations import Migrations

APPLICATION_ID = 0x52455344  # "RESD": marks a file as ours (PRAGMA application_id)

MigrationFn = Callable[[sqlite_utils.Database], None]
_Fn = TypeVar("_Fn", bound=MigrationFn)


class MigrationChain(Migrations):
    """sqlite-utils ``Migrations`` that also says, publicly, which steps it holds."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self._steps: list[tuple[str, MigrationFn, bool]] = []

    def __call__(
        self, *, name: str | None = None, transactional: bool = True
    ) -> Callable[[_Fn], _Fn]:
        register = super().__call__(name=name, transactional=transactional)

        def inner(fn: _Fn) -> _Fn:
            register(fn)
            self._steps.append((name or fn.__name__, fn, transactional))
            return fn

        return inner

    def names(self) -> tuple[str, ...]:
        """Every step of the chain, in the order it runs."""
        return tuple(step[0] for step in self._steps)

    def extended(self, name: str, fn: MigrationFn) -> MigrationChain:
        """This chain plus one more step at its end (a later release, or a test of one)."""
        chain = MigrationChain(self.name)
        for step_name, step_fn, transactional in [*self._steps, (name, fn, True)]:
            chain(name=step_name, transactional=transactional)(step_fn)
        return chain


def execute(db: sqlite_utils.Database, *statements: str) -> None:
    """Runs literal statements in order (a step is a list of them)."""
    for statement in statements:
        db.execute(statement)
