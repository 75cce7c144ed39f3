"""The catalogue-against-Standard check works on any text given to it (issue 10.5).

The Standard's text is not in the repository; `.ci/run` runs this check on it when it is beside
the clone. Here the check is proven on texts made from the catalogue itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from res_desktop import paths
from res_desktop.domain.common.catalogue import Catalogue, load_catalogue
from res_desktop.domain.common.standard_text import STANDARD_FILE_NAME, main, mismatches


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(paths.catalogue_dir())


def _text_with_titles(catalogue: Catalogue) -> str:
    """Titles wrapped over lines, as the Standard's text wraps them."""
    parts = ["РЕГИОНАЛЬНЫЙ ЭКСПОРТНЫЙ СТАНДАРТ 3.0"]
    for instrument in catalogue.instruments:
        words = instrument.title.split()
        parts.append(f"{instrument.number}. " + " ".join(words[:3]) + "\n   " + " ".join(words[3:]))
    return "\n\n".join(parts)


def test_every_title_found_in_a_text_that_has_them(catalogue: Catalogue) -> None:
    assert mismatches(catalogue, _text_with_titles(catalogue)) == []


def test_a_title_missing_from_the_text_is_named(catalogue: Catalogue) -> None:
    title = " ".join(catalogue.by_number(6).title.split())
    text = " ".join(_text_with_titles(catalogue).split()).replace(title, title[:-5] + "импорта")
    [problem] = mismatches(catalogue, text)
    assert problem.startswith("Инструмент 6: название не найдено")


def test_the_command_reads_a_file_or_a_folder(
    catalogue: Catalogue, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / STANDARD_FILE_NAME).write_text(_text_with_titles(catalogue), "utf-8")
    assert main([str(tmp_path)]) == 0
    assert "расхождений: 0" in capsys.readouterr().out
    broken = tmp_path / "broken.txt"
    broken.write_text("Пустой текст", "utf-8")
    assert main([str(broken)]) == 1
    out = capsys.readouterr().out
    assert out.count("название не найдено") == len(catalogue.instruments)


def test_the_command_refuses_a_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "нет.txt")]) == 2
    assert "Не удалось прочитать текст Стандарта" in capsys.readouterr().err
    assert main([]) == 2
