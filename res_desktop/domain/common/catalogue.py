"""The Standard's instruments and checklist items, loaded from resources/catalogue."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from enum import StrEnum
from pathlib import Path
from typing import Any
from typing import NewType

from res_desktop.domain.common.labelled import LabelledEnum

InstrumentCode = NewType("InstrumentCode", str)
"""'01'..'15' for the Standard's instruments, 'R<id>' for the region's own (block IV)."""

LAST_YEAR_BUCKET = 4
YEARS = (1, 2, 3, 4)
BLOCK_NAMES = {
    1: "Платформа для развития экспорта",
    2: "Доступ к мерам поддержки",
    3: "Продвижение региона и популяризация экспорта",
    4: "Собственные инструменты региона",
}
BLOCK_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


class Kind(LabelledEnum):
    ANNUAL = "annual", "ежегодный"
    ONE_TIME = "one_time", "единовременный"


class Funding(LabelledEnum):
    BUDGET = "budget", "требует средств регионального бюджета"
    NONE = "none", "не требует бюджетных средств"
    UNKNOWN = "unknown", "финансирование не указано"


class Evidence(LabelledEnum):
    NORMATIVE_ACT = "normative_act", "нормативный правовой акт"
    MINUTES = "minutes", "протокол"
    REPORT = "report", "отчёт"
    LINK = "link", "ссылка на публикацию"
    DOCUMENT = "document", "документ"


class Basis(LabelledEnum):
    """Whether the Standard's text makes an item count towards 100% or only recommends it.

    A criterion comes from the instrument's «считается внедренным, если …» sentence (or its
    year-specific criteria); everything else the text recommends.
    """

    CRITERION = "criterion", "критерий"
    RECOMMENDATION = "recommendation", "рекомендация"


class CatalogueError(ValueError):
    """A catalogue file that does not follow resources/catalogue/FORMAT.md."""


class Condition(StrEnum):
    LOW_EXPORT_POTENTIAL = "low_export_potential"
    NOT_LOW_EXPORT_POTENTIAL = "not_low_export_potential"
    FEDERAL_CITY = "federal_city"
    NOT_FEDERAL_CITY = "not_federal_city"
    # Instrument 6: «ЦПЭ соответствует требованиям Минэкономразвития России … (при условии
    # финансирования из федерального бюджета»: a federally funded centre, which a region with
    # low export potential (a specialist instead of a centre) does not have.
    FEDERALLY_FUNDED_CENTRE = "federally_funded_centre"

    def holds(self, settings: RegionSettings) -> bool:
        return {
            Condition.LOW_EXPORT_POTENTIAL: settings.low_export_potential,
            Condition.NOT_LOW_EXPORT_POTENTIAL: not settings.low_export_potential,
            Condition.FEDERAL_CITY: settings.federal_city,
            Condition.NOT_FEDERAL_CITY: not settings.federal_city,
            Condition.FEDERALLY_FUNDED_CENTRE: settings.export_centre_federal_funding
            and not settings.low_export_potential,
        }[self]


class Source(StrEnum):
    MANUAL = "manual"
    COUNCIL = "council"
    TEAM = "team"
    REGISTRY = "registry"
    PROGRAMME = "programme"  # instrument 4 and the budget (issue 7)
    ACTIVITIES = "activities"  # instruments 10-15 (issue 7)
    RECORDS = "records"  # instruments 6, 7, 8 (issue 7)


@dataclass(frozen=True)
class RegionSettings:
    """The region facts that change which criteria apply."""

    low_export_potential: bool = False
    federal_city: bool = False
    export_centre_federal_funding: bool = False  # «ЦПЭ финансируется из федерального бюджета»


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    title: str
    years: frozenset[int]
    weight: int = 1
    evidence: Evidence = Evidence.DOCUMENT
    hint: str = ""
    condition: Condition | None = None
    source: Source = Source.MANUAL
    # Where the Standard's text puts the item: basis_quote is the fragment it comes from,
    # verbatim. The loader requires both for the Standard's items; the defaults are for the
    # region's own instruments (block IV), whose items the region sets itself and counts in full.
    basis: Basis = Basis.CRITERION
    basis_quote: str = ""

    def applies(self, year_bucket: int, settings: RegionSettings) -> bool:
        in_year = year_bucket in self.years
        return in_year and (self.condition is None or self.condition.holds(settings))


@dataclass(frozen=True)
class Instrument:
    code: InstrumentCode
    number: int
    block: int
    title: str
    short_title: str
    kind: Kind
    funding: Funding
    summary: str
    items: tuple[ChecklistItem, ...] = field(default=())

    @property
    def is_own(self) -> bool:
        return self.block == 4

    @property
    def label(self) -> str:
        """The number as the coordinator says it: «5» or «IV.2»."""
        return f"IV.{self.number}" if self.is_own else str(self.number)

    def items_for(self, year_bucket: int, settings: RegionSettings) -> list[ChecklistItem]:
        return [item for item in self.items if item.applies(year_bucket, settings)]

    def item(self, key: str) -> ChecklistItem:
        for item in self.items:
            if item.key == key:
                return item
        raise KeyError(f"{self.code}: no item {key!r}")


def standard_code(number: int) -> InstrumentCode:
    return InstrumentCode(f"{number:02d}")


def year_bucket(implementation_year: int) -> int:
    """Years 4 and later share the 4th year's criteria."""
    return min(max(implementation_year, 1), LAST_YEAR_BUCKET)


