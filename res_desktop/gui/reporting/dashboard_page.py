"""«Сводка»: the plan-schedule verdict, progress by block, the nearest due items."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.profile import RegionProfile
from res_desktop.domain.common.progress import advice_label
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import plural
from res_desktop.gui.common import texts
from res_desktop.gui.common.background import ProgressFn
from res_desktop.gui.common.background import run_in_background
from res_desktop.gui.common.widgets import tab_moves_on
from res_desktop.services.common.results import Dashboard
from res_desktop.services.common.results import InstrumentSummary
from res_desktop.services.common.workspace import Workspace

BAR_WIDTH = 180
_CARD_STYLE = "QFrame#verdict {{ border: 2px solid {0}; border-radius: 6px; background: {1}; }}"


def verdict_lines(board: Dashboard) -> tuple[str, str, bool]:
    """(headline, next step, on track) in the coordinator's words."""
    v = board.verdict
    total = sum(1 for s in board.summaries if not s.instrument.is_own)
    done = plural(v.actual, "инструмент", "инструмента", "инструментов")
    headline = f"Внедрено {done} из {total}."
    if v.current is None:
        headline += " Контрольных дат плана-графика в этом году ещё не было."
    elif v.on_track:
        headline += f" План-график на {date_short(v.current.date)} ({v.required}) выполняется."
    else:
        headline += (
            f" Отставание от плана-графика на {date_short(v.current.date)}: "
            f"требуется {v.required}, не хватает {v.shortfall}."
        )
    if v.next is None:
        step = "Год завершён: внедрённые инструменты учитываются в годовом итоге."
    elif v.needed_for_next:
        more = plural(v.needed_for_next, "инструмент", "инструмента", "инструментов")
        step = (
            f"К {date_short(v.next.date)} требуется {v.next.required}: нужно внедрить ещё {more}."
        )
    else:
        step = f"К {date_short(v.next.date)} требуется {v.next.required} — уже достигнуто."
    return headline, step, v.on_track


def deadline_text(board: Dashboard) -> str:
    d = board.deadline
    head = f"Квартальный отчёт за {d.label}: срок — {date_short(d.due)}"
    if d.sent:
        return f"{head}. Отчёт отправлен."
    if d.overdue:
        late = plural(-d.working_days_left, "рабочий день", "рабочих дня", "рабочих дней")
        return f"{head}. Срок пропущен: просрочено на {late}."
    if d.working_days_left == 0:
        return f"{head}. Срок истекает сегодня."
    left = plural(d.working_days_left, "рабочий день", "рабочих дня", "рабочих дней")
    return f"{head}. Осталось {left}."


