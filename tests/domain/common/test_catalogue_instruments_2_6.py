"""Instruments 2-6 in the catalogue as the Standard's text has them: which items are criteria
(«считается внедренным, если …») and in which years, the rest recommendations."""

from __future__ import annotations

import pytest

from res_desktop import paths
from res_desktop.domain.common.catalogue import YEARS
from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.catalogue import Catalogue
from res_desktop.domain.common.catalogue import Instrument
from res_desktop.domain.common.catalogue import RegionSettings
from res_desktop.domain.common.catalogue import load_catalogue

FUNDED = RegionSettings(export_centre_federal_funding=True)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(paths.catalogue_dir())


def _criteria(instrument: Instrument, year: int, settings: RegionSettings = FUNDED) -> set[str]:
    return {
        item.key for item in instrument.items_for(year, settings) if item.basis is Basis.CRITERION
    }


@pytest.mark.parametrize("year", YEARS)
def test_instrument_2_criterion_is_the_act_competences_are_recommendations(
    catalogue: Catalogue, year: int
) -> None:
    """«Указанную функцию рекомендовано закрепить нормативным правовым актом»; «В компетенции
    РОИВ-координатора может входить: …»."""
    coordinator = catalogue.by_number(2)
    assert _criteria(coordinator, year) == {"coordinator_designated_by_act"}
    competences = [i for i in coordinator.items if i.key.startswith("competence_")]
    assert competences and all(i.basis is Basis.RECOMMENDATION for i in competences)


def test_instrument_3_criteria_by_year(catalogue: Catalogue) -> None:
    """«в первый год … сформирована и прошла обучение …; во второй и третий год … предоставлен
    отчет …; в четвертый год … проведено подтверждение квалификации»."""
    team = catalogue.by_number(3)
    assert _criteria(team, 1) == {"team_formed", "team_trained"}
    assert _criteria(team, 2) == _criteria(team, 3) == {"professional_development_report"}
    assert _criteria(team, 4) == {"qualification_confirmed"}
    business = team.item("slot_business_community")
    assert business.basis is Basis.RECOMMENDATION and "по согласованию" in business.basis_quote
    retrained = team.item("team_retrained_after_turnover")
    assert retrained.years == set(YEARS) and "более чем на 50%" in retrained.basis_quote


def test_instrument_4_funding_at_the_floor_every_year(catalogue: Catalogue) -> None:
    """Year 1: «предусмотрено необходимое финансирование …»; the amount is section V's:
    «не менее чем 0,01% ВРП …, но не менее 50 млн рублей ежегодно»."""
    programme = catalogue.by_number(4)
    assert _criteria(programme, 1) == {"programme_approved", "programme_funding"}
    for year in (2, 3, 4):
        assert _criteria(programme, year) == {
            "programme_events_executed",
            "programme_funding_current_year",
        }
    floor = programme.item("programme_funding_current_year")
    assert "0,01% ВРП" in floor.title and "50 млн рублей" in floor.title
    assert "разделом V" in floor.basis_quote
    assert "0,01% ВРП" in programme.item("programme_funding").hint


def test_instrument_5_text_leaves_instrument_4(catalogue: Catalogue) -> None:
    """«Актуализацию плана мероприятий рекомендовано проводить ежегодно» is instrument 5's
    text (the Council's section), so no item of instrument 4 quotes it."""
    programme = catalogue.by_number(4)
    assert "programme_updated" not in {item.key for item in programme.items}
    assert not any("Актуализацию плана" in item.basis_quote for item in programme.items)


@pytest.mark.parametrize("year", YEARS)
def test_instrument_5_criteria_council_meetings_chair_and_deputy_every_year(
    catalogue: Catalogue, year: int
) -> None:
    """«в первый год … создан Экспортный совет и проведено не менее двух заседаний; во второй
    год и далее ежегодно … не менее четырех заседаний»; «Председателем Совета необходимо
    определить высшее должностное лицо»; «заместителем председателя совета необходимо
    определить представителя предпринимательского сообщества»."""
    council = catalogue.by_number(5)
    meetings = "meetings_at_least_two" if year == 1 else "meetings_at_least_four"
    assert _criteria(council, year) == {
        "council_created",
        meetings,
        "council_chair_governor",
        "council_business_deputy_chair",
    }
    if year > 1:
        for key in ("coordinator_report_half_year", "plan_report", "minutes_published",
                    "meetings_public_open"):  # fmt: skip
            assert council.item(key).basis is Basis.RECOMMENDATION


def test_changed_items_quote_the_standard_in_their_hints(catalogue: Catalogue) -> None:
    changed = {
        2: ("coordinator_designated_by_act",),
        3: ("team_formed", "team_trained", "slot_business_community", "qualification_confirmed",
            "team_retrained_after_turnover"),
        4: ("programme_funding", "programme_funding_current_year",
            "programme_strategy_and_projects", "programme_blocks_2_3"),
        5: ("council_chair_governor", "council_business_deputy_chair", "meetings_at_least_four",
            "coordinator_report_half_year", "plan_report"),
        6: ("export_centre_meets_requirements",),
    }  # fmt: skip
    for number, keys in changed.items():
        for key in keys:
            hint = catalogue.by_number(number).item(key).hint
            assert hint.startswith("Стандарт") and "«" in hint, (number, key)
