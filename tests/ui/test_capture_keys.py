"""Idea capture typed as hands type it: idea, Tab, author (the completer pops up), Enter.

Keys go to whatever has focus (QApplication.focusWidget()), and the completer's popup is really shown,
so the Enter that the popup swallows is the one a facilitator presses.
"""

from __future__ import annotations

from collections.abc import Callable

from keyboard_hands import focused, press, shown_ideas_workspace
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from workshop.domain.workshop import Workshop
from workshop.services import ideas, participants
from workshop.ui.phases.ideas_workspace import IdeasWorkspace
from workshop.ui.session import Session

TypeText = Callable[[QWidget, str], None]


def completer_popup(field: QComboBox) -> QAbstractItemView:
    completer = field.completer()
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    return popup


def make(qtbot: QtBot, session: Session, demo: Workshop) -> IdeasWorkspace:
    return shown_ideas_workspace(qtbot, session, demo)


def name_starting(session: Session, demo: Workshop, prefix: str) -> tuple[str, str]:
    person = next(
        p for p in participants.list_participants(session.library, demo.id) if p.name.startswith(prefix)
    )
    return person.id, person.name


def test_idea_tab_author_with_completer_open_enter_saves_and_returns_to_the_idea(
    qtbot: QtBot, session: Session, demo: Workshop, type_text: TypeText
) -> None:
    workspace = make(qtbot, session, demo)
    capture = workspace.capture
    person_id, name = name_starting(session, demo, "Karin")
    before = ideas.count(session.library, demo.id)
    type_text(focused(), "Cykelbuss på tisdagar")
    press(Qt.Key.Key_Tab)
    assert focused() in (capture.author, capture.author.lineEdit())
    type_text(focused(), "kar")
    popup = completer_popup(capture.author)
    qtbot.waitUntil(popup.isVisible)
    press(Qt.Key.Key_Down)  # highlight the first completion, as one does with the arrow key
    press(Qt.Key.Key_Return)
    assert ideas.count(session.library, demo.id) == before + 1
    saved = ideas.list_ideas(session.library, demo.id)[-1]
    assert (saved.text, saved.author_id) == ("Cykelbuss på tisdagar", person_id)
    assert not popup.isVisible()
    assert focused() is capture.line
    assert capture.line.text() == ""
    assert name in capture.last_saved.text()  # who the idea was credited to, visibly
    # the next idea is typed into the idea field, not the author field
    type_text(focused(), "Nästa idé")
    assert capture.line.text() == "Nästa idé"


def test_enter_in_the_author_field_with_the_popup_open_accepts_the_only_completion(
    qtbot: QtBot, session: Session, demo: Workshop, type_text: TypeText
) -> None:
    workspace = make(qtbot, session, demo)
    capture = workspace.capture
    person_id, _ = name_starting(session, demo, "Karin")
    type_text(focused(), "Lånecyklar")
    press(Qt.Key.Key_Tab)
    type_text(focused(), "karin")
    qtbot.waitUntil(completer_popup(capture.author).isVisible)
    press(Qt.Key.Key_Enter)
    saved = ideas.list_ideas(session.library, demo.id)[-1]
    assert (saved.text, saved.author_id) == ("Lånecyklar", person_id)


def test_enter_in_the_author_field_without_popup_saves(
    qtbot: QtBot, session: Session, demo: Workshop, type_text: TypeText
) -> None:
    workspace = make(qtbot, session, demo)
    before = ideas.count(session.library, demo.id)
    type_text(focused(), "Anonym idé")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Return)  # the author left empty: anonymous
    assert ideas.count(session.library, demo.id) == before + 1
    assert ideas.list_ideas(session.library, demo.id)[-1].author_id is None
    assert focused() is workspace.capture.line


