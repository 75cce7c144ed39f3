"""«Мероприятия»: add, edit and delete activities, approve the plan, fill the website."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox

from res_desktop.domain.activities.model import ActivityKind
from res_desktop.domain.activities.model import WebsiteTopic
from res_desktop.domain.common.progress import Status
from res_desktop.gui.activities.dialog import ActivityDialog
from res_desktop.gui.activities.dialog import PlanDialog
from res_desktop.gui.activities.models import activities_model
from res_desktop.gui.activities.page import ActivitiesPage
from res_desktop.gui.common.date_fields import to_qdate
from res_desktop.services.common.workspace import Workspace
from tests.conftest import TODAY
from tests.services.exporters.exporters_analysis_helpers import add_company


def _page(qtbot, ws: Workspace) -> ActivitiesPage:
    page = ActivitiesPage(ws)
    qtbot.addWidget(page)
    return page


def _fill(title: str, day: dt.date, company: int | None = None, link: str = ""):
    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, ActivityDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData(ActivityKind.ECOM_POPULARISATION))
        dialog.title.setText(title)
        dialog.starts_on.setDate(to_qdate(day))
        dialog.ends_on.setDate(to_qdate(day))
        if company is not None:
            dialog.search.setText("Альф")
            assert [
                dialog.companies.item(r).isHidden() for r in range(dialog.companies.count())
            ] == [False, True]
            dialog.set_checked(company)
        dialog.link.setText(link)
        dialog.accept()
        return dialog.result()

    return run


def test_two_ecom_events_through_the_dialog_fill_instrument_12(qtbot, workspace: Workspace) -> None:
    alpha = add_company(workspace.db, "Альфа")
    add_company(workspace.db, "Бета")
    page = _page(qtbot, workspace)
    tab = page.events
    errors: list[str] = []

    def rejected(dialog: QDialog) -> int:
        assert isinstance(dialog, ActivityDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData(ActivityKind.ECOM_POPULARISATION))
        dialog.link.setText("ftp://bad")
        dialog.starts_on.setDate(to_qdate(dt.date(2026, 3, 1)))
        dialog.ends_on.setDate(to_qdate(dt.date(2026, 3, 1)))
        dialog.accept()  # empty title, bad link: the dialog stays open with messages
        errors.append(dialog.errors.text())
        dialog.title.setText("Форум «Экспорт онлайн»")
        dialog.link.setText("https://export67.ru/forum")
        dialog.accept()
        return dialog.result()

    tab.run_dialog = rejected
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert "Укажите название мероприятия." in errors[0] and "http" in errors[0]
    tab.run_dialog = _fill("Круглый стол по маркетплейсам", dt.date(2026, 9, 9), alpha)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 2
    item = workspace.checklists.checklist("12", 2026).view("ecom_events_two_per_year")
    assert item.status is Status.DONE
    saved = [a for a in workspace.activities.activities() if a.participants]
    assert saved[0].participants == (alpha,) and saved[0].companies_count == 1

    tab.instrument.setCurrentIndex(tab.instrument.findData("10"))
    assert tab.model.rowCount() == 0
    tab.instrument.setCurrentIndex(tab.instrument.findData("12"))
    assert "выполненных по записям: 1 из 4" in tab.verdict.text()
    tab.table.selectRow(0)
    tab.confirm = lambda _title, _text: True
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1


def test_plan_approval_and_website_checklist(qtbot, workspace: Workspace) -> None:
    page = _page(qtbot, workspace)

    def approve(dialog: QDialog) -> int:
        assert isinstance(dialog, PlanDialog)
        dialog.accept()
        assert "номер протокола" in dialog.errors.text()
        dialog.approved_on.setDate(to_qdate(dt.date(2026, 2, 12)))
        dialog.minutes.setText("3")
        dialog.planned.setValue(5)
        dialog.accept()
        return dialog.result()

    page.events.run_dialog = approve
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.events.plan_button, Qt.MouseButton.LeftButton)
    assert "протокол № 3" in page.events.plan_label.text()

    site = page.website
    site.url.setText("https://export67.ru")
    for topic, edit in site.topics.items():
        edit.setText(f"https://export67.ru/{topic.value}")
    site.add_account("ВКонтакте", "https://vk.com/export67")
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(site.save_button, Qt.MouseButton.LeftButton)
    assert "Все рекомендованные материалы размещены" in site.status.text()
    view = workspace.checklists.checklist("14", 2026)
    assert view.view("website_news_events").status is Status.DONE
    assert view.view("social_media_accounts").status is Status.DONE
    site.topics[WebsiteTopic.NEWS].setText("news")  # not a link: refused, nothing lost
    assert not site.save()
    assert not site.error.isHidden() and site.topics[WebsiteTopic.NEWS].text() == "news"
    assert "за 2025 год — до 30.04.2026" in page.contest_label.text()


def test_contest_button_preselects_the_contest(qtbot, workspace: Workspace) -> None:
    page = _page(qtbot, workspace)
    seen: list[object] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, ActivityDialog)
        seen.append(dialog.kind.currentData())
        assert dialog.contest_year.isEnabled() and dialog.contest_year.value() == 2025
        dialog.title.setText("Экспортер года — 2025")
        dialog.starts_on.setDate(to_qdate(dt.date(2026, 4, 28)))
        dialog.ends_on.setDate(to_qdate(dt.date(2026, 4, 28)))
        dialog.accept()
        return dialog.result()

    page.events.run_dialog = run
    qtbot.mouseClick(page.contest_button, Qt.MouseButton.LeftButton)
    assert seen == [ActivityKind.EXPORTER_OF_YEAR]
    assert "за 2025 год проведен 28.04.2026" in page.contest_label.text()


def test_activities_model(qtmodeltester, workspace: Workspace) -> None:
    model = activities_model()
    model.set_rows(workspace.activities.activities())
    qtmodeltester.check(model)


def test_contract_amounts_are_exact_and_finite(qtbot, workspace: Workspace) -> None:
    """A spin box with one decimal and a 1e9 ceiling used to round and clip the amount."""

    def dialog(activity=None) -> ActivityDialog:
        found = ActivityDialog(
            lambda a: workspace.activities.save_activity(activity=a),
            today=TODAY, companies=[], activity=activity,
        )  # fmt: skip
        qtbot.addWidget(found)
        return found

    first = dialog()
    first.title.setText("Бизнес-миссия")
    for text in ("inf", "nan", "1e400", "много"):
        first.amount.setText(text)
        first.accept()
        assert "например 1" in first.errors.text(), text
    assert workspace.activities.activities() == []
    first.amount.setText("12 345 678 901,25")
    first.accept()
    assert first.result() == QDialog.DialogCode.Accepted, first.errors.text()
    for _ in range(2):
        [saved] = workspace.activities.activities()
        assert saved.contracts_kusd == 12345678901.25
        again = dialog(saved)
        assert again.amount.text() == "12\u00a0345\u00a0678\u00a0901,25"
        again.accept()
        assert again.result() == QDialog.DialogCode.Accepted, again.errors.text()
    edited = dialog(workspace.activities.activities()[0])
    edited.amount.setText("1234,56")
    edited.accept()
    assert workspace.activities.activities()[0].contracts_kusd == 1234.56


def test_a_tall_record_dialog_keeps_its_buttons_on_a_small_screen(qtbot, workspace) -> None:
    """The activity form asks for 640 px, which a 1024×640 screen with a title bar has not: a
    form taller than its screen is fitted into what is available, so «Сохранить» stays on it
    (the test screen is taller, so the form here asks for more than it)."""
    found = ActivityDialog(
        lambda a: workspace.activities.save_activity(activity=a),
        today=TODAY, companies=[], activity=None,
    )  # fmt: skip
    qtbot.addWidget(found)
    available = found.screen().availableGeometry()
    found.resize(620, available.height() + 200)
    found.show()
    qtbot.waitExposed(found)
    assert available.contains(found.frameGeometry())  # the frame the platform reports too
    save = found.buttons.button(QDialogButtonBox.StandardButton.Save)
    corner = save.mapTo(found, save.rect().bottomRight())
    assert found.rect().contains(corner)
    found.reject()
    assert found.result() == QDialog.DialogCode.Rejected
