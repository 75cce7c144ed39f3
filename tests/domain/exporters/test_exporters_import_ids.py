"""ИНН and ОГРН cells as calamine gives them: text, int or float (issue 10.3)."""

from __future__ import annotations

import datetime as dt

import pytest

from res_desktop.domain.exporters.import_ids import Identifier
from res_desktop.domain.exporters.import_ids import read_inn
from res_desktop.domain.exporters.import_ids import read_ogrn
from res_desktop.domain.exporters.import_parsing import Note
from res_desktop.domain.exporters.import_parsing import ParsedRow
from res_desktop.domain.exporters.import_parsing import Rejection
from res_desktop.domain.exporters.import_rows import parse_row
from res_desktop.domain.exporters.import_rows import prepare


@pytest.mark.parametrize("cell", ["7736050003", " 7736 050003 ", 7736050003, 7736050003.0])
def test_ten_digits_as_text_or_number(cell: object) -> None:
    assert read_inn(cell) == Identifier("7736050003", "")  # type: ignore[arg-type]


def test_twelve_digits_and_ogrn_numbers() -> None:
    assert read_inn(500100732259.0) == Identifier("500100732259", "")
    assert read_ogrn(1027700070518.0) == Identifier("1027700070518", "")
    assert read_ogrn(300000000237570) == Identifier("300000000237570", "")


@pytest.mark.parametrize(
    ("cell", "digits", "note"),
    [
        (274062111.0, "0274062111", "ИНН 274062111 дополнен ведущим нулём: 0274062111"),
        (274062111, "0274062111", "ИНН 274062111 дополнен ведущим нулём: 0274062111"),
        ("274062111", "0274062111", "ИНН 274062111 дополнен ведущим нулём: 0274062111"),
        (27406211167, "027406211167", "ИНН 27406211167 дополнен ведущим нулём: 027406211167"),
    ],
)
def test_one_lost_zero_put_back(cell: object, digits: str, note: str) -> None:
    assert read_inn(cell) == Identifier(digits, note)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        (274062112, "«274062112» — 9 цифр; с ведущим нулём, отброшенным Excel, ИНН был бы "
         "0274062112, но контрольная сумма не сходится: проверьте цифры"),
        (2334320, "«2334320» — 7 цифр, а нужно 10 цифр (организация) или 12 "
         "(ИП, физическое лицо)"),  # one zero is what a region 01-09 loses, never three
        (7707083894, "«7707083894» — неверная контрольная сумма ИНН: проверьте цифры"),
        ("7707O83893", "«7707O83893» — ИНН состоит только из цифр"),
        ("7,73605E+09", "Excel сократил число при сохранении, и цифры номера потеряны"),
        ("7.73605e+11", "экспоненциальном виде"),
        (7736050003.25, "«7736050003,25» — дробное число, а ИНН — целое"),
        (1e20, "«100000000000000000000» — число больше, чем ИНН"),
        (float("nan"), "не ИНН"),
        (-274062111, "отрицательное число"),
        (True, "«да» — ИНН состоит только из цифр"),
        (dt.date(2026, 1, 5), "«05.01.2026» — ИНН состоит только из цифр"),
    ],
)  # fmt: skip
def test_inn_refused_with_a_reason(cell: object, reason: str) -> None:
    with pytest.raises(ValueError) as error:
        read_inn(cell)  # type: ignore[arg-type]
    assert reason in str(error.value)


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        (102770007051, "«102770007051» — 12 цифр, а нужно 13 цифр (ОГРН) или 15 (ОГРНИП); "
         "ОГРН и ОГРНИП не начинаются с нуля"),
        (30000000023757.0, "«30000000023757» — 14 цифр"),
        (1027700070519, "неверная контрольная цифра ОГРН/ОГРНИП"),
        (1e16, "число больше, чем ОГРН/ОГРНИП"),
        ("1,0277E+12", "цифры номера потеряны"),
        (10277000705, "11 цифр, а нужно"),
        (1234567890123456789012, "число больше"),
        (1, "«1» — 1 цифра"),
        (102, "«102» — 3 цифры"),
    ],
)  # fmt: skip
def test_ogrn_refused_with_a_reason(cell: object, reason: str) -> None:
    with pytest.raises(ValueError) as error:
        read_ogrn(cell)  # type: ignore[arg-type]
    assert reason in str(error.value)


def test_a_row_carries_its_notes() -> None:
    columns = prepare([(0, "inn"), (1, "ogrn"), (2, "full_name")])
    parsed = parse_row([274062111.0, 1027700070518.0, "ООО «Уфимское»"], columns, 5)
    assert isinstance(parsed, ParsedRow)
    assert (parsed.company.inn, parsed.company.ogrn) == ("0274062111", "1027700070518")
    assert parsed.notes == (Note(5, "ИНН 274062111 дополнен ведущим нулём: 0274062111"),)
    assert str(parsed.notes[0]) == "Строка 5: ИНН 274062111 дополнен ведущим нулём: 0274062111"
    refused = parse_row([274062111.0, 102770007051.0, "ООО «Уфимское»"], columns, 6)
    assert isinstance(refused, Rejection)
    assert refused.field == "ОГРН/ОГРНИП"