def test_the_author_clears_after_each_idea_unless_kept(
    qtbot: QtBot, session: Session, demo: Workshop, type_text: TypeText
) -> None:
    workspace = make(qtbot, session, demo)
    capture = workspace.capture
    person_id, name = name_starting(session, demo, "Karin")
    type_text(focused(), "Första")
    press(Qt.Key.Key_Tab)
    type_text(focused(), name)
    press(Qt.Key.Key_Return)
    assert capture.author.currentText() == ""  # the next idea is not credited to Karin by mistake
    type_text(focused(), "Andra")
    press(Qt.Key.Key_Return)
    assert ideas.list_ideas(session.library, demo.id)[-1].author_id is None
    capture.keep_author.setChecked(True)
    capture.author.setEditText(name)
    capture.line.setFocus()
    for text in ("Tredje", "Fjärde"):
        type_text(focused(), text)
        press(Qt.Key.Key_Return)
    assert [i.author_id for i in ideas.list_ideas(session.library, demo.id)[-2:]] == [person_id, person_id]
    assert capture.author.currentText() == name
    assert name in capture.last_saved.text()


def test_a_click_on_the_idea_field_while_the_popup_is_open_lands_there(
    qtbot: QtBot, session: Session, demo: Workshop, type_text: TypeText
) -> None:
    workspace = make(qtbot, session, demo)
    capture = workspace.capture
    press(Qt.Key.Key_Tab)
    type_text(focused(), "kar")
    popup = completer_popup(capture.author)
    qtbot.waitUntil(popup.isVisible)
    target = capture.line.mapToGlobal(QPoint(10, capture.line.height() // 2))
    QTest.mouseClick(popup, Qt.MouseButton.LeftButton, pos=popup.mapFromGlobal(target))
    assert not popup.isVisible()
    assert focused() is capture.line


def test_enter_takes_the_one_name_with_a_word_starting_as_typed(
    qtbot: QtBot, session: Session, demo: Workshop, type_text: TypeText
) -> None:
    """ "kar" offers Karin Åberg and Oskar Eriksson; only Karin has a word that begins with it."""
    workspace = make(qtbot, session, demo)
    capture = workspace.capture
    person_id, _ = name_starting(session, demo, "Karin")
    type_text(focused(), "Gårdsfest")
    press(Qt.Key.Key_Tab)
    type_text(focused(), "kar")
    popup = completer_popup(capture.author)
    qtbot.waitUntil(popup.isVisible)
    press(Qt.Key.Key_Return)
    saved = ideas.list_ideas(session.library, demo.id)[-1]
    assert (saved.text, saved.author_id) == ("Gårdsfest", person_id)


def test_an_ambiguous_name_is_not_guessed_and_the_idea_stays(
    qtbot: QtBot, session: Session, demo: Workshop, type_text: TypeText
) -> None:
    """ "er" begins a word of Erik Johansson and of Oskar Eriksson: Enter asks for a name instead."""
    workspace = make(qtbot, session, demo)
    capture = workspace.capture
    before = ideas.count(session.library, demo.id)
    type_text(focused(), "Gårdsfest")
    press(Qt.Key.Key_Tab)
    type_text(focused(), "er")
    qtbot.waitUntil(completer_popup(capture.author).isVisible)
    press(Qt.Key.Key_Return)
    assert ideas.count(session.library, demo.id) == before
    assert capture.line.text() == "Gårdsfest"
    assert workspace.message.isVisible()
    assert "Erik Johansson" in workspace.message.text()
    assert "Oskar Eriksson" in workspace.message.text()


def test_enter_in_the_keep_box_or_the_question_saves_too(
    qtbot: QtBot, session: Session, demo: Workshop, type_text: TypeText
) -> None:
    workspace = make(qtbot, session, demo)
    capture = workspace.capture
    before = ideas.count(session.library, demo.id)
    type_text(focused(), "Från rutan")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    assert focused() is capture.keep_author
    press(Qt.Key.Key_Return)
    type_text(focused(), "Från frågan")
    for _ in range(3):
        press(Qt.Key.Key_Tab)
    assert focused() is capture.question
    press(Qt.Key.Key_Return)
    added = ideas.list_ideas(session.library, demo.id)[before:]
    assert [i.text for i in added] == ["Från rutan", "Från frågan"]
    assert focused() is capture.line
