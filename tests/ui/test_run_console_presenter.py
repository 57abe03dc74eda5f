"""The timer bar with a controlled clock, agenda editing, participants, and the shared screen's rules."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from workshop.domain.agenda import PhaseKind
from workshop.domain.workshop import Workshop
from workshop.services import agenda, ideas, participants, questions, silent_writing, timer
from workshop.ui.console.console_page import ConsolePage
from workshop.ui.console.participants_panel import ParticipantsPanel
from workshop.ui.presenter.actions_view import ActionsView
from workshop.ui.presenter.framing_view import FramingView
from workshop.ui.presenter.ideas_view import IdeasView
from workshop.ui.presenter.phase_slide import PhaseSlide
from workshop.ui.presenter.presenter_window import PresenterWindow
from workshop.ui.session import Session

TypeText = Callable[[QWidget, str], None]


class FakeClock:
    def __init__(self) -> None:
        self.moment = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, minutes: float) -> None:
        self.moment += timedelta(minutes=minutes)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def console(qtbot: QtBot, session: Session, demo: Workshop, clock: FakeClock) -> ConsolePage:
    page = ConsolePage(session, demo.id)
    page.timer_bar.now = clock
    page.timer_bar.ticker.stop()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def test_timer_bar_start_count_down_and_time_is_up(
    qtbot: QtBot, session: Session, demo: Workshop, clock: FakeClock
) -> None:
    page = console(qtbot, session, demo, clock)
    beeps: list[int] = []
    page.timer_bar.beep = lambda: beeps.append(1)
    first = agenda.list_agenda(session.library, demo.id)[0]
    page.select_phase(first.id)
    qtbot.keyClick(page, Qt.Key.Key_F6)
    assert timer.state(session.library, demo.id).phase == agenda.get(session.library, first.id)
    assert page.timer_bar.time_label.text() == f"{first.planned_minutes}:00 left"
    clock.advance(3.5)
    page.timer_bar.refresh()
    assert page.timer_bar.time_label.text() == f"{first.planned_minutes - 4}:30 left"
    assert page.timer_bar.elapsed_label.text() == f"3:30 of {first.planned_minutes} min"
    qtbot.keyClick(page, Qt.Key.Key_F7)  # pause
    clock.advance(30)
    page.timer_bar.refresh()
    assert page.timer_bar.phase_label.text().startswith("Paused")
    assert page.timer_bar.time_label.text() == f"{first.planned_minutes - 4}:30 left"
    qtbot.keyClick(page, Qt.Key.Key_F7)  # resume
    clock.advance(first.planned_minutes - 3.5)
    page.timer_bar.refresh()
    assert page.timer_bar.time_label.text() == "Time is up! +0:00"
    assert "#b00020" in page.timer_bar.styleSheet()
    assert beeps == [1]
    page.timer_bar.refresh()
    assert beeps == [1]  # once, not every tick
    qtbot.keyClick(page, Qt.Key.Key_F8)  # +1
    qtbot.keyClick(page, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)  # +5
    assert agenda.get(session.library, first.id).extra_minutes == 6
    assert page.timer_bar.time_label.text() == "6:00 left"
    assert page.timer_bar.styleSheet() == ""


def test_plus_minutes_are_undoable_start_and_next_are_not(
    qtbot: QtBot, session: Session, demo: Workshop, clock: FakeClock
) -> None:
    page = console(qtbot, session, demo, clock)
    first, second = agenda.list_agenda(session.library, demo.id)[:2]
    page.select_phase(first.id)
    qtbot.keyClick(page, Qt.Key.Key_F6)
    assert session.undo_stack.count() == 0  # starting records the actual time: not an edit to undo
    qtbot.keyClick(page, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)  # +5 by mistake
    assert agenda.get(session.library, first.id).extra_minutes == 5
    assert page.timer_bar.time_label.text() == f"{first.planned_minutes + 5}:00 left"
    assert session.undo_stack.undoText() == "Add 5 minute(s)"
    session.undo_stack.undo()  # Ctrl+Z
    assert agenda.get(session.library, first.id).extra_minutes == 0
    assert page.timer_bar.time_label.text() == f"{first.planned_minutes}:00 left"
    session.undo_stack.redo()
    assert agenda.get(session.library, first.id).extra_minutes == 5
    qtbot.keyClick(page, Qt.Key.Key_F8)  # +1
    clock.advance(2)
    qtbot.keyClick(page, Qt.Key.Key_F9)  # on to the next phase: not undoable either
    assert timer.state(session.library, demo.id).phase.id == second.id  # type: ignore[union-attr]
    session.undo_stack.undo()  # takes the +1 back from the phase that got it, not the running one
    assert agenda.get(session.library, first.id).extra_minutes == 5
    assert agenda.get(session.library, second.id).extra_minutes == 0
    assert timer.state(session.library, demo.id).phase.id == second.id  # type: ignore[union-attr]


def test_next_phase_moves_on_and_marks_the_list(
    qtbot: QtBot, session: Session, demo: Workshop, clock: FakeClock
) -> None:
    page = console(qtbot, session, demo, clock)
    items = agenda.list_agenda(session.library, demo.id)
    qtbot.keyClick(page, Qt.Key.Key_F9)  # nothing running: the first phase starts
    clock.advance(9)
    qtbot.keyClick(page, Qt.Key.Key_F9)
    assert timer.state(session.library, demo.id).phase.id == items[1].id  # type: ignore[union-attr]
    assert timer.phase_timings(session.library, demo.id)[0].actual_minutes == 9.0
    assert page.phase_list.item(2).text().startswith("▶")
    assert [a.text() for a in page.run_actions()][:2] == ["&Start selected phase", "&Pause"]


def test_agenda_editing_is_undoable(
    qtbot: QtBot, session: Session, demo: Workshop, clock: FakeClock, type_text: TypeText
) -> None:
    page = console(qtbot, session, demo, clock)
    editor = page.agenda_editor
    before = agenda.list_agenda(session.library, demo.id)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    added = agenda.list_agenda(session.library, demo.id)[-1]
    assert page.current_key() == added.id
    assert QApplication.focusWidget() is editor.title
    type_text(editor.title, "Fika och mingel")
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)
    assert agenda.get(session.library, added.id).title == "Fika och mingel"
    editor.minutes.setFocus()
    editor.minutes.selectAll()
    qtbot.keyClicks(editor.minutes, "15")
    qtbot.keyClick(editor.minutes, Qt.Key.Key_Return)
    assert agenda.get(session.library, added.id).planned_minutes == 15
    page.phase_list.setFocus()
    qtbot.keyClick(page.phase_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert agenda.list_agenda(session.library, demo.id)[-2].id == added.id
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert added.id not in [i.id for i in agenda.list_agenda(session.library, demo.id)]
    names = []
    while session.undo_stack.canUndo():
        names.append(session.undo_stack.undoText())
        session.undo_stack.undo()
    assert names == ["Remove phase", "Move phase", "Change planned minutes", "Rename phase", "Add phase"]
    assert agenda.list_agenda(session.library, demo.id) == before


def test_participants_add_mark_present_edit_remove_with_undo(
    qtbot: QtBot, session: Session, demo: Workshop, type_text: TypeText
) -> None:
    panel = ParticipantsPanel(session, demo.id)
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    count = len(participants.list_participants(session.library, demo.id))
    panel.name.setFocus()
    type_text(panel.name, "Åsa Öberg")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    people = participants.list_participants(session.library, demo.id)
    assert len(people) == count + 1
    assert people[-1].name == "Åsa Öberg"
    assert people[-1].present
    assert panel.name.text() == ""
    panel.table.setFocus()
    panel.table.setCurrentCell(count, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    assert not participants.get(session.library, people[-1].id).present
    assert panel.table.item(count, 3).text() == "absent"  # words, not only a tick
    panel.table.item(count, 1).setText("Trafikkontoret")
    assert participants.get(session.library, people[-1].id).organisation == "Trafikkontoret"
    panel.table.setCurrentCell(count, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert len(participants.list_participants(session.library, demo.id)) == count
    for expected in ("Remove participant", "Edit participant", "Mark present", "Add participant"):
        assert session.undo_stack.undoText() == expected
        session.undo_stack.undo()
    assert len(participants.list_participants(session.library, demo.id)) == count


# --- the shared screen -------------------------------------------------------------------------------


def presenter(qtbot: QtBot, session: Session, demo: Workshop, clock: FakeClock) -> PresenterWindow:
    window = PresenterWindow(session, demo.id, now=clock)
    window.ticker.stop()
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    return window


def phase_of(session: Session, demo: Workshop, kind: PhaseKind) -> str:
    return next(i.id for i in agenda.list_agenda(session.library, demo.id) if i.kind == kind)


def all_text(widget: QWidget) -> str:
    """Everything the room can read: label texts and the rows of every list."""
    parts = [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]
    view = getattr(widget, "shown_texts", None)
    if callable(view):
        parts.extend(view())
    return "\n".join(parts)


def test_presenter_follows_the_running_phase_and_flashes_at_zero(
    qtbot: QtBot, session: Session, demo: Workshop, clock: FakeClock
) -> None:
    window = presenter(qtbot, session, demo, clock)
    intro = agenda.list_agenda(session.library, demo.id)[0]
    assert isinstance(window.current_view(), QWidget)
    timer.start_phase(session.library, demo.id, intro.id, clock)
    session.changed.emit(timer.add_minutes(session.library, demo.id, 0)[1])
    assert window.phase_title.text() == intro.title
    assert isinstance(window.current_view(), PhaseSlide)
    assert window.timer_label.text() == f"{intro.planned_minutes}:00"
    clock.advance(intro.planned_minutes + 1)
    window.tick()
    assert window.timer_label.text() == "+1:00"
    assert window.timer_state.text() == "Tiden är ute"  # in the workshop's language (Swedish)
    roles = set()
    for _ in range(2):
        window.tick()
        roles.add(window.timer_label.property("role"))
    assert roles == {"over", "accent"}  # flashing, and the words stay


def test_presenter_views_per_phase_kind(
    qtbot: QtBot, session: Session, demo: Workshop, clock: FakeClock
) -> None:
    window = presenter(qtbot, session, demo, clock)
    window.preview_phase(phase_of(session, demo, PhaseKind.FRAMING))
    view = window.current_view()
    assert isinstance(view, FramingView)
    focus = questions.focus_question(session.library, demo.id)
    assert view.question.text() == focus.text  # type: ignore[union-attr]
    window.preview_phase(phase_of(session, demo, PhaseKind.ACTIONS))
    assert isinstance(window.current_view(), ActionsView)
    window.preview_phase(phase_of(session, demo, PhaseKind.IDEAS))
    assert isinstance(window.current_view(), IdeasView)
    window.preview_phase(phase_of(session, demo, PhaseKind.BREAK))
    assert isinstance(window.current_view(), PhaseSlide)


def test_silent_mode_shows_only_a_count_until_revealed(
    qtbot: QtBot, session: Session, demo: Workshop, clock: FakeClock
) -> None:
    window = presenter(qtbot, session, demo, clock)
    window.preview_phase(phase_of(session, demo, PhaseKind.IDEAS))
    view = window.current_view()
    assert isinstance(view, IdeasView)
    before = view.visible.rowCount()
    session.run(ideas.add, demo.id, "Synlig från början")
    assert "Synlig från början" in view.shown_texts()
    session.run(silent_writing.set_silent, demo.id, True)
    session.run(ideas.add, demo.id, "HEMLIG idé ett")
    session.run(ideas.add_many, demo.id, ["HEMLIG två", "HEMLIG tre"])
    assert "HEMLIG" not in all_text(window)
    assert view.visible.rowCount() == before + 1
    assert view.count.text().startswith(f"{before + 1} idé")  # the demo is Swedish: so is the room's screen
    assert "3 till skrivna i tysthet" in view.count.text()
    session.run(silent_writing.reveal_all, demo.id)
    assert {"HEMLIG idé ett", "HEMLIG två", "HEMLIG tre"} <= set(view.shown_texts())
    assert "i tysthet" not in view.count.text()


def test_presenter_shows_ideas_live_for_the_focus_question(
    qtbot: QtBot, session: Session, demo: Workshop, clock: FakeClock
) -> None:
    window = presenter(qtbot, session, demo, clock)
    window.preview_phase(phase_of(session, demo, PhaseKind.IDEAS))
    view = window.current_view()
    assert isinstance(view, IdeasView)
    first, second = questions.list_questions(session.library, demo.id)
    session.run(ideas.add, demo.id, "För fråga två", question_id=second.id)
    assert "För fråga två" not in view.shown_texts()
    session.run(questions.set_focus, demo.id, second.id)
    assert view.question.text() == second.text
    assert "För fråga två" in view.shown_texts()


def test_presenter_keeps_the_newest_ideas_in_view_as_they_come_and_after_a_resize(
    qtbot: QtBot, session: Session, demo: Workshop, clock: FakeClock
) -> None:
    window = presenter(qtbot, session, demo, clock)
    window.resize(1280, 720)
    window.preview_phase(phase_of(session, demo, PhaseKind.IDEAS))
    view = window.current_view()
    assert isinstance(view, IdeasView)
    focus = questions.focus_question(session.library, demo.id)
    assert focus is not None
    for n in range(30):
        session.run(ideas.add, demo.id, f"Ny idé nummer {n}", question_id=focus.id)
    assert view.shown_texts()[-3:] == ["Ny idé nummer 27", "Ny idé nummer 28", "Ny idé nummer 29"]
    assert len(view.shown_texts()) == 24  # the room reads the last screenful
    for size in ((1280, 720), (1920, 1080), (1024, 640)):
        window.resize(*size)
        qtbot.waitUntil(lambda size=size: window.height() == size[1])
        QApplication.processEvents()
        last = view.list.model().index(view.list.model().rowCount() - 1, 0)
        assert view.list.viewport().rect().contains(view.list.visualRect(last)), size  # whole, at the bottom


def test_presenter_type_scales_with_the_window(
    qtbot: QtBot, session: Session, demo: Workshop, clock: FakeClock
) -> None:
    window = presenter(qtbot, session, demo, clock)
    window.resize(800, 500)
    qtbot.waitUntil(lambda: window.height() == 500)
    small = window.phase_title.font().pixelSize()
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.height() == 1000)
    assert window.phase_title.font().pixelSize() > small
    assert small >= QApplication.font().pointSizeF()  # never below the system font


def _top_geometry(window: PresenterWindow) -> list[object]:
    return [
        window.size(),
        window.workshop_title.geometry(),
        window.phase_title.geometry(),
        window.timer_label.geometry(),
        window.stack.geometry(),
    ]


def test_the_time_up_banner_does_not_move_the_layout(
    qtbot: QtBot, session: Session, demo: Workshop, clock: FakeClock
) -> None:
    """Issue #11: the banner at zero widened the window and crowded the title."""
    window = presenter(qtbot, session, demo, clock)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.height() == 720)
    items = agenda.list_agenda(session.library, demo.id)
    long_title = max(items, key=lambda i: len(i.title))
    timer.start_phase(session.library, demo.id, long_title.id, clock)
    window.refresh()
    QApplication.processEvents()
    before = _top_geometry(window)
    clock.advance(long_title.total_minutes + 1)
    window.tick()
    QApplication.processEvents()
    assert _top_geometry(window) == before
    assert window.timer_label.text() == "+1:00"
    assert window.timer_state.text() == "Tiden är ute"  # the demo is Swedish: so is the room's screen
    fits = window.timer_label.fontMetrics().horizontalAdvance(window.timer_label.text())
    assert fits <= window.timer_label.contentsRect().width()


