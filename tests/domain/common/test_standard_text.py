"""The catalogue-against-Standard check works on any text given to it (issue 10.5).

The Standard's text is not in the repository; `.ci/run` runs this check on it when it is beside
the clone. Here the check is proven on texts made from the catalogue itself.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from res_desktop import paths
from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.catalogue import Catalogue
from res_desktop.domain.common.catalogue import ChecklistItem
from res_desktop.domain.common.catalogue import Instrument
from res_desktop.domain.common.catalogue import load_catalogue
from res_desktop.domain.common.standard_text import STANDARD_FILE_NAME
from res_desktop.domain.common.standard_text import main
from res_desktop.domain.common.standard_text import mismatches


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(paths.catalogue_dir())


def _wrapped(text: str) -> str:
    """Wrapped after the third word, as the Standard's text wraps its lines."""
    words = text.split()
    return " ".join(words[:3]) + " \n\n" + " ".join(words[3:])


def _text_of(catalogue: Catalogue) -> str:
    """Every title and every item's quote, wrapped over lines."""
    parts = ["РЕГИОНАЛЬНЫЙ ЭКСПОРТНЫЙ СТАНДАРТ 3.0"]
    for instrument in catalogue.instruments:
        parts.append(f"{instrument.number}. " + _wrapped(instrument.title))
        parts += [_wrapped(item.basis_quote) for item in instrument.items]
    return "\n\n".join(parts)


def _edited(
    catalogue: Catalogue, number: int, edit: Callable[[ChecklistItem], ChecklistItem]
) -> Catalogue:
    """The catalogue with the items of one instrument passed through `edit`."""

    def edited(instrument: Instrument) -> Instrument:
        return dataclasses.replace(instrument, items=tuple(edit(i) for i in instrument.items))

    return Catalogue(tuple(edited(i) if i.number == number else i for i in catalogue.instruments))


def _with_quote(catalogue: Catalogue, number: int, key: str, quote: str) -> Catalogue:
    return _edited(
        catalogue,
        number,
        lambda item: dataclasses.replace(item, basis_quote=quote) if item.key == key else item,
    )


def test_every_title_and_quote_found_in_a_text_that_has_them(catalogue: Catalogue) -> None:
    assert mismatches(catalogue, _text_of(catalogue)) == []


def test_a_title_missing_from_the_text_is_named(catalogue: Catalogue) -> None:
    title = " ".join(catalogue.by_number(6).title.split())
    text = " ".join(_text_of(catalogue).split()).replace(title, title[:-5] + "импорта")
    [problem] = mismatches(catalogue, text)
    assert problem.startswith("Инструмент 6: название не найдено")


def test_a_quote_missing_from_the_text_is_named(catalogue: Catalogue) -> None:
    item = catalogue.by_number(5).item("meetings_at_least_four")
    text = " ".join(_text_of(catalogue).split())
    assert item.basis_quote in text
    text = text.replace(item.basis_quote, item.basis_quote.replace("четырех", "трех"))
    [problem] = mismatches(catalogue, text)
    assert problem.startswith("Инструмент 5, пункт meetings_at_least_four: цитата основания")
    assert item.basis_quote in problem


def test_a_quote_changed_in_the_catalogue_is_named(catalogue: Catalogue) -> None:
    text = _text_of(catalogue)
    quote = catalogue.by_number(7).item("foreign_region_agreements").basis_quote
    edited = _with_quote(
        catalogue, 7, "foreign_region_agreements", quote.replace("рекомендовано", "необходимо")
    )
    [problem] = mismatches(edited, text)
    assert problem.startswith("Инструмент 7, пункт foreign_region_agreements: цитата основания")
    blank = _with_quote(catalogue, 7, "foreign_region_agreements", "  ")
    assert mismatches(blank, text) == [
        "Инструмент 7, пункт foreign_region_agreements: не указана цитата основания"
    ]


def test_the_text_is_compared_as_the_pdf_extraction_writes_it(catalogue: Catalogue) -> None:
    """Bullets, both dashes, other quote marks and compound words wrapped at the hyphen."""
    text = _text_of(catalogue)
    assert "–" in text and "«" in text and "социально-экономического" in text
    extracted = re.sub(r"(\w)-(\w)", "\\1- \n\n\\2", text)
    extracted = extracted.replace(" – ", " - ").replace("«", "“").replace("»", "”")
    extracted = extracted.replace("\n\n", "\n\n\uf02d ")
    assert "социально-экономического" not in extracted
    assert mismatches(catalogue, extracted) == []


def test_yo_and_ye_are_the_same_letter(catalogue: Catalogue) -> None:
    item = catalogue.by_number(3).item("professional_development_report")
    assert "отчет" in item.basis_quote
    text = _text_of(catalogue)
    with_yo = _with_quote(catalogue, 3, item.key, item.basis_quote.replace("отчет", "отчёт"))
    assert mismatches(with_yo, text) == []
    assert mismatches(catalogue, text.replace("отчет", "отчёт")) == []


def test_an_instrument_without_a_criterion_is_named(catalogue: Catalogue) -> None:
    edited = _edited(
        catalogue, 11, lambda item: dataclasses.replace(item, basis=Basis.RECOMMENDATION)
    )
    [problem] = mismatches(edited, _text_of(catalogue))
    assert problem.startswith("Инструмент 11: ни один пункт не отмечен как критерий")


def test_the_command_reads_a_file_or_a_folder(
    catalogue: Catalogue, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / STANDARD_FILE_NAME).write_text(_text_of(catalogue), "utf-8")
    assert main([str(tmp_path)]) == 0
    assert "расхождений: 0" in capsys.readouterr().out
    broken = tmp_path / "broken.txt"
    broken.write_text("Пустой текст", "utf-8")
    assert main([str(broken)]) == 1
    out = capsys.readouterr().out
    assert out.count("название не найдено") == len(catalogue.instruments)
    items = sum(len(instrument.items) for instrument in catalogue.instruments)
    assert out.count("цитата основания не найдена") == items
    assert f"пунктов: {items}; расхождений: {len(catalogue.instruments) + items}" in out


def test_the_command_refuses_a_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "нет.txt")]) == 2
    assert "Не удалось прочитать текст Стандарта" in capsys.readouterr().err
    assert main([]) == 2
