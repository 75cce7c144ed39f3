"""The catalogue in resources/catalogue checked against the Standard's text."""

from __future__ import annotations

import itertools
import tomllib
from pathlib import Path

import pytest

from res_desktop import paths
from res_desktop.domain.common.catalogue import YEARS
from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.catalogue import Catalogue
from res_desktop.domain.common.catalogue import CatalogueError
from res_desktop.domain.common.catalogue import ChecklistItem
from res_desktop.domain.common.catalogue import Condition
from res_desktop.domain.common.catalogue import Evidence
from res_desktop.domain.common.catalogue import Instrument
from res_desktop.domain.common.catalogue import Kind
from res_desktop.domain.common.catalogue import RegionSettings
from res_desktop.domain.common.catalogue import load_catalogue
from res_desktop.domain.common.regions import load_regions

REPO_ROOT = Path(__file__).resolve().parents[3]

NUMBERS = range(1, 16)
ONE_TIME_NUMBERS = {1, 2, 7}
SETTINGS = [
    RegionSettings(low_export_potential=low, federal_city=city, export_centre_federal_funding=fed)
    for low, city, fed in itertools.product((False, True), repeat=3)
]


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(paths.catalogue_dir())


def test_the_catalogue_is_the_one_in_the_repository() -> None:
    assert paths.catalogue_dir().resolve() == (REPO_ROOT / "resources" / "catalogue").resolve()


def test_all_15_instruments_numbered_1_to_15_in_order(catalogue: Catalogue) -> None:
    assert [i.number for i in catalogue.instruments] == list(NUMBERS)
    assert [i.code for i in catalogue.instruments] == [f"{n:02d}" for n in NUMBERS]
    assert [i.label for i in catalogue.instruments] == [str(n) for n in NUMBERS]
    assert not any(i.is_own for i in catalogue.instruments)


def test_file_names_match_instrument_numbers() -> None:
    files = sorted((paths.catalogue_dir() / "instruments").glob("*.toml"))
    assert [f.name for f in files] == [f"{n:02d}.toml" for n in NUMBERS]
    for f in files:
        assert tomllib.loads(f.read_text("utf-8"))["number"] == int(f.stem)


@pytest.mark.parametrize("number", NUMBERS)
def test_block_of_each_instrument(catalogue: Catalogue, number: int) -> None:
    expected = 1 if number <= 9 else 2 if number <= 13 else 3
    assert catalogue.by_number(number).block == expected


@pytest.mark.parametrize("number", NUMBERS)
def test_kind_of_each_instrument(catalogue: Catalogue, number: int) -> None:
    expected = Kind.ONE_TIME if number in ONE_TIME_NUMBERS else Kind.ANNUAL
    assert catalogue.by_number(number).kind is expected


@pytest.mark.parametrize("number", NUMBERS)
def test_short_title_summary_and_items_present(catalogue: Catalogue, number: int) -> None:
    instrument = catalogue.by_number(number)
    assert 0 < len(instrument.short_title) <= 40
    assert instrument.summary.strip()
    assert instrument.items


@pytest.mark.parametrize("number", NUMBERS)
def test_items_are_well_formed(catalogue: Catalogue, number: int) -> None:
    instrument = catalogue.by_number(number)
    keys = [item.key for item in instrument.items]
    assert len(keys) == len(set(keys)), f"duplicate keys in {number}"
    for item in instrument.items:
        assert item.key.isascii() and item.key == item.key.lower() and " " not in item.key
        assert item.title.strip()
        assert item.weight > 0
        assert item.years and item.years <= set(YEARS)
        assert isinstance(item.evidence, Evidence)
        assert item.condition is None or isinstance(item.condition, Condition)


@pytest.mark.parametrize("number", NUMBERS)
@pytest.mark.parametrize("year", YEARS)
@pytest.mark.parametrize(
    "settings",
    SETTINGS,
    ids=lambda s: (
        f"low{s.low_export_potential:d}-fed{s.federal_city:d}"
        f"-ffc{s.export_centre_federal_funding:d}"
    ),
)
def test_every_year_and_setting_has_applicable_items_and_a_criterion(
    catalogue: Catalogue, number: int, year: int, settings: RegionSettings
) -> None:
    items = catalogue.by_number(number).items_for(year, settings)
    assert items
    assert any(item.basis is Basis.CRITERION for item in items)


@pytest.mark.parametrize("number", NUMBERS)
def test_every_item_says_where_the_standard_puts_it(catalogue: Catalogue, number: int) -> None:
    for item in catalogue.by_number(number).items:
        assert isinstance(item.basis, Basis), item.key
        # A short verbatim fragment, long enough to be found in one place of the text.
        assert 10 <= len(item.basis_quote.split()) <= 30, item.key


