"""The catalogue's wording checked against the Standard's text, wherever that text is kept.

The text is the client's document, not part of the product: the check takes it as an argument
(`python3 -m res_desktop.domain.common.standard_text PATH`, run by `.ci/run` when the text is
beside the repository), so the test suite passes from the repository alone.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path

from res_desktop import paths
from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.catalogue import Catalogue
from res_desktop.domain.common.catalogue import load_catalogue

STANDARD_FILE_NAME = "regional-export-standard.ru.txt"


# The text is a PDF extraction: list bullets are Symbol-font glyphs from the private use area,
# and it writes «–» and «-» for the same dash («далее – РЭЦ», «далее - ЦПЭ»).
_BULLETS = re.compile("[\uf000-\uf0ff]")
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
_QUOTES = str.maketrans({c: '"' for c in "«»“”„‟"})
_YO = str.maketrans("ёЁ", "еЕ")
# A compound word wrapped at its hyphen («бизнес-» at a line end, «сообщества» on the next).
_WRAPPED_HYPHEN = re.compile(r"(\w)- (\w)")


def normalised(text: str) -> str:
    """The text as the check compares it: whitespace folded (the text is wrapped at arbitrary
    places), bullets dropped, «ё» read as «е», every dash as «-» and every double quote alike."""
    text = _BULLETS.sub(" ", text).translate(_YO).translate(_DASHES).translate(_QUOTES)
    return _WRAPPED_HYPHEN.sub(r"\1-\2", " ".join(text.split()))


def mismatches(catalogue: Catalogue, standard_text: str) -> list[str]:
    """What the catalogue says that the Standard's text does not; empty when all agree."""
    text = normalised(standard_text)
    found = []
    for instrument in catalogue.instruments:
        number = instrument.number
        if normalised(instrument.title) not in text:
            title = " ".join(instrument.title.split())
            found.append(f"Инструмент {number}: название не найдено в тексте Стандарта: «{title}»")
        for item in instrument.items:
            quote = normalised(item.basis_quote)
            if not quote:
                found.append(f"Инструмент {number}, пункт {item.key}: не указана цитата основания")
            elif quote not in text:
                found.append(
                    f"Инструмент {number}, пункт {item.key}: цитата основания не найдена"
                    f" в тексте Стандарта: «{' '.join(item.basis_quote.split())}»"
                )
        if not any(item.basis is Basis.CRITERION for item in instrument.items):
            found.append(
                f"Инструмент {number}: ни один пункт не отмечен как критерий внедрения"
                ' (basis = "criterion")'
            )
    return found


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print(
            "Использование: python3 -m res_desktop.domain.common.standard_text ФАЙЛ_СТАНДАРТА",
            file=sys.stderr,
        )
        return 2
    path = Path(args[0])
    if path.is_dir():
        path = path / STANDARD_FILE_NAME
    try:
        text = path.read_text("utf-8")
    except OSError as error:
        print(f"Не удалось прочитать текст Стандарта {path}: {error.strerror}", file=sys.stderr)
        return 2
    catalogue = load_catalogue(paths.catalogue_dir())
    problems = mismatches(catalogue, text)
    for problem in problems:
        print(problem)
    items = sum(len(instrument.items) for instrument in catalogue.instruments)
    print(
        f"Проверено инструментов: {len(catalogue.instruments)}, пунктов: {items};"
        f" расхождений: {len(problems)}"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
