"""The annex on barriers sent to the federal body and РЭЦ (instrument 9), as PDF."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import KeepTogether
from reportlab.platypus import Paragraph
from reportlab.platypus import Spacer

from res_desktop.domain.common.russian import count
from res_desktop.reports.common.document import PORTRAIT_WIDTH
from res_desktop.reports.common.document import render_pdf
from res_desktop.reports.common.document import write_pdf
from res_desktop.reports.common.formatting import markup
from res_desktop.reports.common.styles import Styles
from res_desktop.reports.common.styles import make_styles
from res_desktop.reports.common.tables import Bullets
from res_desktop.reports.common.tables import Cell
from res_desktop.reports.common.tables import Markup
from res_desktop.reports.common.tables import data_table
from res_desktop.reports.common.tables import signature_table
from res_desktop.reports.exporters.data import BarrierLine
from res_desktop.reports.exporters.data import BarriersAnnexData

TITLE = (
    "Барьеры, препятствующие выходу компаний на внешние рынки, устранение которых "
    "требует решений на федеральном уровне"
)
BLANK = "________________"


def _barrier_cell(line: BarrierLine) -> Cell:
    if not line.details:
        return line.label
    said = "; ".join(f"«{markup(d)}»" for d in line.details)
    return Markup(f"{markup(line.label)}<br/><i>со слов компаний: {said}</i>")


def barriers_table(lines: tuple[BarrierLine, ...], styles: Styles) -> Flowable:
    rows: list[list[Cell]] = [
        [
            str(n),
            _barrier_cell(line),
            count(line.companies),
            Bullets(line.industries) if line.industries else "—",
            Bullets(line.examples),
        ]
        for n, line in enumerate(lines, start=1)
    ]
    return data_table(
        ["№", "Барьер", "Компаний", "Отрасли", "Компании (примеры)"],
        rows,
        [6, 44, 16, 34, 44],
        styles,
        centered_columns=(0, 2),
    )


def _heading(data: BarriersAnnexData, styles: Styles) -> list[Flowable]:
    right = ParagraphStyle("AnnexRight", parent=styles.body, alignment=TA_RIGHT)
    centered = ParagraphStyle("AnnexCentered", parent=styles.body, alignment=TA_CENTER)
    return [
        Paragraph(
            f"Приложение<br/>к письму от {BLANK} № {BLANK}",
            right,
        ),
        Spacer(1, 6 * mm),
        Paragraph(f"Приложение. {TITLE}", styles.subtitle),
        Spacer(1, 2 * mm),
        Paragraph(
            f"{markup(data.region_name)}; по итогам анализа реестра экспортёров и "
            f"потенциальных экспортёров за {data.year} год",
            centered,
        ),
        Spacer(1, 5 * mm),
    ]


def _signature(data: BarriersAnnexData, styles: Styles) -> list[Flowable]:
    caption = ParagraphStyle("AnnexCaption", parent=styles.small, alignment=TA_CENTER)
    body: list[list[Flowable | str]] = [
        [Paragraph(f"Руководитель<br/>{markup(data.coordinator_body)}", styles.body),
         Paragraph(BLANK, styles.body), Paragraph(f"/ {BLANK} /", styles.body)],
        ["", Paragraph("(подпись)", caption), Paragraph("(инициалы, фамилия)", caption)],
    ]  # fmt: skip
    widths = [80 * mm, 40 * mm, PORTRAIT_WIDTH - 120 * mm]
    table = signature_table(body, widths, ("TOPPADDING", (0, 0), (-1, -1), 4))
    flow: list[Flowable] = [Spacer(1, 12 * mm), table]
    contact = ", ".join(
        p for p in (data.contact_person, data.phone and f"тел. {data.phone}", data.email) if p
    )
    if contact:
        flow += [Spacer(1, 8 * mm), Paragraph(f"Исполнитель: {markup(contact)}", styles.small)]
    return [KeepTogether(flow)]


def annex_story(data: BarriersAnnexData, styles: Styles) -> list[Flowable]:
    flow = _heading(data, styles)
    flow.append(
        Paragraph(
            f"В реестре {count(data.total_companies)} компаний; барьеры выявлены у "
            f"{count(data.analysed_companies)}. Ниже приведены барьеры, которые не представляется "
            "возможным устранить на региональном уровне.",
            styles.body,
        )
    )
    if data.barriers:
        flow.append(barriers_table(data.barriers, styles))
    else:
        flow.append(
            Paragraph(
                "Барьеры, устранение которых требует решений на федеральном уровне, "
                "в реестре не выявлены.",
                styles.body,
            )
        )
    return flow + _signature(data, styles)


def build_barriers_annex_pdf(data: BarriersAnnexData, out: str | Path) -> Path:
    """Write the annex to ``out`` (rendered in memory first: no half-written file)."""
    subject = f"{data.region_name}: барьеры экспортёров за {data.year} год"
    pdf = render_pdf(
        annex_story(data, make_styles()), data, title=f"Приложение. {TITLE}", subject=subject
    )
    return write_pdf(pdf, out)
