"""The registry's lists as services: support log, saved filters, priority industries."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from res_desktop.domain.activities.model import ActivityKind
from res_desktop.domain.exporters.model import Company
from res_desktop.domain.exporters.query import RegistryQuery
from res_desktop.domain.exporters.records import ActivitySupport
from res_desktop.domain.exporters.records import SavedFilter
from res_desktop.domain.exporters.records import SupportRecord
from res_desktop.domain.exporters.validation import validate_support
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.results import cleaned_names
from res_desktop.services.common.results import refuse_invalid
from res_desktop.storage.exporters import lists_repo as exporters_lists

if TYPE_CHECKING:
    from res_desktop.services.common.context import ServiceContext

_INDUSTRY_REFUSALS = ("Название отрасли не может быть пустым.", "Отрасль указана в списке дважды.")


class RegistryListsMixin:
    """Mixed into ExporterService: one transaction per action, Russian messages."""

    _ctx: ServiceContext

    def company(self, company_id: int) -> Company:  # provided by ExporterService
        raise NotImplementedError

    # -- support log -------------------------------------------------------------------
    def support_records(self, company_id: int) -> list[SupportRecord]:
        return exporters_lists.SUPPORT.load(self._ctx.db, company_id=company_id)

    def activity_support(self, company_id: int) -> list[ActivitySupport]:
        """The activities (instruments 10-15) the company took part in, as support it got."""
        found = []
        for day, title, kind in exporters_lists.participations(self._ctx.db, company_id):
            activity_kind = ActivityKind(kind)
            found.append(
                ActivitySupport(
                    dt.date.fromisoformat(day), title, activity_kind.instrument, activity_kind.label
                )
            )
        return found

    def save_support_record(self, *, record: SupportRecord) -> SupportRecord:
        """Add (id None) or replace one support measure of a company."""
        self.company(record.company_id)
        record = dataclasses.replace(
            record,
            measure=record.measure.strip(),
            provider=record.provider.strip(),
            result=record.result.strip(),
        )
        refuse_invalid(validate_support(record, self._ctx.today()))
        table = exporters_lists.SUPPORT
        new_id = self._ctx.upsert(record, record.id, table.insert, table.update)
        saved = table.get(self._ctx.db, new_id)
        assert saved is not None
        return saved

    def delete_support_record(self, *, record_id: int) -> None:
        self._ctx.write(exporters_lists.SUPPORT.delete, record_id)

    # -- saved filters -----------------------------------------------------------------
    def saved_filters(self) -> list[SavedFilter]:
        return exporters_lists.saved_filters(self._ctx.db)

    def save_filter(self, *, name: str, query: RegistryQuery) -> SavedFilter:
        """Saves the view under a name; a filter of the same name is replaced."""
        name = " ".join(name.split())
        if not name:
            raise ValidationFailed({"name": "Укажите название фильтра."})
        filter_id = self._ctx.write(exporters_lists.save_filter, name, query)
        return SavedFilter(name, query, filter_id)

    def delete_filter(self, *, filter_id: int) -> None:
        self._ctx.write(exporters_lists.delete_filter, filter_id)

    # -- priority industries -----------------------------------------------------------
    def industries(self) -> list[str]:
        return exporters_lists.industries(self._ctx.db)

    def set_industries(self, *, names: list[str]) -> list[str]:
        cleaned = cleaned_names(names, "industries", *_INDUSTRY_REFUSALS)
        self._ctx.write(exporters_lists.set_industries, cleaned)
        return self.industries()

    def add_industry(self, *, name: str) -> list[str]:
        return self.set_industries(names=[*self.industries(), name])

    def rename_industry(self, *, old: str, new: str) -> list[str]:
        """Renames the list entry and the industry of every company that had it."""
        new = " ".join(new.split())
        if not new:
            raise ValidationFailed({"industries": "Название отрасли не может быть пустым."})
        if new != old and new.casefold() in {n.casefold() for n in self.industries()}:
            raise ValidationFailed({"industries": f"Отрасль «{new}» уже есть в списке."})
        self._ctx.write(exporters_lists.rename_industry, old, new)
        return self.industries()

    def delete_industry(self, *, name: str) -> list[str]:
        """Removes it from the list; companies keep their value (and the filter still shows it)."""
        return self.set_industries(names=[n for n in self.industries() if n != name])

    def industry_use(self, name: str) -> int:
        return exporters_lists.industry_use(self._ctx.db, name)
