"""The window comes up without the PDF, DOCX, XLSX and page modules (issue 17): they load
when a report, a paper or a page is first asked for, not before the first paint."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from res_desktop.services.common.workspace import Workspace

ROOT = Path(__file__).resolve().parents[3]
DEFERRED = ("reportlab", "docx", "openpyxl", "pypdf", "res_desktop.gui.exporters.page")
SHOWN = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from res_desktop.gui.common.app import make_application
from res_desktop.gui.common.main_window import MainWindow
from res_desktop.services.common.workspace import Workspace

app = make_application(["test"])
window = MainWindow(Workspace.open(Path(sys.argv[1])))
window.show()
app.processEvents()
loaded = sorted({name.split(".")[0] for name in sys.modules} | set(sys.modules))
window.nav.setCurrentRow(4)  # «База экспортёров»: its module now, and only now
print(json.dumps({"shown": loaded, "opened": sorted(sys.modules)}))
"""


def test_the_shown_window_has_not_imported_reports_or_hidden_pages(
    workspace: Workspace, tmp_path: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", SHOWN, str(workspace.path)],
        env=env, capture_output=True, text=True, check=True, cwd=tmp_path, timeout=300,
    )  # fmt: skip
    modules = json.loads(out.stdout.strip().splitlines()[-1])
    assert [name for name in DEFERRED if name in modules["shown"]] == []
    assert "res_desktop.gui.exporters.page" in modules["opened"]
