"""A small hand-made registry whose every figure is known (see the expectations in the tests)."""

from __future__ import annotations

import datetime as dt

import sqlite_utils

from tests.services.exporters.exporters_analysis_helpers import add_company
from tests.services.exporters.exporters_analysis_helpers import add_support

D = dt.date


def small_registry(db: sqlite_utils.Database) -> dict[str, int]:
    """Five companies: three active exporters, one potential, one that stopped exporting."""
    ids = {
        "agro": add_company(
            db, "Агро", status="active", sme="small", industry="АПК", municipality="Смоленск",
            stage="regular", products=("100190", "110100"), countries=("BY", "KZ"),
            volumes={2025: 100.0, 2026: 300.0}, needs=("exhibitions", "finance"),
            barriers=("customs", "logistics"),
            sources={"fts": D(2026, 2, 10), "fns": D(2026, 3, 1)}, last_checked=D(2026, 4, 5),
        ),
        "metal": add_company(
            db, "Металл", status="active", sme="medium", industry="Металлургия",
            municipality="Смоленск", stage="expanding", products=("720851", "110100"),
            countries=("KZ", "CN"), volumes={2026: 500.0}, needs=("finance",),
            barriers=("customs", "payments"), sources={"fts": D(2026, 2, 12)},
        ),
        "wood": add_company(
            db, "Лес", status="active", sme="large", industry="Лесопромышленный комплекс",
            municipality="Вязьма", stage="first_deals", products=("440710",),
            countries=("CN", "FI"), volumes={2026: 200.0}, barriers=("other", "certification"),
            barriers_text="Нет вагонов на станции отправления",
            sources={"fns": D(2025, 5, 1)}, last_checked=D(2025, 6, 1),
        ),
        "start": add_company(
            db, "Стартап", status="potential", sme="micro", industry="АПК",
            municipality="Вязьма", stage="preparing", needs=("training",),
            sources={"fns": D(2026, 5, 20)},
        ),
        "closed": add_company(
            db, "Закрыто", status="stopped", sme="small", products=("999999",),
            countries=("DE",), volumes={2025: 50.0},
        ),
    }  # fmt: skip
    add_support(db, ids["agro"], D(2026, 6, 1), contract=True, amount=120.5)
    add_support(db, ids["wood"], D(2026, 7, 1), amount=30.0)  # no needs: not «targeted»
    add_support(db, ids["metal"], D(2025, 7, 1), contract=True, amount=10.0)  # last year
    return ids
