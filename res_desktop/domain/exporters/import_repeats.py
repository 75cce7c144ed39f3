"""One ИНН in several rows of a file, and what an update changes (issue 15).

The user chooses what repeats give (the first row, the last, or both combined), and the
dry run shows each choice's outcome and every update field by field: nothing is decided
silently.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass

from res_desktop.domain.common.labelled import LabelledEnum
from res_desktop.domain.exporters import columns as col
from res_desktop.domain.exporters.field_values import field_text
from res_desktop.domain.exporters.import_parsing import ParsedRow
from res_desktop.domain.exporters.import_parsing import merge
from res_desktop.domain.exporters.model import Company


class RepeatChoice(LabelledEnum):
    """What the rows of one ИНН give: the choice is the user's, the default is «combine»."""

    FIRST = "first", "оставить первую строку"
    LAST = "last", "оставить последнюю строку"
    COMBINE = "combine", "объединить строки"

    @property
    def counted(self) -> str:
        """The repeats' term in the accounting line."""
        return _COUNTED[self]


_COUNTED = {
    RepeatChoice.FIRST: "повторы ИНН (оставлена первая строка)",
    RepeatChoice.LAST: "повторы ИНН (оставлена последняя строка)",
    RepeatChoice.COMBINE: "повторы ИНН объединены",
}


def resolve(choice: RepeatChoice, earlier: ParsedRow, later: ParsedRow) -> ParsedRow:
    """Two rows of one ИНН as one: combined, a value given in one row fills what the other
    left blank, lists are united and where both give a value the earlier row's stays."""
    if choice is RepeatChoice.FIRST:
        return earlier
    if choice is RepeatChoice.LAST:
        return later
    company = merge(earlier.company, later.company, later.fields, kept=earlier.fields)
    fields = earlier.fields | later.fields
    return ParsedRow(earlier.row, company, fields, earlier.notes + later.notes)


def resolve_all(choice: RepeatChoice, rows: Sequence[ParsedRow]) -> ParsedRow:
    kept = rows[0]
    for row in rows[1:]:
        kept = resolve(choice, kept, row)
    return kept


def outcome(base: Company | None, row: ParsedRow) -> Company:
    """The registry's record after the row: a new company, or the update of ``base``."""
    return row.company if base is None else merge(base, row.company, row.fields)


def _fields(companies: Iterable[Company]) -> list[str]:
    years = sorted({y for c in companies for y, _v in c.export_volume})
    volumes = [col.volume_field(y) for y in years]
    return [*col.EXPORT_ORDER_BEFORE_VOLUMES, *volumes, *col.EXPORT_ORDER_AFTER_VOLUMES]


def _quoted(text: str) -> str:
    return f"«{text}»" if text else "не указано"


@dataclass(frozen=True)
class FieldChange:
    title: str
    before: str
    after: str

    def __str__(self) -> str:
        return f"{self.title}: {_quoted(self.before)} → {_quoted(self.after)}"


def field_changes(before: Company, after: Company) -> tuple[FieldChange, ...]:
    """The fields an update changes, in the order of an exported file's columns."""
    found = []
    for field in _fields((before, after)):
        old, new = field_text(before, field), field_text(after, field)
        if old != new:
            found.append(FieldChange(col.field_title(field), old, new))
    return tuple(found)


@dataclass(frozen=True)
class UpdateDiff:
    """What one row changes in a company the registry holds."""

    row: int
    inn: str
    name: str  # the registry's full name before the update
    changes: tuple[FieldChange, ...]
    warning: str = ""  # a new full name beside the old short name: maybe another company

    def lines(self) -> list[str]:
        head = f"Строка {self.row}, ИНН {self.inn} («{self.name}»):"
        found = [head, *(f"  {c}" for c in self.changes)]
        return found + ([f"  Внимание: {self.warning}"] if self.warning else [])


def update_diff(row: int, before: Company, after: Company) -> UpdateDiff:
    changes = field_changes(before, after)
    warning = ""
    renamed = before.full_name != after.full_name
    if renamed and before.short_name and before.short_name == after.short_name:
        warning = (
            f"полное наименование изменено, а краткое «{after.short_name}» осталось от "
            "прежней записи: проверьте, что это одна организация"
        )
    return UpdateDiff(row, before.inn, before.full_name, changes, warning)


@dataclass(frozen=True)
class RepeatGroup:
    """The rows of one ИНН and what each choice would make of the company."""

    inn: str
    rows: tuple[int, ...]
    outcomes: tuple[tuple[RepeatChoice, tuple[FieldChange, ...]], ...] = ()

    def lines(self) -> list[str]:
        numbers = ", ".join(str(r) for r in self.rows)
        head = f"ИНН {self.inn} — строки {numbers}"
        if not self.outcomes:
            return [head]
        if not any(values for _choice, values in self.outcomes):
            return [f"{head}: все варианты дают одно и то же"]
        found = [f"{head}:"]
        for choice, values in self.outcomes:
            shown = "; ".join(f"{v.title}: {_quoted(v.after)}" for v in values)
            found.append(f"  {choice.label}: {shown}")
        return found


def repeat_group(base: Company | None, rows: Sequence[ParsedRow]) -> RepeatGroup:
    """Each choice's outcome, shown by the fields where the choices differ."""
    results = {c: outcome(base, resolve_all(c, rows)) for c in RepeatChoice}
    fields = _fields(results.values())
    differing = [f for f in fields if len({field_text(r, f) for r in results.values()}) > 1]
    outcomes = tuple(
        (c, tuple(FieldChange(col.field_title(f), "", field_text(r, f)) for f in differing))
        for c, r in results.items()
    )
    return RepeatGroup(rows[0].company.inn, tuple(r.row for r in rows), outcomes)
