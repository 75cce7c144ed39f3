"""The migration chain's machinery; the steps themselves are frozen in ``mNNNN_*.py``.

Each step is frozen as released: literal SQL, never built from the domain's enums or any other
constant a later edit could change, since an old file meets the step years later and a new file
must end up with the same schema (tests/storage/common/test_schema.py). Adding an enum value or
a column takes a new step at the end of the chain.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Iterable
from types import ModuleType
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

    @classmethod
    def of(cls, name: str, steps: Iterable[ModuleType]) -> MigrationChain:
        """The chain of step modules ``mNNNN_name``, in the order of their numbers.

        A step declares its ``NAME`` and either its literal ``STATEMENTS`` (the chain runs them
        in order) or, for a step SQL alone cannot express, a ``migrate(db)`` function.
        """
        chain = cls(name)
        last = ""
        for step in steps:
            module_name = step.__name__.rpartition(".")[2]
            if module_name != f"m{step.NAME}" or step.NAME[:4] <= last:
                raise ValueError(f"migration step {module_name} named {step.NAME} after {last}")
            last = step.NAME[:4]
            chain(name=step.NAME)(_step_function(step))
        return chain

    def names(self) -> tuple[str, ...]:
        """Every step of the chain, in the order it runs."""
        return tuple(step[0] for step in self._steps)

    def extended(self, name: str, fn: MigrationFn) -> MigrationChain:
        """This chain plus one more step at its end (a later release, or a test of one)."""
        chain = MigrationChain(self.name)
        for step_name, step_fn, transactional in [*self._steps, (name, fn, True)]:
            chain(name=step_name, transactional=transactional)(step_fn)
        return chain


STEP_MODULE = re.compile(r"m\d{4}_\w+")  # a step's module: m0001_initial


def _step_function(step: ModuleType) -> MigrationFn:
    """The step's own ``migrate``, or one that runs its ``STATEMENTS`` in order."""
    migrate: MigrationFn | None = getattr(step, "migrate", None)
    if migrate is not None:
        return migrate
    statements: tuple[str, ...] = step.STATEMENTS

    def run_statements(db: sqlite_utils.Database) -> None:
        execute(db, *statements)

    return run_statements


def execute(db: sqlite_utils.Database, *statements: str) -> None:
    """Runs literal statements in order (a step is a list of them)."""
    for statement in statements:
        db.execute(statement)
