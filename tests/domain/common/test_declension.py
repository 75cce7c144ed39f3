"""Names, positions and regions in the cases official papers need."""

from __future__ import annotations

import dataclasses

import pytest

from res_desktop.domain.common.declension import accusative_short
from res_desktop.domain.common.declension import genitive_phrase
from res_desktop.domain.common.declension import in_region
from res_desktop.domain.common.declension import initials_after
from res_desktop.domain.common.declension import initials_before
from res_desktop.domain.common.declension import position_genitive
from res_desktop.domain.common.profile import RegionProfile
from res_desktop.domain.common.russian import plural_genitive

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("name", "before", "after"),
    [
        ("Громов Андрей Павлович", "А.П. Громов", "Громов А.П."),
        ("Иванова  Мария Сергеевна", "М.С. Иванова", "Иванова М.С."),
        ("Иванова М. С.", "М.С. Иванова", "Иванова М.С."),
        ("Лебедев Р.О.", "Р.О. Лебедев", "Лебедев Р.О."),
        ("Громов", "Громов", "Громов"),
    ],
)
def test_initials_keep_to_the_surname(name: str, before: str, after: str) -> None:
    """ГОСТ Р 7.0.97: «А.П. Громов» under a signature, initials without a space between."""
    assert initials_before(name) == before.replace(" ", NBSP)
    assert initials_after(name) == after.replace(" ", NBSP)


@pytest.mark.parametrize(
    ("name", "accusative"),
    [
        ("Иванова Мария Сергеевна", "Иванову М.С."),
        ("Громов Андрей Павлович", "Громова А.П."),
        ("Белова Наталья Игоревна", "Белову Н.И."),
        ("Шевчук Анна Ивановна", "Шевчук А.И."),  # a woman's -ук surname does not decline
        ("Шевчук Иван Петрович", "Шевчука И.П."),
        ("Черных Пётр Ильич", "Черных П.И."),
    ],
)
def test_heard_takes_the_accusative(name: str, accusative: str) -> None:
    assert accusative_short(name) == accusative.replace(" ", NBSP)


def test_positions_and_organisations_in_the_genitive() -> None:
    assert position_genitive("Министр") == "министра"
    assert position_genitive("Начальник отдела поддержки экспорта") == (
        "начальника отдела поддержки экспорта"
    )
    assert position_genitive("Заместитель министра") == "заместителя министра"
    assert position_genitive("Генеральный директор") == "генерального директора"
    assert position_genitive("Коммерческий директор") == "коммерческого директора"
    assert position_genitive("Глава администрации") == "главы администрации"
    assert genitive_phrase("Министерство экономического развития Калужской области") == (
        "Министерства экономического развития Калужской области"
    )
    assert genitive_phrase("Торгово-промышленная палата") == "Торгово-промышленной палаты"
    assert genitive_phrase("ООО «Демо-Агро»") == "ООО «Демо-Агро»"  # left as registered


@pytest.mark.parametrize(
    ("region", "phrase"),
    [
        ("Калужская область", "в Калужской области"),
        ("Республика Татарстан", "в Республике Татарстан"),
        ("Краснодарский край", "в Краснодарском крае"),
        ("Владимирская область", "во Владимирской области"),
        ("Вологодская область", "в Вологодской области"),
        ("Ханты-Мансийский автономный округ — Югра", "в Ханты-Мансийском автономном округе — Югре"),
        ("Чувашская Республика — Чувашия", "в Чувашской Республике — Чувашии"),
        ("Москва", "в Москве"),
        ("Еврейская автономная область", "в Еврейской автономной области"),
    ],
)
def test_in_region(region: str, phrase: str) -> None:
    assert in_region(region) == phrase.replace(" ", NBSP, 1)


def test_counts_in_the_genitive() -> None:
    """«не менее 4 инструментов», «не хватает 1 инструмента», «из 21 члена»."""
    assert plural_genitive(1, "инструмента", "инструментов") == "1 инструмента"
    assert plural_genitive(4, "инструмента", "инструментов") == "4 инструментов"
    assert plural_genitive(11, "инструмента", "инструментов") == "11 инструментов"
    assert plural_genitive(21, "члена", "членов") == "21 члена"


def test_the_transcript_can_be_typed_by_hand() -> None:
    profile = RegionProfile(
        "40", "Калужская область", "Министерство", 2024, head_name="Громов Андрей Павлович"
    )
    assert profile.signature_transcript == f"А.П.{NBSP}Громов"
    typed = dataclasses.replace(profile, head_signature="А. Громов")
    assert typed.signature_transcript == "А. Громов"
