"""Registry records as JSON: a company kept as history when merged away or before an import
changes it, a saved filter's query.

Each field is converted by the record's own annotation, as storage/common/convert reads rows,
so that no record's fields are spelled out again here: enums by code, dates in ISO, tuples and
the records inside a record (a product) as lists.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import types
import typing
from collections.abc import Callable
from collections.abc import Iterator
from collections.abc import Mapping
from collections.abc import Sequence
from enum import Enum
from typing import Any
from typing import NamedTuple
from typing import TypeVar

from res_desktop.domain.exporters.model import Company

T = TypeVar("T")
Convert = Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


def _optional(convert: Convert) -> Convert:
    return lambda value: None if value is None else convert(value)


class _Convert(NamedTuple):
    write: Convert  # a value as JSON
    read: Convert  # JSON as the value


def _optional_of(hint: Any) -> Any:
    """``X`` of an ``X | None`` annotation, else None."""
    if typing.get_origin(hint) not in (typing.Union, types.UnionType):
        return None
    return next(arg for arg in typing.get_args(hint) if arg is not type(None))


def _sequence(parts: Sequence[Any], build: Callable[[Iterator[Any]], Any]) -> _Convert:
    """Items converted one by one, by ``tuple[X, ...]`` or by a fixed list of annotations:
    written as a list, read back by ``build``."""
    if tuple(parts[1:]) == (Ellipsis,):
        item = _convert(parts[0])
        return _Convert(
            lambda value: [item.write(v) for v in value],
            lambda value: build(item.read(v) for v in value),
        )
    each = [_convert(part) for part in parts]
    return _Convert(
        lambda value: [c.write(v) for c, v in zip(each, value, strict=True)],
        lambda value: build(c.read(v) for c, v in zip(each, value, strict=True)),
    )


@functools.cache
def _convert(hint: Any) -> _Convert:
    """How a value of this annotation is written as JSON and read back: worked out once."""
    if (inner := _optional_of(hint)) is not None:
        one = _convert(inner)
        return _Convert(_optional(one.write), _optional(one.read))
    if typing.get_origin(hint) is tuple:
        return _sequence(typing.get_args(hint), tuple)
    hint = getattr(hint, "__supertype__", hint)  # a NewType id: its base type
    if dataclasses.is_dataclass(hint):  # a record inside a record: its fields in a list
        names, hints = zip(*_hints(hint), strict=True)
        record = typing.cast(Callable[..., Any], hint)
        fields = _sequence(hints, lambda values: record(*values))
        return _Convert(lambda value: fields.write([getattr(value, n) for n in names]), fields.read)
    if hint is dt.date:
        return _Convert(
            lambda value: value.isoformat(),
            lambda value: dt.date.fromisoformat(str(value)) if value else None,
        )
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _Convert(lambda value: value.value, hint)  # by code
    return _Convert(_same, hint if isinstance(hint, type) else _same)  # str, int, float, bool


def _hints(cls: Any) -> list[tuple[str, Any]]:
    """Each field's name and (resolved) annotation, in the record's order."""
    hints = typing.get_type_hints(cls)
    return [(f.name, hints[f.name]) for f in dataclasses.fields(cls)]


_FIELDS: dict[type, tuple[tuple[str, _Convert], ...]] = {}


def _fields(cls: type) -> tuple[tuple[str, _Convert], ...]:
    """Each field's name and conversion, worked out once per record class."""
    if cls not in _FIELDS:
        _FIELDS[cls] = tuple((name, _convert(hint)) for name, hint in _hints(cls))
    return _FIELDS[cls]


def record_to_dict(record: Any) -> dict[str, Any]:
    """Field -> JSON-ready value, for every field of a (frozen dataclass) record."""
    return {name: convert.write(getattr(record, name)) for name, convert in _fields(type(record))}


def record_from_dict(cls: type[T], raw: Mapping[str, Any]) -> T:
    """A record of ``cls`` from ``record_to_dict``'s form; a field ``raw`` lacks keeps its
    default, and a key no field has is ignored."""
    return cls(**{name: convert.read(raw[name]) for name, convert in _fields(cls) if name in raw})


def company_to_dict(company: Company) -> dict[str, Any]:
    return record_to_dict(company)


def company_from_dict(raw: Mapping[str, Any]) -> Company:
    return record_from_dict(Company, raw)


def company_to_json(company: Company) -> str:
    return json.dumps(company_to_dict(company), ensure_ascii=False, sort_keys=True)


def company_from_json(text: str) -> Company:
    return company_from_dict(json.loads(text))
