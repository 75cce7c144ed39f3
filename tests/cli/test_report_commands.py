"""`res-desktop report` and `res-desktop deadline`."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from res_desktop.cli import main


def test_deadline_prints_the_iso_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deadline", "--year", "2025", "--quarter", "4"]) == 0
    assert capsys.readouterr().out.strip() == "2026-01-19"


@pytest.mark.parametrize(
    "args", [["--year", "2025", "--quarter", "5"], ["--year", "два"], ["--quarter", "1"]]
)
def test_deadline_bad_arguments(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deadline", *args]) == 2
    err = capsys.readouterr().err
    assert "ошибка" in err and "Traceback" not in err


def test_quarterly_report_of_the_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "отчёт.pdf"
    assert (
        main(
            ["report", "quarterly", "--year", "2026", "--quarter", "1", "--demo", "--out", str(out)]
        )
        == 0
    )
    assert "Отчёт сохранён" in capsys.readouterr().out
    text = " ".join(p.extract_text() or "" for p in PdfReader(out).pages)
    assert "Демонстрационная" in text


def _docx_text(path: Path) -> list[str]:
    doc = Document(str(path))
    cells = [p.text for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    return [p.text for p in doc.paragraphs] + cells


def test_docx_copy_beside_the_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf, copy = tmp_path / "отчёт.pdf", tmp_path / "копия" / "отчёт.docx"
    args = ["report", "quarterly", "--year", "2026", "--quarter", "1", "--demo"]
    assert main([*args, "--out", str(pdf), "--docx", str(copy)]) == 0
    printed = capsys.readouterr().out
    assert f"Отчёт сохранён: {pdf}" in printed
    assert f"Редактируемая копия сохранена: {copy}" in printed
    texts = _docx_text(copy)
    # the same story as the window's copy: the title, the sections, the figures
    assert "ОТЧЁТ" in texts
    assert "Сводные сведения о внедрении Стандарта" in texts
    assert any("Демонстрационной области" in t for t in texts)
    assert "Сводные сведения о внедрении Стандарта" in PdfReader(pdf).pages[3].extract_text()


def test_out_docx_writes_only_the_editable_copy(tmp_path: Path) -> None:
    out = tmp_path / "год.docx"
    assert main(["report", "annual", "--year", "2026", "--demo", "--out", str(out)]) == 0
    assert list(tmp_path.iterdir()) == [out]
    texts = _docx_text(out)
    assert "ПРЕДВАРИТЕЛЬНЫЙ ГОДОВОЙ ОТЧЁТ" in texts and "за 2026 год" in " ".join(texts)


def test_annual_report_needs_no_quarter(tmp_path: Path) -> None:
    out = tmp_path / "год.pdf"
    assert main(["report", "annual", "--year", "2026", "--demo", "--out", str(out)]) == 0
    assert len(PdfReader(out).pages) >= 2


def test_report_on_a_database_without_region(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "report",
            "annual",
            "--year",
            "2026",
            "--db",
            str(tmp_path / "new.sqlite3"),
            "--out",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code == 2
    assert "Регион не настроен" in capsys.readouterr().err


def test_report_requires_out(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "quarterly", "--year", "2026", "--quarter", "1", "--demo"]) == 2
    assert "--out" in capsys.readouterr().err
