"""The quarterly and annual PDF reports, read back with pypdf."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph

from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.quarterly import ANNUAL_SECTIONS
from res_desktop.reports.common.quarterly import QUARTERLY_SECTIONS
from res_desktop.reports.common.quarterly import build_annual
from res_desktop.reports.common.quarterly import build_report
from res_desktop.reports.common.quarterly import render
from res_desktop.reports.common.quarterly import with_sections
from res_desktop.reports.common.sections import sign_off
from res_desktop.reports.common.styles import Styles
from tests.reports.common.helpers import Pdf
from tests.reports.common.helpers import flat
from tests.reports.common.helpers import make_data
from tests.reports.common.helpers import make_instrument
from tests.reports.common.helpers import make_item
from tests.reports.common.helpers import read_pdf


def test_title_page(quarterly_pdf: Pdf, demo_quarterly: ReportData) -> None:
    first = quarterly_pdf.page_text(1)
    assert "ОТЧЁТ о ходе внедрения Регионального экспортного стандарта" in first
    assert "Демонстрационная область" in first
    assert demo_quarterly.coordinator_body in first
    assert "за III квартал 2026 года" in first
    assert "по состоянию на 30.09.2026" in first
    assert "Срок представления: не позднее 08.10.2026" in first
    assert demo_quarterly.due_date == dt.date(2026, 10, 8)
    assert "3-й год внедрения" in first
    assert f"Дата формирования: {demo_quarterly.generated_at:%d.%m.%Y %H:%M}" in first
    # a letter's first page: the addressee, and the registration left blank until it is sent
    assert "АО «Российский экспортный центр»" in first
    assert "от «___» ____________ 20___ г. № ________" in first
    assert "в Демонстрационной области" in first


def test_pages_numbered_alone_from_page_two(quarterly_pdf: Pdf) -> None:
    """ГОСТ Р 7.0.97: the number alone at the top of every page but the first, no furniture."""
    total = len(quarterly_pdf.reader.pages)
    assert total > 5
    assert not quarterly_pdf.page_text(1).startswith("1 ")
    for number in range(2, total + 1):
        assert quarterly_pdf.page_text(number).startswith(f"{number} "), number
    assert "Страница" not in quarterly_pdf.text
    assert "Сформировано" not in quarterly_pdf.text


def test_every_instrument_title_and_percent(quarterly_pdf: Pdf, demo_quarterly: ReportData) -> None:
    text = quarterly_pdf.text
    assert len(demo_quarterly.instruments) == 15
    for instrument in demo_quarterly.instruments:
        assert f"Инструмент {instrument.label}. {flat(instrument.title)}" in text
        state = "внедрён" if instrument.implemented else "не внедрён"
        advice = (
            f"{instrument.advice_done} из {instrument.advice_total}"
            if instrument.advice_total
            else "—"
        )
        row = (
            f"{instrument.label} {instrument.short_title} {instrument.kind_label} "
            f"{instrument.progress_percent}% {advice} {state}"
        )
        assert row in text, row
        assert f"Выполнение критериев на 30.09.2026: {instrument.progress_percent}%" in text


def _outline(pdf: Pdf) -> dict[str, int]:
    """Top-level bookmarks -> 1-based page numbers."""
    reader = pdf.reader
    found: dict[str, int] = {}
    for o in reader.outline:
        if isinstance(o, list):  # nested lists hold the instruments under each block
            continue
        page = reader.get_destination_page_number(o)
        assert o.title is not None and page is not None, o
        found[o.title] = page + 1
    return found


def _contents_pages(pdf: Pdf) -> range:
    """The contents runs from page 2 up to the first section's page."""
    return range(2, min(_outline(pdf).values()))


def test_summary_against_plan_schedule(quarterly_pdf: Pdf, demo_quarterly: ReportData) -> None:
    assert demo_quarterly.schedule_on_track
    text = quarterly_pdf.page_text(
        _outline(quarterly_pdf)["Сводные сведения о внедрении Стандарта"]
    )
    assert "Сводные сведения о внедрении Стандарта" in text
    assert (
        f"По состоянию на 30.09.2026 внедрено {demo_quarterly.schedule_actual} из 15 "
        "инструментов Стандарта" in text
    )
    assert (
        f"Плановым графиком на 01.09.2026 предусмотрено внедрение не менее "
        f"{demo_quarterly.schedule_required} инструментов" in text
    )
    assert "плановый график выполняется" in text
    assert "Рисунок 1." in text


