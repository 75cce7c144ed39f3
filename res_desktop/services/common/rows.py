"""Report rows copied from records by field name, so that no extract spells each field again."""

from __future__ import annotations

import dataclasses
from typing import Any
from typing import TypeVar
from typing import cast

T = TypeVar("T")


def row_from(row_type: type[T], source: object, **given: object) -> T:
    """A ``row_type`` row from a record: each field not ``given`` takes the record's field of
    its name, and a ``<name>_label`` field the label of the record's ``<name>`` (an enum)."""
    values: dict[str, Any] = dict(given)
    for field in dataclasses.fields(cast(Any, row_type)):
        name = field.name
        if name in values:
            continue
        if hasattr(source, name):
            values[name] = getattr(source, name)
        elif name.endswith("_label") and hasattr(source, name.removesuffix("_label")):
            values[name] = getattr(source, name.removesuffix("_label")).label
    return row_type(**values)
