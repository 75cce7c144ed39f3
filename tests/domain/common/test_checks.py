"""field_errors keeps the messages found, a later check of a field winning; too_short trims."""

from __future__ import annotations

from res_desktop.domain.common.checks import field_errors
from res_desktop.domain.common.checks import too_short


def test_only_checks_that_found_something_are_kept() -> None:
    assert field_errors(("name", "Укажите имя."), ("date", None), ("note", "")) == {
        "name": "Укажите имя."
    }


def test_a_later_check_of_the_same_field_wins() -> None:
    assert field_errors(("date", "первое"), ("date", "второе")) == {"date": "второе"}


def test_too_short_counts_the_trimmed_text() -> None:
    assert too_short("  аб  ", 3, "Коротко.") == "Коротко."
    assert too_short(" абв ", 3, "Коротко.") is None
