"""The method library from the console: search, insert after the selected phase (one undo step), rounds on
the timer bar with F9 per round, save a phase as one's own method, share it and import a file."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from workshop.domain.workshop import Workshop
from workshop.services import agenda, methods, timer, workshops
from workshop.store.library import Library
from workshop.ui.console.console_page import ConsolePage
from workshop.ui.dialogs.method_library_dialog import MethodLibraryDialog
from workshop.ui.dialogs.save_method_dialog import SaveMethodDialog
from workshop.ui.session import Session


def when_modal(act: Callable[[QWidget], None]) -> None:
    """Act on the next modal dialog once it is open (as a person does after it appears)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        act(dialog)

    QTimer.singleShot(0, attempt)


def make_workshop(library: Library) -> Workshop:
    return workshops.create(library, "Metoder", template="short-idea-session")[0]


def test_a_method_is_found_by_typing_and_inserted_after_the_selected_phase_as_one_undo_step(
    qtbot: QtBot, session: Session, library: Library
) -> None:
    workshop = make_workshop(library)
    page = ConsolePage(session, workshop.id)
    qtbot.addWidget(page)
    page.show()
    before = [i.title for i in agenda.list_agenda(library, workshop.id)]
    page.select_phase(agenda.list_agenda(library, workshop.id)[0].id)

    def search_and_enter(dialog: QWidget) -> None:
        assert isinstance(dialog, MethodLibraryDialog)
        QTest.keyClicks(dialog.search, "crazy")  # the search field has focus
        assert dialog.list.count() == 1
        QTest.keyClick(dialog.search, Qt.Key.Key_Return)

    when_modal(search_and_enter)
    page.agenda_editor.method_button.click()
    after = [i.title for i in agenda.list_agenda(library, workshop.id)]
    assert after == before[:1] + ["Åtta skisser", "Visa de bästa"] + before[1:]
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Insert method"
    assert page.agenda_editor.notes.isVisible()  # the inserted phase is selected; its crib sheet shows
    assert "8 rounds" in page.agenda_editor.notes.text()

    session.undo_stack.undo()
    assert [i.title for i in agenda.list_agenda(library, workshop.id)] == before
    session.undo_stack.redo()
    assert [i.title for i in agenda.list_agenda(library, workshop.id)] == after


def test_the_timer_bar_runs_rounds_beeps_at_each_and_f9_moves_on_a_round(
    qtbot: QtBot, session: Session, library: Library
) -> None:
    workshop = make_workshop(library)
    items, _ = methods.insert_method(library, workshop.id, "crazy-8s", at=0)
    start = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)
    clock = {"now": start}
    page = ConsolePage(session, workshop.id)
    qtbot.addWidget(page)
    bar = page.timer_bar
    bar.now = lambda: clock["now"]
    beeps: list[int] = []
    bar.beep = lambda: beeps.append(1)
    bar.ticker.stop()
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.select_phase(items[0].id)
    qtbot.keyClick(page, Qt.Key.Key_F6)
    assert "round 1 of 8" in bar.phase_label.text()
    assert bar.next_action.text() == "&Next round"
    clock["now"] = start + timedelta(seconds=61)
    bar.refresh()
    assert "round 2 of 8" in bar.phase_label.text()
    assert beeps == [1]  # the room hears the change
    qtbot.keyClick(page, Qt.Key.Key_F9)  # straight on to sketch 3
    assert "round 3 of 8" in bar.phase_label.text()
    assert "1:00 left in the round" in bar.time_label.text()
    state = timer.state(library, workshop.id)
    assert state.phase is not None
    assert state.phase.id == items[0].id
    qtbot.keyClick(page, Qt.Key.Key_F9, Qt.KeyboardModifier.ControlModifier)  # skip the other rounds
    assert timer.state(library, workshop.id).phase.id == items[1].id  # type: ignore[union-attr]


def test_a_phase_saved_as_a_method_is_listed_shared_and_imported_back(
    qtbot: QtBot, session: Session, library: Library, tmp_path: Path
) -> None:
    workshop = make_workshop(library)
    phase = agenda.list_agenda(library, workshop.id)[1]
    save = SaveMethodDialog(session, items=[phase])
    qtbot.addWidget(save)
    save.show()
    save.name.clear()
    QTest.keyClicks(save.name, "Zebra crossing walk")
    QTest.keyClicks(save.summary, "Silent writing, then share.")
    save.accept()
    assert save.result() == SaveMethodDialog.DialogCode.Accepted
    assert [m.name["en"] for m in methods.own_method_list(library)] == ["Zebra crossing walk"]
    assert session.undo_stack.undoText() == "Save as method"

    browse = MethodLibraryDialog(session)
    qtbot.addWidget(browse)
    browse.show()
    QTest.keyClicks(browse.search, "zebra")
    assert browse.list.count() == 1
    assert "own" in browse.list.item(0).text()
    assert browse.remove_button.isEnabled()
    shared = tmp_path / "zebra.json"
    method = browse.current_method()
    assert method is not None
    assert browse.share_to(method, str(shared))
    assert json.loads(shared.read_text(encoding="utf-8"))["format"] == "ideverkstad-method"

    browse.remove_button.click()
    assert methods.own_method_list(library) == []
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    assert not browse.import_path(str(bad))
    assert browse.problem.isVisible()
    assert "not valid JSON" in browse.problem.text()
    assert methods.own_method_list(library) == []
    assert browse.import_path(str(shared))
    assert [m.name["en"] for m in methods.own_method_list(library)] == ["Zebra crossing walk"]
    assert not browse.problem.isVisible()


