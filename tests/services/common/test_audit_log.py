"""The history of changes: every kind of write logged, in words a user reads, and filtered."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

from openpyxl import load_workbook

from res_desktop.domain.common.audit import AuditFilter
from res_desktop.domain.common.audit import Source
from res_desktop.domain.common.progress import Status
from res_desktop.domain.council.model import Decision
from res_desktop.domain.council.model import Meeting
from res_desktop.domain.council.model import Member
from res_desktop.domain.council.model import MemberCategory
from res_desktop.services.checklist.service import ItemEdit
from res_desktop.services.common.audit import COLUMNS
from res_desktop.services.common.audit import LogLine
from res_desktop.services.common.workspace import Workspace
from tests.services.exporters.exporters_company import FULL
from tests.services.exporters.exporters_import_helpers import ministry_csv

YEAR = 2026


def _lines(ws: Workspace, flt: AuditFilter | None = None) -> list[LogLine]:
    return ws.history.page(flt or AuditFilter())


def _item_key(ws: Workspace, number: int, position: int) -> tuple[str, str]:
    instrument = ws.catalogue.by_number(number)
    return instrument.code, instrument.items[position - 1].key


def test_an_edit_is_logged_in_words_with_who_and_from_where(workspace: Workspace) -> None:
    workspace.audit.user_name = "Иванова М. С."
    workspace.audit.place = "Инструменты"
    code, key = _item_key(workspace, 5, 2)
    workspace.checklists.save_item(
        code=code, key=key, year=YEAR, edit=ItemEdit(status=Status.IN_PROGRESS)
    )
    workspace.checklists.save_item(
        code=code, key=key, year=YEAR, edit=ItemEdit(status=Status.DONE, responsible="Петров")
    )
    latest = _lines(workspace)[0]
    title = workspace.catalogue.by_number(5).items[1].title
    assert latest.text == (
        f"Пункт 5.2 «{title}»: статус «в работе» → «выполнено»; "
        "ответственный «пусто» → «Петров»; дата выполнения «пусто» → «24.11.2026»"
    )
    assert latest.who == f"Иванова М. С. ({workspace.audit.os_user})"
    assert latest.where == "окно программы: Инструменты"
    assert latest.subsystem == "Чек-листы"
    assert latest.action == "изменение"
    record = workspace.history.item_filter(code, key, YEAR)
    assert record is not None
    # The first save creates the item's row, then sets it: both logged.
    assert [line.action for line in _lines(workspace, record)][:2] == ["изменение", "изменение"]
    assert _lines(workspace, record)[-1].action == "создание"


def test_a_save_that_changes_nothing_is_not_logged(workspace: Workspace) -> None:
    member = workspace.council.save_member(
        member=Member(name="Петров П. П.", category=MemberCategory.EXECUTIVE)
    )
    before = workspace.history.count(AuditFilter())
    workspace.council.save_member(member=member)
    assert workspace.history.count(AuditFilter()) == before
    transactions = workspace.db.execute("SELECT count(*) FROM audit_txn").fetchone()[0]
    assert transactions == before  # the empty transaction left no row either


def test_a_deletion_keeps_the_last_state(workspace: Workspace) -> None:
    member = workspace.council.save_member(
        member=Member(name="Орлов Д. С.", category=MemberCategory.EXPORTER)
    )
    workspace.council.save_member(member=dataclasses.replace(member, position="Директор"))
    assert member.id is not None
    workspace.council.delete_member(member.id)
    deleted = _lines(workspace)[0]
    assert deleted.action == "удаление"
    assert deleted.text == (
        "Член Совета «Орлов Д. С.»: удалено; последнее состояние: наименование «Орлов Д. С.»; "
        "категория «экспортёр»; должность «Директор»"
    )
    # The update before it is still named after the record deleted since.
    assert _lines(workspace)[1].text.startswith("Член Совета «Орлов Д. С.»: должность")


def test_a_meeting_history_holds_its_parts(workspace: Workspace) -> None:
    saved = workspace.council.save_meeting(
        meeting=Meeting(
            date=dt.date(2026, 3, 12),
            agenda="Об итогах года",
            decisions=(Decision(text="Одобрить план"),),
        )
    )
    assert saved.id is not None
    record = workspace.history.record_filter("meeting", saved.id)
    records = {line.record for line in _lines(workspace, record)}
    assert records == {
        "Заседание Совета 12.03.2026",
        "Заседание Совета 12.03.2026 — Решение «Одобрить план»",
    }
    workspace.council.delete_meeting(saved.id)
    texts = [line.text for line in _lines(workspace, record)]
    # The cascade logs the decision's deletion too; both named from their last state.
    assert {t.split(": ")[0] for t in texts[:2]} == records
    assert all(": удалено; последнее состояние: " in t for t in texts[:2])


def test_company_card_history_and_an_import_batch(workspace: Workspace, tmp_path: Path) -> None:
    company = workspace.exporters.save_company(company=FULL)
    assert company.id is not None
    workspace.exporters.save_company(company=dataclasses.replace(company, notes="Сверено"))
    card = workspace.history.record_filter("company", company.id)
    lines = _lines(workspace, card)
    assert lines[0].text == (
        "Организация «ООО «Смоленский Экспорт Льна»» (ИНН 6731000342): "
        f"примечание «{FULL.notes or 'пусто'}» → «Сверено»"
    )
    assert {line.subsystem for line in lines} == {"База экспортёров"}
    products = [line.record for line in lines if "продукция" in line.record]
    assert products == [
        "Организация «ООО «Смоленский Экспорт Льна»» (ИНН 6731000342) — продукция «630210»",
        "Организация «ООО «Смоленский Экспорт Льна»» (ИНН 6731000342) — продукция «530911»",
    ]  # its parts, named after it

    triggers = _audit_triggers(workspace)
    result = workspace.exporter_import.run(ministry_csv(tmp_path, with_bad=False))
    batch = AuditFilter(batch_id=result.batch_id)
    imported = _lines(workspace, batch)
    assert {line.where for line in imported} == {f"импорт № {result.batch_id}"}
    added = [line for line in imported if line.action == "создание" and "ИНН" in line.record]
    assert len(added) == result.added == 3  # one compact row per company, none per product
    assert all(line.subsystem == "База экспортёров" for line in imported)
    products = workspace.db.execute(
        "SELECT count(*) FROM audit_log WHERE tbl = 'company_product' AND txn_id IN"
        " (SELECT id FROM audit_txn WHERE batch_id = ?)",
        [result.batch_id],
    ).fetchone()[0]
    assert products == 0
    assert _audit_triggers(workspace) == triggers  # the import's suspended triggers are back


def test_an_imports_undo_is_one_entry(workspace: Workspace, tmp_path: Path) -> None:
    workspace.audit.place = "База экспортёров"
    result = workspace.exporter_import.run(ministry_csv(tmp_path, with_bad=False))
    triggers = _audit_triggers(workspace)
    before = workspace.history.count(AuditFilter())
    workspace.exporter_import.undo(result.batch_id)
    assert workspace.exporters.total() == 0
    assert workspace.history.count(AuditFilter()) == before + 1  # not one per company
    [undo] = _lines(workspace)[:1]
    assert undo.where == (
        f"окно программы: Отмена импорта № {result.batch_id} «{Path(ministry_csv(tmp_path)).name}»"
        " (удалено организаций: 3, возвращено прежних сведений: 0)"
    )
    assert undo.record.startswith(f"Импорт № {result.batch_id} «")
    assert "отменён «пусто» → «" in undo.detail
    assert workspace.audit.place == "База экспортёров"  # the undo's place was its own only
    assert _audit_triggers(workspace) == triggers  # the suspended triggers are back


def test_a_dry_run_leaves_the_triggers_and_no_log(workspace: Workspace, tmp_path: Path) -> None:
    before = workspace.history.count(AuditFilter())
    triggers = _audit_triggers(workspace)
    workspace.exporter_import.dry_run(ministry_csv(tmp_path, with_bad=False))
    assert workspace.history.count(AuditFilter()) == before
    assert _audit_triggers(workspace) == triggers


def _audit_triggers(ws: Workspace) -> set[tuple[str, str]]:
    """The history's triggers as stored: the import suspends some and must put them back."""
    rows = ws.db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit_%'"
    ).fetchall()
    assert len(rows) > 150  # every user table has three
    return {(str(name), str(sql)) for name, sql in rows}


