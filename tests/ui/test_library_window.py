"""The library window as a facilitator uses it: empty state, demo, new, search, rename, trash, open."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from workshop.domain.language import Language
from workshop.services import workshops
from workshop.ui.console.console_page import ConsolePage
from workshop.ui.dialogs.new_workshop_dialog import NewWorkshopDialog
from workshop.ui.main_window import MainWindow
from workshop.ui.session import Session
from workshop.ui.settings import AppSettings


def make_window(qtbot, session: Session, settings: AppSettings) -> MainWindow:
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def when_modal(action: Callable[[QWidget], None]) -> None:
    """Act on the next modal dialog as soon as it is shown (exec() blocks the test otherwise)."""

    def attempt() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, attempt)
            return
        action(widget)

    QTimer.singleShot(0, attempt)


def test_an_empty_library_offers_the_demo_and_the_button_creates_it(
    qtbot, session, isolated_settings
) -> None:
    window = make_window(qtbot, session, isolated_settings)
    page = window.library_page
    assert page.stack.currentWidget() is page.empty
    assert page.empty.demo_button.isVisible()
    qtbot.mouseClick(page.empty.demo_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.table
    assert page.model.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "Tryggare skolvägar"
    assert page.proxy.index(0, 4).data() == 45


def test_new_workshop_with_a_swedish_title_typed_on_the_keyboard_opens_its_console(
    qtbot, session, isolated_settings, type_text, shortcut
) -> None:
    window = make_window(qtbot, session, isolated_settings)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewWorkshopDialog)
        dialog.title_edit.setFocus()
        type_text(dialog.title_edit, "Grönare gårdar 🌳")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    when_modal(fill)
    shortcut(window, "Ctrl+N")
    qtbot.waitUntil(lambda: isinstance(window.console, ConsolePage))
    assert window.console is not None
    workshop = workshops.get(session.library, window.console.workshop_id)
    assert workshop.title == "Grönare gårdar 🌳"
    assert window.console.phase_list.count() > 5  # details + the template's phases
    assert window.windowTitle().startswith("Grönare gårdar 🌳")


def test_a_rejected_title_keeps_the_dialog_open_with_the_typed_text(
    qtbot, session, isolated_settings
) -> None:
    window = make_window(qtbot, session, isolated_settings)
    seen: dict[str, object] = {}

    def fill_badly(dialog: QWidget) -> None:
        assert isinstance(dialog, NewWorkshopDialog)
        dialog.title_edit.setText("x" * 199 + "\x00")  # cleaned: fine
        dialog.date_check.setChecked(True)
        dialog.location_edit.setText("Kista")
        dialog.title_edit.setText("   ")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        when_modal(check_and_cancel)

    def check_and_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, NewWorkshopDialog)
        seen["error"] = dialog.error_label.text()
        seen["location"] = dialog.location_edit.text()
        dialog.reject()

    when_modal(fill_badly)
    assert window.library_page.new_workshop() is None
    assert seen["error"] == "The title must not be empty."
    assert seen["location"] == "Kista"
    assert workshops.list_workshops(session.library) == []


def test_search_filters_by_title_and_place(qtbot, session, isolated_settings) -> None:
    workshops.create(session.library, "Tryggare skolvägar", location="Hagsätra")
    workshops.create(session.library, "Grönare gårdar", location="Rinkeby")
    window = make_window(qtbot, session, isolated_settings)
    page = window.library_page
    page.refresh()
    qtbot.keyClicks(page.search, "rinkeby")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "Grönare gårdar"
    page.search.clear()
    assert page.proxy.rowCount() == 2


def test_date_status_and_counts_show_their_whole_text_and_the_title_takes_the_rest(
    qtbot, session, isolated_settings
) -> None:
    made, _ = workshops.create(session.library, "Kort", date="2026-03-14")
    workshops.update(session.library, made.id, status="running")
    workshops.create(session.library, "En mycket lång titel om tryggare skolvägar i hela söderort " * 2)
    window = make_window(qtbot, session, isolated_settings)
    table = window.library_page.table
    header = table.horizontalHeader()
    for column in range(1, 5):
        assert header.sectionSize(column) >= table.sizeHintForColumn(column) > 0
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
    widths = sum(header.sectionSize(column) for column in range(5))
    assert widths == table.viewport().width()  # the title column stretches over the rest


def test_a_column_dragged_wider_keeps_its_width_when_the_list_changes(
    qtbot, session, isolated_settings
) -> None:
    workshops.create(session.library, "Kort", date="2026-03-14")
    window = make_window(qtbot, session, isolated_settings)
    page = window.library_page
    header = page.table.horizontalHeader()
    fitted = header.sectionSize(2)
    edge = QPoint(header.sectionViewportPosition(2) + fitted - 1, header.height() // 2)
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    QTest.mouseMove(header.viewport(), edge + QPoint(40, 0))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=edge + QPoint(40, 0))
    dragged = header.sectionSize(2)
    assert dragged > fitted
    workshops.create(session.library, "En till", date="2026-03-15")
    page.refresh()
    assert header.sectionSize(2) == dragged
    assert header.sectionSize(1) >= page.table.sizeHintForColumn(1)


@pytest.mark.parametrize("language", [Language.SV, Language.EN])
def test_the_new_workshop_dialog_shows_every_template_description_whole_and_its_date_label_has_a_key(
    qtbot, language: Language
) -> None:
    dialog = NewWorkshopDialog(language)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.show_error("The title must not be empty.")
    for index in range(dialog.template_combo.count()):
        dialog.template_combo.setCurrentIndex(index)
        description = dialog.description
        assert description.height() >= description.heightForWidth(description.width())
    [date_label] = [label for label in dialog.findChildren(QLabel) if label.text() == "Da&te:"]
    assert date_label.buddy() is dialog.date_check  # Alt+T goes to the date, "&" is not shown


def test_rename_duplicate_trash_and_restore_from_the_buttons(qtbot, session, isolated_settings) -> None:
    workshop, _ = workshops.create(session.library, "Före")
    window = make_window(qtbot, session, isolated_settings)
    page = window.library_page
    page.refresh()
    page.select(workshop.id)

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        edit = dialog.findChild(QLineEdit)
        edit.selectAll()
        qtbot.keyClicks(edit, "Efter")
        dialog.accept()

    when_modal(rename)
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    assert workshops.get(session.library, workshop.id).title == "Efter"

    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    assert sorted(s.workshop.title for s in workshops.list_workshops(session.library)) == [
        "Efter",
        "Efter (kopia)",
    ]

    page.select(workshop.id)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert workshop.id not in [s.workshop.id for s in workshops.list_workshops(session.library)]
    assert "moved to the trash" in page.status_label.text()

    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)
    assert page.heading.text() == "Trash"
    assert page.restore_button.isVisible()
    assert not page.new_button.isVisible()
    page.select(workshop.id)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.empty  # trash is empty again
    assert workshop.id in [s.workshop.id for s in workshops.list_workshops(session.library)]


def test_delete_for_good_asks_first(qtbot, session, isolated_settings) -> None:
    workshop, _ = workshops.create(session.library, "Bort")
    workshops.move_to_trash(session.library, workshop.id)
    window = make_window(qtbot, session, isolated_settings)
    page = window.library_page
    page.set_showing_trash(True)
    page.select(workshop.id)

    when_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())  # type: ignore[attr-defined]
    page.purge_selected()
    assert workshops.list_workshops(session.library, trash=True)

    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    page.purge_selected()
    assert workshops.list_workshops(session.library, trash=True) == []


def test_enter_opens_the_selected_workshop_and_ctrl_l_goes_back(
    qtbot, session, isolated_settings, shortcut
) -> None:
    workshop, _ = workshops.create(session.library, "Öppna mig", template="short-idea-session")
    window = make_window(qtbot, session, isolated_settings)
    page = window.library_page
    page.refresh()
    page.table.setFocus()
    page.select(workshop.id)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.console is not None
    assert window.console.workshop_id == workshop.id
    titles = [window.console.phase_list.item(i).text() for i in range(window.console.phase_list.count())]
    assert titles[0] == "Workshop details"
    assert titles[1] == "1. The question (10 min)" or titles[1].startswith("1. Frågan")
    assert isolated_settings.last_workshop() == workshop.id
    shortcut(window, "Ctrl+L")
    assert window.console is None
    assert window.pages.currentWidget() is page


def test_geometry_and_last_workshop_are_remembered(qtbot, session, isolated_settings) -> None:
    workshop, _ = workshops.create(session.library, "Kom ihåg")
    window = make_window(qtbot, session, isolated_settings)
    window.resize(780, 560)
    window.open_workshop(workshop.id)
    size = window.size()
    window.close()
    assert isolated_settings.last_workshop() == workshop.id
    assert isolated_settings.geometry() == window.saveGeometry()
    again = MainWindow(session, AppSettings())
    qtbot.addWidget(again)
    assert again.size() == size


def test_a_write_failure_shows_a_banner_and_the_next_success_clears_it(
    qtbot, session, isolated_settings
) -> None:
    workshop, _ = workshops.create(session.library, "Banner")
    window = make_window(qtbot, session, isolated_settings)
    session.run(workshops.rename, workshop.id, "")
    assert window.banner.isVisible()
    assert window.banner.message.text() == "The title must not be empty."
    session.run(workshops.rename, workshop.id, "Okej")
    assert not window.banner.isVisible()


def test_type_to_find_then_enter_opens_the_match(qtbot, session, isolated_settings) -> None:
    workshops.create(session.library, "Tryggare skolvägar")
    wanted, _ = workshops.create(session.library, "Grönare gårdar")
    window = make_window(qtbot, session, isolated_settings)
    page = window.library_page
    page.refresh()
    page.search.setFocus()
    qtbot.keyClicks(page.search, "gr")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert window.console is not None
    assert window.console.workshop_id == wanted.id
