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
from collections.abc import Callable, Iterator, Mapping, Sequence
from enum import Enum
from typing import Any, TypeVar

from res_desktop.domain.exporters.model import Company

T = TypeVar("T")
Convert = Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


def _optional(convert: Convert) -> Convert:
    return lambda value: None if value is None else convert(value)


def _optional_of(hint: Any) -> Any:
    """``X`` of an ``X | None`` annotation, else None."""
    if typing.get_origin(hint) not in (typing.Union, types.UnionType):
        return None
    return next(arg for arg in typing.get_args(hint) if arg is not type(None))


def _each(
    parts: Sequence[Any], convert: Callable[[Any], Convert], build: Callable[[Iterator[Any]], Any]
) -> Convert:
    """Items converted one by one, by ``tuple[X, ...]`` or by a fixed list of annotations."""
    if tuple(parts[1:]) == (Ellipsis,):
        item = convert(parts[0])
        return lambda value: build(item(v) for v in value)
    converts = [convert(part) for part in parts]
    return lambda value: build(c(v) for c, v in zip(converts, value, strict=True))


@functools.cache
def _writer(hint: Any) -> Convert:
    """How a value of this annotation becomes JSON: worked out once per annotation."""
    if (inner := _optional_of(hint)) is not None:
        return _optional(_writer(inner))
    if typing.get_origin(hint) is tuple:
        return _each(typing.get_args(hint), _writer, list)
    if dataclasses.is_dataclass(hint):
        return lambda value: list(record_to_dict(value).values())
    if isinstance(hint, type) and issubclass(hint, Enum):
        return lambda value: value.value
    return (lambda value: value.isoformat()) if hint is dt.date else _same


@functools.cache
def _reader(hint: Any) -> Convert:
    """How JSON becomes a value of this annotation: the reverse of ``_writer``."""
    if (inner := _optional_of(hint)) is not None:
        return _optional(_reader(inner))
    if typing.get_origin(hint) is tuple:
        return _each(typing.get_args(hint), _reader, tuple)
    hint = getattr(hint, "__supertype__", hint)  # a NewType id: its base type
    if dataclasses.is_dataclass(hint):
        record = typing.cast(Callable[..., Any], hint)
        return _each([h for _name, h in _hints(hint)], _reader, lambda values: record(*values))
    if hint is dt.date:
        return lambda value: dt.date.fromisoformat(str(value)) if value else None
    return hint if isinstance(hint, type) else _same  # enums by code, str, int, float, bool


def _hints(cls: Any) -> list[tuple[str, Any]]:
    """Each field's name and (resolved) annotation, in the record's order."""
    hints = typing.get_type_hints(cls)
    return [(f.name, hints[f.name]) for f in dataclasses.fields(cls)]


_FIELDS: dict[type, tuple[tuple[str, Convert, Convert], ...]] = {}


def _fields(cls: type) -> tuple[tuple[str, Convert, Convert], ...]:
    """Each field's name, writer and reader, worked out once per record class."""
    if cls not in _FIELDS:
        _FIELDS[cls] = tuple((name, _writer(h), _reader(h)) for name, h in _hints(cls))
    return _FIELDS[cls]


def record_to_dict(record: Any) -> dict[str, Any]:
    """Field -> JSON-ready value, for every field of a (frozen dataclass) record."""
    return {name: write(getattr(record, name)) for name, write, _read in _fields(type(record))}


def record_from_dict(cls: type[T], raw: Mapping[str, Any]) -> T:
    """A record of ``cls`` from ``record_to_dict``'s form; a field ``raw`` lacks keeps its
    default, and a key no field has is ignored."""
    return cls(**{name: read(raw[name]) for name, _write, read in _fields(cls) if name in raw})


def company_to_dict(company: Company) -> dict[str, Any]:
    return record_to_dict(company)


def company_from_dict(raw: Mapping[str, Any]) -> Company:
    return record_from_dict(Company, raw)


def company_to_json(company: Company) -> str:
    return json.dumps(company_to_dict(company), ensure_ascii=False, sort_keys=True)


def company_from_json(text: str) -> Company:
    return company_from_dict(json.loads(text))
