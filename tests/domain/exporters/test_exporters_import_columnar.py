"""The import's columnar reading gives what ``parse_row`` gives, row by row (issue 15 part 6)."""

from __future__ import annotations

import datetime as dt
import random

from res_desktop.domain.exporters import columns as col
from res_desktop.domain.exporters.import_parsing import ParsedRow
from res_desktop.domain.exporters.import_parsing import Rejection
from res_desktop.domain.exporters.import_rows import MAX_CELL_CHARS
from res_desktop.domain.exporters.import_rows import parse_row
from res_desktop.domain.exporters.import_rows import parse_rows
from res_desktop.domain.exporters.import_rows import prepare
from res_desktop.domain.exporters.import_values import Cell

_WEIGHTS = (2, 4, 10, 3, 5, 9, 4, 6, 8)


def _inn(rnd: random.Random) -> str:
    head = [rnd.randrange(10) for _ in range(9)]
    check = sum(w * d for w, d in zip(_WEIGHTS, head, strict=True)) % 11 % 10
    return "".join(map(str, head)) + str(check)


COLUMNS = prepare([
    (0, col.INN), (1, col.OGRN), (2, col.FULL_NAME), (3, col.SHORT_NAME), (4, col.SME),
    (5, col.MUNICIPALITY), (6, col.INDUSTRY), (7, col.STATUS), (8, col.STAGE),
    (9, col.PRODUCTS), (10, col.COUNTRIES), (11, col.NEEDS), (12, col.BARRIERS),
    (13, col.SOURCES), (14, col.CONTACT_EMAIL), (15, col.LAST_CHECKED), (16, col.NOTES),
    (17, col.volume_field(2024)), (18, col.volume_field(2025)),
])  # fmt: skip
_CHOICES: list[tuple[Cell, ...]] = [
    (),  # 0: the ИНН, made per row; the first of each column's cells is a good one
    ("", "1026701234567", "102670123456", "-"),
    ("ООО «Лён»", "АО  «Агрохимия»", "", "=HYPERLINK(1)", "x" * (MAX_CELL_CHARS + 1)),
    ("Лён", "", "—"),
    ("малое", "микро", "крупное", "гигантское", ""),
    ("город Смоленск", "Вяземский муниципальный округ", ""),
    ("Машиностроение", "Услуги", ""),
    ("экспортёр", "потенциальный", "непонятно", ""),
    ("регулярный", "первые поставки", "", "никакая"),
    ("530911 Ткани льняные", "440710; 530911", "1234", "", "нет кода"),
    ("Китай, Турция", "Казахстан", "Атлантида", "", "CN"),
    ("сертификация; логистика", "финансирование", "", "что-то своё"),
    ("логистика", "", "санкции"),
    ("ФТС 01.02.2025", "ФНС", "", "почта России"),
    ("info@lyon.ru", "yandex@", "", "a@b.c"),
    ("01.02.2026", "31.02.2026", "", dt.date(2026, 1, 5), 46000, "завтра"),
    ("", "примечание", "=cmd"),
    ("", "12 345,6", "сто", 1.5, "-1", "1,2e18"),
    ("", "0", "425", 7, True),
]


def _rows(count: int) -> list[tuple[int, list[Cell]]]:
    rnd = random.Random(15)
    inns = [_inn(rnd) for _ in range(count // 3)]
    rows = []
    for number in range(2, count + 2):
        valid = rnd.choice(inns)
        inn: Cell = valid
        if rnd.random() < 0.05:
            wrong: list[Cell] = ["", "123", "7707083894", int(valid), valid[1:]]
            inn = rnd.choice(wrong)  # refused, or read with a note (a leading zero restored)
        row = [inn, *(rnd.choice(c) if rnd.random() < 0.3 else c[0] for c in _CHOICES[1:])]
        rows.append((number, row[: rnd.choice([len(row), len(row), 12])]))  # short rows too
    return rows


def test_the_columnar_reading_is_parse_row_for_every_row() -> None:
    rows = _rows(3000)
    expected = [parse_row(cells, COLUMNS, number) for number, cells in rows]
    got = parse_rows(rows, prepare([(c.index, c.field) for c in COLUMNS]))  # memos of its own
    assert got == expected
    kinds = {type(outcome) for outcome in got}
    assert kinds == {ParsedRow, Rejection}  # the file holds both
    accepted = [o for o in got if isinstance(o, ParsedRow)]
    assert len(accepted) > 500 and len(got) - len(accepted) > 500
    assert sum(bool(o.notes) for o in accepted) > 100  # fields left empty, zeros restored
    assert len({o.company for o in accepted}) > 500