def test_plain_sql_from_another_program_is_logged_as_such(
    workspace: Workspace, db_path: Path
) -> None:
    other = sqlite3.connect(db_path)
    other.execute("UPDATE region SET phone = '+7 4812 00-00-00'")
    other.commit()
    other.close()
    line = _lines(workspace)[0]
    assert line.where == "другая программа (SQL)"
    assert line.who == "—"
    assert line.text == "Параметры региона: телефон «пусто» → «+7 4812 00-00-00»"
    assert workspace.db.execute("SELECT count(*) FROM audit_context").fetchone()[0] == 0


def test_filters_by_period_user_section_source_and_text(workspace: Workspace) -> None:
    workspace.audit.user_name = "Иванова М. С."
    workspace.council.save_member(member=Member(name="Первый", category=MemberCategory.REC))
    workspace.audit.user_name = "Сидоров А. А."
    code, key = _item_key(workspace, 2, 1)
    workspace.checklists.save_item(code=code, key=key, year=YEAR, edit=ItemEdit(Status.DONE))
    named = [u for u in workspace.history.users() if u != workspace.audit.os_user]
    assert named == ["Иванова М. С.", "Сидоров А. А."]  # the profile was saved unnamed
    by_user = _lines(workspace, AuditFilter(user="Иванова М. С."))
    assert [line.record for line in by_user] == ["Член Совета «Первый»"]
    sections = workspace.history.subsystems()
    checklist = _lines(workspace, AuditFilter(tables=sections["Чек-листы"]))
    assert {line.subsystem for line in checklist} == {"Чек-листы"}
    assert _lines(workspace, AuditFilter(source=Source.CLI)) == []
    assert len(_lines(workspace, AuditFilter(source=Source.GUI))) >= 2
    assert [line.record for line in _lines(workspace, AuditFilter(text="Первый"))] == [
        "Член Совета «Первый»"
    ]
    today = dt.date.today()  # the log's stamps are the wall clock's, not the business date
    assert _lines(workspace, AuditFilter(since=today + dt.timedelta(days=1))) == []
    assert len(_lines(workspace, AuditFilter(since=today, until=today))) == len(_lines(workspace))


