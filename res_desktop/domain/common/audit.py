"""The history of changes in words a user reads: «Пункт 5.2: статус «в работе» → «выполнено»».

The log stores raw rows (table, old and new values as stored); the words are made here, at view
time, from a table → fields → labels map that the services assemble from each subsystem's
model. A field the map does not name is shown under its column name rather than hidden.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from res_desktop.domain.common.labelled import LabelledEnum
from res_desktop.domain.common.russian import NO_VALUE
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import datetime_short
from res_desktop.domain.common.russian import number


class Source(LabelledEnum):
    """From where a write came."""

    GUI = "gui", "окно программы"
    CLI = "cli", "командная строка"
    IMPORT = "import", "импорт"
    SQL = "sql", "другая программа (SQL)"


class Op(LabelledEnum):
    INSERT = "insert", "создание"
    UPDATE = "update", "изменение"
    DELETE = "delete", "удаление"


@dataclass(frozen=True)
class Origin:
    """Who wrote and from where: one per write transaction."""

    os_user: str = ""
    user_name: str = ""
    source: Source = Source.SQL
    place: str = ""
    batch_id: int | None = None

    @property
    def who(self) -> str:
        """«Иванова М. С. (ivanova)»: the name from the settings and the system account."""
        if self.user_name and self.os_user:
            return f"{self.user_name} ({self.os_user})"
        return self.user_name or self.os_user or NO_VALUE

    @property
    def where(self) -> str:
        if self.source is Source.IMPORT and self.batch_id is not None:
            text = f"импорт № {self.batch_id}"
        else:
            text = self.source.label
        return f"{text}: {self.place}" if self.place else text


@dataclass(frozen=True)
class Change:
    """One changed row as the log keeps it."""

    id: int
    at: str
    table: str
    row_key: str
    record_table: str
    record_id: int | None
    op: str
    old: Mapping[str, Any]
    new: Mapping[str, Any]
    origin: Origin

    @property
    def moment(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.at)


@dataclass(frozen=True)
class AuditFilter:
    """What the log is narrowed to; None or empty means no narrowing."""

    since: dt.date | None = None
    until: dt.date | None = None
    tables: frozenset[str] = frozenset()
    user: str | None = None
    source: Source | None = None
    record: tuple[str, int] | None = None
    batch_id: int | None = None
    text: str = ""


Row = Mapping[str, Any]


@dataclass(frozen=True)
class TableWords:
    """How one table's rows are named: the record («Организация «Ромашка»») and its fields."""

    noun: str
    subsystem: str
    fields: Mapping[str, str] = field(default_factory=dict)
    # field -> stored value -> label (enum members, flags)
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    title: Callable[[Row], str] | None = None
    hidden: frozenset[str] = frozenset()


# Columns the app keeps for itself: never worth a user's reading.
TECHNICAL = frozenset({"id", "updated_at", "created_at", "sort_name", "added_at"})
YES_NO = {"0": "нет", "1": "да"}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$")
_MAX_TEXT = 80


def value_text(words: TableWords, column: str, value: object) -> str:
    """A stored value as the user entered it: labels for codes, ДД.ММ.ГГГГ for dates."""
    if value is None or value == "":
        return "пусто"
    labels = words.values.get(column)
    if labels is not None and str(value) in labels:
        return labels[str(value)]
    if isinstance(value, float):
        return number(value, 2)
    text = str(value)  # an integer too: a year or a count, never «2 026»
    if _ISO_DATE.match(text):
        return date_short(dt.date.fromisoformat(text))
    if _ISO_MOMENT.match(text):
        return datetime_short(dt.datetime.fromisoformat(text))
    text = " ".join(text.split())
    return text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 1] + "…"


def field_label(words: TableWords, column: str) -> str:
    return words.fields.get(column, column)


def _shown(words: TableWords, row: Row) -> list[str]:
    return [c for c in row if c not in TECHNICAL and c not in words.hidden]


def named(words: TableWords, state: Row, fallback: str) -> str:
    """A record's name from its fields (``fallback`` when they do not name it)."""
    if words.title is not None:
        try:
            found = words.title(state)
        except (KeyError, ValueError, TypeError):
            found = ""
        if found:
            return found
    return fallback


def record_title(words: TableWords, change: Change, known: Row | None = None) -> str:
    """The record the change is about, named from its state (``known``: the row as it is
    now, for an update, whose own fields are only the changed ones)."""
    state = {**(known or {}), **change.old, **change.new}
    return named(words, state, f"{words.noun} № {change.row_key}")


def state_text(words: TableWords, row: Row) -> str:
    """«статус «выполнено»; ответственный «Петров»»: a whole row (created or deleted)."""
    return "; ".join(
        f"{field_label(words, c)} «{value_text(words, c, row[c])}»"
        for c in _shown(words, row)
        if row[c] not in (None, "")
    )


def detail(words: TableWords, change: Change) -> str:
    """What changed, the record's name apart: «статус «в работе» → «выполнено»»."""
    if change.op == Op.UPDATE:
        parts = [
            f"{field_label(words, c)} «{value_text(words, c, change.old.get(c))}» → "
            f"«{value_text(words, c, change.new.get(c))}»"
            for c in _shown(words, change.new)
        ]
        return "; ".join(parts) or "служебные поля"
    if change.op == Op.INSERT:
        state = state_text(words, change.new)
        return "добавлено" + (f" ({state})" if state else "")
    state = state_text(words, change.old)
    return "удалено" + (f"; последнее состояние: {state}" if state else "")


def describe(words: TableWords, change: Change, known: Row | None = None) -> str:
    """The change in one line: «Пункт 5.2: статус «в работе» → «выполнено»»."""
    return f"{record_title(words, change, known)}: {detail(words, change)}"


def unknown_table(table: str) -> TableWords:
    """A table the map does not know (added later, or another program's): its raw name."""
    return TableWords(noun=f"Таблица {table}, запись", subsystem="Прочее")
