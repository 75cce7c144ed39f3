"""The programme and budget section in a quarterly report, read back from the PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from res_desktop.reports.common.quarterly import QUARTERLY_SECTIONS, build_report, with_sections
from res_desktop.reports.programme.section import programme_section
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.demo.programme import fill_programme_demo
from tests.conftest import TODAY
from tests.reports.common.helpers import make_data, make_instrument, make_item, read_pdf


def test_programme_section_joins_a_quarterly_report(workspace: Workspace, tmp_path: Path) -> None:
    fill_programme_demo(workspace, TODAY)
    extract = workspace.programme.report_extract(TODAY.year, dt.date(2026, 9, 30))
    base = make_data((make_instrument("4", 1, (make_item(1),)),))
    sections = with_sections(QUARTERLY_SECTIONS, programme_section)
    with_programme = dataclasses.replace(base, extras={"programme": extract})
    pdf = read_pdf(build_report(with_programme, tmp_path / "q.pdf", sections=sections))
    text = pdf.text
    assert "Региональная программа развития экспорта (инструмент 4)" in text
    assert "Постановление Губернатора Демонстрационной области от 12.03.2024 № 24-пг" in text
    assert "2021–2024 гг. с прогнозом до 2030 г." in text
    assert "Бизнес-миссия в Республику Казахстан" in text
    assert "Выполнено в срок: 9 из 12." in text
    assert "срок не наступил" in text
    assert "0,01% ВРП — 60 000 000 ₽" in text and "80 000 000 ₽" in text
    assert "Мероприятия исполняются в полном объёме и в срок — не выполнено" in text
    without = read_pdf(build_report(base, tmp_path / "plain.pdf", sections=sections)).text
    assert "Региональная программа развития экспорта (инструмент 4)" not in without