def test_paging_is_newest_first_without_gaps(workspace: Workspace) -> None:
    for n in range(7):
        workspace.council.save_member(member=Member(name=f"Член {n}", category=MemberCategory.REC))
    everything = [line.id for line in _lines(workspace)]
    pages = [
        line.id
        for offset in range(0, len(everything), 3)
        for line in workspace.history.page(AuditFilter(), offset=offset, limit=3)
    ]
    assert pages == everything == sorted(everything, reverse=True)


def test_xlsx_export_reads_back_with_formulas_as_text(workspace: Workspace, tmp_path: Path) -> None:
    workspace.audit.user_name = '=HYPERLINK("http://x")'
    workspace.council.save_member(member=Member(name="+7 Плюс", category=MemberCategory.REC))
    path = tmp_path / "журнал.xlsx"
    written = workspace.history.export_xlsx(AuditFilter(), path)
    assert written == workspace.history.count(AuditFilter()) >= 1
    sheet = load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == tuple(title for title, _width in COLUMNS)
    line = _lines(workspace)[0]
    assert rows[1] == line.cells()
    cells = next(iter(sheet.iter_rows(min_row=2, max_row=2)))
    assert str(cells[1].value).startswith("=HYPERLINK")
    assert all(cell.data_type == "s" for cell in cells)


def test_a_cancelled_export_leaves_no_file(workspace: Workspace, tmp_path: Path) -> None:
    workspace.council.save_member(member=Member(name="Член", category=MemberCategory.REC))
    path = tmp_path / "журнал.xlsx"
    assert workspace.history.export_xlsx(AuditFilter(), path, cancelled=lambda: True) == 0
    assert not path.exists()
