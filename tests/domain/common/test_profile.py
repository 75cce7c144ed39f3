"""The region profile: implementation year, year bucket, validation."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from res_desktop.domain.common.catalogue import RegionSettings
from res_desktop.domain.common.catalogue import year_bucket
from res_desktop.domain.common.profile import RegionProfile
from res_desktop.domain.common.profile import validate_profile

TODAY = dt.date(2026, 11, 24)


def profile(**changes: object) -> RegionProfile:
    base = RegionProfile(
        region_code="67",
        region_name="Смоленская область",
        coordinator_body="Министерство экономического развития Смоленской области",
        start_year=2024,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("year", "implementation_year", "bucket"),
    [
        (2020, 1, 1),  # before the start: treated as the first year
        (2023, 1, 1),
        (2024, 1, 1),
        (2025, 2, 2),
        (2026, 3, 3),
        (2027, 4, 4),
        (2028, 5, 4),  # year 4 and later share the 4th year's criteria
        (2035, 12, 4),
    ],
)
def test_implementation_year_and_bucket(year: int, implementation_year: int, bucket: int) -> None:
    assert profile().implementation_year(year) == implementation_year
    assert profile().year_bucket(year) == bucket


@pytest.mark.parametrize(("year", "bucket"), [(-3, 1), (0, 1), (1, 1), (3, 3), (4, 4), (9, 4)])
def test_year_bucket(year: int, bucket: int) -> None:
    assert year_bucket(year) == bucket


def test_settings_follow_the_profile() -> None:
    assert profile().settings == RegionSettings(low_export_potential=False, federal_city=False)
    assert profile(low_export_potential=True, federal_city=True).settings == RegionSettings(
        low_export_potential=True, federal_city=True
    )


def test_valid_profile_has_no_errors() -> None:
    assert validate_profile(profile(), TODAY) == {}
    full = profile(
        contact_person="Иванова Мария Сергеевна",
        phone="+7 (4812) 00-00-00",
        email="export@admin-smolensk.ru",
        address="г. Смоленск",
    )
    assert validate_profile(full, TODAY) == {}


@pytest.mark.parametrize("changes", [{"region_code": ""}, {"region_name": ""}])
def test_region_is_required(changes: dict[str, str]) -> None:
    assert validate_profile(profile(**changes), TODAY) == {
        "region": "Выберите субъект Российской Федерации."
    }


@pytest.mark.parametrize("body", ["", "  ", "ab", "  ab  "])
def test_coordinator_body_is_required(body: str) -> None:
    assert validate_profile(profile(coordinator_body=body), TODAY) == {
        "coordinator_body": "Укажите наименование РОИВ-координатора."
    }


@pytest.mark.parametrize(
    ("start_year", "valid"), [(2018, False), (2019, True), (2027, True), (2028, False)]
)
def test_start_year_range(start_year: int, valid: bool) -> None:
    errors = validate_profile(profile(start_year=start_year), TODAY)
    if valid:
        assert errors == {}
    else:
        assert errors == {"start_year": "Год начала внедрения должен быть от 2019 до 2027."}


@pytest.mark.parametrize(
    ("email", "valid"),
    [
        ("", True),
        ("export@admin-smolensk.ru", True),
        (" export@admin-smolensk.ru ", True),
        ("экспорт@минэк.рф", True),
        ("export", False),
        ("export@", False),
        ("export@admin", False),
        ("ex port@admin.ru", False),
    ],
)
def test_email(email: str, valid: bool) -> None:
    errors = validate_profile(profile(email=email), TODAY)
    assert errors == ({} if valid else {"email": "Адрес электронной почты указан неверно."})


def test_all_errors_reported_at_once() -> None:
    bad = profile(region_code="", coordinator_body="", start_year=1999, email="нет")
    assert set(validate_profile(bad, TODAY)) == {
        "region",
        "coordinator_body",
        "start_year",
        "email",
    }