def test_checklist_items_and_open_items(quarterly_pdf: Pdf, demo_quarterly: ReportData) -> None:
    text = quarterly_pdf.text
    for instrument in demo_quarterly.instruments:
        for item in instrument.items:
            assert flat(item.title) in text
            if item.done_on:
                assert f"{item.done_on:%d.%m.%Y}" in text
    assert "Что осталось выполнить" in text
    assert "Все критерии внедрения выполнены." in text
    assert "Критерии внедрения" in text and "Рекомендации" in text
    cpe = next(i for i in demo_quarterly.instruments if i.label == "6")
    open_item = next(i for i in cpe.items if i.due_date)
    assert f"ответственный: {open_item.responsible}; срок: {open_item.due_date:%d.%m.%Y}" in text


def test_contents_points_at_the_right_pages(quarterly_pdf: Pdf) -> None:
    reader = quarterly_pdf.reader
    outline = _outline(quarterly_pdf)
    assert "Блок I. Платформа для развития экспорта" in outline
    assert "Сводные сведения о внедрении Стандарта" in outline
    pages = _contents_pages(quarterly_pdf)
    assert "Содержание" in quarterly_pdf.page_text(pages[0])
    # Layout extraction keeps each contents line whole: «title . . . . N».
    lines = [
        " ".join(line.split())
        for page in pages
        for line in reader.pages[page - 1].extract_text(extraction_mode="layout").splitlines()
    ]
    for title, page in outline.items():
        # a long title wraps at 12 pt: its page number ends the entry's last line
        start = next(n for n, line in enumerate(lines) if line.startswith(title[:30]))
        line = next(line for line in lines[start:] if line[-1:].isdigit())
        assert line.endswith(f" {page}"), (title, page, line[-20:])
        assert title in quarterly_pdf.page_text(page)


def test_sign_off(quarterly_pdf: Pdf, demo_quarterly: ReportData) -> None:
    last = quarterly_pdf.page_text(len(quarterly_pdf.pages))
    # the head's position and the transcript «Н.И. Белова» (initials first, no space between)
    assert "Министр экономического развития Демонстрационной области Н.И. Белова" in last
    assert demo_quarterly.signatory.transcript == "Н.И.\u00a0Белова"
    assert (
        f"Исп. {demo_quarterly.contact_person} тел. {demo_quarterly.phone} "
        f"{demo_quarterly.email}" in last
    )
    assert last.endswith(demo_quarterly.email)  # the executor closes the last page


def test_metadata_in_russian(quarterly_pdf: Pdf, demo_quarterly: ReportData) -> None:
    meta = quarterly_pdf.reader.metadata
    assert meta is not None
    assert meta.title == (
        "Отчёт о ходе внедрения Регионального экспортного стандарта за III квартал 2026 года"
    )
    assert meta.author == demo_quarterly.coordinator_body
    assert meta.subject is not None
    assert "Демонстрационная область" in meta.subject


def test_annual_report(tmp_path: Path, demo_annual: ReportData) -> None:
    pdf = read_pdf(build_annual(demo_annual, tmp_path / "годовой.pdf"))
    first = pdf.page_text(1)
    assert (
        "ПРЕДВАРИТЕЛЬНЫЙ ГОДОВОЙ ОТЧЁТ о ходе внедрения Регионального экспортного стандарта"
        in first
    )
    assert "за 2026 год" in first
    assert "по состоянию на 24.11.2026" in first  # the year is not over: as of today
    assert "Срок представления" not in first
    meta = pdf.reader.metadata
    assert meta is not None
    assert (
        meta.title
        == "Предварительный годовой отчёт о ходе внедрения Регионального экспортного стандарта "
        "за 2026 год"
    )
    assert ANNUAL_SECTIONS[0] is QUARTERLY_SECTIONS[0]


def _extra_section(data: ReportData, styles: Styles) -> list[Flowable]:
    return [
        Paragraph("Экспортный совет: заседания", styles.h1),
        Paragraph(f"Заседаний в {data.year} году: 4.", styles.body),
    ]


def test_extra_section_via_the_sections_list(tmp_path: Path, demo_quarterly: ReportData) -> None:
    sections = with_sections(QUARTERLY_SECTIONS, _extra_section)
    assert sections[-1] is sign_off
    assert sections[-2] is _extra_section
    assert _extra_section not in QUARTERLY_SECTIONS
    pdf = read_pdf(build_report(demo_quarterly, tmp_path / "q.pdf", sections))
    contents = " ".join(pdf.page_text(page) for page in _contents_pages(pdf))
    assert "Экспортный совет: заседания" in contents
    assert "Заседаний в 2026 году: 4." in pdf.text
    assert pdf.text.index("Заседаний в 2026 году") < pdf.text.rindex("Н.И. Белова")