# The issue's findings, checked against the text: the criterion and what is only recommended.
BASIS_FROM_THE_ISSUE = [
    (2, "coordinator_designated_by_act", Basis.CRITERION),
    (2, "competence_programme_control", Basis.RECOMMENDATION),
    (2, "competence_online_monitoring", Basis.RECOMMENDATION),
    (3, "team_formed", Basis.CRITERION),
    (3, "team_trained", Basis.CRITERION),
    (3, "slot_business_community", Basis.RECOMMENDATION),
    (3, "professional_development_report", Basis.CRITERION),
    (3, "professional_development_events", Basis.RECOMMENDATION),
    (3, "qualification_confirmed", Basis.CRITERION),
    (5, "council_created", Basis.CRITERION),
    (5, "meetings_at_least_four", Basis.CRITERION),
    (5, "council_chair_governor", Basis.CRITERION),
    (5, "council_business_deputy_chair", Basis.CRITERION),
    (5, "coordinator_report_half_year", Basis.RECOMMENDATION),
    (5, "plan_report", Basis.RECOMMENDATION),
    (5, "minutes_published", Basis.RECOMMENDATION),
    (5, "meetings_public_open", Basis.RECOMMENDATION),
    (6, "export_centre_meets_requirements", Basis.CRITERION),
    (7, "presence_in_each_priority_country", Basis.CRITERION),
    (7, "foreign_region_agreements", Basis.RECOMMENDATION),
    (8, "programmes_developed", Basis.CRITERION),
    (8, "responsible_body_designated", Basis.RECOMMENDATION),
    (8, "staff_training_plan", Basis.RECOMMENDATION),
    (8, "internship_mechanism", Basis.RECOMMENDATION),
    (10, "seminars_webinars_held", Basis.CRITERION),
    (10, "education_platform", Basis.RECOMMENDATION),
    (10, "comprehensive_training", Basis.RECOMMENDATION),
    (15, "promotion_events_yearly", Basis.CRITERION),
    (15, "umbrella_brands", Basis.RECOMMENDATION),
    (15, "foreign_media_publications", Basis.RECOMMENDATION),
    (15, "supply_chains_assistance", Basis.RECOMMENDATION),
]


@pytest.mark.parametrize(("number", "key", "basis"), BASIS_FROM_THE_ISSUE)
def test_basis_of_the_items_the_issue_checked(
    catalogue: Catalogue, number: int, key: str, basis: Basis
) -> None:
    assert catalogue.by_number(number).item(key).basis is basis


def test_the_criterion_quotes_the_implementation_sentence(catalogue: Catalogue) -> None:
    council = catalogue.by_number(5)
    assert "не менее четырех заседаний" in council.item("meetings_at_least_four").basis_quote
    assert "рекомендовано" in council.item("minutes_published").basis_quote
    centre = catalogue.by_number(6).item("export_centre_meets_requirements")
    assert centre.basis_quote.endswith("(при условии финансирования из федерального бюджета")


def test_basis_labels() -> None:
    assert (Basis.CRITERION.label, Basis.RECOMMENDATION.label) == ("критерий", "рекомендация")


ITEM = """
[[items]]
key = "council_created"
years = [1, 2, 3, 4]
title = "Создан Экспортный совет"
weight = 3
"""


def _catalogue_with(tmp_path: Path, item: str) -> Path:
    """A one-instrument catalogue in tmp_path whose only item is `item`."""
    folder = tmp_path / "instruments"
    folder.mkdir()
    head = 'number = 5\nblock = 1\ntitle = "Совет"\nshort_title = "Совет"\nkind = "annual"\n'
    (folder / "05.toml").write_text(head + item, "utf-8")
    return tmp_path


def test_the_loader_reads_basis_and_quote(tmp_path: Path) -> None:
    folder = _catalogue_with(
        tmp_path, ITEM + 'basis = "recommendation"\nbasis_quote = "  Совет   рекомендовано "\n'
    )
    item = load_catalogue(folder).by_number(5).item("council_created")
    assert (item.basis, item.basis_quote) == (Basis.RECOMMENDATION, "Совет рекомендовано")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ('basis_quote = "создан Экспортный совет"\n', "не указано основание basis"),
        (
            'basis = "required"\nbasis_quote = "создан Экспортный совет"\n',
            "неизвестное основание basis = 'required'",
        ),
        ('basis = "criterion"\n', "не указана цитата basis_quote"),
        ('basis = "criterion"\nbasis_quote = "   "\n', "не указана цитата basis_quote"),
    ],
    ids=["no-basis", "unknown-basis", "no-quote", "blank-quote"],
)
def test_the_loader_refuses_an_item_without_basis_or_quote(
    tmp_path: Path, fields: str, message: str
) -> None:
    folder = _catalogue_with(tmp_path, ITEM + fields)
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(folder)
    text = str(caught.value)
    assert "instruments/05.toml" in text
    assert "пункт council_created" in text
    assert message in text


