"""The activities table (instruments 10-15), over the shared column-described record model."""

from __future__ import annotations

from res_desktop.domain.activities.model import Activity
from res_desktop.domain.common.countries import country_name
from res_desktop.domain.common.russian import count
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import number
from res_desktop.gui.common.table_model import Column
from res_desktop.gui.common.table_model import RecordTableModel


def _dates(a: Activity) -> str:
    start = date_short(a.starts_on)
    return start if a.starts_on == a.ends_on else f"{start} – {date_short(a.ends_on)}"


def _place(a: Activity) -> str:
    return f"{country_name(a.country) if a.country else 'Россия'}, {a.fmt.label}"


def _contracts(a: Activity) -> str:
    if not a.contracts_count:
        return "—"
    return f"{count(a.contracts_count)} / {number(a.contracts_kusd, 1, fixed=True)}"


ACTIVITY_COLUMNS: tuple[Column[Activity], ...] = (
    Column("Инструмент", lambda a: str(int(a.instrument)), lambda a: a.instrument, True),
    Column("Даты", _dates, lambda a: (a.starts_on, a.ends_on)),
    Column("Вид", lambda a: a.kind.label),
    Column("Название", lambda a: a.title),
    Column("Место, формат", _place),
    Column(
        "Компаний",
        lambda a: str(max(a.companies_count, len(a.participants))),
        lambda a: max(a.companies_count, len(a.participants)),
        True,
    ),
    Column("Контрактов / тыс. USD", _contracts, lambda a: a.contracts_kusd, True),
    Column("Публикация", lambda a: a.link),
)


def activities_model() -> RecordTableModel[Activity]:
    model: RecordTableModel[Activity] = RecordTableModel(ACTIVITY_COLUMNS)
    model.tooltip = lambda a: a.notes
    return model
