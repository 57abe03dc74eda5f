"""Editing the workshop's details in the console: saved on leaving a field, one undo step per field edit."""

from __future__ import annotations

from details_window import open_details
from PySide6.QtCore import Qt

from workshop.services import workshops


def test_typing_a_place_saves_it_as_one_undoable_step(
    qtbot, session, isolated_settings, type_text, shortcut
) -> None:
    window, details, workshop_id = open_details(qtbot, session, isolated_settings)
    edit = details.edits["location"]
    edit.setFocus()
    type_text(edit, "Hagsätra bibliotek, plan 2")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert workshops.get(session.library, workshop_id).location == "Hagsätra bibliotek, plan 2"
    assert session.undo_stack.count() == 1
    assert window.undo_action.text() == "&Undo Edit place"
    details.edits["title"].setFocus()
    shortcut(window, "Ctrl+Z")
    assert workshops.get(session.library, workshop_id).location == ""
    assert edit.text() == ""
    shortcut(window, "Ctrl+Shift+Z")
    assert workshops.get(session.library, workshop_id).location == "Hagsätra bibliotek, plan 2"


def test_an_invalid_date_is_not_saved_and_the_typed_text_stays(qtbot, session, isolated_settings) -> None:
    window, details, workshop_id = open_details(qtbot, session, isolated_settings)
    edit = details.edits["date"]
    edit.setFocus()
    qtbot.keyClicks(edit, "14/3")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert workshops.get(session.library, workshop_id).date == ""
    assert edit.text() == "14/3"
    assert window.banner.isVisible()
    assert "2026-03-14" in window.banner.message.text()
    assert session.undo_stack.count() == 0


def test_changing_the_language_of_the_workshop_is_undoable(qtbot, session, isolated_settings) -> None:
    window, details, workshop_id = open_details(qtbot, session, isolated_settings)
    combo = details.language_combo
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("en"))
    combo.activated.emit(combo.currentIndex())
    assert workshops.get(session.library, workshop_id).language.value == "en"
    session.undo_stack.undo()
    assert workshops.get(session.library, workshop_id).language.value == "sv"
    assert combo.currentData() == "sv"
