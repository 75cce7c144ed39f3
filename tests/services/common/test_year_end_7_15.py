"""Every criterion item of instruments 7-15, in every implementation year and for every
region setting, can be done by 31 December of its year from records dated in that year.

The schedule counts instruments implemented «на конец года»; an item that only records of the
next year could complete (the «Экспортер года» stage held before 1 May of Y+1, the registry
analysis sent in Y+1) would keep the instrument below 100% on that date.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from res_desktop.domain.activities.model import Activity
from res_desktop.domain.activities.model import ActivityKind
from res_desktop.domain.activities.model import IntlEventsPlan
from res_desktop.domain.activities.model import SocialAccount
from res_desktop.domain.activities.model import Website
from res_desktop.domain.common.progress import Status
from res_desktop.domain.exporters.analysis import MINEC
from res_desktop.domain.exporters.analysis import BarrierDispatch
from res_desktop.domain.records.model import Presence
from res_desktop.domain.records.model import PresenceFormat
from res_desktop.domain.records.model import StaffTraining
from res_desktop.services.checklist.service import ItemEdit
from res_desktop.services.common.workspace import Workspace
from tests.services.common.year_end_helpers import criteria
from tests.services.common.year_end_helpers import year_end_workspace
from tests.services.exporters.exporters_analysis_helpers import add_company

YEAR = 2026
YEAR_END = dt.date(YEAR, 12, 31)
K = ActivityKind
CODES = tuple(f"{n:02d}" for n in range(7, 16))


def _on(month: int, day: int = 15) -> dt.date:
    return dt.date(YEAR, month, day)


def _records(ws: Workspace, low: bool) -> None:
    """One year's work, every record dated in YEAR; nothing marked by hand."""
    country = ws.records.add_country(code="CN", listed_on=_on(2))
    assert country.id is not None
    presence = Presence(country.id, PresenceFormat.TRADE_MISSION, since=_on(3))
    ws.records.add_presence(presence=presence)
    ws.records.save_training(
        training=StaffTraining(
            YEAR, planned=10, trained=10, interned=3, programmes_developed=True,
            plan_approved_on=_on(1, 20), reported_on=_on(12, 20),
        )
    )  # fmt: skip
    add_company(ws.db, "Агро", needs=("training",), barriers=("customs",),
                sources={"fts": _on(3)}, stage="interested")  # fmt: skip
    # the analysis of the previous year's registry, sent in this one, counts for this year
    ws.exporter_analysis.save_dispatch(
        dispatch=BarrierDispatch(YEAR - 1, _on(2, 10), "01-12/20", MINEC)
    )
    ws.activities.approve_plan(plan=IntlEventsPlan(YEAR, _on(1, 25), "1", planned_count=1))
    kinds = (K.SEMINAR, K.BUSINESS_MISSION, K.ECOM_POPULARISATION, K.ECOM_POPULARISATION,
             K.ECOM_TRAINING, K.MARKETPLACE_ONBOARDING, K.NATIONAL_PAVILION,
             K.ACCELERATOR_COHORT, K.MENTORING, K.EXCHANGE_PLATFORM,
             K.POPULARISATION_CAMPAIGN, K.TRADE_MISSION_PRESENTATION)  # fmt: skip
    for n, kind in enumerate(kinds):
        day = _on(4 + n % 8, 10 + n)
        ws.activities.save_activity(
            activity=Activity(kind, f"{kind.label} {n}", day, day, link=f"https://x.ru/{n}")
        )
    # the stage judging the previous year, held before 1 May of this one
    contest = K.EXPORT_NOMINATION if low else K.EXPORTER_OF_YEAR
    ws.activities.save_activity(
        activity=Activity(contest, "Конкурс", _on(4, 20), _on(4, 20), contest_year=YEAR - 1)
    )
    ws.activities.save_website(
        website=Website(
            url="https://export.example.ru",
            updated_on=_on(3),
            accounts=(SocialAccount("ВКонтакте", "https://vk.com/export67"),),
        )
    )


@pytest.mark.parametrize(
    ("implementation_year", "low", "federal_city"),
    list(itertools.product((1, 2, 3, 4), (False, True), (False, True))),
)
def test_every_criterion_done_by_31_december(
    tmp_path: Path, implementation_year: int, low: bool, federal_city: bool
) -> None:
    path = tmp_path / "region.sqlite3"
    with year_end_workspace(
        path, YEAR, implementation_year, low_export_potential=low, federal_city=federal_city
    ) as ws:
        _records(ws, low)
        manual = []
        for code, view in criteria(ws, CODES, YEAR):
            if not view.is_derived:
                manual.append((code, view.item.key))
                ws.checklists.save_item(
                    code=code, key=view.item.key, year=YEAR,
                    edit=ItemEdit(status=Status.DONE, done_on=_on(6)),
                )  # fmt: skip
        # what the user marks by hand is what no record of the app holds
        assert manual == [
            ("12", "ecom_mechanisms_defined"),
            ("12", "ecom_companies_selected"),
            ("13", "complex_programmes_access"),
            *([] if low else [("14", "exporter_of_year_winners_sent")]),
        ]
        for code, view in criteria(ws, CODES, YEAR):
            where = (code, view.item.key, view.derived_note)
            assert view.status is Status.DONE, where
            done_on = view.state.done_on
            assert done_on is None or dt.date(YEAR, 1, 1) <= done_on <= YEAR_END, where
