"""A new meeting's dialog opened from the Council page, as the council tests start it."""

from __future__ import annotations

import datetime as dt

from res_desktop.domain.council.model import MeetingStatus
from res_desktop.gui.common.date_fields import to_qdate
from res_desktop.gui.council.meeting_dialog import MeetingDialog
from res_desktop.gui.council.page import CouncilPage


def held_meeting_dialog(
    qtbot, page: CouncilPage, day: dt.date, agenda: str = "О ходе реализации Плана"
) -> MeetingDialog:
    """The page's dialog for a new meeting, filled in as held on ``day`` with an agenda."""
    dialog = page.meeting_dialog(None)
    qtbot.addWidget(dialog)
    dialog.date.setDate(to_qdate(day))
    dialog.status.setCurrentIndex(dialog.status.findData(MeetingStatus.HELD))
    dialog.agenda.setPlainText(agenda)
    return dialog
