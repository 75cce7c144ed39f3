"""Reading ministries' tables: encoding, separator, header row, titles, cell values."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from res_desktop.domain.exporters.columns import field_title
from res_desktop.domain.exporters.columns import recognise_title
from res_desktop.domain.exporters.import_ids import inn_ok
from res_desktop.domain.exporters.import_parsing import Rejection
from res_desktop.domain.exporters.import_parsing import company_from_record
from res_desktop.domain.exporters.import_parsing import company_to_record
from res_desktop.domain.exporters.import_parsing import detect_encoding
from res_desktop.domain.exporters.import_parsing import detect_header_row
from res_desktop.domain.exporters.import_parsing import detect_separator
from res_desktop.domain.exporters.import_parsing import merge
from res_desktop.domain.exporters.import_rows import parse_row
from res_desktop.domain.exporters.import_rows import prepare
from res_desktop.domain.exporters.import_values import parse_countries
from res_desktop.domain.exporters.import_values import parse_date
from res_desktop.domain.exporters.import_values import parse_needs
from res_desktop.domain.exporters.import_values import parse_products
from res_desktop.domain.exporters.import_values import parse_sme
from res_desktop.domain.exporters.import_values import parse_sources
from res_desktop.domain.exporters.import_values import parse_stage
from res_desktop.domain.exporters.import_values import parse_status
from res_desktop.domain.exporters.import_values import parse_volume
from res_desktop.domain.exporters.model import Company
from res_desktop.domain.exporters.model import DataSource
from res_desktop.domain.exporters.model import ExporterStatus
from res_desktop.domain.exporters.model import ExportStage
from res_desktop.domain.exporters.model import Need
from res_desktop.domain.exporters.model import Product
from res_desktop.domain.exporters.model import SmeCategory
from res_desktop.domain.exporters.model import is_valid_inn


def test_encoding() -> None:
    text = "ИНН;Наименование\n"
    assert detect_encoding(b"\xef\xbb\xbf" + text.encode()) == "utf-8-sig"
    assert detect_encoding(text.encode()) == "utf-8"
    assert detect_encoding(text.encode("cp1251")) == "cp1251"
    assert detect_encoding(text.encode()[:-2]) == "utf-8"  # a sample cut inside a letter


def test_commas_in_addresses_do_not_fool_the_separator() -> None:
    sample = (
        "Реестр экспортёров\n"
        "ИНН;Наименование;Адрес\n"
        "0003746069;ООО «Лён»;г. Смоленск, ул. Ленина, д. 1\n"
        "0002334320;АО «Маш»;г. Вязьма, ул. Заводская, д. 5, стр. 2\n"
        "0002649376;ООО «Хлеб»;д. Ивановка\n"
    )
    assert detect_separator(sample) == ";"
    assert detect_separator(sample.replace(";", "\t")) == "\t"
    commas = 'ИНН,Наименование,Адрес\n1,"ООО «Лён»","г. Смоленск, ул. Ленина"\n2,АО,Вязьма\n'
    assert detect_separator(commas) == ","


def test_header_row_skips_title_rows() -> None:
    rows = [
        ["Реестр экспортёров Смоленской области", "", ""],
        ["", "", ""],
        ["№ п/п", "ИНН", "Наименование организации", "Адрес"],
        ["1", "0003746069", "ООО «Лён»", "г. Смоленск"],
    ]
    assert detect_header_row(rows) == 2
    assert detect_header_row([["", ""], ["данные", "без заголовков"]]) == 1


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("ИНН", "inn"),
        ("ОГРН/ОГРНИП", "ogrn"),
        ("ОГРНИП", "ogrn"),
        ("Полное наименование", "full_name"),
        ("Наименование организации", "full_name"),
        ("Краткое наименование", "short_name"),
        ("Категория субъекта МСП", "sme_category"),
        ("Муниципальное образование", "municipality"),
        ("Городской округ", "municipality"),
        ("Район", "municipality"),
        ("ОКВЭД (основной)", "okved"),
        ("Отрасль", "industry"),
        ("Статус", "status"),
        ("Этап экспорта", "export_stage"),
        ("Коды ТН ВЭД", "products"),
        ("Продукция", "products"),
        ("Наименование продукции", "products"),
        ("Страны экспорта", "countries"),
        ("Объём экспорта 2025, тыс. долл. США", "volume:2025"),
        ("Объем экспорта в 2024 г., тыс. долл. США", "volume:2024"),
        ("Потребности", "needs"),
        ("Барьеры", "barriers"),
        ("Источник", "sources"),
        ("Контактное лицо", "contact_person"),
        ("Телефон", "contact_phone"),
        ("E-mail", "contact_email"),
        ("Примечание", "notes"),
        ("Дата проверки", "last_checked"),
        ("№ п/п", ""),
        ("Адрес", None),
        ("Объём экспорта, тыс. долл. США", None),  # no year: the user picks it
    ],
)
def test_russian_titles(title: str, field: str | None) -> None:
    assert recognise_title(title) == field


def test_values() -> None:
    assert parse_volume("1\u00a0234\u00a0567,89") == 1234567.89
    assert parse_volume("1 234,5") == 1234.5
    assert parse_volume("1,234,567.5") == 1234567.5
    assert parse_volume(12.5) == 12.5
    with pytest.raises(ValueError, match="не число"):
        parse_volume("много")
    with pytest.raises(ValueError, match="отрицательным"):
        parse_volume("-5")
    assert parse_date("05.04.2026") == dt.date(2026, 4, 5)
    assert parse_date(dt.datetime(2026, 4, 5, 0, 0)) == dt.date(2026, 4, 5)
    assert parse_date(46117.0) == dt.date(2026, 4, 5)  # an Excel day number
    with pytest.raises(ValueError, match=r"«31\.02\.2026» — нет такой даты"):
        parse_date("31.02.2026")
    with pytest.raises(ValueError, match=r"ДД\.ММ\.ГГГГ"):
        parse_date("весной")
    assert parse_products("0406900000, 220300 пиво") == (
        Product("040690", ""),
        Product("220300", "пиво"),
    )
    assert parse_products("040690 220300") == (Product("040690"), Product("220300"))
    assert parse_products(40690.0) == (Product("040690"),)  # Excel dropped the zero
    with pytest.raises(ValueError, match="короче 6"):
        parse_products("0406")
    assert parse_countries("Китай; Республика Беларусь; KZ") == ("CN", "BY", "KZ")
    assert parse_countries("CN, kz") == ("CN", "KZ")
    with pytest.raises(ValueError, match="не найдена"):
        parse_countries("Атлантида")


def test_words() -> None:
    assert parse_sme("Малое предприятие") is SmeCategory.SMALL
    assert parse_sme("микропредприятие") is SmeCategory.MICRO
    assert parse_sme("нет данных") is SmeCategory.UNKNOWN
    assert parse_status("Действующий экспортёр") is ExporterStatus.ACTIVE
    assert parse_status("потенциальный экспортер") is ExporterStatus.POTENTIAL
    assert parse_status("прекративший экспорт") is ExporterStatus.STOPPED
    assert parse_stage("первые экспортные поставки") is ExportStage.FIRST_DEALS
    with pytest.raises(ValueError, match="этап"):
        parse_stage("неизвестно")
    needs, text = parse_needs("обучение; участие в международных выставках; свой склад в Минске")
    assert needs == (Need.TRAINING, Need.EXHIBITIONS)
    assert text == "свой склад в Минске"
    assert parse_sources("ФТС России (15.03.2026); ФНС; Минсельхоз") == (
        (DataSource.FTS, dt.date(2026, 3, 15)),
        (DataSource.FNS, None),
        (DataSource.OTHER, None),
    )


def test_fast_inn_check_agrees_with_the_official_one() -> None:
    rng = random.Random(6)
    numbers = [str(rng.randrange(10**9, 10**10)) for _ in range(3000)]
    numbers += [str(rng.randrange(10**11, 10**12)) for _ in range(3000)]
    numbers += ["7707083893", "500100732259", "770708389", "77070838931", "7707O83893"]
    assert [inn_ok(n) for n in numbers] == [is_valid_inn(n) for n in numbers]
    assert sum(inn_ok(n) for n in numbers) > 300  # the sample holds valid ones too


def test_row_rejected_with_every_reason() -> None:
    columns = prepare([(0, "inn"), (1, "full_name"), (2, "volume:2025"), (3, "countries")])
    bad = parse_row(["123", "ООО", "сто", "Атлантида"], columns, 9)
    assert isinstance(bad, Rejection)
    assert (bad.row, bad.field) == (9, "ИНН")
    assert bad.reason.count(";") == 2
    assert field_title("volume:2025") in bad.reason
    missing = parse_row(["", "ООО «Лён»"], columns, 4)
    assert isinstance(missing, Rejection)
    assert missing.reason == "ИНН: не указан ИНН"


def test_merge_keeps_what_the_row_leaves_blank() -> None:
    old = Company(
        inn="7707083893", full_name="ПАО", countries=("CN",),
        export_volume=((2024, 1.0),), sources=((DataSource.FTS, dt.date(2026, 1, 1)),),
    )  # fmt: skip
    new = Company(
        inn="7707083893", full_name="", countries=("KZ",), export_volume=((2025, 2.0),),
        sources=((DataSource.FTS, None), (DataSource.FNS, dt.date(2026, 2, 1))),
    )  # fmt: skip
    merged = merge(old, new, frozenset({"countries", "volume:2025", "sources"}))
    assert merged.full_name == "ПАО"
    assert merged.countries == ("CN", "KZ")  # added to the known ones (issue 15)
    assert merged.export_volume == ((2024, 1.0), (2025, 2.0))
    assert merged.sources == (
        (DataSource.FTS, dt.date(2026, 1, 1)),
        (DataSource.FNS, dt.date(2026, 2, 1)),
    )


def test_record_round_trip() -> None:
    company = Company(
        inn="7707083893", full_name="ПАО", export_stage=ExportStage.REGULAR,
        products=(Product("040690", "сыры"),), needs=(Need.FINANCE,),
        sources=((DataSource.CPE, None),), last_checked=dt.date(2026, 5, 1),
        export_volume=((2025, 10.5),),
    )  # fmt: skip
    assert company_from_record(company_to_record(company)) == company
