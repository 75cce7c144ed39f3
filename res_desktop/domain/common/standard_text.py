"""The catalogue's wording checked against the Standard's text, wherever that text is kept.

The text is the client's document, not part of the product: the check takes it as an argument
(`python3 -m res_desktop.domain.common.standard_text PATH`, run by `.ci/run` when the text is
beside the repository), so the test suite passes from the repository alone.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from res_desktop import paths
from res_desktop.domain.common.catalogue import Catalogue, load_catalogue

STANDARD_FILE_NAME = "regional-export-standard.ru.txt"


def normalised(text: str) -> str:
    """Whitespace folded: the text is wrapped at arbitrary places."""
    return " ".join(text.split())


def mismatches(catalogue: Catalogue, standard_text: str) -> list[str]:
    """What the catalogue says that the Standard's text does not; empty when all agree."""
    text = normalised(standard_text)
    found = []
    for instrument in catalogue.instruments:
        title = normalised(instrument.title)
        if title not in text:
            found.append(
                f"Инструмент {instrument.number}: название не найдено в тексте Стандарта: «{title}»"
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
    problems = mismatches(load_catalogue(paths.catalogue_dir()), text)
    for problem in problems:
        print(problem)
    count = len(load_catalogue(paths.catalogue_dir()).instruments)
    print(f"Проверено инструментов: {count}; расхождений: {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
