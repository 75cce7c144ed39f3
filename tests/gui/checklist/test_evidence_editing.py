"""Evidence edited where it stands: a document's fields and issuer, a file linked to its
document, «Открыть» with no program to open a file, «Сохранить копию…»."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox

from res_desktop.domain.checklist.model import EvidenceItem
from res_desktop.domain.checklist.model import EvidenceKind
from res_desktop.gui.checklist.evidence_dialogs import NO_DOCUMENT
from res_desktop.gui.common.main_window import MainWindow
from res_desktop.services.common.results import ValidationFailed

DECREE = EvidenceItem(
    EvidenceKind.DOCUMENT,
    doc_type="Постановление",
    number="12-п",
    issuer="Администрация Смоленской области",
    title="О координаторе",
)


@pytest.fixture
def panel(qtbot, window: MainWindow):
    window.open_instrument("02")
    panel = window.instruments.panel
    panel._add(DECREE)
    return panel


def _evidence(panel) -> list[EvidenceItem]:
    view = panel.current_item()
    return list(view.evidence)


def test_a_document_is_edited_in_place_and_shows_its_issuer(qtbot, panel) -> None:
    [document] = _evidence(panel)
    assert panel.evidence.list.item(0).text() == (
        "Документ: Постановление № 12-п «О координаторе»\nИздан: Администрация Смоленской области"
    )
    panel.evidence.list.setCurrentRow(0)
    assert panel.evidence.edit_button.isEnabled()
    assert not panel.evidence.save_copy_button.isEnabled()  # a document has no file
    dialog = panel.edit_evidence(document)
    assert dialog.issuer.text() == "Администрация Смоленской области"
    dialog.number.setText("14-п")
    dialog.issuer.setText("Правительство Смоленской области")
    dialog.title.setText("О РОИВ-координаторе")
    dialog.accept()
    [changed] = _evidence(panel)
    assert changed.id == document.id  # the same record, not a new one
    assert (changed.number, changed.issuer, changed.title) == (
        "14-п",
        "Правительство Смоленской области",
        "О РОИВ-координаторе",
    )
    assert "Издан: Правительство Смоленской области" in panel.evidence.list.item(0).text()
    panel._undo.undo()
    [restored] = _evidence(panel)
    assert (restored.id, restored.number, restored.issuer) == (document.id, "12-п", DECREE.issuer)


def test_cancelling_the_edit_changes_nothing(qtbot, panel) -> None:
    [document] = _evidence(panel)
    dialog = panel.edit_evidence(document)
    dialog.number.setText("99")
    asked: list[bool] = []

    def discard(_w: object) -> QMessageBox.StandardButton:
        asked.append(True)
        return QMessageBox.StandardButton.Discard

    dialog.ask_unsaved = discard
    dialog.reject()
    assert asked == [True]  # typed data is not thrown away unasked
    assert not dialog.isVisible()
    assert _evidence(panel) == [document]
    assert _evidence(panel)[0].number == "12-п"


def test_an_edit_the_domain_refuses_keeps_the_dialog_open(qtbot, panel) -> None:
    [document] = _evidence(panel)
    dialog = panel.edit_evidence(document)
    dialog.number.setText("")
    dialog.title.setText("")
    dialog.accept()
    assert dialog.isVisible()
    assert "номер или наименование" in dialog.error.text()
    assert _evidence(panel) == [document]
    dialog.ask_unsaved = lambda _w: QMessageBox.StandardButton.Discard
    dialog.reject()


def test_a_file_is_attached_to_its_document(qtbot, panel, db_path: Path) -> None:
    [document] = _evidence(panel)
    scan = db_path.parent / "скан.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    dialog = panel.describe_and_attach(scan)
    combo = dialog.document
    assert [combo.itemText(i) for i in range(combo.count())] == [NO_DOCUMENT, document.caption]
    combo.setCurrentIndex(1)
    dialog.title.setText("Постановление (скан)")
    dialog.accept()
    _, attached = _evidence(panel)
    assert attached.kind is EvidenceKind.FILE and attached.document_id == document.id
    assert attached.title == "Постановление (скан)"
    assert panel.evidence.list.item(1).text() == (
        f"Файл: Постановление (скан)\nК документу: {document.caption}"
    )
    # The document stays while a file is linked to it: the link is never dropped unseen.
    with pytest.raises(ValidationFailed, match="прикреплены файлы"):
        panel._ws.checklists.remove_evidence(document.id)
    # Removing the file, then the document, and undoing both brings the link back.
    panel.remove_evidence_now(attached)
    panel.remove_evidence_now(document)
    assert _evidence(panel) == []
    panel._undo.undo()
    panel._undo.undo()
    assert [(e.id, e.document_id) for e in _evidence(panel)] == [
        (document.id, None),
        (attached.id, document.id),
    ]


def test_cancelling_the_attachment_attaches_nothing(qtbot, panel, db_path: Path) -> None:
    scan = db_path.parent / "скан.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    dialog = panel.describe_and_attach(scan)
    dialog.reject()
    assert [e.kind for e in _evidence(panel)] == [EvidenceKind.DOCUMENT]


def test_a_file_links_only_to_a_document_of_its_item(panel, db_path: Path) -> None:
    [document] = _evidence(panel)
    scan = db_path.parent / "скан.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    other = panel.model.item_view(1).item.key
    with pytest.raises(ValidationFailed, match="того же пункта"):
        panel._ws.checklists.attach_file(
            code="02", key=other, year=panel.current_year(), source=scan, document_id=document.id
        )


def _attached(panel, db_path: Path) -> EvidenceItem:
    source = db_path.parent / "таблица.xyz"
    source.write_bytes(b"\x00\x01 data")
    panel.attach(source)
    return _evidence(panel)[-1]


def test_open_says_so_when_no_program_opens_the_file(
    qtbot, panel, db_path: Path, monkeypatch
) -> None:
    attached = _attached(panel, db_path)
    opened: list[str] = []

    def no_program(url: object) -> bool:
        opened.append(str(url))
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", no_program)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: said.append(text))
    panel.open_evidence(attached)
    assert len(opened) == 1
    assert said and "нет программы" in said[0] and "Сохранить копию" in said[0]


def test_open_is_quiet_when_a_program_opens_it(qtbot, panel, db_path: Path, monkeypatch) -> None:
    attached = _attached(panel, db_path)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append("warned"))
    panel.open_evidence(attached)
    assert said == []


def test_save_copy_writes_the_attachment_under_the_chosen_name(
    qtbot, panel, db_path: Path, tmp_path: Path, monkeypatch
) -> None:
    _attached(panel, db_path)
    target = tmp_path / "копии" / "мой отчёт.xyz"
    target.parent.mkdir()
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel.evidence.list.setCurrentRow(1)
    assert panel.evidence.save_copy_button.isEnabled()
    panel.evidence.save_copy_button.click()
    assert target.read_bytes() == b"\x00\x01 data"
    assert [p.name for p in target.parent.iterdir()] == ["мой отчёт.xyz"]  # no temporary left
    # Cancelled: nothing written.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    target.unlink()
    panel.evidence.save_copy_button.click()
    QApplication.processEvents()
    assert not target.exists()


def test_a_document_without_a_date_keeps_none_when_edited(qtbot, panel) -> None:
    undated = EvidenceItem(EvidenceKind.DOCUMENT, doc_type="Распоряжение", number="5-р")
    panel._add(undated)
    stored = _evidence(panel)[-1]
    dialog = panel.edit_evidence(stored)
    assert not dialog.date.check.isChecked()
    dialog.title.setText("О рабочей группе")
    dialog.accept()
    changed = _evidence(panel)[-1]
    assert (changed.title, changed.doc_date) == ("О рабочей группе", None)
