"""Block IV: the record that the region described its own instrument and offered it to РЭЦ
for scaling to other regions (date, letter number)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from res_desktop.domain.checklist.own_offer import OwnOffer
from res_desktop.domain.checklist.own_offer import validate_offer
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.results import refuse_invalid
from res_desktop.storage.checklist import own_instruments_repo

if TYPE_CHECKING:
    from res_desktop.services.common.context import ServiceContext

NOT_FOUND = "Собственный инструмент не найден (возможно, удалён)."


class OwnOfferService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def _require_own(self, code: str) -> None:
        codes = {i.code for i in own_instruments_repo.load_own_instruments(self._ctx.db)}
        if code not in codes:
            raise ValidationFailed({"code": NOT_FOUND})

    def offer(self, code: str) -> OwnOffer | None:
        """None while the instrument has not been offered (and for the Standard's 1-15)."""
        if not code.startswith(own_instruments_repo.OWN_PREFIX):
            return None
        return own_instruments_repo.own_offer(self._ctx.db, code)

    def save_offer(self, *, offer: OwnOffer) -> OwnOffer:
        """Record, or correct, the letter offering the instrument to РЭЦ."""
        self._require_own(offer.code)
        offer = dataclasses.replace(
            offer, letter_number=offer.letter_number.strip(), recipient=offer.recipient.strip()
        )
        refuse_invalid(validate_offer(offer, self._ctx.today()))
        self._ctx.write(own_instruments_repo.save_own_offer, offer)
        saved = self.offer(offer.code)
        assert saved is not None
        return saved

    def delete_offer(self, *, code: str) -> None:
        self._require_own(code)
        self._ctx.write(own_instruments_repo.delete_own_offer, code)