def test_the_shared_screen_speaks_the_workshops_language_with_the_ui_in_english(
    qtbot: QtBot, session: Session, demo: Workshop, clock: FakeClock
) -> None:
    """Issue #11: UI in English, workshop in Swedish: the shared screen mixed the two."""
    from workshop.ui.presenter.voting_view import VotingView

    window = presenter(qtbot, session, demo, clock)
    assert window.windowTitle() == "Delad skärm"
    window.preview_phase(phase_of(session, demo, PhaseKind.VOTING))
    view = window.current_view()
    assert isinstance(view, VotingView)
    assert view.done_button.text() == "Klar"
    window.preview_phase(phase_of(session, demo, PhaseKind.IDEAS))
    ideas_view = window.current_view()
    assert isinstance(ideas_view, IdeasView)
    assert "idéer" in ideas_view.count.text()
    assert "idea" not in ideas_view.count.text()


def test_the_idea_count_says_how_many_earlier_ideas_are_not_shown(
    qtbot: QtBot, session: Session, demo: Workshop, clock: FakeClock
) -> None:
    """Issue #11: the feed said "10 ideas" and showed 9, with no hint that older ones scrolled off."""
    window = presenter(qtbot, session, demo, clock)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.height() == 720)
    window.preview_phase(phase_of(session, demo, PhaseKind.IDEAS))
    view = window.current_view()
    assert isinstance(view, IdeasView)
    focus = questions.focus_question(session.library, demo.id)
    assert focus is not None
    for n in range(12):
        text = f"Idé nummer {n} om en tryggare väg till skolan"
        session.run(ideas.add, demo.id, text, question_id=focus.id)
    QApplication.processEvents()
    model = view.list.model()
    port = view.list.viewport().rect()
    readable = sum(
        1 for row in range(model.rowCount()) if port.contains(view.list.visualRect(model.index(row, 0)))
    )
    total = view.visible.rowCount()
    assert readable < total  # the screen holds fewer than there are
    assert view.count.text().startswith(f"{total} idéer")
    assert f"+{total - readable} tidigare" in view.count.text()


