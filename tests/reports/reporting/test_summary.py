"""What РЭЦ reads (issue 13, part 4): the period against the previous one, the plan, the KPIs.

Built from the demo on 01.12.2026 and read back from the PDF.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

import pytest
from reportlab.platypus import Flowable
from reportlab.platypus import KeepTogether
from reportlab.platypus import Paragraph

from res_desktop.domain.common.russian import number
from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.data import ReportKind
from res_desktop.reports.common.quarterly import build_report
from res_desktop.reports.common.quarterly import default_sections
from res_desktop.reports.common.quarterly import story
from res_desktop.reports.common.styles import make_styles
from res_desktop.services.demo.region import build_demo
from tests.reports.common.helpers import Pdf
from tests.reports.common.helpers import flat
from tests.reports.common.helpers import read_pdf

TODAY = dt.date(2026, 12, 1)
REPORTS = {
    "q3": (ReportKind.QUARTERLY, 2026, 3),
    "y2026": (ReportKind.ANNUAL, 2026, None),
    "y2025": (ReportKind.ANNUAL, 2025, None),
}


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ReportData]]:
    folder = tmp_path_factory.mktemp("summary")
    ws = build_demo(folder / "demo.sqlite3", clock=lambda: TODAY)
    try:
        yield {
            name: ws.reports.report_data(kind=kind, year=year, quarter=quarter)
            for name, (kind, year, quarter) in REPORTS.items()
        }
    finally:
        ws.close()


@pytest.fixture(scope="module")
def pdfs(
    tmp_path_factory: pytest.TempPathFactory, reports: dict[str, ReportData]
) -> dict[str, Pdf]:
    folder = tmp_path_factory.mktemp("summary-pdf")
    return {name: read_pdf(build_report(d, folder / f"{name}.pdf")) for name, d in reports.items()}


def _between(text: str, start: str, end: str) -> str:
    """The body of a section: from its heading's last occurrence (the contents list it first)
    to the next section's heading."""
    at = text.rindex(start)
    return text[at : text.index(end, at)]


def test_quarter_summary_names_what_changed_in_the_quarter(pdfs: dict[str, Pdf]) -> None:
    part = _between(
        pdfs["q3"].text,
        "Итоги отчётного периода (III квартал 2026 года)",
        "План работы до следующих контрольных дат",
    )
    assert "сопоставлены с состоянием на 30.06.2026" in part
    # Instruments 12 and 15 reached 100% of their criteria in July-September (18% and 0% on
    # 30.06.2026); 10 was implemented before the quarter and is not repeated.
    assert (
        "Внедрены за отчётный период: – 12 «Экспорт через электронную торговлю» "
        "– 15 «Продвижение продукции за рубежом»"
    ) in part
    # An item completed on 03.07.2026, and not one completed before the quarter.
    assert "Обеспечены регистрация и продвижение отобранных компаний" in part
    assert "03.07.2026" in part
    assert "Проведены мероприятия по профессиональному развитию" not in part  # 06.03.2026
    # Figures that moved: the council held 2 meetings by 30.06 and 3 by 30.09.
    assert "Проведено заседаний Экспортного совета 2 3 +1" in part
    assert "Выполнение инструмента 12 «Экспорт через электронную торговлю», % 18 100 +82" in part


def test_quarter_summary_compares_with_the_previous_quarter_computation(
    reports: dict[str, ReportData],
) -> None:
    """«Against the previous quarter» is the same computation as of 30.06."""
    data = reports["q3"]
    assert data.previous is not None
    assert data.previous.as_of == dt.date(2026, 6, 30)
    assert data.previous.schedule_actual == 5  # 1, 2, 3, 8 and 10 on 30.06.2026
    assert data.schedule_actual == 7  # and 12, 15 by 30.09.2026


def test_plan_names_instruments_items_deadlines_and_people(pdfs: dict[str, Pdf]) -> None:
    part = _between(
        pdfs["q3"].text,
        "План работы до следующих контрольных дат планового графика",
        "Блок I.",
    )
    assert "01.10.2026 7 7 0" in part  # date, required, implemented, missing
    assert "31.12.2026 11 7 4" in part
    assert "Не выполнено 12 критериев невнедрённых инструментов" in part
    assert "ближе всего к внедрению инструменты 9, 5, 6" in part
    assert (
        "6 (58%) Ключевой показатель «количество компаний, заключивших экспортные контракты в "
        "результате полученной поддержки» на год исполнен на 100% 12.12.2026 "
        "Смирнова Ольга Николаевна"
    ) in part
    # The plan is the criteria: a recommendation of instrument 5 is advice, not a plan row.
    assert "Протоколы заседаний Совета опубликованы" not in part
    # Implemented instruments have nothing left to plan.
    assert "12 (100%)" not in part


