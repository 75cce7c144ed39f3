"""Table 1 from the registry and from values entered by hand (issue 7)."""

from __future__ import annotations

import pytest

from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from tests.services.exporters.exporters_analysis_helpers import add_company


def _registry(ws: Workspace) -> None:
    add_company(ws.db, "Альфа", status="active", sme="small", industry="Машиностроение",
                products=["847130", "847150"], countries=["CN", "KZ"],
                volumes={2020: 600, 2026: 900})  # fmt: skip
    add_company(ws.db, "Бета", status="active", sme="medium", industry="Пищевая",
                products=["040690"], countries=["KZ", "BY"],
                volumes={2020: 400, 2026: 600})  # fmt: skip
    add_company(ws.db, "Гамма", status="active", sme="large", industry="Химия",
                products=["847130"], countries=["IN"], volumes={2026: 500})  # fmt: skip


def test_indicators_from_registry_with_computed_base(workspace: Workspace) -> None:
    _registry(workspace)
    table = workspace.records.indicators(2026)
    volume = table.row(1)
    assert volume.raw == 2000 and volume.raw_source == "registry"
    assert volume.base == 1000 and volume.base_source == "registry"
    assert volume.actual == pytest.approx(200)
    assert volume.met_reference is True  # 200% ≥ 141.3%
    assert table.row(6).actual == pytest.approx(45)  # 900 of 2000
    assert table.row(6).met_reference is False  # not below 40%
    assert table.row(7).actual == pytest.approx(100)
    assert table.row(3).raw == 2  # SME exporters now
    assert table.row(8).raw == 3  # distinct 6-digit positions
    assert table.row(5).raw == 4
    assert table.row(3).actual is None  # no 2020 base for counts yet


def test_indicators_manual_base_and_plan(workspace: Workspace) -> None:
    _registry(workspace)
    records = workspace.records
    records.set_indicator_value(number=3, year=2020, kind="base", value=1)
    records.set_indicator_value(number=3, year=2026, kind="plan", value=250)
    records.set_indicator_value(number=5, year=2020, kind="base", value=2)
    records.set_indicator_value(number=1, year=2020, kind="base", value=1250)
    table = records.indicators(2026)
    assert table.row(3).actual == pytest.approx(200)
    assert table.row(3).met_reference is True and table.row(3).met_plan is False
    assert table.row(5).actual == pytest.approx(100)  # 4 countries against 2: +100%
    assert table.row(1).base_source == "manual"
    assert table.row(1).actual == pytest.approx(160)


def test_indicators_hand_values_where_the_registry_is_silent(workspace: Workspace) -> None:
    records = workspace.records
    records.set_indicator_value(number=4, year=2025, kind="actual", value=12.5)
    records.set_indicator_value(number=3, year=2025, kind="actual", value=150)
    records.set_indicator_value(number=3, year=2020, kind="actual", value=100)
    table = records.indicators(2025)
    assert table.row(4).raw_source == "manual" and table.row(4).met_reference is True
    assert table.row(3).source_label == "введено вручную"
    assert table.row(3).actual == pytest.approx(150) and table.row(3).met_reference is True
    assert table.row(1).actual is None and table.row(1).source_label == "нет данных"
    records.set_indicator_value(number=4, year=2025, kind="actual", value=None)
    assert records.indicators(2025).row(4).actual is None


def test_indicators_value_validation(workspace: Workspace) -> None:
    with pytest.raises(ValidationFailed) as caught:
        workspace.records.set_indicator_value(number=2, year=2026, kind="plan", value=1)
    assert "indicator" in caught.value.errors
    with pytest.raises(ValidationFailed) as caught:
        workspace.records.set_indicator_value(number=6, year=2026, kind="actual", value=101)
    assert caught.value.errors == {"value": "Доля не может превышать 100%."}
    with pytest.raises(ValidationFailed):
        workspace.records.set_indicator_value(number=1, year=2020, kind="base", value=0)


