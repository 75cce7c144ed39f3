"""The demo region's records of instruments 6-8 and its Table 1 plan (issue 7)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from res_desktop.domain.records.model import CentreKpi
from res_desktop.domain.records.model import ForeignAgreement
from res_desktop.domain.records.model import Presence
from res_desktop.domain.records.model import PresenceFormat
from res_desktop.domain.records.model import StaffTraining

if TYPE_CHECKING:
    from res_desktop.services.common.workspace import Workspace

COUNTRIES = (
    ("CN", PresenceFormat.TRADE_MISSION, "Представитель области в торгпредстве России в КНР"),
    ("KZ", PresenceFormat.OWN_OFFICE, "Представительство области в г. Астане"),
    ("BY", PresenceFormat.INTERREGIONAL, "Совместное представительство регионов ЦФО в г. Минске"),
    ("UZ", PresenceFormat.INTERNSHIPS, "Стажировки сотрудников ЦПЭ в представительстве РЭЦ"),
    ("IN", None, ""),  # no presence yet: instrument 7 stays partly done
)

# Table 1 plan values of the region's strategy (the unit of each indicator).
PLAN = {
    1: (110, 118, 126, 134, 142, 150),
    3: (115, 125, 135, 150, 160, 170),
    4: (10.2, 10.8, 11.2, 11.8, 12.3, 12.8),
    5: (15, 25, 35, 45, 55, 65),
    6: (39, 38, 38, 37, 36, 35),
    7: (84, 83, 82, 80, 79, 78),
    8: (106, 112, 118, 122, 128, 134),
}
# Growth since 2020 the demo shows for the counts taken from the registry (rows 3, 5, 8).
GROWTH = {3: 1.45, 5: 1.5, 8: 1.24}
# Hand-entered actual values of the current year where the registry holds no data.
MANUAL_ACTUAL = {1: 81_600.0, 6: 36.5, 7: 81.0}  # row 1: thousand USD, against its base
VOLUME_BASE_2020 = 60_000.0  # thousand USD: +36% by the current year
SME_SHARE = {2021: 10.1, 2022: 10.6, 2023: 11.3, 2024: 11.6, 2025: 12.2, 2026: 12.4}


def fill_records_demo(ws: Workspace, today: dt.date) -> None:
    """KPIs nearly met this year, presence in 4 of 5 countries, training, Table 1 plan."""
    rec, year = ws.records, today.year
    for past in (year - 2, year - 1):
        rec.save_kpi(kpi=CentreKpi(past, 110, 118, 25, 27, 6500, 7100.0,
                                   dt.date(past, 2, 1), dt.date(past, 12, 20)))  # fmt: skip
    rec.save_kpi(kpi=CentreKpi(year, 130, 134, 30, 28, 8000, 8150.0, dt.date(year, 2, 3)))
    for n, (code, fmt, text) in enumerate(COUNTRIES):
        country = rec.add_country(code=code, listed_on=dt.date(year - 2, 4, 15))
        if fmt is not None and country.id is not None:
            since = dt.date(year - 2 + n % 2, 3 + n, 1)
            rec.add_presence(presence=Presence(country.id, fmt, text, since))
    rec.add_agreement(agreement=ForeignAgreement("Правительство провинции Хэйлунцзян", "CN",
                      dt.date(year - 1, 9, 12),
                      "Соглашение о торгово-экономическом сотрудничестве"))  # fmt: skip
    rec.add_agreement(agreement=ForeignAgreement("Акимат Костанайской области", "KZ",
                                                 dt.date(year - 2, 6, 5)))  # fmt: skip
    rec.save_training(training=StaffTraining(year - 2, 30, 30, 8, True, dt.date(year - 2, 5, 20),
                                             dt.date(year - 2, 12, 25)))  # fmt: skip
    rec.save_training(training=StaffTraining(year - 1, 35, 36, 11, True, None,
                                             dt.date(year - 1, 12, 22)))  # fmt: skip
    rec.save_training(training=StaffTraining(year, 40, 41, 13, True))
    _table_one(ws, year)


def _table_one(ws: Workspace, year: int) -> None:
    for number, values in PLAN.items():
        for offset, value in enumerate(values):
            ws.records.set_indicator_value(number=number, year=2025 + offset, kind="plan",
                                           value=value)  # fmt: skip
    figures = ws.exporter_analysis.indicator_figures(year)
    current = {3: figures.sme_exporters, 5: figures.export_countries, 8: figures.tnved_positions}
    for number, growth in GROWTH.items():
        base = max(round(current[number] / growth), 1)  # the 2020 count, from statistics
        ws.records.set_indicator_value(number=number, year=2020, kind="base", value=base)
    ws.records.set_indicator_value(number=1, year=2020, kind="base", value=VOLUME_BASE_2020)
    for number, value in MANUAL_ACTUAL.items():
        ws.records.set_indicator_value(number=number, year=year, kind="actual", value=value)
    ws.records.set_indicator_value(number=4, year=2020, kind="actual", value=9.6)
    for past, value in SME_SHARE.items():
        ws.records.set_indicator_value(number=4, year=past, kind="actual", value=value)
