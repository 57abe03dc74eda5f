"""The board keeps up with idea capture without slowing it down: hidden, it does nothing but remember what
changed; shown, it catches up; visible, it updates only the notes a change names, and never writes to the
database while the session is telling its listeners about a change."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget

from workshop.domain.board_layout import GAP, NOTE_WIDTH
from workshop.domain.workshop import Workshop
from workshop.services import clusters, ideas
from workshop.services.changes import ChangeSet
from workshop.store.library import Library
from workshop.ui.board import board_cards
from workshop.ui.phases.board_workspace import BoardWorkspace
from workshop.ui.presenter.board_view import BoardView
from workshop.ui.session import Session

WHOLE_BOARD = re.compile(r"from \[?ideas\]? where workshop_id = ", re.IGNORECASE)


class Statements:
    """Every SQL statement the library runs while recording (sqlite3's trace callback)."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.seen: list[str] = []

    def __enter__(self) -> Statements:
        self.library.db.conn.set_trace_callback(self.seen.append)
        return self

    def __exit__(self, *_: object) -> None:
        self.library.db.conn.set_trace_callback(None)

    def whole_board_reads(self) -> list[str]:
        """Reads of every note of the workshop (the next free position for a new idea is one number)."""
        return [s for s in self.seen if WHOLE_BOARD.search(s) and "MAX(position)" not in s]

    def writes(self) -> list[str]:
        return [s for s in self.seen if s.lstrip().upper().startswith(("UPDATE", "INSERT", "DELETE"))]


class Console(QStackedWidget):
    """The console's phase stack in small: an ideas page and the board, one shown at a time."""

    def __init__(self, session: Session, workshop_id: str) -> None:
        super().__init__()
        self.ideas_page = QLabel("Ideas")
        self.board = BoardWorkspace(session, workshop_id)
        self.addWidget(self.ideas_page)
        self.addWidget(self.board)


@pytest.fixture
def console(qtbot, session: Session, demo: Workshop) -> Console:
    widget = Console(session, demo.id)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    widget.setCurrentWidget(widget.board)  # the facilitator opened the board once…
    qtbot.waitExposed(widget)
    widget.setCurrentWidget(widget.ideas_page)  # …and went back to typing ideas
    QApplication.processEvents()
    return widget


def test_a_new_idea_while_the_board_is_hidden_costs_no_read_of_the_board(
    console: Console, session: Session, library: Library, demo: Workshop
) -> None:
    assert not console.board.isVisible()
    with Statements(library) as statements:
        idea = session.run(ideas.add, demo.id, "Cykelbuss varje fredag")
        QApplication.processEvents()
    assert idea is not None
    assert statements.whole_board_reads() == []
    assert idea.id not in console.board.scene.notes  # not read yet: nobody looks at the board


def test_showing_the_board_again_shows_the_new_idea_below_the_board_and_stores_its_place_once(
    console: Console, session: Session, library: Library, demo: Workshop
) -> None:
    first = session.run(ideas.add, demo.id, "Cykelbuss varje fredag")
    second = session.run(ideas.add, demo.id, "Lånecyklar på skolgården")
    scene = console.board.scene
    lowest = max(
        item.sceneBoundingRect().bottom() for item in [*scene.notes.values(), *scene.clusters.values()]
    )
    with Statements(library) as statements:
        console.setCurrentWidget(console.board)
        QApplication.processEvents()
    note, other = scene.notes[first.id], scene.notes[second.id]
    assert note.y() > lowest  # a new row below it all
    assert (other.y(), other.x()) == (note.y(), note.x() + NOTE_WIDTH + GAP)
    assert statements.whole_board_reads() == []  # two ids changed: read those two notes, not the board
    stored = clusters.places(library, [first.id, second.id])
    assert [(p.x, p.y) for p in stored] == [(note.x(), note.y()), (other.x(), other.y())]
    assert len([s for s in statements.writes() if "board_x" in s]) == 2
    # both places in one (write) transaction, nothing else written
    assert [s for s in statements.seen if s.startswith("BEGIN")] == ["BEGIN IMMEDIATE"]


def test_a_waiting_note_stands_where_laying_out_new_notes_would_store_it(
    qtbot, session: Session, library: Library, demo: Workshop
) -> None:
    made, _ = ideas.add_many(library, demo.id, ["Cykelbuss", "Lånecyklar", "Reflexvästar"])
    board = BoardWorkspace(session, demo.id)  # opened: the three have no stored place yet
    qtbot.addWidget(board)
    shown = [(board.scene.notes[i.id].x(), board.scene.notes[i.id].y()) for i in made]
    assert board.scene.waiting_notes() == [i.id for i in made]
    clusters.lay_out_new_notes(library, demo.id)  # what the service would store for them
    assert [(p.x, p.y) for p in clusters.places(library, [i.id for i in made])] == shown


def test_a_new_idea_on_a_visible_board_reads_only_that_note_and_appears_at_once(
    console: Console, session: Session, library: Library, demo: Workshop
) -> None:
    console.setCurrentWidget(console.board)
    QApplication.processEvents()
    with Statements(library) as statements:
        idea = session.run(ideas.add, demo.id, "Skolpatrull vid övergångsstället")
    assert idea.id in console.board.scene.notes
    assert console.board.scene.notes[idea.id].text == "Skolpatrull vid övergångsstället"
    assert statements.whole_board_reads() == []
    assert statements.writes() == [s for s in statements.writes() if s.lstrip().upper().startswith("INSERT")]
    assert console.board.scene.waiting_notes() == [idea.id]  # shown, its place not stored until shown again


def test_no_change_set_is_emitted_while_the_listeners_handle_one(
    qtbot, session: Session, library: Library, demo: Workshop
) -> None:
    depth = [0]
    nested: list[ChangeSet] = []

    def entering(changes: ChangeSet) -> None:
        if depth[0]:
            nested.append(changes)
        depth[0] += 1

    def leaving(_: ChangeSet) -> None:
        depth[0] -= 1

    session.changed.connect(entering)
    console = Console(session, demo.id)
    qtbot.addWidget(console)
    projector = BoardView(session, demo.id)
    qtbot.addWidget(projector)
    session.changed.connect(leaving)
    console.resize(1400, 900)
    projector.resize(1280, 720)
    console.show()
    projector.show()
    console.setCurrentWidget(console.board)
    QApplication.processEvents()
    for text in ("Gångbuss från Hagsätra", "Fler farthinder", "Cykelkurs för föräldrar"):
        session.run(ideas.add, demo.id, text)  # visible board and projector: new notes without a place
        QApplication.processEvents()
    console.setCurrentWidget(console.ideas_page)
    session.run(ideas.add, demo.id, "Trygga vuxna vid korsningen")
    console.setCurrentWidget(console.board)  # shown again: the waiting notes' places are stored
    QApplication.processEvents()
    assert depth == [0]
    assert nested == []
    assert console.board.scene.waiting_notes() == []
    session.changed.disconnect(entering)
    session.changed.disconnect(leaving)


def shown_projector(qtbot, session: Session, demo: Workshop) -> BoardView:
    """The board on a 1280×720 projector, shown."""
    projector = BoardView(session, demo.id)
    qtbot.addWidget(projector)
    projector.resize(1280, 720)
    projector.show()
    qtbot.waitExposed(projector)
    return projector


def test_a_new_idea_appears_on_the_projectors_cards_after_one_layout(
    qtbot, session: Session, library: Library, demo: Workshop, monkeypatch: pytest.MonkeyPatch
) -> None:
    projector = shown_projector(qtbot, session, demo)
    assert projector.showing_cards()
    layouts = []
    real_lay_out = board_cards.lay_out

    def counting(*args: object, **kwargs: object) -> board_cards.CardLayout:
        layouts.append(1)
        return real_lay_out(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(board_cards, "lay_out", counting)
    texts = ["Cykelbuss varje fredag", "Lånecyklar på skolgården", "Reflexvästar till alla"]
    for text in texts:
        session.run(ideas.add, demo.id, text)
    assert layouts == []  # nothing laid out inside the change handlers…
    QApplication.processEvents()
    assert len(layouts) == 1  # …and three changes in one turn cost one layout
    shown = [
        line for placed in projector.cards.layout_now.cards for line in placed.card.lines[: placed.shown]
    ]
    assert set(texts) <= set(shown)


def test_the_hidden_projector_board_does_no_layout_until_it_is_shown(
    qtbot, session: Session, library: Library, demo: Workshop, monkeypatch: pytest.MonkeyPatch
) -> None:
    projector = shown_projector(qtbot, session, demo)
    projector.hide()
    layouts = []
    real_lay_out = board_cards.lay_out
    monkeypatch.setattr(board_cards, "lay_out", lambda *a: layouts.append(1) or real_lay_out(*a))
    with Statements(library) as statements:
        idea = session.run(ideas.add, demo.id, "Cykelbuss varje fredag")
        QApplication.processEvents()
    assert layouts == []
    assert statements.whole_board_reads() == []
    projector.show()
    QApplication.processEvents()
    assert len(layouts) == 1
    shown = [line for placed in projector.cards.layout_now.cards for line in placed.card.lines]
    assert idea.text in shown


def test_a_merge_and_its_undo_update_the_visible_board_note_by_note(
    console: Console, session: Session, library: Library, demo: Workshop
) -> None:
    console.setCurrentWidget(console.board)
    QApplication.processEvents()
    kept, other = (session.run(ideas.add, demo.id, t) for t in ("Fler cykelställ", "fler cykelställ"))
    scene = console.board.scene
    panel = console.board.duplicates
    panel.find_duplicates()
    with Statements(library) as statements:
        panel.merge_current()
    assert other.id not in scene.notes
    assert scene.notes[kept.id].merged == 1
    assert "fler cykelställ" in scene.notes[kept.id].toolTip()
    assert statements.whole_board_reads() == [s for s in statements.whole_board_reads() if "merged_into" in s]
    session.undo_stack.undo()
    assert other.id in scene.notes
    assert scene.notes[kept.id].merged == 0
