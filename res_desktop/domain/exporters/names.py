"""Company names compared and sorted the way people read them: no quotes, no legal form."""

from __future__ import annotations

import re

# Longest first, so «Публичное акционерное общество» is not cut as «акционерное общество».
_LEGAL_FORMS = (
    "общество с ограниченной ответственностью",
    "общество с дополнительной ответственностью",
    "публичное акционерное общество",
    "непубличное акционерное общество",
    "открытое акционерное общество",
    "закрытое акционерное общество",
    "акционерное общество",
    "индивидуальный предприниматель",
    "крестьянское (фермерское) хозяйство",
    "крестьянское фермерское хозяйство",
    "производственный кооператив",
    "сельскохозяйственный производственный кооператив",
    "государственное унитарное предприятие",
    "муниципальное унитарное предприятие",
    "федеральное государственное унитарное предприятие",
    "товарищество на вере",
    "полное товарищество",
)
_ABBREVIATIONS = (
    "ооо",
    "одо",
    "пао",
    "нао",
    "оао",
    "зао",
    "ао",
    "ип",
    "кфх",
    "глава кфх",
    "спк",
    "пк",
    "гуп",
    "муп",
    "фгуп",
    "тов",
)
_QUOTES = re.compile(r"[«»\"“”„‟'‘’`]")
_PUNCT = re.compile(r"[^\w\s-]")
_FORM = re.compile(
    r"\b(?:"
    + "|".join(re.escape(f) for f in sorted(_LEGAL_FORMS, key=len, reverse=True))
    + r")\b|(?<![\w-])(?:"
    + "|".join(re.escape(a) for a in sorted(_ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w-])"
)


def _folded(name: str) -> str:
    return name.casefold().replace("ё", "е")


def normalise_name(name: str) -> str:
    """«ООО "Ромашка"» and «Общество с ограниченной ответственностью «Ромашка»» -> «ромашка»."""
    text = _QUOTES.sub(" ", _folded(name))
    text = _FORM.sub(" ", text)
    text = _PUNCT.sub(" ", text)
    return " ".join(text.split())


def sort_name(full_name: str, short_name: str = "") -> str:
    """What company.sort_name holds: the shown name, casefolded, without quotes and legal form.

    SQLite orders text by code points, so «ё» is folded to «е» and case to lower here
    (issue 6: lower() in SQLite folds ASCII only).
    """
    shown = short_name.strip() or full_name.strip()
    return normalise_name(shown) or _folded(shown)
