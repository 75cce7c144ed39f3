"""The registry's columns in spreadsheets: field keys, Russian titles, titles recognised.

Import and export share this table, so a file the app exports is read back as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

INN = "inn"
OGRN = "ogrn"
FULL_NAME = "full_name"
SHORT_NAME = "short_name"
SME = "sme_category"
MUNICIPALITY = "municipality"
OKVED = "okved"
INDUSTRY = "industry"
STATUS = "status"
STAGE = "export_stage"
PRODUCTS = "products"
COUNTRIES = "countries"
NEEDS = "needs"
BARRIERS = "barriers"
SOURCES = "sources"
CONTACT_PERSON = "contact_person"
CONTACT_PHONE = "contact_phone"
CONTACT_EMAIL = "contact_email"
NOTES = "notes"
LAST_CHECKED = "last_checked"
VOLUME_PREFIX = "volume:"  # "volume:2025": export volume of 2025, thousand USD

FIELD_TITLES: dict[str, str] = {
    INN: "ИНН",
    OGRN: "ОГРН/ОГРНИП",
    FULL_NAME: "Полное наименование",
    SHORT_NAME: "Краткое наименование",
    SME: "Категория МСП",
    MUNICIPALITY: "Муниципальное образование",
    OKVED: "ОКВЭД (основной)",
    INDUSTRY: "Отрасль",
    STATUS: "Статус",
    STAGE: "Этап экспорта",
    PRODUCTS: "Коды ТН ВЭД",
    COUNTRIES: "Страны экспорта",
    NEEDS: "Потребности в поддержке",
    BARRIERS: "Барьеры",
    SOURCES: "Источники",
    CONTACT_PERSON: "Контактное лицо",
    CONTACT_PHONE: "Телефон",
    CONTACT_EMAIL: "E-mail",
    NOTES: "Примечание",
    LAST_CHECKED: "Дата проверки",
}
# The column order of an exported file; volume columns go after the countries.
EXPORT_ORDER_BEFORE_VOLUMES = (
    INN, OGRN, FULL_NAME, SHORT_NAME, SME, MUNICIPALITY, OKVED, INDUSTRY, STATUS, STAGE,
    PRODUCTS, COUNTRIES,
)  # fmt: skip
EXPORT_ORDER_AFTER_VOLUMES = (
    NEEDS, BARRIERS, SOURCES, CONTACT_PERSON, CONTACT_PHONE, CONTACT_EMAIL, NOTES, LAST_CHECKED,
)  # fmt: skip


def volume_field(year: int) -> str:
    return f"{VOLUME_PREFIX}{year}"


def volume_year(field: str) -> int | None:
    if field.startswith(VOLUME_PREFIX) and field[len(VOLUME_PREFIX) :].isdigit():
        return int(field[len(VOLUME_PREFIX) :])
    return None


def is_field(field: str) -> bool:
    return field in FIELD_TITLES or volume_year(field) is not None


def field_title(field: str) -> str:
    """The Russian column title of a field: also what the user sees in the mapping."""
    year = volume_year(field)
    if year is not None:
        return f"Объём экспорта {year}, тыс. долл. США"
    return FIELD_TITLES[field]


def normalise_title(title: str) -> str:
    """Casefolded, «ё» as «е», punctuation as spaces: how titles are compared."""
    text = title.casefold().replace("ё", "е")
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


_YEAR = re.compile(r"\b(19[89]\d|20\d\d)\b")


@dataclass(frozen=True)
class _Rule:
    field: str
    all_of: tuple[str, ...]  # word stems that must all be present
    none_of: tuple[str, ...] = ()


# Order matters: the first rule that matches decides («Наименование продукции» is products).
_RULES = (
    _Rule(LAST_CHECKED, ("дата", "провер")),
    _Rule(LAST_CHECKED, ("дата", "актуализ")),
    _Rule(CONTACT_EMAIL, ("e", "mail")),
    _Rule(CONTACT_EMAIL, ("email",)),
    _Rule(CONTACT_EMAIL, ("электронн", "почт")),
    _Rule(CONTACT_PHONE, ("телефон",)),
    _Rule(CONTACT_PHONE, ("тел",)),
    _Rule(CONTACT_PERSON, ("контактн", "лицо")),
    _Rule(CONTACT_PERSON, ("фио",)),
    _Rule(SOURCES, ("источник",)),
    _Rule(OGRN, ("огрн",)),
    _Rule(OGRN, ("огрнип",)),
    _Rule(INN, ("инн",)),
    _Rule(OKVED, ("оквэд",)),
    _Rule(PRODUCTS, ("тн", "вэд")),
    _Rule(PRODUCTS, ("тнвэд",)),
    _Rule(PRODUCTS, ("продукц",)),
    _Rule(PRODUCTS, ("товар",), ("оборот",)),
    _Rule(COUNTRIES, ("стран",)),
    _Rule(SHORT_NAME, ("кратк", "наименован")),
    _Rule(SHORT_NAME, ("сокращ", "наименован")),
    _Rule(FULL_NAME, ("наименован",)),
    _Rule(FULL_NAME, ("организац",), ("правов",)),
    _Rule(FULL_NAME, ("предприят",), ("категор",)),
    _Rule(FULL_NAME, ("фирм",)),
    _Rule(FULL_NAME, ("название",)),
    _Rule(SME, ("мсп",)),
    _Rule(SME, ("категор",)),
    _Rule(MUNICIPALITY, ("муниципал",)),
    _Rule(MUNICIPALITY, ("район",)),
    _Rule(MUNICIPALITY, ("городск", "округ")),
    _Rule(INDUSTRY, ("отрасл",)),
    _Rule(STAGE, ("этап",)),
    _Rule(STAGE, ("стади",)),
    _Rule(STATUS, ("статус",)),
    _Rule(NEEDS, ("потребност",)),
    _Rule(BARRIERS, ("барьер",)),
    _Rule(BARRIERS, ("проблем",)),
    _Rule(NOTES, ("примечан",)),
    _Rule(NOTES, ("комментар",)),
)


def _has(words: list[str], stem: str) -> bool:
    return any(w.startswith(stem) if len(stem) > 3 else w == stem for w in words)


def recognise_title(title: str) -> str | None:
    """The field a Russian column title names, None when unknown, "" for «№ п/п».

    «Объём экспорта 2025, тыс. долл. США» -> "volume:2025"; a volume without a year is left
    to the user, who picks the year in the mapping.
    """
    text = normalise_title(title)
    words = text.split()
    if not words:
        return None
    if words == ["n"] or text in {"no", "п п", "n п п"} or title.strip() in {"№", "№ п/п"}:
        return ""
    if _has(words, "объем") or _has(words, "стоимост"):
        year = _YEAR.search(text)
        return volume_field(int(year.group(1))) if year and _has(words, "экспорт") else None
    for rule in _RULES:
        if all(_has(words, s) for s in rule.all_of) and not any(
            _has(words, s) for s in rule.none_of
        ):
            return rule.field
    return None


def is_yearless_volume(title: str) -> bool:
    """«Объём экспорта, тыс. долл. США»: an export volume whose year the title does not say."""
    words = normalise_title(title).split()
    return (
        (_has(words, "объем") or _has(words, "стоимост"))
        and _has(words, "экспорт")
        and _YEAR.search(" ".join(words)) is None
    )


def header_signature(titles: list[str]) -> str:
    """The key under which a file's mapping is remembered: its titles, normalised."""
    return "|".join(normalise_title(t) for t in titles)
