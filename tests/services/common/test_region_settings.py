"""The region's settings that change what the checklists ask: the centre's federal funding and
the funding marks the Standard's text lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from res_desktop.domain.common.catalogue import Funding
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from tests.conftest import TODAY
from tests.conftest import make_profile


def _keys(ws: Workspace, code: str) -> set[str]:
    return {v.item.key for v in ws.checklists.checklist(code, TODAY.year).items}


def test_ministry_requirements_asked_only_of_a_federally_funded_centre(
    workspace: Workspace,
) -> None:
    """«ЦПЭ соответствует требованиям Минэкономразвития России … (при условии финансирования из
    федерального бюджета»."""
    ws = workspace
    assert ws.region.require_profile().export_centre_federal_funding is False
    assert "export_centre_meets_requirements" not in _keys(ws, "06")
    ws.region.save(make_profile(export_centre_federal_funding=True))
    assert ws.region.require_profile().export_centre_federal_funding is True
    assert "export_centre_meets_requirements" in _keys(ws, "06")
    ws.region.save(make_profile(export_centre_federal_funding=True, low_export_potential=True))
    keys = _keys(ws, "06")  # a specialist instead of a centre: nothing to comply
    assert "export_centre_meets_requirements" not in keys
    assert "export_specialist_designated" in keys


def test_funding_marks_set_in_the_app_reach_every_service(workspace: Workspace) -> None:
    ws = workspace
    assert ws.checklists.instrument("03").funding is Funding.UNKNOWN  # 03.toml
    ws.region.save_funding_marks({"03": Funding.BUDGET, "04": Funding.BUDGET})
    assert ws.checklists.instrument("03").funding is Funding.BUDGET
    assert ws.checklists.checklist("03", TODAY.year).instrument.funding is Funding.BUDGET
    assert ws.catalogue.get("03").funding is Funding.BUDGET
    assert ws.region.funding_marks() == {"03": Funding.BUDGET}  # 04 is «budget» in 04.toml
    ws.region.save_funding_marks({"03": Funding.UNKNOWN})
    assert ws.region.funding_marks() == {}
    assert ws.catalogue.get("03").funding is Funding.UNKNOWN


def test_funding_marks_survive_reopening_and_refuse_unknown_codes(db_path: Path) -> None:
    ws = Workspace.open(db_path, clock=lambda: TODAY)
    try:
        ws.region.save(make_profile())
        ws.region.save_funding_marks({"11": Funding.NONE})
        with pytest.raises(ValidationFailed):
            ws.region.save_funding_marks({"16": Funding.NONE})
    finally:
        ws.close()
    again = Workspace.open(db_path, clock=lambda: TODAY)
    try:
        assert again.catalogue.get("11").funding is Funding.NONE
        assert again.region.funding_marks() == {"11": Funding.NONE}
    finally:
        again.close()
