"""Per-instrument section: every checklist item with its status, owner, dates and documents."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph
from reportlab.platypus import Spacer

from res_desktop.domain.common.russian import date_short
from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.data import ReportInstrument
from res_desktop.reports.common.data import ReportItem
from res_desktop.reports.common.document import LANDSCAPE
from res_desktop.reports.common.document import LANDSCAPE_WIDTH
from res_desktop.reports.common.document import new_page
from res_desktop.reports.common.formatting import fitted
from res_desktop.reports.common.formatting import markup
from res_desktop.reports.common.paragraphs import bullet
from res_desktop.reports.common.sections import advice_count
from res_desktop.reports.common.sections import block_heading
from res_desktop.reports.common.sections import implemented_label
from res_desktop.reports.common.styles import Styles
from res_desktop.reports.common.tables import Bullets
from res_desktop.reports.common.tables import Cell
from res_desktop.reports.common.tables import Markup
from res_desktop.reports.common.tables import column_widths
from res_desktop.reports.common.tables import data_table
from res_desktop.reports.common.tables import inner_width

OPEN_STATUSES = frozenset({"not_started", "in_progress"})
NOT_APPLICABLE = "not_applicable"

HEADER = (
    "№",
    "Пункт",
    "Статус",
    "Ответственный",
    "Срок",
    "Дата выполнения",
    "Подтверждающие документы",
    "Комментарий",
)
WIDTHS = (7, 68, 20, 30, 18, 20, 57, 42)  # relative; dates and «выполнения» fit one line


COMMENT_WIDTH = inner_width(column_widths(WIDTHS, LANDSCAPE_WIDTH)[-1])


def _evidence(item: ReportItem) -> Cell:
    captions = [c for c in item.evidence if c.strip()]
    if not captions:
        return "—"
    if len(captions) == 1:
        return captions[0]
    return Bullets(captions)


def _comment(item: ReportItem, styles: Styles) -> Cell:
    def fit(text: str) -> str:
        return fitted(text, COMMENT_WIDTH, styles.cell.fontName, styles.cell.fontSize)

    parts = []
    if item.status == NOT_APPLICABLE:
        reason = fit(item.na_reason) or "причина не указана"
        parts.append(f"<b>Не применимо:</b> {reason}")
    if item.comment.strip():
        parts.append(fit(item.comment))
    if item.derived_note.strip():
        parts.append(f"<i>{fit(item.derived_note)}</i>")
    if item.manual_grounds.strip():
        parts.append(f"<b>Основание ручного статуса:</b> {fit(item.manual_grounds)}")
    return Markup("<br/>".join(parts))


def _item_row(item: ReportItem, styles: Styles) -> list[Cell]:
    return [
        str(item.number),
        item.title,
        item.status_label,
        item.responsible or "—",
        date_short(item.due_date),
        date_short(item.done_on),
        _evidence(item),
        _comment(item, styles),
    ]


def _state_line(instrument: ReportInstrument, as_of: str) -> str:
    """The criteria make the percent and «внедрён»; the recommendations are counted apart."""
    criteria = [i for i in instrument.items if i.criterion]
    applicable = [i for i in criteria if i.status != NOT_APPLICABLE]
    done = sum(i.status == "done" for i in applicable)
    na = len(criteria) - len(applicable)
    counts = f"выполнено критериев: {done} из {len(applicable)}"
    if na:
        counts += f" (не применимо: {na})"
    advice = ""
    if instrument.advice_total:
        advice = f" Рекомендации Стандарта: выполнено {advice_count(instrument)}."
    return (
        f"Вид инструмента: {markup(instrument.kind_label)}. "
        f"Выполнение критериев на {as_of}: <b>{instrument.progress_percent}%</b>, "
        f"{counts}. Состояние: <b>{implemented_label(instrument)}</b>.{advice}"
    )


def _remaining(instrument: ReportInstrument, data: ReportData, styles: Styles) -> list[Flowable]:
    flow: list[Flowable] = [
        Spacer(1, 2 * mm),
        Paragraph("Что осталось выполнить", styles.label),
    ]
    open_items = [i for i in instrument.items if i.criterion and i.status in OPEN_STATUSES]
    if not open_items:
        return [*flow, bullet("Все критерии внедрения выполнены.", styles)]
    for item in open_items:
        who = markup(item.responsible) or "не назначен"
        if item.due_date is None:
            when = "не установлен"
        elif item.due_date < data.as_of:
            when = f"{date_short(item.due_date)} (<b>истёк</b>)"
        else:
            when = date_short(item.due_date)
        flow.append(
            bullet(
                f"п. {item.number}. {markup(item.title)}<br/>"
                f"<font color='#555555'>Статус: {markup(item.status_label)}; "
                f"ответственный: {who}; срок: {when}.</font>",
                styles,
            )
        )
    return flow


def instrument_block(
    instrument: ReportInstrument, data: ReportData, styles: Styles
) -> list[Flowable]:
    """One instrument: heading, state, checklist table, open items."""
    flow: list[Flowable] = [
        CondPageBreak(55 * mm),  # keep the heading with the first rows of its table
        Paragraph(f"Инструмент {markup(instrument.label)}. {markup(instrument.title)}", styles.h2),
        Paragraph(_state_line(instrument, date_short(data.as_of)), styles.body),
    ]
    if instrument.items:
        # Kept with the table's first rows only (a label keeps with the whole table).
        heading_style = ParagraphStyle("TableHeading", parent=styles.label, keepWithNext=0)
        for criterion, heading in ((True, "Критерии внедрения"), (False, "Рекомендации")):
            items = [item for item in instrument.items if item.criterion is criterion]
            if not items:
                continue
            flow += [
                Spacer(1, 2 * mm),
                CondPageBreak(30 * mm),
                Paragraph(heading, heading_style),
            ]
            flow.append(
                data_table(
                    HEADER,
                    [_item_row(item, styles) for item in items],
                    WIDTHS,
                    styles,
                    total_width=LANDSCAPE_WIDTH,
                    centered_columns=(0, 2, 4, 5),
                )
            )
    else:
        flow.append(Paragraph("Пункты чек-листа не заданы.", styles.body))
    return [*flow, *_remaining(instrument, data, styles)]


def instruments(data: ReportData, styles: Styles) -> list[Flowable]:
    """All instruments grouped by block, each block from a new landscape page."""
    flow: list[Flowable] = []
    for block in sorted({i.block for i in data.instruments}):
        flow += [*new_page(LANDSCAPE), Paragraph(block_heading(block), styles.h1)]
        for instrument in (i for i in data.instruments if i.block == block):
            flow += instrument_block(instrument, data, styles)
    return flow
