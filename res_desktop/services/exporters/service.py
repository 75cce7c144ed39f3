"""The exporter registry (instrument 9, issue 6): companies, the table's windows, merges."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from res_desktop.domain.common.countries import country_name
from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.exporters.merge import merge_companies
from res_desktop.domain.exporters.merge import two_companies_warning
from res_desktop.domain.exporters.model import Company
from res_desktop.domain.exporters.query import CompanyRow
from res_desktop.domain.exporters.query import RegistryQuery
from res_desktop.domain.exporters.records import DuplicatePair
from res_desktop.domain.exporters.records import MergeRecord
from res_desktop.domain.exporters.serialization import company_to_json
from res_desktop.domain.exporters.validation import validate_company
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.results import found_or_refused
from res_desktop.services.common.results import refuse_invalid
from res_desktop.services.exporters.lists import RegistryListsMixin
from res_desktop.storage.exporters import lists_repo as exporters_lists
from res_desktop.storage.exporters import query_sql as exporters_query
from res_desktop.storage.exporters import repo as exporters_repo

if TYPE_CHECKING:
    from res_desktop.services.common.context import ServiceContext

NOT_FOUND = "Организация не найдена в реестре (возможно, удалена или объединена с другой)."
_OLD_MERGE = (
    "Объединение выполнено прежней версией программы, которая не сохраняла сведений для "
    "отмены. Удалённая запись сохранена в истории карточки."
)
_CHANGED_SINCE = (
    "После объединения запись изменялась (правка карточки, импорт или другое объединение): "
    "отмена вернула бы прежние значения и стёрла эти изменения. Сначала отмените более "
    "поздние изменения или перенесите сведения вручную."
)


@dataclass(frozen=True)
class FilterValues:
    """What the filter lists offer: values in use plus the region's priority industries."""

    industries: tuple[str, ...]
    municipalities: tuple[str, ...]
    countries: tuple[tuple[str, str], ...]  # (code, Russian name)


@dataclass(frozen=True)
class DuplicateView:
    pair: DuplicatePair
    first: CompanyRow
    second: CompanyRow


def _digits_only(text: str) -> str:
    return "".join(text.split())


def clean_company(company: Company) -> Company:
    """Trim what people paste: spaces in numbers and around text, lower-case country codes."""
    texts = {
        f.name: getattr(company, f.name).strip()
        for f in dataclasses.fields(Company)
        if type(getattr(company, f.name)) is str
    }
    texts.update(inn=_digits_only(company.inn), ogrn=_digits_only(company.ogrn))
    return dataclasses.replace(
        company,
        **texts,
        countries=tuple(c.strip().upper() for c in company.countries),
        products=tuple(
            dataclasses.replace(p, tnved=_digits_only(p.tnved), name=p.name.strip())
            for p in company.products
        ),
    )