def test_the_shared_screen_follows_a_change_of_the_workshops_language(
    qtbot: QtBot, session: Session, demo: Workshop, clock: FakeClock
) -> None:
    from workshop.domain.language import Language
    from workshop.services import workshops

    window = presenter(qtbot, session, demo, clock)
    window.preview_phase(phase_of(session, demo, PhaseKind.IDEAS))
    assert "idéer" in window.current_view().count.text()  # type: ignore[union-attr]
    session.run(workshops.update, demo.id, language=Language.EN)
    view = window.current_view()
    assert isinstance(view, IdeasView)
    assert window.windowTitle() == "Shared screen"
    assert " ideas" in view.count.text()


def test_the_action_plan_on_screen_speaks_the_room_and_counts_what_scrolled_off(
    qtbot: QtBot, session: Session, demo: Workshop, clock: FakeClock
) -> None:
    """Issue #11: the status words came in the console's language; the count did not say some scrolled off."""
    from workshop.domain.action import ActionStatus
    from workshop.services import actions

    window = presenter(qtbot, session, demo, clock)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.height() == 720)
    for n in range(14):
        session.run(actions.add, demo.id, f"Åtgärd nummer {n}", status=ActionStatus.IN_PROGRESS)
    window.preview_phase(phase_of(session, demo, PhaseKind.ACTIONS))
    view = window.current_view()
    assert isinstance(view, ActionsView)
    QApplication.processEvents()
    assert "Pågår" in view.lines()[-1]
    assert "In progress" not in "\n".join(view.lines())
    port = view.list.viewport().rect()
    rows = [view.list.visualItemRect(view.list.item(row)) for row in range(view.list.count())]
    readable = sum(1 for rect in rows if port.contains(rect))
    total = view.list.count()
    assert readable < total
    assert f"+{total - readable} tidigare" in view.count.text()


def test_a_long_workshop_title_wraps_instead_of_widening_the_shared_screen(
    qtbot: QtBot, session: Session, demo: Workshop, clock: FakeClock
) -> None:
    from workshop.services import workshops

    window = presenter(qtbot, session, demo, clock)
    session.run(workshops.update, demo.id, title="Tryggare skolvägar för alla barn i Hagsätra " * 4)
    QApplication.processEvents()
    assert window.width() == 1024
    assert window.workshop_title.width() < 1024
