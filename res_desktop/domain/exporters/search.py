"""What the registry's search index holds and how a search is asked of it (issue 15, part 2).

The index is SQLite FTS5 with the ``trigram`` tokenizer: any part of three letters or more of
a name, a ИНН or a ТН ВЭД code is found by the index itself («химия» finds «Агрохимия»,
«7114960» finds ИНН 0007114960). SQLite 3.40's trigram tokenizer does not fold «ё», so the
indexed text and the query are folded here the same way. Words of one or two letters have no
trigram: they are looked for in the indexed text itself (the fallback), among the rows the
longer words found, or in every row when the search has no longer word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from res_desktop.domain.common.countries import country_name

_WORD = re.compile(r"[^\W_]+")
TRIGRAM = 3  # the shortest word the index can look up


def fold(text: str) -> str:
    """Case and «ё» folded the same way for the index, the query and the sort keys."""
    return text.casefold().replace("ё", "е")


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def index_text(parts: Iterable[str]) -> str:
    """What one column of a search row holds: the parts given, folded, a space between."""
    return fold(" ".join(part for part in parts if part))


def fts_match(search: str) -> str:
    """A safe FTS5 query: every word of three letters or more, folded and quoted (a word has
    letters and digits only), each found anywhere in a row's text; "" when there is none."""
    return " ".join(f'"{word}"' for word in words(search) if len(word) >= TRIGRAM)


def short_words(search: str) -> list[str]:
    """The search's words too short for the index: matched in the indexed text itself."""
    return [word for word in words(search) if len(word) < TRIGRAM]


def sort_key(text: str) -> str:
    """A municipality's or industry's stored sort key: folded, spaces collapsed."""
    return " ".join(fold(text).split())


def countries_key(codes: Iterable[str]) -> str:
    """Countries in Russian alphabetical order, folded: what sorting by countries compares."""
    return ", ".join(sorted(sort_key(country_name(code)) for code in codes))
