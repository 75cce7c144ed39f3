"""Cell values of ministries' spreadsheets read as registry values, and written back.

Each ``parse_*`` raises ``ValueError`` with a Russian reason; the row is then rejected.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from typing import TypeVar

from res_desktop.domain.common.countries import country_code
from res_desktop.domain.common.countries import country_name
from res_desktop.domain.common.russian import NumberError
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import figure_error
from res_desktop.domain.common.russian import format_plain
from res_desktop.domain.common.russian import parse_number
from res_desktop.domain.exporters.model import MAX_COMPANY_VOLUME_KUSD
from res_desktop.domain.exporters.model import Barrier
from res_desktop.domain.exporters.model import DataSource
from res_desktop.domain.exporters.model import ExporterStatus
from res_desktop.domain.exporters.model import ExportStage
from res_desktop.domain.exporters.model import Need
from res_desktop.domain.exporters.model import Product
from res_desktop.domain.exporters.model import SmeCategory

T = TypeVar("T", Need, Barrier)
Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_DMY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


FORMULA_GUARD = "'"  # before «=», «+», «-», «@» in an exported CSV: Excel reads it as text


def unguarded(text: str) -> str:
    """The text without the apostrophe the export put before a formula-like start."""
    if text[:1] == FORMULA_GUARD and text[1:2] in ("=", "+", "-", "@"):
        return text[1:]
    return text


def cell_text(cell: Cell) -> str:
    """What the user sees in the cell: numbers without «.0», dates as ДД.ММ.ГГГГ."""
    if type(cell) is str:  # the usual case first: 100,000 rows call this a million times
        return cell.strip()
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "да" if cell else "нет"
    if isinstance(cell, float):
        return _float_text(cell)
    if isinstance(cell, dt.date):  # datetime too
        return date_short(cell)
    return str(cell).strip()


def _float_text(cell: float) -> str:
    if not math.isfinite(cell):  # no spreadsheet shows one; say what it is
        return "не число"
    return str(int(cell)) if cell.is_integer() else format_plain(cell)


_BLANKS = frozenset({"", "-", "—", "–"})


def is_blank(cell: Cell) -> bool:
    """Empty, or a dash standing for «no data» (str.strip() also drops NBSP)."""
    return (cell.strip() if type(cell) is str else cell_text(cell)) in _BLANKS


def _folded(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


def parse_volume(cell: Cell) -> float:
    """An export volume from a cell: a number cell, or text read by the program's one parser
    (``russian.parse_number``: «1 234 567,89», «1234.5», «1,234.5»); non-finite, absurdly
    large and negative values are refused."""
    text = cell_text(cell)
    try:
        if isinstance(cell, int | float) and not isinstance(cell, bool):
            value = float(cell)
            if figure_error(value):
                raise NumberError("", "не число" if math.isnan(value) else "слишком большое число")
        else:
            value = parse_number(text)
    except OverflowError:  # an integer cell beyond any float
        raise ValueError(f"«{text}» — слишком большое число") from None
    except NumberError as refused:
        raise ValueError(f"«{text}» — {refused.reason}") from None
    if value < 0:
        raise ValueError(f"«{text}» — объём не может быть отрицательным")
    if value > MAX_COMPANY_VOLUME_KUSD:
        raise ValueError(
            f"«{text}» — больше 100 млрд долл. США у одной организации: проверьте единицы"
            " (объём указывается в тысячах долларов США)"
        )
    return value


def parse_date(cell: Cell) -> dt.date:
    """ДД.ММ.ГГГГ (or ГГГГ-ММ-ДД), a date cell, or an Excel day number."""
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, int | float) and not isinstance(cell, bool) and 20000 < cell < 80000:
        return _EXCEL_EPOCH + dt.timedelta(days=int(cell))
    text = cell_text(cell)
    found = _DMY.fullmatch(text)
    if found:
        try:
            return dt.date(int(found.group(3)), int(found.group(2)), int(found.group(1)))
        except ValueError:
            raise ValueError(f"«{text}» — нет такой даты") from None
    for pattern in ("%Y-%m-%d", "%d.%m.%y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"«{text}» — не дата (нужен формат ДД.ММ.ГГГГ)")


def digits_of(cell: Cell, *, pad_to: tuple[int, ...] = (), lost: int = 1) -> str:
    """ИНН and the like as digits; a number cell gets back the leading zeros Excel dropped
    (up to ``lost`` of them, padded to the nearest of ``pad_to``)."""
    text = _SPACES.sub("", cell_text(cell))
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        for length in pad_to:
            if length - lost <= len(text) < length:
                return text.zfill(length)
    return text


_CODE = re.compile(r"(?<!\d)(\d{4,10})(?!\d)")
_NAME_TRIM = " \t\r\n;,:.-–—"


def parse_products(cell: Cell) -> tuple[Product, ...]:
    """«040690 Сыры; 2203000100 Пиво»: codes cut to 6 digits, the text after each its name."""
    text = digits_of(cell, pad_to=(6, 10)) if not isinstance(cell, str) else cell
    found = list(_CODE.finditer(text))
    if not found and text.strip():
        raise ValueError(f"«{text.strip()}» — нет кода ТН ВЭД из 6–10 цифр")
    products: dict[str, Product] = {}
    for index, match in enumerate(found):
        code = match.group(1)
        if len(code) < 6:
            raise ValueError(f"код ТН ВЭД «{code}» короче 6 знаков")
        end = found[index + 1].start() if index + 1 < len(found) else len(text)
        name = " ".join(text[match.end() : end].strip(_NAME_TRIM).split())
        products.setdefault(code[:6], Product(code[:6], name))
    return tuple(products.values())


def format_products(products: tuple[Product, ...]) -> str:
    return "; ".join(f"{p.tnved} {p.name}".strip() for p in products)


def parse_countries(cell: Cell) -> tuple[str, ...]:
    """Russian names, aliases or ISO codes, separated by «;» (or «,» when there is no «;»)."""
    text = cell_text(cell)
    parts = re.split(r"[;\n]" if ";" in text else r"[,\n]", text)
    codes: list[str] = []
    for part in (p.strip() for p in parts):
        if not part:
            continue
        found = [country_code(part)]
        if found[0] is None and all(len(w) == 2 for w in part.split()):
            found = [country_code(w) for w in part.split()]
        if None in found:
            raise ValueError(f"страна «{part}» не найдена в справочнике стран")
        codes.extend(c for c in found if c and c not in codes)
    return tuple(codes)


def format_countries(codes: tuple[str, ...]) -> str:
    return "; ".join(country_name(c) for c in codes)


def parse_sme(cell: Cell) -> SmeCategory:
    text = _folded(cell_text(cell))
    for stem, category in (
        ("микро", SmeCategory.MICRO), ("мал", SmeCategory.SMALL), ("сред", SmeCategory.MEDIUM),
        ("круп", SmeCategory.LARGE), ("нет", SmeCategory.UNKNOWN), ("не указ", SmeCategory.UNKNOWN),
    ):  # fmt: skip
        if text.startswith(stem):
            return category
    if text in SmeCategory._value2member_map_:
        return SmeCategory(text)
    raise ValueError(f"«{cell_text(cell)}» — нужно: микро, малое, среднее, крупное, нет данных")


def parse_status(cell: Cell) -> ExporterStatus:
    text = _folded(cell_text(cell))
    for stem, status in (
        ("прекрат", ExporterStatus.STOPPED), ("бывш", ExporterStatus.STOPPED),
        ("потенциал", ExporterStatus.POTENTIAL), ("действ", ExporterStatus.ACTIVE),
        ("экспортер", ExporterStatus.ACTIVE),
    ):  # fmt: skip
        if stem in text:
            return status
    if text in ExporterStatus._value2member_map_:
        return ExporterStatus(text)
    raise ValueError(
        f"«{cell_text(cell)}» — нужно: действующий, потенциальный или прекративший экспорт"
    )


def parse_stage(cell: Cell) -> ExportStage:
    text = _folded(cell_text(cell))
    for stem, stage in (
        ("не готов", ExportStage.NOT_READY), ("интерес", ExportStage.INTERESTED),
        ("подготов", ExportStage.PREPARING), ("перв", ExportStage.FIRST_DEALS),
        ("регуляр", ExportStage.REGULAR), ("расшир", ExportStage.EXPANDING),
    ):  # fmt: skip
        if text.startswith(stem) or stem in text.split(",")[0]:
            return stage
    if text in ExportStage._value2member_map_:
        return ExportStage(text)
    raise ValueError(f"«{cell_text(cell)}» — этап экспорта не распознан")


_NEED_WORDS = (
    ("обуч", Need.TRAINING), ("мисси", Need.BUSINESS_MISSIONS), ("выставк", Need.EXHIBITIONS),
    ("покупател", Need.BUYERS_SEARCH), ("площадк", Need.ECOMMERCE),
    ("маркетплейс", Need.ECOMMERCE), ("акселер", Need.ACCELERATION),
    ("сертиф", Need.CERTIFICATION), ("финанс", Need.FINANCE), ("кредит", Need.FINANCE),
    ("логист", Need.LOGISTICS), ("продвиж", Need.PROMOTION), ("юрид", Need.LEGAL),
)  # fmt: skip
_BARRIER_WORDS = (
    ("таможен", Barrier.CUSTOMS), ("сертиф", Barrier.CERTIFICATION),
    ("логист", Barrier.LOGISTICS), ("расчет", Barrier.PAYMENTS), ("валют", Barrier.PAYMENTS),
    ("финанс", Barrier.FINANCE), ("кадр", Barrier.SKILLS), ("компетенц", Barrier.SKILLS),
    ("нетариф", Barrier.NON_TARIFF), ("конкурен", Barrier.COMPETITION),
    ("информац", Barrier.INFORMATION), ("иное", Barrier.OTHER),
)  # fmt: skip


def _split_list(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[;\n]", text) if p.strip()]


def _exact(members: type[T]) -> dict[str, T]:
    """Folded labels and values -> member: the usual, exact, case found by one lookup."""
    found = {_folded(m.label): m for m in members}
    found.update({str(m): m for m in members})
    return found


_NEED_EXACT = _exact(Need)
_BARRIER_EXACT = _exact(Barrier)


def _choose(part: str, exact: dict[str, T], words: tuple[tuple[str, T], ...]) -> T | None:
    folded = _folded(part)
    if folded in exact:
        return exact[folded]
    if len(folded.split()) <= 3:
        return next((m for stem, m in words if stem in folded), None)
    return None


def parse_needs(cell: Cell) -> tuple[tuple[Need, ...], str]:
    """Known needs («обучение», or the label) and the rest kept as free text."""
    return _parse_choices(cell_text(cell), _NEED_EXACT, _NEED_WORDS)


def parse_barriers(cell: Cell) -> tuple[tuple[Barrier, ...], str]:
    return _parse_choices(cell_text(cell), _BARRIER_EXACT, _BARRIER_WORDS)


def _parse_choices(
    text: str, exact: dict[str, T], words: tuple[tuple[str, T], ...]
) -> tuple[tuple[T, ...], str]:
    chosen: list[T] = []
    free: list[str] = []
    for part in _split_list(text):
        member = _choose(part, exact, words)
        if member is None:
            free.append(part)
        elif member not in chosen:
            chosen.append(member)
    return tuple(chosen), "; ".join(free)


def format_choices(members: tuple[Need, ...] | tuple[Barrier, ...], free_text: str) -> str:
    return "; ".join([m.label for m in members] + ([free_text] if free_text else []))


_SOURCE_WORDS = (
    ("фтс", DataSource.FTS), ("тамож", DataSource.FTS), ("фнс", DataSource.FNS),
    ("налог", DataSource.FNS), ("почт", DataSource.POST), ("банк росс", DataSource.CBR),
    ("цб", DataSource.CBR), ("цпэ", DataSource.CPE), ("центр поддержки", DataSource.CPE),
)  # fmt: skip
_DATE_IN_TEXT = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")


def parse_sources(cell: Cell) -> tuple[tuple[DataSource, dt.date | None], ...]:
    """«ФТС России (15.03.2026); ФНС России»: any other body counts as «иной источник»."""
    found: dict[DataSource, dt.date | None] = {}
    for part in _split_list(cell_text(cell)):
        source, as_of = _source(part)
        found[source] = as_of or found.get(source)
    return tuple(found.items())


@functools.lru_cache(maxsize=4096)
def _source(part: str) -> tuple[DataSource, dt.date | None]:
    """One source of a list: the cells differ by their dates, the parts repeat (issue 15)."""
    date_match = _DATE_IN_TEXT.search(part)
    as_of = parse_date(date_match.group(0)) if date_match else None
    folded = _folded(part)
    return next((s for stem, s in _SOURCE_WORDS if stem in folded), DataSource.OTHER), as_of


def format_sources(sources: tuple[tuple[DataSource, dt.date | None], ...]) -> str:
    return "; ".join(f"{s.label} ({date_short(d)})" if d else s.label for s, d in sources)