def test_own_items_default_to_criterion_without_a_quote() -> None:
    item = ChecklistItem(key="own_1", title="Отобраны участники", years=frozenset(YEARS))
    assert (item.basis, item.basis_quote) == (Basis.CRITERION, "")


@pytest.mark.parametrize("number", sorted(ONE_TIME_NUMBERS))
def test_one_time_items_are_the_same_for_all_years(catalogue: Catalogue, number: int) -> None:
    instrument = catalogue.by_number(number)
    for item in instrument.items:
        assert item.years == set(YEARS), item.key
    for settings in SETTINGS:
        lists = [instrument.items_for(year, settings) for year in YEARS]
        assert all(items == lists[0] for items in lists)


def _keys(instrument: Instrument, year: int, settings: RegionSettings) -> set[str]:
    return {item.key for item in instrument.items_for(year, settings)}


@pytest.mark.parametrize("year", YEARS)
def test_export_centre_or_specialist_by_export_potential(catalogue: Catalogue, year: int) -> None:
    centre = catalogue.by_number(6)
    funded = {"export_centre_federal_funding": True}
    normal = _keys(centre, year, RegionSettings(low_export_potential=False, **funded))
    low = _keys(centre, year, RegionSettings(low_export_potential=True, **funded))
    assert {"export_centre_created", "export_centre_meets_requirements"} <= normal
    assert "export_specialist_designated" not in normal
    assert "export_specialist_designated" in low
    assert not {"export_centre_created", "export_centre_meets_requirements"} & low
    assert {"kpi_companies_supported", "kpi_supported_export_volume"} <= normal & low


@pytest.mark.parametrize("year", YEARS)
def test_ministry_requirements_only_for_a_federally_funded_centre(
    catalogue: Catalogue, year: int
) -> None:
    """«ЦПЭ соответствует требованиям Минэкономразвития России … (при условии финансирования из
    федерального бюджета»; a centre on the regional budget alone «руководствуется требованиями,
    предусмотренными нормативными правовыми актами субъекта Российской Федерации»."""
    centre = catalogue.by_number(6)
    item = centre.item("export_centre_meets_requirements")
    assert item.basis.value == "criterion"
    regional = _keys(centre, year, RegionSettings(export_centre_federal_funding=False))
    federal = _keys(centre, year, RegionSettings(export_centre_federal_funding=True))
    assert "export_centre_meets_requirements" not in regional
    assert "export_centre_meets_requirements" in federal
    assert "export_centre_created" in regional & federal


@pytest.mark.parametrize("year", YEARS)
def test_exporter_of_year_or_nomination_by_export_potential(
    catalogue: Catalogue, year: int
) -> None:
    popularisation = catalogue.by_number(14)
    contest = {
        "exporter_of_year_regional_stage",
        "exporter_of_year_winners_sent",
        "exporter_of_year_awards",
    }
    nomination = {"export_nomination_other_contest", "export_nomination_prizes"}
    normal = _keys(popularisation, year, RegionSettings(low_export_potential=False))
    low = _keys(popularisation, year, RegionSettings(low_export_potential=True))
    assert contest <= normal and not nomination & normal
    assert nomination <= low and not contest & low
    assert "website_section" in normal & low


def test_team_municipal_slot_absent_for_a_federal_city(catalogue: Catalogue) -> None:
    team = catalogue.by_number(3)
    assert "slot_municipality_head" in _keys(team, 1, RegionSettings(federal_city=False))
    assert "slot_municipality_head" not in _keys(team, 1, RegionSettings(federal_city=True))
    assert "slot_deputy_governor" in _keys(team, 1, RegionSettings(federal_city=True))


def test_team_criteria_change_with_the_year(catalogue: Catalogue) -> None:
    team = catalogue.by_number(3)
    settings = RegionSettings()
    assert "team_trained" in _keys(team, 1, settings)
    assert "professional_development_report" in _keys(team, 2, settings)
    assert "professional_development_report" in _keys(team, 3, settings)
    assert "qualification_confirmed" in _keys(team, 4, settings)
    assert "qualification_confirmed" not in _keys(team, 3, settings)


def test_item_lookup(catalogue: Catalogue) -> None:
    assert catalogue.get("05").number == 5
    assert catalogue.by_number(3).item("team_formed").weight == 3
    with pytest.raises(KeyError):
        catalogue.by_number(3).item("no_such_item")
    with pytest.raises(KeyError):
        catalogue.get("16")


def test_regions() -> None:
    regions = load_regions(paths.catalogue_dir())
    assert len(regions) == 89
    assert len({r.code for r in regions}) == 89
    assert len({r.name for r in regions}) == 89
    assert all(r.code.isdigit() and len(r.code) == 2 for r in regions)
    assert all(r.federal_district for r in regions)
    federal = {r.name for r in regions if r.federal_city}
    assert federal == {"Москва", "Санкт-Петербург", "Севастополь"}
    smolensk = next(r for r in regions if r.code == "67")
    assert smolensk.name == "Смоленская область"