def test_a_new_workshop_can_start_with_a_method_after_its_template(
    qtbot: QtBot, session: Session, library: Library
) -> None:
    from workshop.ui.dialogs.new_workshop_dialog import NewWorkshopDialog

    dialog = NewWorkshopDialog(session.language, session=session)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.title_edit, "Parkens framtid")
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("short-idea-session"))

    def pick_lean_coffee(library_dialog: QWidget) -> None:
        assert isinstance(library_dialog, MethodLibraryDialog)
        QTest.keyClicks(library_dialog.search, "lean coffee")
        QTest.keyClick(library_dialog.search, Qt.Key.Key_Return)

    when_modal(pick_lean_coffee)
    dialog.add_method_button.click()
    assert dialog.method_keys == ["lean-coffee"]
    assert dialog.methods_label.text() == "Lean Coffee"
    workshop, _ = methods.create_workshop(
        library,
        dialog.title_edit.text(),
        dialog.method_keys,
        template=dialog.template(),
        language=dialog.language(),
    )
    titles = [i.title for i in agenda.list_agenda(library, workshop.id)]
    template_phases = len(dialog.template().phases)  # type: ignore[union-attr]
    assert len(titles) == template_phases + 3
    assert titles[-3:] == ["Topics", "Vote on the order", "Conversation"] or titles[-3:] == [
        "Ämnen",
        "Rösta fram ordningen",
        "Samtal",
    ]


def test_the_shared_screen_shows_the_round_its_instruction_and_time_and_lights_up_at_a_change(
    qtbot: QtBot, session: Session, library: Library
) -> None:
    from workshop.ui.presenter.presenter_window import PresenterWindow

    workshop = make_workshop(library)  # a Swedish workshop: the room reads Swedish
    items, _ = methods.insert_method(library, workshop.id, "brainwriting-6-3-5", at=0)
    start = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)
    clock = {"now": start + timedelta(minutes=11)}  # round 3 of 6, 4 minutes left in it
    timer.start_phase(library, workshop.id, items[0].id, start)
    presenter = PresenterWindow(session, workshop.id, now=lambda: clock["now"])
    qtbot.addWidget(presenter)
    presenter.ticker.stop()
    presenter.resize(1280, 720)
    presenter.show()
    presenter.tick()
    assert presenter.round_line.isVisible()
    assert presenter.round_line.text() == (
        "Omgång 3 av 6 — Varv 3 av 6: läs raderna ovanför, skriv tre idéer, skicka arket."
    )
    assert presenter.timer_label.text() == "4:00"
    assert presenter.round_line.property("role") == "accent"
    clock["now"] = start + timedelta(minutes=15, seconds=1)
    presenter.tick()
    assert presenter.round_line.text().startswith("Omgång 4 av 6")
    assert presenter.round_line.property("role") == "over"  # lit up for the change
    qtbot.waitUntil(lambda: presenter.round_line.property("role") == "accent", timeout=3000)
    timer.next_phase(library, workshop.id, clock["now"])
    presenter.refresh()
    assert not presenter.round_line.isVisible()


def test_an_own_method_is_edited_in_its_dialog_and_the_edit_is_one_undo_step(
    qtbot: QtBot, session: Session, library: Library
) -> None:
    workshop = make_workshop(library)
    phase = agenda.list_agenda(library, workshop.id)[0]
    saved, _ = methods.save_own(library, methods.method_from_phases([phase], "Morgonrunda", session.language))
    edit = SaveMethodDialog(session, method=saved)
    qtbot.addWidget(edit)
    edit.show()
    assert edit.name.text() == "Morgonrunda"
    edit.name.clear()
    QTest.keyClicks(edit.name, "Kvallsrunda")
    edit.group_max.setValue(12)
    edit.accept()
    (changed,) = methods.own_method_list(library)
    assert changed.key == saved.key  # the same method, edited
    assert changed.name[session.language.value] == "Kvallsrunda"
    assert changed.group_max == 12
    assert session.undo_stack.undoText() == "Edit method"
    session.undo_stack.undo()
    (back,) = methods.own_method_list(library)
    assert back.name[session.language.value] == "Morgonrunda"


def test_the_new_workshop_dialog_shows_every_chosen_method_on_as_many_lines_as_needed(
    qtbot: QtBot, session: Session
) -> None:
    from workshop.ui.dialogs.new_workshop_dialog import NewWorkshopDialog

    dialog = NewWorkshopDialog(session.language, session=session)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    names = "Crazy 8s, Dot voting, Lightning Decision Jam, Closing round, Lean Coffee, Pre-mortem"
    dialog.show_methods(names)
    QApplication.processEvents()
    label = dialog.methods_label
    assert label.height() >= label.heightForWidth(label.width())  # no line cut off at the bottom
