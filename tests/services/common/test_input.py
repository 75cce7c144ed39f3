"""stripped() trims only the named texts; with_id() finds a record by id or refuses in Russian."""

from __future__ import annotations

import datetime as dt

import pytest

from res_desktop.domain.records.model import ForeignAgreement
from res_desktop.services.common.input import stripped
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.results import with_id

AGREEMENT = ForeignAgreement(
    partner="  Провинция Хэйлунцзян ", country_code="CN", signed_on=dt.date(2025, 6, 1),
    title=" Соглашение ",
)  # fmt: skip


def test_named_texts_are_trimmed_and_changes_made() -> None:
    done = stripped(AGREEMENT, ("partner",), country_code="BY")
    assert (done.partner, done.title, done.country_code) == (
        "Провинция Хэйлунцзян", " Соглашение ", "BY",
    )  # fmt: skip


def test_a_record_by_id_or_the_refusal() -> None:
    records = [stripped(AGREEMENT, (), id=4), stripped(AGREEMENT, (), id=7)]
    assert with_id(records, 7, {"agreement": "нет"}) is records[1]
    with pytest.raises(ValidationFailed) as refused:
        with_id(records, 5, {"agreement": "Соглашение не найдено."})
    assert refused.value.errors == {"agreement": "Соглашение не найдено."}
