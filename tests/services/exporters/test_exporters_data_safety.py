"""Registry writes that could erase history are refused or carry the history along."""

from __future__ import annotations

import math

import pytest

from res_desktop.domain.exporters.records import SupportRecord
from res_desktop.domain.programme.model import Kpi
from res_desktop.domain.programme.model import KpiId
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.demo.region import build_demo
from tests.conftest import TODAY


@pytest.fixture
def demo(tmp_path):
    ws = build_demo(tmp_path / "demo.sqlite3", clock=lambda: TODAY)
    yield ws
    ws.close()


def _participant(ws) -> tuple[int, int]:
    row = ws.db.execute("SELECT activity_id, company_id FROM activity_participant LIMIT 1")
    return tuple(row.fetchone())


def test_merge_keeps_the_removed_companys_activities(demo) -> None:
    activity_id, removed = _participant(demo)
    kept = next(
        r[0] for r in demo.db.execute("SELECT id FROM company WHERE id != ? LIMIT 1", [removed])
    )
    demo.exporters.merge(keep_id=kept, remove_id=removed)
    rows = demo.db.execute(
        "SELECT company_id FROM activity_participant WHERE activity_id = ?", [activity_id]
    ).fetchall()
    assert (kept,) in rows
    assert (removed,) not in rows


def test_a_participant_cannot_be_deleted(demo) -> None:
    _, company_id = _participant(demo)
    with pytest.raises(ValidationFailed, match="участником мероприятий"):
        demo.exporters.delete_company(company_id=company_id)
    assert demo.exporters.company(company_id)


def test_programme_kpi_rejects_nan_and_a_deleted_kpi(demo) -> None:
    with pytest.raises(ValidationFailed):
        demo.programme.save_kpi(kpi=Kpi(name="Показатель", unit="ед.", plan={2026: math.nan}))
    with pytest.raises(ValidationFailed, match="не найден"):
        demo.programme.save_kpi(
            kpi=Kpi(name="Показатель", unit="ед.", plan={2026: 1.0}, id=KpiId(999_999))
        )


def test_import_value_infinity_is_not_a_number() -> None:
    from res_desktop.domain.exporters.import_values import parse_volume

    with pytest.raises(ValueError, match="не число"):
        parse_volume("1e400")
    assert parse_volume("1 234,5") == 1234.5


def test_undo_refuses_to_erase_support_given_after_the_import(workspace, tmp_path) -> None:
    import datetime as dt

    from tests.services.exporters.exporters_import_helpers import ministry_csv

    result = workspace.exporter_import.run(ministry_csv(tmp_path, with_bad=False))
    assert result.added > 0
    company_id = workspace.db.execute(
        "SELECT company_id FROM import_change WHERE batch_id = ? AND action = 'added' LIMIT 1",
        [result.batch_id],
    ).fetchone()[0]
    workspace.exporters.save_support_record(
        record=SupportRecord(
            company_id=company_id, measure="Бизнес-миссия", given_on=dt.date(2026, 11, 20)
        )
    )
    with pytest.raises(ValidationFailed, match="Отмена невозможна"):
        workspace.exporter_import.undo(result.batch_id)
    assert workspace.exporters.support_records(company_id)
