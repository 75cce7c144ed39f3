"""Item state and evidence rules: cycle year, validation, captions."""

from __future__ import annotations

import datetime as dt

import pytest

from res_desktop import paths
from res_desktop.domain.checklist.model import DOCUMENT_TYPES
from res_desktop.domain.checklist.model import ONE_TIME_CYCLE
from res_desktop.domain.checklist.model import EvidenceItem
from res_desktop.domain.checklist.model import EvidenceKind
from res_desktop.domain.checklist.model import ItemState
from res_desktop.domain.checklist.model import cycle_year
from res_desktop.domain.checklist.model import validate_evidence
from res_desktop.domain.checklist.model import validate_state
from res_desktop.domain.common.catalogue import Catalogue
from res_desktop.domain.common.catalogue import Kind
from res_desktop.domain.common.catalogue import load_catalogue
from res_desktop.domain.common.progress import Status

TODAY = dt.date(2026, 11, 24)
SHA = "ab" * 32


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(paths.catalogue_dir())


@pytest.mark.parametrize("year", [2019, 2024, 2026, 2031])
def test_cycle_year(catalogue: Catalogue, year: int) -> None:
    for instrument in catalogue.instruments:
        expected = ONE_TIME_CYCLE if instrument.kind is Kind.ONE_TIME else year
        assert cycle_year(instrument, year) == expected
    assert cycle_year(catalogue.by_number(1), year) == 0
    assert cycle_year(catalogue.by_number(5), year) == year


def state(**changes: object) -> ItemState:
    values: dict[str, object] = {"instrument_code": "05", "item_key": "k", "cycle_year": 2026}
    values.update(changes)
    return ItemState(**values)  # type: ignore[arg-type]


def test_default_state_is_valid_and_not_started() -> None:
    fresh = state()
    assert fresh.status is Status.NOT_STARTED
    assert validate_state(fresh, TODAY) == {}


@pytest.mark.parametrize("reason", ["", "   "])
def test_not_applicable_needs_a_reason(reason: str) -> None:
    errors = validate_state(state(status=Status.NOT_APPLICABLE, na_reason=reason), TODAY)
    assert errors == {"na_reason": "Для статуса «не применимо» укажите причину."}


def test_not_applicable_with_a_reason_is_valid() -> None:
    ok = state(status=Status.NOT_APPLICABLE, na_reason="Нет муниципалитетов с экспортом")
    assert validate_state(ok, TODAY) == {}


def test_done_date_not_in_the_future() -> None:
    tomorrow = TODAY + dt.timedelta(days=1)
    assert validate_state(state(status=Status.DONE, done_on=TODAY), TODAY) == {}
    assert validate_state(state(status=Status.DONE, done_on=tomorrow), TODAY) == {
        "done_on": "Дата выполнения не может быть позже сегодняшней."
    }


def test_responsible_length() -> None:
    assert validate_state(state(responsible="Я" * 200), TODAY) == {}
    assert set(validate_state(state(responsible="Я" * 201), TODAY)) == {"responsible"}


def document(**changes: object) -> EvidenceItem:
    values: dict[str, object] = {
        "kind": EvidenceKind.DOCUMENT,
        "doc_type": "Постановление",
        "number": "12-п",
        "doc_date": dt.date(2024, 2, 1),
        "issuer": "Правительство Смоленской области",
        "title": "О Региональной программе развития экспорта",
    }
    values.update(changes)
    return EvidenceItem(**values)  # type: ignore[arg-type]


def test_valid_document() -> None:
    assert validate_evidence(document(), TODAY) == {}
    assert validate_evidence(document(number=""), TODAY) == {}
    assert validate_evidence(document(title=""), TODAY) == {}
    assert validate_evidence(document(doc_date=None), TODAY) == {}
    assert validate_evidence(document(doc_date=TODAY), TODAY) == {}


def test_document_errors_in_russian() -> None:
    assert validate_evidence(document(doc_type=" "), TODAY) == {
        "doc_type": "Укажите вид документа."
    }
    assert validate_evidence(document(number="", title=" "), TODAY) == {
        "number": "Укажите номер или наименование документа."
    }
    assert validate_evidence(document(doc_date=TODAY + dt.timedelta(days=1)), TODAY) == {
        "doc_date": "Дата документа не может быть позже сегодняшней."
    }


@pytest.mark.parametrize(
    ("url", "valid"),
    [
        ("https://export.admin-smolensk.ru/council", True),
        ("http://example.ru", True),
        ("HTTPS://EXAMPLE.RU/A?b=1", True),
        ("https://минэк.рф/экспорт", True),
        ("  https://example.ru/page  ", True),
        ("", False),
        ("example.ru", False),
        ("ftp://example.ru/file", False),
        ("https://localhost", False),
        ("https://example .ru", False),
    ],
)
def test_link_url(url: str, valid: bool) -> None:
    errors = validate_evidence(EvidenceItem(kind=EvidenceKind.LINK, url=url), TODAY)
    if valid:
        assert errors == {}
    else:
        assert errors == {"url": "Ссылка должна начинаться с http:// или https:// и вести на сайт."}


def test_file_needs_a_hash() -> None:
    assert validate_evidence(EvidenceItem(kind=EvidenceKind.FILE), TODAY) == {
        "file": "Файл не выбран."
    }
    stored = EvidenceItem(kind=EvidenceKind.FILE, file_sha256=SHA, file_name="акт.pdf")
    assert validate_evidence(stored, TODAY) == {}


def test_document_caption() -> None:
    assert document().caption == (
        "Постановление № 12-п от 01.02.2024 «О Региональной программе развития экспорта»"
    )
    assert document(title="").caption == "Постановление № 12-п от 01.02.2024"
    assert document(number="", doc_date=None).caption == (
        "Постановление «О Региональной программе развития экспорта»"
    )
    assert document(doc_type="", title="").caption == "Документ № 12-п от 01.02.2024"


def test_link_caption() -> None:
    url = "https://export.admin-smolensk.ru/council"
    assert EvidenceItem(kind=EvidenceKind.LINK, url=url).caption == url
    titled = EvidenceItem(kind=EvidenceKind.LINK, url=url, title="Экспортный совет")
    assert titled.caption == f"Экспортный совет — {url}"


def test_file_caption() -> None:
    plain = EvidenceItem(kind=EvidenceKind.FILE, file_sha256=SHA, file_name="Протокол №1.pdf")
    assert plain.caption == "Протокол №1.pdf"
    titled = EvidenceItem(
        kind=EvidenceKind.FILE, file_sha256=SHA, file_name="scan.pdf", title="Протокол № 1"
    )
    assert titled.caption == "Протокол № 1"


def test_evidence_id_does_not_affect_equality() -> None:
    assert document(id=1) == document(id=2)


def test_labels_are_russian() -> None:
    assert [k.label for k in EvidenceKind] == ["документ", "файл", "ссылка"]
    assert "Постановление" in DOCUMENT_TYPES
    assert "Иной документ" in DOCUMENT_TYPES
