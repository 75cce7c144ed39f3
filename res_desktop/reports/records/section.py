"""Instruments 6, 7, 8 in the quarterly and annual reports: KPIs, presence, training."""

from __future__ import annotations

from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph

from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.formatting import markup
from res_desktop.reports.common.paragraphs import bullets
from res_desktop.reports.common.paragraphs import section_data
from res_desktop.reports.common.styles import Styles
from res_desktop.reports.common.tables import data_table
from res_desktop.reports.records.data import RecordsReportData

EXTRAS_KEY = "records"


def _kpis(rec: RecordsReportData, styles: Styles) -> list[Flowable]:
    title = Paragraph(f"Ключевые показатели эффективности ({markup(rec.centre)})", styles.h2)
    if not rec.kpis:
        return [title, Paragraph(f"КПЭ на {rec.year} год не внесены.", styles.body)]
    rows = [[k.label, k.plan, k.fact, "исполнен" if k.met else "не исполнен"] for k in rec.kpis]
    table = data_table(["Показатель", "План", "Факт", "Исполнение на 100%"], rows,
                       [60, 18, 18, 24], styles, centered_columns=(1, 2, 3))  # fmt: skip
    return [title, table]


def _presence(rec: RecordsReportData, styles: Styles) -> list[Flowable]:
    flow: list[Flowable] = [Paragraph("Присутствие на зарубежных рынках", styles.h2)]
    if rec.presence:
        rows = [[p.country, p.formats] for p in rec.presence]
        flow.append(data_table(["Приоритетная страна", "Форматы присутствия"], rows,
                               [35, 85], styles))  # fmt: skip
    flow.append(Paragraph(markup(rec.presence_note), styles.body))
    if rec.agreements:
        flow.append(Paragraph("Соглашения с иностранными регионами:", styles.label))
        flow += bullets(rec.agreements, styles)
    return flow


def _training(rec: RecordsReportData, styles: Styles) -> list[Flowable]:
    flow: list[Flowable] = [Paragraph("Подготовка кадров в сфере ВЭД", styles.h2)]
    if rec.training:
        flow.append(data_table(["Показатель", "Значение"], [list(t) for t in rec.training],
                               [80, 40], styles, centered_columns=(1,)))  # fmt: skip
    flow.append(Paragraph(markup(rec.training_note), styles.body))
    return flow


def records_section(data: ReportData, styles: Styles) -> list[Flowable]:
    """The year's KPIs of the centre, presence abroad and staff training (instruments 6-8)."""
    rec = section_data(data, EXTRAS_KEY, RecordsReportData)
    if rec is None:
        return []
    return [
        Paragraph("Центр поддержки экспорта, присутствие за рубежом, кадры (инструменты 6–8)",
                  styles.h1),
        *_kpis(rec, styles),
        *_presence(rec, styles),
        *_training(rec, styles),
    ]  # fmt: skip
