"""Plain text of an instrument for re-keying into РЭЦ's online monitoring system."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.progress import Status
from res_desktop.domain.common.progress import advice_label
from res_desktop.domain.common.russian import date_short

if TYPE_CHECKING:
    from res_desktop.services.checklist.service import ChecklistService


def _date(value: object) -> str:
    return date_short(value if isinstance(value, dt.date) else None, "")


def monitoring_text(checklists: ChecklistService, code: str, year: int) -> str:
    view = checklists.checklist(code, year)
    instrument = view.instrument
    progress = view.progress
    state = "внедрён" if progress.implemented else "не внедрён"
    lines = [
        f"Инструмент {instrument.label}. {instrument.title}",
        f"Год: {year} ({view.implementation_year}-й год внедрения). "
        f"Выполнение критериев: {progress.percent}% — {state}; {advice_label(view.advice)}.",
    ]
    basis = None
    for number, item_view in enumerate(view.items, start=1):
        item, item_state = item_view.item, item_view.state
        if item.basis is not basis:
            basis = item.basis
            lines += ["", "Критерии:" if basis is Basis.CRITERION else "Рекомендации:"]
        status = item_view.status.label
        if item_view.status is Status.DONE and item_state.done_on:
            status += f" ({_date(item_state.done_on)})"
        lines.append(f"{number}. {item.title} — {status}")
        if item_view.is_manual:
            lines.append(f"   Статус: {item_view.status_note}")
            lines.append(f"   Основание ручного статуса: {item_view.manual_grounds}")
        if item_state.na_reason:
            lines.append(f"   Причина: {item_state.na_reason}")
        if item_state.responsible:
            lines.append(f"   Ответственный: {item_state.responsible}")
        if item_state.due_date and item_view.status is not Status.DONE:
            lines.append(f"   Срок: {_date(item_state.due_date)}")
        if item_view.evidence:
            lines.append("   Подтверждение: " + "; ".join(e.caption for e in item_view.evidence))
        if item_state.comment:
            lines.append(f"   Комментарий: {item_state.comment}")
    return "\n".join(lines) + "\n"