def test_an_official_figure_entered_by_hand_overrides_the_registry(workspace: Workspace) -> None:
    """Issue 15: the hand value applied only where the registry was silent (29 405,9%)."""
    _registry(workspace)
    records = workspace.records
    records.set_indicator_value(number=1, year=2026, kind="actual", value=1_500_000)
    records.set_indicator_value(number=1, year=2020, kind="base", value=1_000_000)
    volume = records.indicators(2026).row(1)
    assert volume.raw == 1_500_000 and volume.raw_source == "manual"
    assert volume.registry_raw == 2000  # still shown beside the official figure
    assert volume.actual == pytest.approx(150)


def test_absurd_values_are_refused_on_entry(workspace: Workspace) -> None:
    records = workspace.records
    for number, kind, value in ((1, "actual", 1.2e12), (1, "base", 2e9), (5, "actual", 300),
                                (8, "actual", 7000), (3, "plan", 50_000)):  # fmt: skip
        with pytest.raises(ValidationFailed) as caught:
            records.set_indicator_value(number=number, year=2025, kind=kind, value=value)
        assert "проверьте" in caught.value.errors["value"], (number, kind)
    records.set_indicator_value(number=1, year=2025, kind="actual", value=5_000_000)
    assert records.indicators(2025).row(1).raw == 5_000_000


def test_fuel_and_raw_materials_are_left_out_of_table_1(workspace: Workspace) -> None:
    _registry(workspace)
    add_company(workspace.db, "Нефть", status="active", sme="large", industry="Топливо",
                products=["270900"], volumes={2020: 5000, 2026: 7000})  # fmt: skip
    add_company(workspace.db, "Лес", status="active", sme="small", industry="Лес",
                products=["440320", "940360"], volumes={2026: 100})  # fmt: skip
    records = workspace.records
    assert [code for code, _ in records.excluded_headings()] == ["25", "26", "27"]
    table = records.indicators(2026)
    assert table.row(1).raw == 2100  # the oil company left out, the mixed one kept
    assert table.row(1).base == 1000
    assert table.row(8).raw == 5  # 270900 is not a non-commodity position
    records.set_excluded_headings(headings=[*records.excluded_headings(), (" 9403 ", "Мебель")])
    assert records.indicators(2026).row(1).raw == 2100  # 440320 of «Лес» still counts
    records.set_excluded_headings(headings=[("27", ""), ("4403", ""), ("9403", "")])
    assert records.indicators(2026).row(1).raw == 2000
    with pytest.raises(ValidationFailed) as caught:
        records.set_excluded_headings(headings=[("27", ""), ("2 7", ""), ("271", "")])
    assert caught.value.errors == {
        "line2": "Строка 2, код 27: код указан дважды.",
        "line3": "Строка 3, код «271»: укажите группу (2 цифры), товарную позицию (4 цифры)"
        " или субпозицию (6 цифр) ТН ВЭД.",
    }
    assert [code for code, _ in records.excluded_headings()] == ["27", "4403", "9403"]


def test_a_past_year_reads_its_snapshot_not_today(workspace: Workspace) -> None:
    """Issue 15: 2025's counts are 2025's, kept when the registry changes afterwards."""
    _registry(workspace)
    records = workspace.records
    assert records.indicators(2025).row(3).raw is None  # no snapshot: no figure, not today's
    records.take_snapshot(year=2025)
    add_company(workspace.db, "Дельта", status="active", sme="micro", industry="Химия",
                products=["390120"], countries=["TR", "AE"], volumes={2026: 50})  # fmt: skip
    workspace.db.execute("DELETE FROM company WHERE full_name LIKE '%Альфа%'")
    past, now = records.indicators(2025), records.indicators(2026)
    assert (past.row(3).raw, past.row(5).raw, past.row(8).raw) == (2, 4, 3)
    assert (now.row(3).raw, now.row(5).raw, now.row(8).raw) == (2, 5, 3)
    assert past.row(3).raw_source == "registry"
