"""A stored evidence file's name comes from the database: it never becomes a path outside."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from res_desktop.gui.checklist.evidence_actions import viewable_copy
from res_desktop.services.common.user_data import data_dir
from res_desktop.services.common.workspace import Workspace
from tests.backup_data import fill


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("../../../снаружи.docx", "снаружи.docx"),
        ("/tmp/снаружи.docx", "снаружи.docx"),
        ("..\\..\\снаружи.docx", "снаружи.docx"),
        ("..", "вложение"),
        ("Положение.docx", "Положение.docx"),
    ],
)
def test_the_viewable_copy_stays_in_its_folder(
    workspace: Workspace, tmp_path: Path, stored: str, shown: str
) -> None:
    sha = fill(workspace, tmp_path, with_report=False).evidence_sha
    [evidence] = [
        e
        for item in workspace.checklists.checklist("05", 2026).items
        for e in item.evidence
        if e.file_sha256 == sha
    ]
    copy = viewable_copy(workspace, dataclasses.replace(evidence, file_name=stored))
    folder = data_dir() / "открытые" / sha[:12]
    assert copy == folder / shown
    assert copy.read_bytes() == workspace.attachments.path_for(sha).read_bytes()
    assert [p.name for p in folder.iterdir()] == [shown]  # no temporary left beside it
