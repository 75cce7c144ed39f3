"""Tables of the registry analysis page: barriers to send, dispatch letters, industry groups."""

from __future__ import annotations

from res_desktop.domain.common.russian import count
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.exporters.analysis import BarrierDispatch
from res_desktop.domain.exporters.analysis import BarrierToSend
from res_desktop.domain.exporters.analysis import GroupStats
from res_desktop.gui.common.table_model import Column
from res_desktop.gui.common.table_model import RecordTableModel

NOT_SET = "не указано"


class BarriersModel(RecordTableModel[BarrierToSend]):
    text_tooltips = True
    columns = (
        Column("Барьер", lambda b: b.barrier.label),
        Column("Компаний", lambda b: count(b.companies), lambda b: b.companies, centered=True),
        Column("Отрасли", lambda b: ", ".join(b.industries) or "—"),
        Column("Компании (примеры)", lambda b: ", ".join(b.examples)),
    )


class DispatchesModel(RecordTableModel[BarrierDispatch]):
    text_tooltips = True
    columns = (
        Column(
            "Дата",
            lambda d: date_short(d.sent_on),
            lambda d: d.sent_on.isoformat(),
            centered=True,
        ),
        Column("Исходящий номер", lambda d: d.outgoing_number),
        Column("Адресат", lambda d: d.recipient),
    )


class GroupsModel(RecordTableModel[GroupStats]):
    """One row per industry or municipality."""

    text_tooltips = True

    columns = (
        Column("Наименование", lambda g: g.name or NOT_SET),
        Column("Компаний", lambda g: count(g.companies), lambda g: g.companies, centered=True),
        Column("Экспортёров", lambda g: str(g.exporters), lambda g: g.exporters, centered=True),
        Column("Потенциальных", lambda g: str(g.potential), lambda g: g.potential, centered=True),
        Column(
            "Этап определён", lambda g: str(g.with_stage), lambda g: g.with_stage, centered=True
        ),
        Column(
            "Потребностей",
            lambda g: str(sum(n for _k, n in g.needs)),
            lambda g: sum(n for _k, n in g.needs),
            centered=True,
        ),
        Column(
            "Барьеров",
            lambda g: str(sum(n for _k, n in g.barriers)),
            lambda g: sum(n for _k, n in g.barriers),
            centered=True,
        ),
    )
