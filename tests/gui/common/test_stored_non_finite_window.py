"""A database where an old version stored infinities opens in every page of the window."""

from __future__ import annotations

from pathlib import Path

from res_desktop.gui.common.main_window import MainWindow
from res_desktop.gui.exporters.company_card import CompanyCard
from res_desktop.services.demo.region import build_demo
from tests.conftest import TODAY
from tests.services.checklist.test_stored_non_finite import _poison


def test_every_page_opens_over_stored_infinities(qtbot, tmp_path: Path) -> None:
    ws = build_demo(tmp_path / "demo.sqlite3", clock=lambda: TODAY)
    try:
        _poison(ws)
        window = MainWindow(ws)
        qtbot.addWidget(window)
        window.show()
        for row in range(window.stack.count()):
            window.nav.setCurrentRow(row)
            qtbot.wait(1)
        for instrument in ws.checklists.instruments():
            window.open_instrument(instrument.code)  # instrument 6 raised OverflowError
        company_id = ws.db.execute("SELECT company_id FROM company_export_volume").fetchone()[0]
        card = CompanyCard(ws, company_id)
        qtbot.addWidget(card)
        cells = [
            card.volumes.volumes.item(r, 1).text() for r in range(card.volumes.volumes.rowCount())
        ]
        assert cells and all(c == "" for c in cells)  # no figure: the user types it anew
        card.accept()
        assert "Введите число" in card.error_text()
        assert ws.db.execute("SELECT count(*) FROM cpe_kpi").fetchone()[0] > 0
    finally:
        ws.close()
