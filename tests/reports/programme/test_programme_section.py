"""The programme and budget section in a quarterly report, read back from the PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from res_desktop.domain.programme.model import Funding
from res_desktop.domain.programme.model import ProgrammeEvent
from res_desktop.reports.programme.section import programme_section
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.demo.programme import fill_programme_demo
from tests.conftest import TODAY
from tests.reports.common.helpers import make_data
from tests.reports.common.helpers import make_instrument
from tests.reports.common.helpers import make_item
from tests.reports.common.helpers import missing
from tests.reports.common.helpers import section_pdf_text


def test_programme_section_joins_a_quarterly_report(workspace: Workspace, tmp_path: Path) -> None:
    fill_programme_demo(workspace, TODAY)
    extract = workspace.programme.report_extract(TODAY.year, dt.date(2026, 9, 30))
    base = make_data((make_instrument("4", 1, (make_item(1),)),))
    text = section_pdf_text(base, tmp_path / "q.pdf", programme_section, programme=extract)
    assert (
        missing(
            text,
            "Региональная программа развития экспорта (инструмент 4)",
            "Постановление Губернатора Демонстрационной области от 12.03.2024 № 24-пг",
            "2021–2024 гг. с прогнозом до 2030 г.",
            "Бизнес-миссия в Республику Казахстан",
            "Выполнено в срок: 9 из 12.",
            "срок не наступил",
            "0,01% ВРП — 60 000 000 ₽",
            "80 000 000 ₽",
            "Мероприятия исполняются в полном объёме и в срок — не выполнено",
        )
        == []
    )
    without = section_pdf_text(base, tmp_path / "plain.pdf", programme_section)
    assert "Региональная программа развития экспорта (инструмент 4)" not in without


def test_events_of_the_strategy_and_projects_in_the_section(
    workspace: Workspace, tmp_path: Path
) -> None:
    for target, title in (("strategy", "Стратегическая сессия"), ("regional_project", "Отбор")):
        workspace.programme.save_event(
            event=ProgrammeEvent(
                year=TODAY.year,
                title=title,
                instrument=target,
                planned_count=1,
                responsible="РОИВ-координатор",
                deadline=dt.date(TODAY.year, 10, 15),
                planned=Funding(regional=1_000_000),
            )
        )
    extract = workspace.programme.report_extract(TODAY.year, TODAY)
    base = make_data((make_instrument("4", 1, (make_item(1),)),))
    text = section_pdf_text(base, tmp_path / "q.pdf", programme_section, programme=extract)
    assert missing(text, "Стратегическая сессия", "Стратегия", "Рег. проект") == []
