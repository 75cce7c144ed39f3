"""The report is laid out once: the contents' page numbers are filled in before the file is
written, and a row taller than a page splits by itself (no second build of the whole report)."""

from __future__ import annotations

from unittest import mock

from reportlab.platypus import BaseDocTemplate

from res_desktop.reports.common import document
from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.quarterly import default_sections
from res_desktop.reports.common.quarterly import story
from res_desktop.reports.common.sections import report_title
from res_desktop.reports.common.styles import make_styles
from tests.reports.common.helpers import make_data
from tests.reports.common.helpers import make_instrument
from tests.reports.common.helpers import make_item


def _builds(data: ReportData) -> int:
    """How many times reportlab lays out the whole story for ``data``'s report."""
    flow = story(data, default_sections(data.kind), make_styles())
    with mock.patch.object(
        BaseDocTemplate, "build", autospec=True, side_effect=BaseDocTemplate.build
    ) as build:
        document.render_pdf(flow, data, title=report_title(data), subject="", official=True)
    return build.call_count


def test_the_demo_report_is_laid_out_once(demo_quarterly: ReportData) -> None:
    assert _builds(demo_quarterly) == 1


def test_a_row_taller_than_a_page_needs_no_second_build() -> None:
    item = make_item(1, evidence=40)
    assert _builds(make_data((make_instrument("1", 1, (item,)),))) == 1
