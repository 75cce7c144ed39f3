"""One base for the enums whose members are shown to the user under a Russian label."""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class LabelledEnum(StrEnum):
    """A stored value and the Russian label shown for it, declared side by side.

    ``PLANNED = "planned", "запланировано"``: the member *is* the string ``"planned"`` (its
    value, ``str()``, JSON and SQLite form, lookup and sort order are a plain StrEnum's); the
    label is kept on the member, so no enum builds a lookup table of its own.
    """

    _value_: str
    _label: str

    # Enum calls this once per member, with the declared pair; once the class is built, calls
    # such as ``MeetingStatus("planned")`` are Enum's lookup by value instead. The label's
    # default is only there so that type checkers accept that one-argument lookup.
    def __new__(cls, value: str, label: str = "") -> Self:
        if not label:
            raise TypeError(f"{cls.__name__}: {value!r} is declared without a Russian label")
        member = str.__new__(cls, value)
        member._value_ = value
        member._label = label
        return member

    @property
    def label(self) -> str:
        return self._label