def test_annual_plan_covers_the_next_year(pdfs: dict[str, Pdf]) -> None:
    part = _between(pdfs["y2025"].text, "и на 2026 год", "Блок I.")
    assert (
        "Плановым графиком 2026 года предусмотрено внедрение не менее 2 инструментов к "
        "01.02.2026 и не менее 11 инструментов к 31.12.2026."
    ) in part


def test_programme_kpis_plan_against_fact(pdfs: dict[str, Pdf]) -> None:
    part = _between(
        pdfs["y2026"].text, "Показатели региональной программы: план и факт", "Центр поддержки"
    )
    assert "План 2026 Факт 2026 План 2027" in part
    # The demo's plans and facts (services/demo/programme.py).
    assert (
        "Объём несырьевого неэнергетического экспорта млн долл. США "
        f"{number(78)} {number(81.6)} {number(84)}" in part
    )
    assert (
        f"Количество экспортирующих субъектов МСП ед. {number(100)} {number(97)} {number(106)}"
        in part
    )
    assert "в учёте не внесены" not in part
    quarter = _between(
        pdfs["q3"].text, "Показатели региональной программы: план и факт", "Центр поддержки"
    )
    assert "План 2027" not in quarter  # the next year's plan belongs to the annual report


def test_year_against_the_previous_year(pdfs: dict[str, Pdf]) -> None:
    part = _between(pdfs["y2026"].text, "Итоги 2026 года в сравнении с 2025 годом", "План работы")
    assert "Внедрены в 2026 году: – 3 «Управленческая команда» – 5 «Экспортный совет»" in part
    assert "2025 г. 2026 г. Изменение" in part


def test_annual_report_of_an_unfinished_year_is_preliminary(pdfs: dict[str, Pdf]) -> None:
    assert "ПРЕДВАРИТЕЛЬНЫЙ ГОДОВОЙ ОТЧЁТ" in pdfs["y2026"].page_text(1)
    meta = pdfs["y2026"].reader.metadata
    assert meta is not None
    assert str(meta.title).startswith("Предварительный годовой отчёт")
    assert "предварительн" not in pdfs["y2025"].text.lower()
    assert "предварительн" not in pdfs["q3"].text.lower()


def _flowables(flow: list[Flowable]) -> Iterator[Flowable]:
    for f in flow:
        if isinstance(f, KeepTogether):
            yield from _flowables(list(getattr(f, "_content", [])))
        else:
            yield f


HEADINGS = ("H1", "H2")


def _paragraphs(data: ReportData) -> list[tuple[str, str]]:
    flow = story(data, default_sections(data.kind), make_styles())
    return [
        (f.style.name, flat(f.getPlainText())) for f in _flowables(flow) if isinstance(f, Paragraph)
    ]


@pytest.mark.parametrize("name", list(REPORTS))
def test_no_heading_or_paragraph_printed_twice(name: str, reports: dict[str, ReportData]) -> None:
    paragraphs = _paragraphs(reports[name])
    headings = Counter(text for style, text in paragraphs if style in HEADINGS)
    assert [h for h, n in headings.items() if n > 1] == []
    # A body paragraph may recur only under different headings (two instruments alike).
    scoped: Counter[tuple[str, str]] = Counter()
    heading = ""
    for style, text in paragraphs:
        if style in HEADINGS:
            heading = text
        elif style == "Body":
            scoped[heading, text] += 1
    assert [key for key, n in scoped.items() if n > 1] == []


@pytest.mark.parametrize("name", list(REPORTS))
def test_no_empty_section_heading(name: str, reports: dict[str, ReportData]) -> None:
    """Every heading has something under it before the next heading of its level or above."""
    paragraphs = _paragraphs(reports[name])
    flow = story(reports[name], default_sections(reports[name].kind), make_styles())
    items = list(_flowables(flow))
    empty = []
    for at, f in enumerate(items):
        if not (isinstance(f, Paragraph) and f.style.name in HEADINGS):
            continue
        level = HEADINGS.index(f.style.name)
        content = False
        for nxt in items[at + 1 :]:
            if isinstance(nxt, Paragraph) and nxt.style.name in HEADINGS:
                if HEADINGS.index(nxt.style.name) <= level:
                    break
                continue  # a subheading: what follows it is this heading's content too
            if type(nxt).__name__ not in ("PageBreak", "NextPageTemplate", "Spacer"):
                content = True
                break
        if not content:
            empty.append(f.getPlainText())
    assert paragraphs
    assert empty == []


@pytest.mark.parametrize("name", list(REPORTS))
def test_section_headings_printed_once_in_the_pdf(name: str, pdfs: dict[str, Pdf]) -> None:
    """The contents lists each of these headings once and the body prints it once."""
    text = pdfs[name].text
    for heading in (
        "Итоги отчётного периода",
        "Итоги 2026 года в сравнении",
        "Итоги 2025 года в сравнении",
        "Показатели региональной программы: план и факт",
    ):
        assert text.count(heading) in (0, 2), heading
