"""The action plan typed as hands type it: Tab from field to field, completions popping up, Enter.

Keys go to whatever has focus, and completer popups are really shown, so the key a popup swallows or a
date field keeps is the one a facilitator presses.
"""

from __future__ import annotations

from keyboard_hands import focused, press
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from workshop.domain.agenda import PhaseKind
from workshop.domain.participant import Participant
from workshop.domain.workshop import Workshop
from workshop.services import actions, agenda, ideas, participants
from workshop.ui.console.console_page import ConsolePage
from workshop.ui.models.actions_model import ActionsModel
from workshop.ui.phases.actions_workspace import ActionsWorkspace
from workshop.ui.session import Session


def typed(text: str) -> None:
    """ASCII typing into whatever has focus (non-ASCII would need the conftest's type_text)."""
    QTest.keyClicks(focused(), text)


def completer_popup(field: QComboBox) -> QAbstractItemView:
    completer = field.completer()
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    return popup


def person(session: Session, demo: Workshop, first_name: str) -> Participant:
    return next(
        p for p in participants.list_participants(session.library, demo.id) if p.name.startswith(first_name)
    )


def shown(qtbot: QtBot, session: Session, demo: Workshop) -> ActionsWorkspace:
    workspace = ActionsWorkspace(session, demo.id)
    qtbot.addWidget(workspace)
    workspace.resize(1100, 750)
    workspace.show()
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)
    workspace.what.setFocus()
    return workspace


def is_in(widget: QWidget, field: QWidget) -> bool:
    return widget is field or field.isAncestorOf(widget)


def test_tab_walks_what_idea_owner_due_next_step_status(
    qtbot: QtBot, session: Session, demo: Workshop
) -> None:
    workspace = shown(qtbot, session, demo)
    ws = workspace
    order = [ws.what, ws.idea, ws.owner, ws.due, ws.next_step, ws.status]
    for here, there in zip(order, order[1:], strict=False):
        assert is_in(focused(), here), f"focus is on {focused()!r}, not in {here!r}"
        press(Qt.Key.Key_Tab)
        assert is_in(focused(), there), f"Tab from {here!r} went to {focused()!r}"


def test_an_action_typed_by_tab_keeps_every_field_and_enter_adds_it(
    qtbot: QtBot, session: Session, demo: Workshop
) -> None:
    workspace = shown(qtbot, session, demo)
    plan_before = actions.list_actions(session.library, demo.id)
    mehmet = person(session, demo, "Mehmet")
    linked = next(i for i in ideas.list_ideas(session.library, demo.id) if "fotspår" in i.text)
    typed("Pilot with painted footsteps")
    press(Qt.Key.Key_Tab)
    typed("fotsp")
    qtbot.waitUntil(completer_popup(workspace.idea).isVisible)
    press(Qt.Key.Key_Tab)  # the only completion is taken
    typed("Mehm")
    qtbot.waitUntil(completer_popup(workspace.owner).isVisible)
    press(Qt.Key.Key_Tab)
    typed("2027-02-15")
    press(Qt.Key.Key_Tab)
    typed("Call the school")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Down)  # status: in progress
    press(Qt.Key.Key_Return)
    plan = actions.list_actions(session.library, demo.id)
    assert len(plan) == len(plan_before) + 1
    action = plan[-1]
    assert action.title == "Pilot with painted footsteps"
    assert action.idea_id == linked.id
    assert (action.owner_id, action.owner_text) == (mehmet.id, "")
    assert action.due_date == "2027-02-15"
    assert action.next_step == "Call the school"
    assert action.status.value == "in_progress"
    assert focused() is workspace.what  # ready for the next action
    assert workspace.what.text() == ""


def test_a_date_typed_as_digits_or_day_and_month(qtbot: QtBot, session: Session, demo: Workshop) -> None:
    workspace = shown(qtbot, session, demo)
    for number, (date_typed, meant) in enumerate((("20270215", "2027-02-15"), ("15/2/2027", "2027-02-15"))):
        typed(f"Action {number}")
        workspace.due.setFocus()
        typed(date_typed)
        press(Qt.Key.Key_Return)
        assert actions.list_actions(session.library, demo.id)[-1].due_date == meant


def test_enter_in_the_owner_field_with_its_popup_open_adds_the_action_with_that_owner(
    qtbot: QtBot, session: Session, demo: Workshop
) -> None:
    workspace = shown(qtbot, session, demo)
    sara = person(session, demo, "Sara")
    typed("Ask the parents")
    workspace.owner.setFocus()
    typed("sara")
    qtbot.waitUntil(completer_popup(workspace.owner).isVisible)
    press(Qt.Key.Key_Return)
    action = actions.list_actions(session.library, demo.id)[-1]
    assert (action.title, action.owner_id) == ("Ask the parents", sara.id)
    assert focused() is workspace.what