def _basis(raw: dict[str, object], key: str) -> tuple[Basis, str]:
    """Both fields are required: an item without them would silently count as a criterion."""
    value = raw.get("basis")
    if value is None:
        raise CatalogueError(
            f"пункт {key}: не указано основание basis (criterion или recommendation)"
        )
    try:
        basis = Basis(str(value))
    except ValueError:
        raise CatalogueError(
            f"пункт {key}: неизвестное основание basis = {value!r}"
            " (допустимо: criterion, recommendation)"
        ) from None
    quote = raw.get("basis_quote")
    if not isinstance(quote, str) or not quote.strip():
        raise CatalogueError(f"пункт {key}: не указана цитата basis_quote из текста Стандарта")
    return basis, " ".join(quote.split())


def parse_item(raw: dict[str, object]) -> ChecklistItem:
    key = str(raw["key"])
    condition = raw.get("condition")
    basis, basis_quote = _basis(raw, key)
    return ChecklistItem(
        key=key,
        title=str(raw["title"]),
        years=frozenset(int(y) for y in raw["years"]),  # type: ignore[attr-defined]
        weight=int(raw.get("weight", 1)),  # type: ignore[call-overload]
        evidence=Evidence(str(raw.get("evidence", "document"))),
        hint=str(raw.get("hint", "")),
        condition=Condition(str(condition)) if condition else None,
        source=Source(str(raw.get("source", "manual"))),
        basis=basis,
        basis_quote=basis_quote,
    )


def parse_instrument(raw: dict[str, object]) -> Instrument:
    number = int(raw["number"])  # type: ignore[call-overload]
    return Instrument(
        code=standard_code(number),
        number=number,
        block=int(raw["block"]),  # type: ignore[call-overload]
        title=" ".join(str(raw["title"]).split()),
        short_title=str(raw["short_title"]),
        kind=Kind(str(raw["kind"])),
        funding=Funding(str(raw.get("funding", "unknown"))),
        summary=str(raw.get("summary", "")),
        items=tuple(parse_item(item) for item in raw.get("items", [])),  # type: ignore[attr-defined]
    )


@dataclass(frozen=True)
class Catalogue:
    """The 15 instruments of the Standard, in number order."""

    instruments: tuple[Instrument, ...]

    def __iter__(self) -> Iterator[Instrument]:
        return iter(self.instruments)

    def get(self, code: str) -> Instrument:
        for instrument in self.instruments:
            if instrument.code == code:
                return instrument
        raise KeyError(code)

    def by_number(self, number: int) -> Instrument:
        return self.get(standard_code(number))


def catalogue_table(folder: Path, name: str) -> list[dict[str, Any]]:
    """The entries of the catalogue file ``<name>.toml``: its array of tables ``name``."""
    return list(tomllib.loads((folder / f"{name}.toml").read_text("utf-8"))[name])


def load_catalogue(folder: Path) -> Catalogue:
    files = sorted((folder / "instruments").glob("*.toml"))
    instruments = []
    for file in files:
        try:
            instruments.append(parse_instrument(tomllib.loads(file.read_text("utf-8"))))
        except CatalogueError as error:
            name = file.relative_to(folder).as_posix()
            raise CatalogueError(f"Каталог Стандарта, файл {name}: {error}") from None
    instruments.sort(key=lambda i: i.number)
    return Catalogue(tuple(instruments))
