"""Names, positions and regions in the cases official Russian papers need.

Surnames go through pytrovich (the petrovich rules for Russian anthroponyms); positions and
region names follow a few regular patterns, enough for the titles the app writes. Whatever
a rule gets wrong, the user can type the form wanted: a speaker that is not a known member
is printed as typed, and the head's signature transcript is a field of its own.
"""

from __future__ import annotations

import re
from functools import cache

from pytrovich.enums import Case
from pytrovich.enums import Gender
from pytrovich.enums import NamePart
from pytrovich.maker import PetrovichDeclinationMaker

NBSP = "\u00a0"
_INITIALS = re.compile(
    r"^(?P<surname>[^\s.]+)\s+(?P<first>[А-ЯЁA-Z])\.?\s*(?P<middle>[А-ЯЁA-Z])?\.?$"
)


@cache
def _maker() -> PetrovichDeclinationMaker:
    return PetrovichDeclinationMaker()


def _parts(full_name: str) -> tuple[str, str, str]:
    """Surname, first name (or initial) and patronymic (or initial) of «Громов Андрей
    Павлович» or «Громов А. П.»; missing parts are empty."""
    text = " ".join(full_name.split())
    found = _INITIALS.match(text)
    if found:
        return found["surname"], found["first"], found["middle"] or ""
    words = text.split(" ")
    words += [""] * (3 - len(words))
    return words[0], words[1], " ".join(words[2:]).strip()


def _initials(first: str, middle: str) -> str:
    return "".join(f"{p[0]}." for p in (first, middle) if p)


def initials_before(full_name: str) -> str:
    """«А.П. Громов»: a signature's transcript (ГОСТ Р 7.0.97), initials kept to the surname."""
    surname, first, middle = _parts(full_name)
    initials = _initials(first, middle)
    return f"{initials}{NBSP}{surname}" if initials else surname


def initials_after(full_name: str) -> str:
    """«Громов А.П.»: a name in a list of those present."""
    surname, first, middle = _parts(full_name)
    initials = _initials(first, middle)
    return f"{surname}{NBSP}{initials}" if initials else surname


def gender_of(full_name: str) -> Gender:
    """The bearer's gender from the patronymic (or the first name, or the surname)."""
    surname, first, middle = _parts(full_name)
    if middle.endswith(("вна", "чна", "кызы")):
        return Gender.FEMALE
    if middle.endswith(("вич", "ич", "оглы")):
        return Gender.MALE
    if len(first) > 1:
        return Gender.FEMALE if first.endswith(("а", "я")) and first != "Илья" else Gender.MALE
    return Gender.FEMALE if surname.endswith(("ова", "ева", "ина", "ая", "ына")) else Gender.MALE


def accusative_short(full_name: str) -> str:
    """«Иванову М.С.» for «Иванова Мария Сергеевна»: СЛУШАЛИ takes the accusative."""
    surname, first, middle = _parts(full_name)
    if not surname:
        return ""
    declined = _maker().make(NamePart.LASTNAME, gender_of(full_name), Case.ACCUSATIVE, surname)
    initials = _initials(first, middle)
    return f"{declined}{NBSP}{initials}" if initials else declined


_ADJECTIVE_GENITIVE = (("кий", "кого"), ("гий", "гого"), ("хий", "хого"), ("ий", "его"),
                       ("ый", "ого"), ("ой", "ого"), ("ое", "ого"), ("ая", "ой"))  # fmt: skip


_NOUN_GENITIVE = (("ь", "я"), ("й", "я"), ("я", "и"), ("о", "а"), ("е", "я"))
_CONSONANTS = "бвгджзклмнпрстфхцчшщ"


def _noun_genitive(word: str) -> str:
    lower = word.lower()
    if lower.endswith("а"):  # «глава» -> «главы», «палата» -> «палаты», after к: «и»
        return word[:-1] + ("и" if lower[-2:-1] in "гкхжшщч" else "ы")
    ending = next((pair for pair in _NOUN_GENITIVE if lower.endswith(pair[0])), None)
    if ending:
        return word[:-1] + ending[1]
    return word + "а" if lower[-1:] in _CONSONANTS else word


def genitive_phrase(phrase: str) -> str:
    """«Министерства экономического развития …» for «Министерство экономического развития
    …»: the leading adjectives and the head noun take the genitive, the rest already is in
    it. A phrase opening with an abbreviation or a quote («ООО «Демо»») stays as it is."""
    words = phrase.split(" ")
    if not words[0] or words[0].isupper() or not words[0][0].isalpha():
        return phrase
    out: list[str] = []
    for index, word in enumerate(words):
        ending = next((pair for pair in _ADJECTIVE_GENITIVE if word.endswith(pair[0])), None)
        if ending and len(word) > 3:
            out.append(word[: -len(ending[0])] + ending[1])
            continue
        out.append(_noun_genitive(word))
        out += words[index + 1 :]
        break
    return " ".join(out)


def position_genitive(position: str) -> str:
    """«начальника отдела …» for «Начальник отдела …», in lower case inside a sentence."""
    text = genitive_phrase(position)
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


_LOCATIVE = {
    "область": "области", "край": "крае", "округ": "округе", "республика": "республике",
    "москва": "Москве", "санкт-петербург": "Санкт-Петербурге", "севастополь": "Севастополе",
    "кузбасс": "Кузбассе", "чувашия": "Чувашии", "югра": "Югре",
}  # fmt: skip
_ADJECTIVE_LOCATIVE = (("ая", "ой"), ("ий", "ом"), ("ый", "ом"), ("ой", "ом"), ("ое", "ом"))


def _locative_word(word: str) -> str:
    known = _LOCATIVE.get(word.lower())
    if known is not None:
        return known if known[0].isupper() or word[0].islower() else known.capitalize()
    ending = next((pair for pair in _ADJECTIVE_LOCATIVE if word.endswith(pair[0])), None)
    return word[: -len(ending[0])] + ending[1] if ending else word


def in_region(name: str) -> str:
    """«в Калужской области», «в Республике Татарстан», «в Чувашской Республике — Чувашии»."""
    head, dash, tail = name.partition(" — ")
    words = head.split(" ")
    if words[0] == "Республика":  # the name after it stays in the nominative
        declined = ["Республике", *words[1:]]
    else:
        declined = [_locative_word(w) for w in words]
    text = " ".join(declined)
    if dash:
        text += dash + " ".join(_locative_word(w) for w in tail.split(" "))
    # «во Владимирской области»: «в» before «в»/«ф» and a consonant is said «во»
    two_consonants = text[:1].lower() in "вф" and text[1:2].lower() not in "аеёиоуыэюя"
    return f"{'во' if two_consonants else 'в'}{NBSP}{text}"  # the preposition never ends a line
