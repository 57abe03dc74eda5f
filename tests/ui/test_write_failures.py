"""A full disk or a read-only library while editing: a clear banner, the typed text stays, retry works."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from details_window import open_details
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFocusEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from workshop.services import workshops
from workshop.ui.main_window import MainWindow
from workshop.ui.session import Session


def leave(widget: QWidget) -> None:
    """Focus leaves the field, as when the facilitator tabs on (offscreen windows never hold focus)."""
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))


@pytest.fixture(autouse=True)
def close_consoles(session: Session) -> Iterator[None]:
    """Close the consoles before the session's library closes (their phase timers must not fire after)."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.show_library()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_full_disk_keeps_the_typed_goal_and_a_retry_saves_it(
    qtbot, session, isolated_settings, type_text
) -> None:
    window, details, workshop_id = open_details(qtbot, session, isolated_settings, "Skrivfel")
    lib = session.library
    pages = lib.db.execute("PRAGMA page_count").fetchone()[0]
    lib.db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full: the file cannot grow
    goal = "Fler barn ska cykla till skolan. " * 300  # needs new pages
    details.goal_edit.setFocus()
    details.goal_edit.setPlainText(goal)
    details.goal_edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(details.goal_edit, "Slut på målet – åäö")
    leave(details.goal_edit)  # leaving the field saves it

    assert window.banner.isVisible()
    assert "disk is full" in window.banner.message.text()
    assert details.goal_edit.toPlainText().endswith("Slut på målet – åäö")  # nothing typed is lost
    assert workshops.get(lib, workshop_id).goal != details.goal_edit.toPlainText()
    assert session.undo_stack.count() == 0
    assert lib.integrity_ok()

    lib.db.execute("PRAGMA max_page_count = 1073741823")  # space is back
    leave(details.goal_edit)  # retry: leave the field again

    assert workshops.get(lib, workshop_id).goal == details.goal_edit.toPlainText().strip()
    assert not window.banner.isVisible()
    assert session.undo_stack.count() == 1


def test_read_only_library_keeps_the_typed_title_and_a_retry_saves_it(
    qtbot, session, isolated_settings
) -> None:
    window, details, workshop_id = open_details(qtbot, session, isolated_settings, "Skrivfel")
    lib = session.library
    lib.db.execute("PRAGMA query_only = ON")  # as if the file or its folder became read-only
    edit = details.edits["title"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Nytt namn")
    qtbot.keyClick(edit, Qt.Key.Key_Return)

    assert window.banner.isVisible()
    assert "read-only" in window.banner.message.text()
    assert edit.text() == "Nytt namn"
    assert workshops.get(lib, workshop_id).title == "Skrivfel"

    lib.db.execute("PRAGMA query_only = OFF")
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Return)

    assert workshops.get(lib, workshop_id).title == "Nytt namn"
    assert not window.banner.isVisible()