class ExporterService(RegistryListsMixin):
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- one company -------------------------------------------------------------------
    def company(self, company_id: int) -> Company:
        return found_or_refused(
            exporters_repo.get_company(self._ctx.db, company_id), {"company": NOT_FOUND}
        )

    def check_company(self, company: Company) -> dict[str, str]:
        """Problems of a company as it would be saved (the card and the import use it)."""
        company = clean_company(company)
        errors = validate_company(company, self._ctx.today())
        if "inn" not in errors:
            other = exporters_repo.company_id_by_inn(self._ctx.db, company.inn)
            if other is not None and other != company.id:
                holder = self.company(other)
                errors["inn"] = (
                    f"Организация с ИНН {company.inn} уже есть в реестре: "
                    f"{holder.short_name or holder.full_name}."
                )
        return errors

    def save_company(self, *, company: Company) -> Company:
        """Add (id None) or change one company; refused whole with Russian messages."""
        company = clean_company(company)
        if company.id is not None:
            self.company(company.id)
        refuse_invalid(self.check_company(company))
        company_id = self._ctx.write(exporters_repo.save_company, company)
        return self.company(company_id)

    def delete_company(self, *, company_id: int) -> Company:
        found = self.company(company_id)
        with self._ctx.writing():
            taken_part = exporters_repo.participations(self._ctx.db, company_id)
            if taken_part:
                raise ValidationFailed(
                    {
                        "company": f"Организация указана участником мероприятий ({taken_part}): "
                        "удаление стёрло бы эти сведения. Сначала исключите её из мероприятий."
                    }
                )
            exporters_repo.delete_company(self._ctx.db, company_id)
        return found

    # -- the table ---------------------------------------------------------------------
    def total(self) -> int:
        return exporters_query.total(self._ctx.db)

    def count(self, query: RegistryQuery) -> int:
        return exporters_query.count(self._ctx.db, query)

    def page(self, query: RegistryQuery, *, offset: int, limit: int) -> list[CompanyRow]:
        return exporters_query.page(self._ctx.db, query, offset, limit)

    def filter_values(self) -> FilterValues:
        db = self._ctx.db
        listed = exporters_lists.industries(db)
        used = [i for i in exporters_query.industries_in_use(db) if i not in listed]
        countries = exporters_query.countries_in_use(db)
        return FilterValues(
            industries=(*listed, *used),
            municipalities=tuple(exporters_query.municipalities_in_use(db)),
            countries=tuple((code, country_name(code)) for code in countries),
        )

    # -- duplicates --------------------------------------------------------------------
    def duplicates(self) -> list[DuplicateView]:
        """Likely pairs; two different valid ИНН are said to be two taxpayers, and come last."""
        pairs = exporters_lists.likely_duplicates(self._ctx.db)
        ids: list[int] = sorted({i for p in pairs for i in (p.first, p.second)})
        rows = exporters_query.rows_by_ids(self._ctx.db, ids)
        views = [
            DuplicateView(
                dataclasses.replace(
                    p, warning=two_companies_warning(rows[p.first].inn, rows[p.second].inn)
                ),
                rows[p.first],
                rows[p.second],
            )
            for p in pairs
        ]
        return sorted(views, key=lambda v: bool(v.pair.warning))

    def merge(self, *, keep_id: int, remove_id: int) -> Company:
        """One record from two: lists united, support moved, the removed one kept as JSON."""
        if keep_id == remove_id:
            raise ValidationFailed({"company": "Выберите две разные записи."})
        kept, removed = self.company(keep_id), self.company(remove_id)
        merged = merge_companies(kept, removed)
        with self._ctx.writing():
            exporters_repo.merge_companies(
                self._ctx.db, keep_id, remove_id, merged, company_to_json(removed)
            )
        return self.company(keep_id)

    def undo_merge(self, *, merge_id: int) -> tuple[Company, Company]:
        """The two records back as before the merge (kept, restored); refused if it would
        lose anything: the kept record changed since, or the removed ИНН is taken again."""
        db = self._ctx.db
        with db.atomic():
            merge = exporters_repo.stored_merge(db, merge_id)
            if merge is None or merge.undone_at is not None:
                raise ValidationFailed({"merge": "Объединение не найдено или уже отменено."})
            if merge.kept_record is None or merge.merged_record is None:
                raise ValidationFailed({"merge": _OLD_MERGE})
            if exporters_repo.current_record(db, merge.kept_id) != merge.merged_record:
                raise ValidationFailed({"merge": _CHANGED_SINCE})
            holder = exporters_repo.company_id_by_inn(db, merge.removed_inn)
            if holder is not None:
                raise ValidationFailed(
                    {"merge": f"ИНН {merge.removed_inn} снова есть в реестре (другая запись): "
                     "отмена создала бы вторую организацию с тем же ИНН."}
                )  # fmt: skip
            restored = exporters_repo.undo_merge(db, merge)
        return self.company(merge.kept_id), self.company(restored)

    def merge_history(self, company_id: int) -> list[MergeRecord]:
        return exporters_lists.merge_history(self._ctx.db, company_id)

    def company_ids(self, query: RegistryQuery) -> list[CompanyId]:
        """Every id the query selects, in its order (the export of the current view)."""
        return exporters_query.page_ids(self._ctx.db, query, 0, -1)
