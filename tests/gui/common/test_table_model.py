"""The one record table model: columns given or declared, sorting, colours and tooltips."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from res_desktop.gui.common.table_model import SORT_ROLE
from res_desktop.gui.common.table_model import Column
from res_desktop.gui.common.table_model import RecordTableModel

ROLE = Qt.ItemDataRole


@dataclass(frozen=True)
class Thing:
    name: str
    size: int


THINGS = [Thing("Ёж", 3), Thing("Аист", 12)]
COLUMNS: tuple[Column[Thing], ...] = (
    Column("Имя", lambda t: t.name),
    Column("Размер", lambda t: str(t.size), lambda t: t.size, True),
)


class Declared(RecordTableModel[Thing]):
    columns = COLUMNS
    text_tooltips = True

    def cell_colour(self, row: Thing, column: int) -> str | None:
        return "#ff0000" if column == 1 and row.size > 10 else None


def _model() -> RecordTableModel[Thing]:
    model: RecordTableModel[Thing] = RecordTableModel(COLUMNS)
    model.set_rows(THINGS)
    return model


def test_a_table_of_given_columns_is_a_valid_qt_model(qtmodeltester) -> None:
    model = _model()
    qtmodeltester.check(model)
    assert model.headerData(1, Qt.Orientation.Horizontal, ROLE.DisplayRole) == "Размер"
    assert model.index(1, 0).data() == "Аист"
    assert model.index(1, 1).data(SORT_ROLE) == 12
    assert model.index(1, 0).data(SORT_ROLE) == "Аист"  # no sort key: the text
    assert model.index(0, 1).data(ROLE.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignCenter)
    assert model.index(0, 0).data(ROLE.TextAlignmentRole) is None
    assert model.row(1) == THINGS[1] and model.rows() == THINGS
    assert model.row_where(lambda t: t.size == 12) == 1
    assert model.row_where(lambda t: t.size == 99) == -1


def test_row_tooltip_and_colour_set_per_table() -> None:
    model = _model()
    assert model.index(0, 0).data(ROLE.ToolTipRole) is None
    assert model.index(0, 0).data(ROLE.ForegroundRole) is None
    model.tooltip = lambda t: f"размер {t.size}" if t.size > 10 else ""
    model.colour = lambda t: "#00ff00"
    assert model.index(1, 0).data(ROLE.ToolTipRole) == "размер 12"
    assert model.index(0, 0).data(ROLE.ToolTipRole) is None  # an empty tooltip is none
    brush = model.index(0, 0).data(ROLE.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color().name() == "#00ff00"
    model.coloured_headers = {"Размер"}
    assert model.index(0, 0).data(ROLE.ForegroundRole) is None
    assert model.index(0, 1).data(ROLE.ForegroundRole).color().name() == "#00ff00"


def test_a_subclass_declares_columns_colours_cells_and_shows_texts_as_tooltips(
    qtmodeltester,
) -> None:
    model = Declared()
    model.set_rows(THINGS)
    qtmodeltester.check(model)
    assert model.columnCount() == 2
    assert model.index(0, 0).data(ROLE.ToolTipRole) == "Ёж"
    assert model.index(1, 1).data(ROLE.ForegroundRole).color().name() == "#ff0000"
    assert model.index(0, 1).data(ROLE.ForegroundRole) is None
