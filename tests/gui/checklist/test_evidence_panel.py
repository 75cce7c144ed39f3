"""The evidence list names each row's kind by EvidenceKind's label."""

from __future__ import annotations

from res_desktop.domain.checklist.model import EvidenceItem
from res_desktop.domain.checklist.model import EvidenceKind
from res_desktop.gui.checklist.evidence_panel import EvidencePanel


def test_rows_start_with_the_kind(qtbot) -> None:
    panel = EvidencePanel()
    qtbot.addWidget(panel)
    panel.show_evidence(
        (
            EvidenceItem(EvidenceKind.DOCUMENT, doc_type="Постановление", number="12-п"),
            EvidenceItem(EvidenceKind.FILE, file_name="стратегия.docx", file_sha256="0" * 64),
            EvidenceItem(EvidenceKind.LINK, url="https://example.ru/export"),
        )
    )
    rows = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert rows == [
        "Документ: Постановление № 12-п",
        "Файл: стратегия.docx",
        "Ссылка: https://example.ru/export",
    ]
