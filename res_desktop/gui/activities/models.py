"""The activities table (instruments 10-15), over the team pages' column-described model."""

from __future__ import annotations

from res_desktop.domain.activities.model import Activity
from res_desktop.domain.common.countries import country_name
from res_desktop.domain.common.russian import count, date_short, number
from res_desktop.gui.common.table_model import TableColumn, TeamTableModel


def _dates(a: Activity) -> str:
    start = date_short(a.starts_on)
    return start if a.starts_on == a.ends_on else f"{start} – {date_short(a.ends_on)}"


def _place(a: Activity) -> str:
    return f"{country_name(a.country) if a.country else 'Россия'}, {a.fmt.label}"


def _contracts(a: Activity) -> str:
    if not a.contracts_count:
        return "—"
    return f"{count(a.contracts_count)} / {number(a.contracts_kusd, 1, fixed=True)}"


ACTIVITY_COLUMNS: tuple[TableColumn[Activity], ...] = (
    TableColumn("Инструмент", lambda a: str(int(a.instrument)), lambda a: a.instrument, True),
    TableColumn("Даты", _dates, lambda a: (a.starts_on, a.ends_on)),
    TableColumn("Вид", lambda a: a.kind.label),
    TableColumn("Название", lambda a: a.title),
    TableColumn("Место, формат", _place),
    TableColumn(
        "Компаний",
        lambda a: str(max(a.companies_count, len(a.participants))),
        lambda a: max(a.companies_count, len(a.participants)),
        True,
    ),
    TableColumn("Контрактов / тыс. USD", _contracts, lambda a: a.contracts_kusd, True),
    TableColumn("Публикация", lambda a: a.link),
)


def activities_model() -> TeamTableModel[Activity]:
    model: TeamTableModel[Activity] = TeamTableModel(ACTIVITY_COLUMNS)
    model.tooltip = lambda a: a.notes
    return model
