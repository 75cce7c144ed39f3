"""ИНН and ОГРН cells read as the digits Excel shows (issue 10.3).

Excel keeps ИНН as a number: 7736050003.0 is the text «7736050003», and a ИНН of regions
01-09 loses its leading zero (0274062111 -> 274062111). One lost zero is put back only
when the check digits then hold, and the row gets a note saying so; anything else that is
not the registration number exactly (a fraction, «7,73605E+09», too many digits) is refused
with a reason, never guessed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import NamedTuple

from res_desktop.domain.common.russian import plural_word
from res_desktop.domain.exporters import import_values as val
from res_desktop.domain.exporters.model import is_valid_ogrn

Cell = val.Cell
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")
# «7,73605E+09»: Excel's display of a long number, saved to CSV; Cyrillic «Е» typed by hand too.
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d*)?[EeЕе][+-]?\d+")
_INN10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _check(digits: str, weights: tuple[int, ...]) -> int:
    return sum(w * int(d) for w, d in zip(weights, digits, strict=False)) % 11 % 10


def inn_ok(inn: str) -> bool:
    """The official ИНН check digits (as domain.exporters.is_valid_inn, without its overhead)."""
    if not (inn.isascii() and inn.isdigit()):
        return False
    if len(inn) == 10:
        return _check(inn, _INN10) == int(inn[9])
    if len(inn) == 12:
        return _check(inn, _INN11) == int(inn[10]) and _check(inn, _INN12) == int(inn[11])
    return False


class Identifier(NamedTuple):
    digits: str
    note: str  # «ИНН 274062111 дополнен ведущим нулём: 0274062111», or "" when as written


class _Kind(NamedTuple):
    name: str  # «ИНН», «ОГРН/ОГРНИП»: in reasons
    lengths: tuple[int, ...]  # the valid lengths, shortest first
    valid: Callable[[str], bool]
    wanted: str  # «10 цифр (организация) или 12 (ИП, физическое лицо)»
    checksum: str  # «контрольная сумма», «контрольная цифра»
    label: Callable[[str], str]  # the name of a restored number in the note


_INN = _Kind(
    "ИНН", (10, 12), inn_ok, "10 цифр (организация) или 12 (ИП, физическое лицо)",
    "контрольная сумма", lambda _digits: "ИНН",
)  # fmt: skip
_OGRN = _Kind(
    "ОГРН/ОГРНИП", (13, 15), is_valid_ogrn, "13 цифр (ОГРН) или 15 (ОГРНИП)",
    "контрольная цифра", lambda digits: "ОГРН" if len(digits) == 13 else "ОГРНИП",
)  # fmt: skip


def read_inn(cell: Cell) -> Identifier:
    """The ИНН of a cell; ValueError with a Russian reason."""
    if type(cell) is str and len(cell) in (10, 12) and inn_ok(cell):  # the usual text cell
        return Identifier(cell, "")
    return _read(cell, _INN)


def read_ogrn(cell: Cell) -> Identifier:
    """The ОГРН or ОГРНИП of a cell; ValueError with a Russian reason."""
    return _read(cell, _OGRN)


def _read(cell: Cell, kind: _Kind) -> Identifier:
    digits = _digits(cell, kind)
    if kind.valid(digits):
        return Identifier(digits, "")
    shown = val.cell_text(cell)
    if not (digits.isascii() and digits.isdigit()):
        raise ValueError(f"«{shown}» — {kind.name} состоит только из цифр: нужно {kind.wanted}")
    if len(digits) in kind.lengths:
        raise ValueError(f"«{shown}» — неверная {kind.checksum} {kind.name}: проверьте цифры")
    if len(digits) + 1 not in kind.lengths:
        raise ValueError(f"«{shown}» — {_count(len(digits))}, а нужно {kind.wanted}")
    restored = "0" + digits  # Excel dropped one leading zero: put back if the number holds
    if kind.valid(restored):
        return Identifier(
            restored, f"{kind.label(restored)} {digits} дополнен ведущим нулём: {restored}"
        )
    if kind is _OGRN:  # the first digit of ОГРН is 1 or 5, of ОГРНИП 3: never a zero
        raise ValueError(
            f"«{shown}» — {_count(len(digits))}, а нужно {kind.wanted}; ОГРН и ОГРНИП "
            "не начинаются с нуля, поэтому это не потерянный ведущий ноль: проверьте цифры"
        )
    raise ValueError(
        f"«{shown}» — {_count(len(digits))}; с ведущим нулём, отброшенным Excel, ИНН был бы "
        f"{restored}, но контрольная сумма не сходится: проверьте цифры"
    )


def _count(digits: int) -> str:
    """«9 цифр», «1 цифра», «2 цифры»."""
    return f"{digits} {plural_word(digits, 'цифра', 'цифры', 'цифр')}"


def _digits(cell: Cell, kind: _Kind) -> str:
    """The digits as Excel shows them; ValueError for a number that is no registration number."""
    if isinstance(cell, bool) or not isinstance(cell, int | float):
        text = _SPACES.sub("", val.cell_text(cell))
        if _SCIENTIFIC.fullmatch(text):
            raise ValueError(
                f"«{val.cell_text(cell)}» — {kind.name} записан в экспоненциальном виде: Excel "
                "сократил число при сохранении, и цифры номера потеряны. Задайте столбцу "
                f"{kind.name} в исходной таблице формат «Текстовый» (или загрузите саму "
                "таблицу XLSX) и сохраните файл заново"
            )
        return text
    if isinstance(cell, float) and not math.isfinite(cell):
        raise ValueError(f"«{val.cell_text(cell)}» — не {kind.name}")
    if isinstance(cell, float) and not cell.is_integer():
        raise ValueError(
            f"«{val.cell_text(cell)}» — дробное число, а {kind.name} — целое: нужно {kind.wanted}"
        )
    if cell < 0:
        raise ValueError(f"«{val.cell_text(cell)}» — отрицательное число, а не {kind.name}")
    if cell >= 10 ** kind.lengths[-1]:
        raise ValueError(
            f"«{val.cell_text(cell)}» — число больше, чем {kind.name}: нужно {kind.wanted}"
        )
    return str(int(cell))
