"""What the registry's search index holds and how a search is asked of it (issue 15, part 2).

SQLite's unicode61 tokenizer neither folds «ё» (its diacritics are Latin only) nor matches
inside a word, so both are done here: the indexed text and the query are folded the same
way, and every word is indexed with its tails, so a prefix query on a tail finds a part of a
word («химия» finds «Агрохимия», «7114960» finds ИНН 0007114960).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from res_desktop.domain.common.countries import country_name
from res_desktop.domain.exporters.names import normalise_name

_WORD = re.compile(r"[^\W_]+")
MIN_TAIL = 3  # shorter parts of a word are not indexed: they would match almost anything


def fold(text: str) -> str:
    """Case and «ё» folded the same way for the index, the query and the sort keys."""
    return text.casefold().replace("ё", "е")


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def name_text(full_name: str, short_name: str) -> str:
    """Names indexed whole, but tails only past the legal form (no one searches «раниченной»)."""
    return index_text(
        (full_name, short_name), (normalise_name(full_name), normalise_name(short_name))
    )


def index_text(parts: Iterable[str], tails_of: Iterable[str] | None = None) -> str:
    """Every word of ``parts``, folded, then the tails (a word from its 2nd letter on) of
    the words of ``tails_of`` (default: the same parts)."""
    parts = list(parts)
    found = [w for part in parts for w in words(part)]
    tailed = found if tails_of is None else [w for part in tails_of for w in words(part)]
    tails = dict.fromkeys(w[i:] for w in tailed for i in range(1, len(w) - MIN_TAIL + 1))
    whole = dict.fromkeys(found)
    return " ".join([*whole, *(t for t in tails if t not in whole)])


def fts_match(search: str) -> str:
    """A safe FTS5 query: every word of the search, folded and quoted, as a prefix ("хим"*)."""
    return " ".join(f'"{word}"*' for word in words(search))


def sort_key(text: str) -> str:
    """A municipality's or industry's stored sort key: folded, spaces collapsed."""
    return " ".join(fold(text).split())


def countries_key(codes: Iterable[str]) -> str:
    """Countries in Russian alphabetical order, folded: what sorting by countries compares."""
    return ", ".join(sorted(sort_key(country_name(code)) for code in codes))
