"""What the registry table asks for: search words, filters and sort, and the rows it gets."""

from __future__ import annotations

import json
from dataclasses import dataclass

from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.common.labelled import LabelledEnum
from res_desktop.domain.exporters.model import ExporterStatus
from res_desktop.domain.exporters.model import ExportStage
from res_desktop.domain.exporters.model import SmeCategory
from res_desktop.domain.exporters.search import fts_match
from res_desktop.domain.exporters.search import short_words
from res_desktop.domain.exporters.search import words
from res_desktop.domain.exporters.serialization import record_from_dict
from res_desktop.domain.exporters.serialization import record_to_dict


class SortColumn(LabelledEnum):
    """Table columns, each sorted in SQL (issue 6: a proxy took 15.7 s at 100,000 rows)."""

    INN = "inn", "ИНН"
    NAME = "name", "Наименование"
    STATUS = "status", "Статус"
    SME = "sme", "Категория МСП"
    MUNICIPALITY = "municipality", "Муниципальное образование"
    INDUSTRY = "industry", "Отрасль"
    STAGE = "stage", "Стадия экспорта"
    COUNTRIES = "countries", "Страны экспорта"  # by their Russian names, alphabetically
    VOLUME = "volume", "Экспорт, тыс. долл. США"


@dataclass(frozen=True)
class RegistryQuery:
    """Search text plus optional filters; None or "" means «all»."""

    search: str = ""
    status: ExporterStatus | None = None
    industry: str | None = None
    municipality: str | None = None
    country: str | None = None
    stage: ExportStage | None = None
    sme: SmeCategory | None = None
    sort: SortColumn = SortColumn.NAME
    descending: bool = False

    def to_json(self) -> str:
        values = {k: v for k, v in record_to_dict(self).items() if v not in (None, "")}
        return json.dumps(values, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> RegistryQuery:
        return record_from_dict(cls, json.loads(text))

    @property
    def is_filtered(self) -> bool:
        chosen = (self.status, self.industry, self.municipality, self.country, self.stage, self.sme)
        return bool(words(self.search)) or any(v is not None for v in chosen)

    def fts_match(self) -> str:
        """A safe FTS5 trigram query (domain/exporters/search.py: «ё» folded, parts of words)."""
        return fts_match(self.search)

    def short_words(self) -> list[str]:
        """Words of one or two letters: looked for in the indexed text (no trigram)."""
        return short_words(self.search)


@dataclass(frozen=True)
class CompanyRow:
    """One line of the registry table: only what the table shows."""

    id: CompanyId
    inn: str
    full_name: str
    short_name: str
    status: ExporterStatus
    sme_category: SmeCategory
    municipality: str
    industry: str
    export_stage: ExportStage | None
    countries: str  # Russian names, comma-separated
    last_volume: tuple[int, float] | None  # (year, thousand USD) of the latest year

    @property
    def name(self) -> str:
        return self.short_name or self.full_name
