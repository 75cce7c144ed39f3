"""Block IV: «субъект Российской Федерации описывает данный инструмент и предлагает его РЭЦ к
масштабированию на другие субъекты Российской Федерации» — the record of that letter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from res_desktop.domain.checklist.own_offer import OwnOffer
from res_desktop.reports.common.data import ReportKind
from res_desktop.reports.common.quarterly import build_report
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.checklist import own_instruments_repo
from tests.conftest import TODAY
from tests.reports.common.helpers import read_pdf
from tests.services.checklist.own_instrument_helpers import add_own

D = dt.date


def test_offer_recorded_corrected_and_removed(workspace: Workspace) -> None:
    code = add_own(workspace)
    offers = workspace.own_offers
    assert offers.offer(code) is None
    saved = offers.save_offer(
        offer=OwnOffer(code, D(2026, 9, 15), " 01-08/912 ", described_on=D(2026, 9, 1))
    )
    assert saved == OwnOffer(code, D(2026, 9, 15), "01-08/912", D(2026, 9, 1))
    assert saved.summary == (
        "Описан 01.09.2026; предложен РЭЦ к масштабированию 15.09.2026, исх. № 01-08/912."
    )
    offers.save_offer(offer=OwnOffer(code, D(2026, 9, 16), "01-08/913"))
    again = offers.offer(code)
    assert again is not None and again.letter_number == "01-08/913"
    assert again.described_on is None and again.summary.startswith("Предложен РЭЦ")
    offers.delete_offer(code=code)
    assert offers.offer(code) is None
    assert offers.offer("05") is None  # the Standard's instruments are not offered


def test_offer_refused_with_russian_messages(workspace: Workspace) -> None:
    code = add_own(workspace)
    offers = workspace.own_offers
    with pytest.raises(ValidationFailed) as failed:
        offers.save_offer(offer=OwnOffer(code, TODAY + dt.timedelta(days=1), " "))
    assert failed.value.errors == {
        "letter_number": "Укажите исходящий номер письма в РЭЦ.",
        "offered_on": "Дата письма не может быть позже сегодняшней.",
    }
    with pytest.raises(ValidationFailed) as failed:
        offers.save_offer(offer=OwnOffer(code, D(2026, 9, 1), "1", described_on=D(2026, 9, 2)))
    assert failed.value.errors == {
        "offered_on": "Дата письма не может быть раньше даты описания инструмента."
    }
    with pytest.raises(ValidationFailed):
        offers.save_offer(offer=OwnOffer("R99", D(2026, 9, 1), "1"))
    assert offers.offer(code) is None


def test_deleting_the_instrument_deletes_its_offer(workspace: Workspace) -> None:
    code = add_own(workspace)
    workspace.own_offers.save_offer(offer=OwnOffer(code, D(2026, 9, 15), "7"))
    with workspace.db.atomic():
        own_instruments_repo.delete_own_instrument(workspace.db, code)
    rows = workspace.db.execute("SELECT count(*) FROM own_instrument_offer").fetchone()
    assert rows[0] == 0


def test_the_quarterly_report_names_the_offer_made_by_its_date(
    workspace: Workspace, tmp_path: Path
) -> None:
    code = add_own(workspace)
    workspace.own_offers.save_offer(
        offer=OwnOffer(code, D(2026, 9, 15), "01-08/912", described_on=D(2026, 9, 1))
    )
    q3 = workspace.reports.report_data(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
    line = (
        "IV.1 «Акселератор»: Описан 01.09.2026; предложен РЭЦ к масштабированию 15.09.2026, "
        "исх. № 01-08/912."
    )
    assert q3.extras["own_offers"] == (line,)
    text = read_pdf(build_report(q3, tmp_path / "q3.pdf")).text
    assert "предложен РЭЦ к масштабированию 15.09.2026" in " ".join(text.split())
    q2 = workspace.reports.report_data(kind=ReportKind.QUARTERLY, year=2026, quarter=2)
    assert "own_offers" not in q2.extras  # offered after 30.06.2026