def test_custom_sections_only(tmp_path: Path, demo_quarterly: ReportData) -> None:
    path = build_report(demo_quarterly, tmp_path / "a" / "b" / "extra.pdf", [_extra_section])
    pdf = read_pdf(path)
    assert len(pdf.pages) == 1
    assert "Экспортный совет: заседания" in pdf.text
    assert not pdf.text.startswith("1 ")  # a one-page paper carries no page number


def test_render_returns_pdf_bytes(demo_quarterly: ReportData) -> None:
    data = render(demo_quarterly, [_extra_section])
    assert data.startswith(b"%PDF-")


def test_behind_schedule_and_not_applicable(tmp_path: Path) -> None:
    items = (
        make_item(1),
        make_item(2, status="not_applicable", na_reason="Регион не относится к городам ФЗ"),
        make_item(3, status="in_progress", due_date=dt.date(2026, 6, 15)),
        make_item(4, status="not_started", due_date=None, responsible=""),
    )
    data = make_data((make_instrument("1", 1, items, progress_percent=33),))
    pdf = read_pdf(build_report(data, tmp_path / "q.pdf"))
    text = pdf.text
    # the genitive after «не хватает», «не менее»: «2 инструментов», «3 инструментов»
    assert "отставание от планового графика: не хватает 2 инструментов" in text
    assert "предусмотрено внедрение не менее 3 инструментов" in text
    assert "Не применимо: Регион не относится к городам ФЗ" in text
    assert "срок: 15.06.2026 (истёк)" in text
    assert "ответственный: не назначен; срок: не установлен" in text
    assert "выполнено критериев: 1 из 3 (не применимо: 1)" in text
    assert "Срок представления: не позднее 08.07.2026" in text


def test_before_the_first_schedule_date(tmp_path: Path) -> None:
    data = make_data(
        (make_instrument("1", 1, (make_item(1),), progress_percent=100, implemented=True),),
        as_of=dt.date(2026, 1, 20),
        schedule_date=None,
        schedule_required=0,
        schedule_actual=1,
        schedule_on_track=True,
    )
    text = read_pdf(build_report(data, tmp_path / "q.pdf")).text
    assert "Первая контрольная дата планового графика (01.02.2026) ещё не наступила." in text


def test_own_instruments_in_block_four(tmp_path: Path) -> None:
    data = make_data(
        (
            make_instrument("1", 1, (make_item(1),)),
            make_instrument("IV.1", 4, (make_item(1),), title="Экспортный лифт региона"),
        )
    )
    text = read_pdf(build_report(data, tmp_path / "q.pdf")).text
    assert "Блок IV. Собственные инструменты региона" in text
    assert "Инструмент IV.1. Экспортный лифт региона" in text
    assert "Собственных инструментов региона внедрено 0 из 1." in text


def test_markup_characters_in_user_text(tmp_path: Path) -> None:
    item = make_item(1, comment="Протокол <№ 5> & приложение", responsible="ООО «Рога & Копыта»")
    data = make_data((make_instrument("1", 1, (item,), title="Инструмент <A&B>"),))
    text = read_pdf(build_report(data, tmp_path / "q.pdf")).text
    assert "Протокол <№ 5> & приложение" in text
    assert "ООО «Рога & Копыта»" in text
    assert "Инструмент 1. Инструмент <A&B>" in text


def test_recommendations_apart_and_the_manual_status(tmp_path: Path) -> None:
    """Criteria make the counts; recommendations have their own table and «1 из 2»."""
    items = (
        make_item(1),
        make_item(
            2,
            derived_note="установлено вручную: выполнено; по данным программы: не выполнено "
            "(проведено 3 из 4 заседаний)",
            manual_grounds="Заседание проведено заочно (Протокол № 4 от 20.11.2026)",
        ),
        make_item(3, status="in_progress", criterion=False),
        make_item(4, criterion=False),
    )
    instrument = make_instrument(
        "5", 1, items, progress_percent=100, implemented=True, advice_done=1, advice_total=2
    )
    text = read_pdf(build_report(make_data((instrument,)), tmp_path / "q.pdf")).text
    assert "выполнено критериев: 2 из 2" in text
    assert "Рекомендации Стандарта: выполнено 1 из 2." in text
    assert "Инструмент-5 ежегодный 100% 1 из 2 внедрён" in text
    assert "Все критерии внедрения выполнены." in text  # the open recommendation is not one
    assert text.index("Критерии внедрения") < text.index(flat(items[2].title))
    assert "по данным программы: не выполнено" in text
    assert "Основание ручного статуса: Заседание проведено заочно" in text
