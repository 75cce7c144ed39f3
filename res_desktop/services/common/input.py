"""What every service does to a record typed in before checking it."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING
from typing import TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

D = TypeVar("D", bound="DataclassInstance")


def stripped(record: D, texts: Iterable[str], **changes: object) -> D:
    """The record with the ``texts`` fields trimmed of surrounding blanks and ``changes`` made."""
    trimmed = {name: getattr(record, name).strip() for name in texts}
    return dataclasses.replace(record, **trimmed, **changes)
