"""Quarterly and annual reports on the Standard: a list of section builders rendered to one PDF.

Later features add their sections (Export Council, management team, exporter registry,
programme, indicators) by inserting builders into ``QUARTERLY_SECTIONS`` /
``ANNUAL_SECTIONS`` before the sign-off, or by passing their own list to ``build_report``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import LayoutError

from res_desktop.reports.activities.section import activities_section
from res_desktop.reports.checklist.section import instruments
from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.data import ReportKind
from res_desktop.reports.common.document import render_pdf
from res_desktop.reports.common.document import write_pdf
from res_desktop.reports.common.docx_render import render_docx
from res_desktop.reports.common.sections import Section
from res_desktop.reports.common.sections import contents_page
from res_desktop.reports.common.sections import report_title
from res_desktop.reports.common.sections import sign_off
from res_desktop.reports.common.sections import summary
from res_desktop.reports.common.sections import title_page
from res_desktop.reports.common.styles import Styles
from res_desktop.reports.common.styles import make_styles
from res_desktop.reports.common.tables import rows_may_split
from res_desktop.reports.council.section import council_section
from res_desktop.reports.exporters.section import exporter_section
from res_desktop.reports.programme.section import programme_section
from res_desktop.reports.records.indicators_section import indicators_section
from res_desktop.reports.records.section import records_section
from res_desktop.reports.reporting.kpis import kpi_section
from res_desktop.reports.reporting.plan import plan_section
from res_desktop.reports.reporting.summary import period_summary
from res_desktop.reports.team.section import team_section

QUARTERLY_SECTIONS: list[Section] = [
    title_page,
    contents_page,
    summary,
    period_summary,
    plan_section,
    instruments,
    council_section,
    team_section,
    exporter_section,
    programme_section,
    kpi_section,
    records_section,
    activities_section,
    indicators_section,
    sign_off,
]
ANNUAL_SECTIONS: list[Section] = list(QUARTERLY_SECTIONS)


def with_sections(base: Sequence[Section], *extra: Section) -> list[Section]:
    """``base`` with ``extra`` inserted before the closing sign-off (or appended)."""
    sections = list(base)
    at = sections.index(sign_off) if sign_off in sections else len(sections)
    sections[at:at] = extra
    return sections


def default_sections(kind: ReportKind) -> list[Section]:
    return list(ANNUAL_SECTIONS if kind is ReportKind.ANNUAL else QUARTERLY_SECTIONS)


def story(data: ReportData, sections: Sequence[Section], styles: Styles) -> list[Flowable]:
    flow: list[Flowable] = []
    for section in sections:
        flow += section(data, styles)
    return flow


def render(data: ReportData, sections: Sequence[Section] | None = None) -> bytes:
    """The report as PDF bytes."""
    chosen = default_sections(data.kind) if sections is None else sections
    subject = f"{data.region_name}: {data.kind.label} отчёт за {data.period_label}"

    def build() -> bytes:
        flow = story(data, chosen, make_styles())
        return render_pdf(flow, data, title=report_title(data), subject=subject, official=True)

    try:
        return build()
    except LayoutError:
        # A row taller than a page (dozens of documents on one item): split rows, less pretty.
        with rows_may_split():
            return build()


def render_docx_report(data: ReportData, sections: Sequence[Section] | None = None) -> bytes:
    """The report as an editable DOCX: the same sections, the same page frame as the PDF."""
    chosen = default_sections(data.kind) if sections is None else sections
    subject = f"{data.region_name}: {data.kind.label} отчёт за {data.period_label}"
    flow = story(data, chosen, make_styles())
    return render_docx(flow, data, title=report_title(data), subject=subject)


def build_report(
    data: ReportData, out_path: str | Path, sections: Sequence[Section] | None = None
) -> Path:
    """Write the report to ``out_path`` (parent folders created); returns the path.

    The PDF is rendered in memory first, so a failed build leaves no half-written file.
    """
    return write_pdf(render(data, sections), out_path)


def build_quarterly(data: ReportData, out_path: str | Path) -> Path:
    return build_report(data, out_path, QUARTERLY_SECTIONS)


def build_annual(data: ReportData, out_path: str | Path) -> Path:
    return build_report(data, out_path, ANNUAL_SECTIONS)
