"""Quarterly and annual reports on the Standard: a list of section builders rendered to one PDF.

Later features add their sections (Export Council, management team, exporter registry,
programme, indicators) by inserting builders into ``QUARTERLY_SECTIONS`` /
``ANNUAL_SECTIONS`` before the sign-off, or by passing their own list to ``build_report``.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import LayoutError

from res_desktop.reports.activities.section import activities_section
from res_desktop.reports.checklist.section import instruments
from res_desktop.reports.common.data import ReportData, ReportKind
from res_desktop.reports.common.document import ReportDocument
from res_desktop.reports.common.sections import (
    Section,
    contents_page,
    report_title,
    sign_off,
    summary,
    title_page,
)
from res_desktop.reports.common.styles import Styles, make_styles
from res_desktop.reports.common.tables import rows_may_split
from res_desktop.reports.council.section import council_section
from res_desktop.reports.exporters.section import exporter_section
from res_desktop.reports.programme.section import programme_section
from res_desktop.reports.records.indicators_section import indicators_section
from res_desktop.reports.records.section import records_section
from res_desktop.reports.team.section import team_section

QUARTERLY_SECTIONS: list[Section] = [
    title_page,
    contents_page,
    summary,
    instruments,
    council_section,
    team_section,
    exporter_section,
    programme_section,
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
    buffer = io.BytesIO()
    doc = ReportDocument(
        buffer,
        title=report_title(data),
        author=data.coordinator_body,
        subject=f"{data.region_name}: {data.kind.label} отчёт за {data.period_label}",
        header_left=data.region_name,
        header_right=data.coordinator_body,
        generated_at=data.generated_at,
    )
    chosen = default_sections(data.kind) if sections is None else sections
    try:
        doc.multiBuild(story(data, chosen, make_styles()))
    except LayoutError:
        # A row taller than a page (dozens of documents on one item): split rows, less pretty.
        buffer.seek(0)
        buffer.truncate()
        with rows_may_split():
            doc.multiBuild(story(data, chosen, make_styles()))
    return buffer.getvalue()


def build_report(
    data: ReportData, out_path: str | Path, sections: Sequence[Section] | None = None
) -> Path:
    """Write the report to ``out_path`` (parent folders created); returns the path.

    The PDF is rendered in memory first, so a failed build leaves no half-written file.
    """
    pdf = render(data, sections)
    path = Path(out_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf)
    return path


def build_quarterly(data: ReportData, out_path: str | Path) -> Path:
    return build_report(data, out_path, QUARTERLY_SECTIONS)


def build_annual(data: ReportData, out_path: str | Path) -> Path:
    return build_report(data, out_path, ANNUAL_SECTIONS)
