"""The Standard's catalogue as the region sees it: with the funding marks it set in the app.

The Standard marks each instrument's funding with pictures the text lost, so the TOML's
``funding`` is only a starting guess; the coordinator corrects it in «Параметры региона».
The marks come from a callable (the region service, behind the service boundary), so this
stays a pure value of the domain.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from collections.abc import Mapping

from res_desktop.domain.common.catalogue import Catalogue
from res_desktop.domain.common.catalogue import Funding
from res_desktop.domain.common.catalogue import Instrument


class MarkedCatalogue(Catalogue):
    """The standard catalogue with each instrument's ``funding`` read from the region's marks.

    The marks are read at each access, so a mark saved later is seen by every service.
    """

    _base: Catalogue
    _marks: Callable[[], Mapping[str, Funding]]

    def __init__(self, base: Catalogue, marks: Callable[[], Mapping[str, Funding]]) -> None:
        # Not the frozen dataclass's __init__: ``instruments`` is computed here, not stored.
        object.__setattr__(self, "_base", base)
        object.__setattr__(self, "_marks", marks)

    @property
    def instruments(self) -> tuple[Instrument, ...]:
        marks = self._marks()
        return tuple(
            dataclasses.replace(i, funding=marks[i.code]) if i.code in marks else i
            for i in self._base.instruments
        )

    @property
    def standard(self) -> Catalogue:
        """The catalogue as the TOML files give it (the marks' defaults)."""
        return self._base

    def __repr__(self) -> str:
        return f"MarkedCatalogue({len(self.instruments)} instruments)"
