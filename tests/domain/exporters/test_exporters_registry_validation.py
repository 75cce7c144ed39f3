"""Registry checks by the official rules: ИНН, ОГРН, ОГРНИП, ТН ВЭД, countries, names."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from res_desktop.domain.common.countries import all_countries
from res_desktop.domain.common.countries import country_code
from res_desktop.domain.common.countries import country_name
from res_desktop.domain.exporters.merge import merge_companies
from res_desktop.domain.exporters.model import Company
from res_desktop.domain.exporters.model import DataSource
from res_desktop.domain.exporters.model import ExporterStatus
from res_desktop.domain.exporters.model import ExportStage
from res_desktop.domain.exporters.model import Need
from res_desktop.domain.exporters.model import Product
from res_desktop.domain.exporters.model import SmeCategory
from res_desktop.domain.exporters.names import normalise_name
from res_desktop.domain.exporters.names import sort_name
from res_desktop.domain.exporters.query import RegistryQuery
from res_desktop.domain.exporters.query import SortColumn
from res_desktop.domain.exporters.validation import validate_company

TODAY = dt.date(2026, 11, 24)
INN = "7707083893"  # ПАО Сбербанк
OGRN = "1027700132195"


def ogrnip_with_remainder(remainder: int) -> str:
    """A 15-digit ОГРНИП whose first 14 digits leave ``remainder`` mod 13."""
    body = 30450000000000
    while body % 13 != remainder:
        body += 1
    return f"{body}{remainder % 10}"


def _company(**changes: Any) -> Company:
    return dataclasses.replace(Company(inn=INN, full_name="ПАО «Сбербанк»", ogrn=OGRN), **changes)


def test_a_valid_company_has_no_errors() -> None:
    assert validate_company(_company(countries=("CN", "KZ")), TODAY) == {}


@pytest.mark.parametrize(
    ("inn", "message"),
    [
        ("", "ИНН обязателен."),
        ("77070838", "ИНН состоит из 10 цифр"),
        ("7707083894", "Неверная контрольная сумма ИНН"),
        ("500100732258", "Неверная контрольная сумма ИНН"),
    ],
)
def test_bad_inn_is_named(inn: str, message: str) -> None:
    assert message in validate_company(_company(inn=inn, ogrn=""), TODAY)["inn"]


def test_twelve_digit_inn_of_an_entrepreneur_is_valid() -> None:
    assert "inn" not in validate_company(_company(inn="500100732259", ogrn=""), TODAY)


@pytest.mark.parametrize("remainder", [10, 11, 12])
def test_ogrnip_with_remainder_10_to_12_is_valid(remainder: int) -> None:
    ogrnip = ogrnip_with_remainder(remainder)
    assert int(ogrnip[:14]) % 13 == remainder
    assert validate_company(_company(inn="500100732259", ogrn=ogrnip), TODAY) == {}
    wrong = ogrnip[:14] + str((remainder + 1) % 10)
    errors = validate_company(_company(inn="500100732259", ogrn=wrong), TODAY)
    assert errors["ogrn"] == "Неверная контрольная цифра ОГРНИП: проверьте цифры."


def test_ogrn_checks() -> None:
    assert "ОГРН" in validate_company(_company(ogrn="1027700132196"), TODAY)["ogrn"]
    assert "13 цифр" in validate_company(_company(ogrn="12345"), TODAY)["ogrn"]
    ogrnip = ogrnip_with_remainder(3)
    assert "13 цифр" in validate_company(_company(ogrn=ogrnip), TODAY)["ogrn"]


def test_every_field_check_speaks_russian() -> None:
    bad = _company(
        full_name=" ",
        okved="16-10",
        products=(Product("8471"), Product("847130")),
        countries=("XX",),
        export_volume=((2025, -1.0),),
        sources=((DataSource.FTS, TODAY + dt.timedelta(days=1)),),
        contact_email="почта",
        last_checked=TODAY + dt.timedelta(days=1),
    )
    errors = validate_company(bad, TODAY)
    assert errors == {
        "full_name": "Укажите полное наименование.",
        "okved": "Код ОКВЭД указывается в виде 00, 00.0, 00.00 или 00.00.00.",
        "products": "Код ТН ВЭД состоит из 6 цифр: 8471.",
        "countries": "Неизвестный код страны (ISO 3166): XX.",
        "export_volume": "Объём экспорта не может быть отрицательным.",
        "sources": "Дата сведений источника не может быть позже сегодняшней.",
        "contact_email": "Адрес электронной почты указан неверно.",
        "last_checked": "Дата проверки не может быть позже сегодняшней.",
    }
    years = validate_company(_company(export_volume=((1980, 1.0),)), TODAY)
    assert years["export_volume"] == "Год объёма экспорта — от 1992 до 2026."
    assert "Россия" in validate_company(_company(countries=("RU",)), TODAY)["countries"]
    twice = validate_company(_company(products=(Product("847130"), Product("847130"))), TODAY)
    assert twice["products"] == "Код ТН ВЭД указан дважды."


@pytest.mark.parametrize(
    "name",
    [
        'ООО "Ромашка"',
        "Общество с ограниченной ответственностью «Ромашка»",
        "ООО «РОМАШКА»",
        "  ооо   “Ромашка” ",
        "Ромашка, ООО",
    ],
)
def test_normalised_names_match(name: str) -> None:
    assert normalise_name(name) == "ромашка"


def test_normalising_keeps_what_tells_companies_apart() -> None:
    assert normalise_name("ПАО «Ёлка-Экспорт»") == "елка-экспорт"
    assert normalise_name("Публичное акционерное общество «Ёлка-Экспорт»") == "елка-экспорт"
    assert normalise_name("АО «Аорта»") == "аорта"  # «ао» inside a word stays
    assert normalise_name("ИП Иванов Иван Иванович") == "иванов иван иванович"
    assert sort_name("Общество «Ёж»", "ООО «Ёж»") == "еж"


def test_all_iso_countries_with_russian_names() -> None:
    countries = all_countries()
    codes = [c.code for c in countries]
    assert len(codes) == 249 and len(set(codes)) == 249
    assert all(len(c) == 2 and c.isupper() for c in codes)
    names = {c.code: c.name for c in countries}
    assert names["CN"] == "Китай" and names["AE"] == "ОАЭ" and names["BY"] == "Беларусь"
    assert names["KZ"] == "Казахстан" and names["TR"] == "Турция" and names["IN"] == "Индия"
    assert country_name("ZZ") == "ZZ"
    assert country_code("КНР") == "CN" and country_code("  турция ") == "TR"
    assert country_code("Белоруссия") == "BY" and country_code("Атлантида") is None


def test_query_json_round_trip_and_safe_fts() -> None:
    query = RegistryQuery(
        search="лён «экспорт»",
        status=ExporterStatus.ACTIVE,
        country="CN",
        stage=ExportStage.REGULAR,
        sme=SmeCategory.SMALL,
        sort=SortColumn.MUNICIPALITY,
        descending=True,
    )
    assert RegistryQuery.from_json(query.to_json()) == query
    assert query.fts_match() == '"лен" "экспорт"'  # folded as the index is (issue 15)
    assert RegistryQuery(search='") OR *').fts_match() == ""  # two letters: no trigram
    assert RegistryQuery(search='") OR *').short_words() == ["or"]
    assert RegistryQuery().fts_match() == "" and not RegistryQuery().is_filtered


def test_merge_keeps_values_of_the_kept_and_unites_lists() -> None:
    kept = _company(
        municipality="",
        products=(Product("440710", "Доска"),),
        export_volume=((2025, 10.0),),
        needs=(Need.TRAINING,),
    )
    other = Company(
        inn="7736050003",
        full_name="Другое",
        municipality="город Смоленск",
        sme_category=SmeCategory.SMALL,
        products=(Product("440710", "Брус"), Product("530911")),
        export_volume=((2025, 99.0), (2024, 5.0)),
        needs=(Need.TRAINING, Need.LOGISTICS),
    )
    merged = merge_companies(kept, other)
    assert merged.inn == INN and merged.full_name == "ПАО «Сбербанк»"
    assert merged.municipality == "город Смоленск" and merged.sme_category is SmeCategory.SMALL
    assert merged.products == (Product("440710", "Доска"), Product("530911"))
    assert merged.export_volume == ((2025, 10.0), (2024, 5.0))
    assert merged.needs == (Need.TRAINING, Need.LOGISTICS)
