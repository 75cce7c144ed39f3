"""Block IV: the region described its own instrument and offered it to РЭЦ.

«При наличии дополнительного инструмента … и успешного опыта его внедрения субъект Российской
Федерации описывает данный инструмент и предлагает его РЭЦ к масштабированию на другие
субъекты Российской Федерации.» The record is the letter: when, its number, and when the
description was made.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from res_desktop.domain.common.dates import not_after_today
from res_desktop.domain.common.dates import not_before
from res_desktop.domain.common.russian import date_short

REC_RECIPIENT = "АО «Российский экспортный центр»"


@dataclass(frozen=True)
class OwnOffer:
    code: str  # the own instrument's code, R1, R2, …
    offered_on: dt.date
    letter_number: str
    described_on: dt.date | None = None
    recipient: str = REC_RECIPIENT

    @property
    def summary(self) -> str:
        """«Описан 01.09.2026; предложен РЭЦ к масштабированию 15.09.2026, исх. № 01-08/912.»"""
        described = f"Описан {date_short(self.described_on)}; п" if self.described_on else "П"
        return (
            f"{described}редложен РЭЦ к масштабированию {date_short(self.offered_on)}, "
            f"исх. № {self.letter_number}."
        )


def validate_offer(offer: OwnOffer, today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not offer.letter_number.strip():
        errors["letter_number"] = "Укажите исходящий номер письма в РЭЦ."
    if not offer.recipient.strip():
        errors["recipient"] = "Укажите адресата письма."
    if future := not_after_today(offer.offered_on, today, "Дата письма"):
        errors["offered_on"] = future
    if future := not_after_today(offer.described_on, today, "Дата описания"):
        errors["described_on"] = future
    elif late := not_before(
        offer.offered_on, offer.described_on, "Дата письма", "даты описания инструмента"
    ):
        errors["offered_on"] = late
    return errors
