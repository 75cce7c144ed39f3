"""Instruments 7-15 as the Standard's text words them: criteria where it says «считается
внедренным, если», recommendations elsewhere, no copies of instrument 4's programme item."""

from __future__ import annotations

import pytest

from res_desktop import paths
from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.catalogue import Catalogue
from res_desktop.domain.common.catalogue import load_catalogue

CODES = tuple(f"{n:02d}" for n in range(7, 16))


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(paths.catalogue_dir())


def _criteria(catalogue: Catalogue, code: str) -> set[str]:
    return {i.key for i in catalogue.get(code).items if i.basis is Basis.CRITERION}


@pytest.mark.parametrize("code", CODES[3:])
def test_no_copies_of_the_programme_item(catalogue: Catalogue, code: str) -> None:
    """Instrument 4 decides «мероприятия, предусмотренные в Региональной программе»; 10-15 do
    not count them a second time."""
    assert "programme_events_done" not in {i.key for i in catalogue.get(code).items}


def test_seven_criterion_is_presence_in_every_priority_country(catalogue: Catalogue) -> None:
    """«считается внедренным, если международное присутствие в любом из вышеуказанных форматов
    обеспечено в каждой стране, определенной Экспортной стратегией как приоритетная»;
    «рекомендовано заключать соглашения» with foreign regions."""
    assert _criteria(catalogue, "07") == {
        "priority_countries_listed",
        "presence_in_each_priority_country",
    }
    agreements = catalogue.get("07").item("foreign_region_agreements")
    assert agreements.basis is Basis.RECOMMENDATION and "Стандарт:" in agreements.hint


def test_eight_year_one_criterion_is_the_programmes(catalogue: Catalogue) -> None:
    """«в первый год считается внедренным, если в регионе разработана/ы программа/ы … /
    разработана система направления студентов»; the body, plan and internships are advised."""
    year_one = {i.key for i in catalogue.get("08").items if 1 in i.years}
    assert year_one & _criteria(catalogue, "08") == {"programmes_developed"}
    for key in ("responsible_body_designated", "staff_training_plan", "internship_mechanism"):
        assert catalogue.get("08").item(key).basis is Basis.RECOMMENDATION


def test_nine_criteria_name_no_thresholds(catalogue: Catalogue) -> None:
    """«сформирована база …, проведен анализ потребностей и барьеров, результаты анализа
    переданы в профильный федеральный орган исполнительной власти»."""
    assert _criteria(catalogue, "09") == {
        "registry_formed",
        "needs_barriers_analysis",
        "barriers_sent_federal",
    }
    for key in _criteria(catalogue, "09"):
        assert catalogue.get("09").item(key).hint.startswith("Стандарт: «")
    assert "Порога Стандарт не устанавливает" in catalogue.get("09").item("registry_formed").hint


@pytest.mark.parametrize(
    ("code", "key"),
    [
        ("10", "education_platform"),
        ("10", "comprehensive_training"),
        ("15", "umbrella_brands"),
        ("15", "foreign_media_publications"),
        ("15", "supply_chains_assistance"),
    ],
)
def test_advised_items_of_10_and_15_are_recommendations(
    catalogue: Catalogue, code: str, key: str
) -> None:
    """«рекомендовано создать образовательную площадку», «рекомендовано реализовать
    комплексный подход», «рекомендуется предусмотреть инструмент продвижения … зонтичных
    брендов», «рекомендовано … обеспечить публикацию», «рекомендуется оказывать содействие»."""
    assert catalogue.get(code).item(key).basis is Basis.RECOMMENDATION


def test_fifteen_criterion_is_promotion_events_held_yearly(catalogue: Catalogue) -> None:
    """«Инструмент считается внедренным, если мероприятия, направленные на продвижение товаров
    (услуг) … на зарубежных рынках, проводятся на ежегодной основе.»"""
    assert _criteria(catalogue, "15") == {"promotion_events_yearly"}


def test_fourteen_nomination_names_the_contest_as_the_alternative(catalogue: Catalogue) -> None:
    """«проводится конкурс «Экспортер года» … или в субъекте … с низким уровнем экспортного
    потенциала … предусмотрена номинация»."""
    nomination = catalogue.get("14").item("export_nomination_other_contest")
    assert nomination.basis is Basis.CRITERION
    assert "либо проведен региональный этап конкурса «Экспортёр года»" in nomination.title
    stage = catalogue.get("14").item("exporter_of_year_regional_stage")
    assert "до 1 мая года, следующего за отчётным" in stage.hint
