"""The demo region's Regional export programme: approved, funded, this year mostly on time."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from res_desktop.domain.programme.model import ApprovalBody
from res_desktop.domain.programme.model import BudgetYear
from res_desktop.domain.programme.model import EventStatus
from res_desktop.domain.programme.model import Funding
from res_desktop.domain.programme.model import Kpi
from res_desktop.domain.programme.model import Programme
from res_desktop.domain.programme.model import ProgrammeEvent

if TYPE_CHECKING:
    from res_desktop.services.common.workspace import Workspace

GOALS = (
    "Рост объёма несырьевого неэнергетического экспорта не менее чем на 70% к 2030 году "
    "по сравнению с 2020 годом",
    "Увеличение числа экспортирующих субъектов МСП",
    "Расширение географии экспорта и товарной номенклатуры",
)
# (instrument, title, month, day, count, responsible, regional thousand roubles)
EVENTS = (
    ("10", "Цикл семинаров «Школа экспорта РЭЦ»", 3, 31, 4, "ЦПЭ", 1_200),
    ("10", "Вебинары по мерам поддержки экспорта", 6, 30, 6, "ЦПЭ", 300),
    ("11", "Бизнес-миссия в Республику Казахстан", 4, 30, 1, "ЦПЭ", 4_500),
    ("11", "Коллективный стенд на выставке «Иннопром»", 7, 15, 1, "Минэкономразвития", 9_000),
    ("11", "Реверсная бизнес-миссия покупателей из Узбекистана", 9, 30, 1, "ЦПЭ", 3_200),
    ("12", "Вывод экспортёров на иностранные маркетплейсы", 5, 31, 2, "ЦПЭ", 2_400),
    ("12", "Семинар по электронной торговле", 10, 15, 1, "ЦПЭ", 250),
    ("13", "Региональный экспортный акселератор", 8, 31, 1, "ЦПЭ", 6_000),
    ("14", "Региональный этап конкурса «Экспортёр года»", 4, 30, 1, "Минэкономразвития", 1_500),
    ("14", "Публикации об экспортёрах в СМИ", 9, 30, 12, "Пресс-служба", 400),
    ("15", "Презентация региона в торгпредстве РФ в ОАЭ", 12, 10, 1, "Минэкономразвития", 2_800),
    ("11", "Участие в выставке «Gulfood»", 12, 20, 1, "ЦПЭ", 7_500),
)
LATE = {"Семинар по электронной торговле"}  # held a week after its deadline
PAST_EVENTS = (
    ("10", "Обучающие семинары для экспортёров", 4),
    ("11", "Бизнес-миссии и выставки", 2),
    ("12", "Вывод на маркетплейсы", 1),
    ("13", "Акселерационная программа", 1),
    ("14", "Популяризация экспортной деятельности", 6),
    ("15", "Презентации в торгпредствах", 1),
    ("strategy", "Актуализация перечня экспортно ориентированных инвестиционных проектов", 1),
    (
        "regional_project",
        "Региональный проект «Системные меры развития международной "
        "кооперации и экспорта»: отбор получателей поддержки",
        1,
    ),
)


def fill_programme_demo(ws: Workspace, today: dt.date) -> None:
    """Programme approved by the governor in the first year, GRP ~600 bn, budget ~80 M a year."""
    start = ws.region.require_profile().start_year
    ws.programme.save_programme(
        programme=Programme(
            title="Региональная программа развития экспорта Демонстрационной области",
            approved_by=ApprovalBody.GOVERNOR,
            act_type="Постановление Губернатора Демонстрационной области",
            act_number=f"{start % 100}-пг",
            act_date=dt.date(start, 3, 12),
            start_year=2021,
            end_year=2024,
            forecast_year=2030,
            goals=GOALS,
        )
    )
    # The facts agree with Table 1 of the same year: the registry's volumes of 2024 and 2025,
    # the official 2026 volume entered by hand, the registry's SME exporters (demo/records.py).
    ws.programme.save_kpi(
        kpi=Kpi(
            name="Объём несырьевого неэнергетического экспорта",
            unit="млн долл. США",
            plan={2024: 62, 2025: 70, 2026: 78, 2027: 84, 2030: 102},
            fact={2024: 60.6, 2025: 60.3, 2026: 81.6},
        )
    )
    ws.programme.save_kpi(
        kpi=Kpi(
            name="Количество экспортирующих субъектов МСП",
            unit="ед.",
            plan={2024: 85, 2025: 92, 2026: 100, 2027: 106, 2030: 130},
            fact={2024: 84, 2025: 91, 2026: 97},
        )
    )
    for year in range(start, today.year + 1):
        step = year - start
        ws.programme.save_budget(
            budget=BudgetYear(
                year=year, grp=(560 + 20 * step) * 10**9, budget=(76 + 2 * step) * 10**6
            )
        )
    for year in range(start, today.year):
        for code, title, count in PAST_EVENTS:
            _add(ws, today, (year, code, title, dt.date(year, 11, 30), count, "ЦПЭ", 1_000))
    for code, title, month, day, count, responsible, thousands in EVENTS:
        deadline = dt.date(today.year, month, day)
        _add(ws, today, (today.year, code, title, deadline, count, responsible, thousands))


_Row = tuple[int, str, str, dt.date, int, str, int]


def _add(ws: Workspace, today: dt.date, row: _Row) -> None:
    """Done 3 days before the deadline (a week after it if LATE) once that day passed."""
    year, code, title, deadline, count, responsible, thousands = row
    money = thousands * 1_000
    done_on = deadline + dt.timedelta(days=7 if title in LATE else -3)
    done = done_on <= today
    ws.programme.save_event(
        event=ProgrammeEvent(
            year=year,
            title=title,
            instrument=code,
            planned_count=count,
            responsible=responsible,
            deadline=deadline,
            planned=Funding(regional=money, extra=money // 10),
            actual=Funding(regional=money * 97 // 100, extra=money // 10) if done else Funding(),
            status=EventStatus.DONE if done else EventStatus.PLANNED,
            done_count=count if done else 0,
            done_on=done_on if done else None,
        )
    )