class DashboardPage(QWidget):
    """Computed on the pool from its own read-only connection: the GUI thread only lays out.

    ``refresh`` after a change of the data (or of the date) recomputes once; requests while a
    computation runs are folded into one more run after it. The last figures stay on screen,
    with the busy line above them, until the new ones arrive.
    """

    instrument_requested = Signal(str)
    refreshed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._job: Any = None
        self._again = False
        self._stale = True
        self._shown_on: dt.date | None = None
        self.board: Dashboard | None = None
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.busy = QWidget()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # indeterminate: the computation has no steps to count
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName("Сводка рассчитывается")
        busy_row = QHBoxLayout(self.busy)
        busy_row.setContentsMargins(4, 0, 4, 0)
        busy_row.addWidget(QLabel("Сводка рассчитывается по данным базы…"))
        busy_row.addWidget(self.busy_bar)
        busy_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.busy)
        layout.addWidget(self.area, 1)
        self.refresh()

    @property
    def is_busy(self) -> bool:
        return self._job is not None

    def mark_stale(self) -> None:
        """The data changed while the page is hidden: recompute when it is shown next."""
        self._stale = True

    def refresh_if_stale(self) -> None:
        if self._stale or self._shown_on != self._ws.today():
            self.refresh()

    def refresh(self) -> None:
        """Recompute on the pool; one more run if asked again while one runs."""
        self._stale = False
        if self._job is not None:
            self._again = True
            return
        self.busy.show()
        path, clock = self._ws.path, self._ws.clock

        def work(_progress: ProgressFn) -> tuple[Dashboard, RegionProfile]:
            """Runs on the pool with its own read-only connection."""
            reader = Workspace.open(path, clock=clock, read_only=True)
            try:
                return reader.dashboard.build(), reader.region.require_profile()
            finally:
                reader.db.conn.close()

        self._job = run_in_background(work, on_done=self._computed, on_error=self._failed)

    def _computed(self, result: tuple[Dashboard, RegionProfile]) -> None:
        self._job = None
        if self._again:
            self._again = False
            self.refresh()  # the data changed meanwhile: these figures are already old
            return
        self.busy.hide()
        self._show(*result)

    def _failed(self, error: BaseException) -> None:
        self._job = None
        self.busy.hide()
        label = self._warning(f"Сводка не рассчитана: {texts.error_text(error)}")
        self.area.setWidget(label)
        self.refreshed.emit()

    def _show(self, board: Dashboard, profile: RegionProfile) -> None:
        self.board = board
        self._shown_on = board.on
        body = QWidget()
        layout = QVBoxLayout(body)
        title = QLabel(
            f"{profile.region_name} · {board.implementation_year}-й год внедрения "
            f"Стандарта · на {date_short(board.on)}"
        )
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(self._verdict_card(board))
        layout.addWidget(self._deadline_line(board))
        self.warnings = [self._warning(text) for text in board.warnings]
        for label in self.warnings:
            layout.addWidget(label)
        for block in sorted({s.instrument.block for s in board.summaries}):
            rows = [s for s in board.summaries if s.instrument.block == block]
            layout.addWidget(self._block_box(block, rows))
        layout.addWidget(self._due_box(board))
        layout.addStretch(1)
        tab_moves_on(body)
        self.area.setWidget(body)
        self.refreshed.emit()

    def _verdict_card(self, board: Dashboard) -> QFrame:
        headline, step, on_track = verdict_lines(board)
        card = QFrame()
        card.setObjectName("verdict")
        color = texts.OK_COLOR if on_track else texts.OVERDUE_COLOR
        card.setStyleSheet(_CARD_STYLE.format(color, "#f3f8f3" if on_track else "#fbf0ef"))
        self.headline = QLabel(headline)
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet(f"font-size: 13pt; font-weight: bold; color: {color};")
        self.next_step = QLabel(step)
        self.next_step.setWordWrap(True)
        layout = QVBoxLayout(card)
        layout.addWidget(self.headline)
        layout.addWidget(self.next_step)
        return card

    def _deadline_line(self, board: Dashboard) -> QLabel:
        self.deadline = QLabel(deadline_text(board))
        self.deadline.setWordWrap(True)
        color = texts.OVERDUE_COLOR if board.deadline.overdue else "#1d4e89"
        self.deadline.setStyleSheet(f"font-size: 11pt; color: {color}; padding: 4px;")
        return self.deadline

    @staticmethod
    def _warning(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(
            f"color: {texts.OVERDUE_COLOR}; background: #fbf0ef; padding: 4px; border-radius: 4px;"
        )
        return label

    def _block_box(self, block: int, rows: list[InstrumentSummary]) -> QGroupBox:
        """Every block's columns have the same widths, so the bars line up down the page."""
        box = QGroupBox(texts.block_title(block))
        grid = QGridLayout(box)
        grid.setColumnStretch(0, 1)
        metrics = self.fontMetrics()
        widest = ("рекомендации: 99 из 99", "99 критериев открыто", texts.IMPLEMENTED)
        grid.setColumnMinimumWidth(2, metrics.horizontalAdvance(widest[0]) + 12)
        grid.setColumnMinimumWidth(3, max(metrics.horizontalAdvance(w) for w in widest[1:]) + 12)
        for line, summary in enumerate(rows):
            instrument = summary.instrument
            button = QPushButton(f"{instrument.label}. {instrument.short_title}")
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 2px;")
            button.setToolTip(f"Открыть чек-лист: {instrument.title}")
            button.clicked.connect(
                lambda _=False, code=instrument.code: self.instrument_requested.emit(code)
            )
            bar = QProgressBar()
            bar.setValue(summary.progress.percent)
            bar.setFormat("%p%")
            bar.setFixedWidth(BAR_WIDTH)
            state = QLabel(
                texts.IMPLEMENTED
                if summary.progress.implemented
                else plural(
                    summary.open_items, "критерий открыт", "критерия открыто", "критериев открыто"
                )
            )
            if summary.progress.implemented:
                state.setStyleSheet(f"color: {texts.OK_COLOR}; font-weight: bold;")
            advice = QLabel(advice_label(summary.advice) if summary.advice.total_items else "")
            advice.setStyleSheet("color: #555;")
            advice.setToolTip("Рекомендации Стандарта: в процент выполнения не входят")
            grid.addWidget(button, line, 0)
            grid.addWidget(bar, line, 1)
            grid.addWidget(advice, line, 2)
            grid.addWidget(state, line, 3)
        return box

    def _due_box(self, board: Dashboard) -> QGroupBox:
        box = QGroupBox("Ближайшие сроки по пунктам чек-листов")
        table = QTableWidget(len(board.due), 4)
        table.setHorizontalHeaderLabels(["Срок", "Инструмент", "Пункт", "Ответственный"])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, due in enumerate(board.due):
            date_text = date_short(due.due_date) + (" — просрочено" if due.overdue else "")
            cells = [date_text, due.instrument.label, due.item.title, due.responsible]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, due.instrument.code)
                cell.setToolTip(due.item.title)
                if due.overdue:
                    cell.setForeground(QColor(texts.OVERDUE_COLOR))
                table.setItem(row, column, cell)

        def open_row(row: int, _column: int) -> None:
            item = table.item(row, 0)
            if item is not None:
                self.instrument_requested.emit(item.data(Qt.ItemDataRole.UserRole))

        table.cellDoubleClicked.connect(open_row)
        table.setMinimumHeight(min(60 + 30 * len(board.due), 340))
        self.due_table = table
        layout = QVBoxLayout(box)
        if board.due:
            layout.addWidget(table)
        else:
            layout.addWidget(QLabel("Открытых пунктов с установленным сроком нет."))
        return box
