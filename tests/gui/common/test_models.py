"""Table models pass pytest-qt's model tester and sort in Russian order."""

from __future__ import annotations

from PySide6.QtCore import Qt

from res_desktop.gui.checklist.model import SORT_ROLE
from res_desktop.gui.checklist.model import ChecklistModel
from res_desktop.gui.checklist.model import Column
from res_desktop.gui.common.sorting import RussianSortProxy
from res_desktop.services.checklist.service import ItemEdit
from res_desktop.services.common.workspace import Workspace
from tests.conftest import TODAY


def test_checklist_model_is_a_valid_qt_model(qtmodeltester, workspace: Workspace) -> None:
    model = ChecklistModel()
    model.set_view(workspace.checklists.checklist("03", TODAY.year))
    qtmodeltester.check(model)
    assert model.rowCount() == len(workspace.checklists.checklist("03", TODAY.year).items)
    assert model.data(model.index(0, Column.STATUS)) == "не начато"


def test_sorting_by_responsible_follows_the_russian_alphabet(workspace: Workspace) -> None:
    view = workspace.checklists.checklist("05", TODAY.year)
    names = ["Ёлкин", "Абрамов", "Елисеев", "Яковлев"]
    for item_view, name in zip(view.items, names, strict=False):
        workspace.checklists.save_item(
            code="05",
            key=item_view.item.key,
            year=TODAY.year,
            edit=ItemEdit(status=item_view.status, responsible=name),
        )
    model = ChecklistModel()
    model.set_view(workspace.checklists.checklist("05", TODAY.year))
    proxy = RussianSortProxy(SORT_ROLE)
    proxy.setSourceModel(model)
    proxy.sort(Column.RESPONSIBLE, Qt.SortOrder.AscendingOrder)
    ordered = [proxy.index(r, Column.RESPONSIBLE).data() for r in range(proxy.rowCount())]
    assert [n for n in ordered if n] == ["Абрамов", "Елисеев", "Ёлкин", "Яковлев"]