def test_a_date_that_is_no_date_is_kept_and_explained(qtbot: QtBot, session: Session, demo: Workshop) -> None:
    workspace = shown(qtbot, session, demo)
    plan_before = actions.list_actions(session.library, demo.id)
    typed("Check the crossing")
    workspace.due.setFocus()
    typed("31/2")
    press(Qt.Key.Key_Return)
    assert actions.list_actions(session.library, demo.id) == plan_before
    assert workspace.due.text() == "31/2"
    assert workspace.what.text() == "Check the crossing"
    assert workspace.message.isVisible()
    assert "31/2" in workspace.message.text()
    assert is_in(focused(), workspace.due)


def edit_cell(workspace: ActionsWorkspace, row: int, column: int) -> None:
    table = workspace.table
    table.setFocus()
    table.setCurrentIndex(workspace.model.index(row, column))
    QTest.keyClick(table, Qt.Key.Key_F2)


def test_owner_edited_in_the_plan_is_saved_by_enter_also_from_the_popup(
    qtbot: QtBot, session: Session, demo: Workshop
) -> None:
    workspace = shown(qtbot, session, demo)
    leila = person(session, demo, "Leila")
    first = actions.list_actions(session.library, demo.id)[0]
    edit_cell(workspace, 0, ActionsModel.OWNER)
    editor = focused()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    typed("leil")
    popup = QApplication.activePopupWidget()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: actions.get(session.library, first.id).owner_id == leila.id)
    qtbot.waitUntil(lambda: workspace.table.indexWidget(workspace.model.index(0, ActionsModel.OWNER)) is None)
    assert not workspace.table.isPersistentEditorOpen(workspace.model.index(0, ActionsModel.OWNER))
    assert workspace.table.state() != QAbstractItemView.State.EditingState
    assert focused() is workspace.table  # the keyboard is back in the plan, for the next cell
    # free text, no popup; typing replaces the name that was there, as in any cell
    edit_cell(workspace, 0, ActionsModel.OWNER)
    typed("City district office")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: actions.get(session.library, first.id).owner_text == "City district office")
    assert workspace.table.state() != QAbstractItemView.State.EditingState


def test_a_due_date_edited_in_the_plan_reads_digits(qtbot: QtBot, session: Session, demo: Workshop) -> None:
    workspace = shown(qtbot, session, demo)
    first = actions.list_actions(session.library, demo.id)[0]
    edit_cell(workspace, 0, ActionsModel.DUE)
    QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    typed("20270301")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: actions.get(session.library, first.id).due_date == "2027-03-01")
    # no date: the plan keeps the old one and says why
    edit_cell(workspace, 0, ActionsModel.DUE)
    QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    typed("soon")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "soon" in workspace.message.text())  # the editor commits once Enter is done
    assert actions.get(session.library, first.id).due_date == "2027-03-01"
    assert workspace.message.isVisible()


def test_after_enter_in_a_cell_of_the_plan_the_keyboard_stays_in_the_plan(
    qtbot: QtBot, session: Session, demo: Workshop
) -> None:
    """In the console: the saved cell reloads the plan, and its editor goes with it; the keyboard stays
    in the plan, on the same cell (not on "← Library", the page's first button)."""
    page = ConsolePage(session, demo.id)
    page.timer_bar.ticker.stop()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    plan = next(i for i in agenda.list_agenda(session.library, demo.id) if i.kind == PhaseKind.ACTIONS)
    page.select_phase(plan.id)
    workspace = page.current_workspace()
    assert isinstance(workspace, ActionsWorkspace)
    first = actions.list_actions(session.library, demo.id)[0]
    edit_cell(workspace, 0, ActionsModel.NEXT)
    typed("Call the school")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: actions.get(session.library, first.id).next_step == "Call the school")
    qtbot.waitUntil(lambda: focused() is workspace.table)
    assert workspace.table.currentIndex().column() == ActionsModel.NEXT
    assert workspace.table.currentIndex().row() == 0


def test_a_due_date_picked_from_the_calendar_by_keyboard(
    qtbot: QtBot, session: Session, demo: Workshop
) -> None:
    workspace = shown(qtbot, session, demo)
    workspace.due.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = workspace.due.calendar
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.isAncestorOf(focused())  # the days, ready for the arrow keys
    QTest.keyClick(focused(), Qt.Key.Key_Right)  # tomorrow
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert workspace.due.text() == QDate.currentDate().addDays(1).toString("yyyy-MM-dd")
    assert focused() is workspace.due
