"""The board on the projector, read from the back of the room: cards with legible text."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

from workshop.domain.workshop import Workshop
from workshop.services import clusters, ideas, workshops
from workshop.store.library import Library
from workshop.ui.board.board_cards import MIN_TEXT, Card, lay_out
from workshop.ui.board.note_item import NoteItem
from workshop.ui.presenter.board_view import LEGIBLE_PIXELS, BoardView
from workshop.ui.session import Session


def presenter(qtbot, session: Session, workshop_id: str, width: int, height: int) -> BoardView:
    view = BoardView(session, workshop_id)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    view.fit()
    return view


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1920, 1080)])
def test_a_full_board_is_shown_as_cards_with_every_note_legible(
    qtbot, session: Session, library: Library, demo: Workshop, width: int, height: int
) -> None:
    view = presenter(qtbot, session, demo.id, width, height)
    assert view.showing_cards()  # fitted, the notes' own text would be far below LEGIBLE_PIXELS
    layout = view.cards.layout_now
    assert layout.text_pixels >= MIN_TEXT
    shown = [line for placed in layout.cards for line in placed.card.lines[: placed.shown]]
    expected = [idea.text for idea in clusters.notes_on_board(library, demo.id)]
    assert sorted(shown) == sorted(expected)  # every note's text, none cut off
    titles = {placed.card.title for placed in layout.cards}
    assert {c.title for c in clusters.list_clusters(library, demo.id)} <= titles
    for placed in layout.cards:  # inside the screen
        assert placed.rect.right() <= width
        assert placed.rect.bottom() <= height


def test_the_cards_follow_the_board_when_a_cluster_is_renamed(
    qtbot, session: Session, library: Library, demo: Workshop
) -> None:
    view = presenter(qtbot, session, demo.id, 1280, 720)
    cluster = clusters.list_clusters(library, demo.id)[0]
    session.run(clusters.rename, cluster.id, "Nytt namn på temat")
    QApplication.processEvents()
    assert "Nytt namn på temat" in {p.card.title for p in view.cards.layout_now.cards}


def test_a_small_board_is_shown_as_it_is_when_its_notes_are_big_enough(
    qtbot, session: Session, library: Library
) -> None:
    workshop, _ = workshops.create(library, "Liten tavla")
    notes, _ = ideas.add_many(library, workshop.id, ["Cykelbana", "Fler bänkar", "Bättre ljus"])
    clusters.lay_out_new_notes(library, workshop.id)
    clusters.group(library, workshop.id, [n.id for n in notes], "Gatan")
    view = presenter(qtbot, session, workshop.id, 1920, 1080)
    assert not view.showing_cards()
    assert view.view.transform().m11() * QFontInfo(NoteItem.note_font()).pixelSize() >= LEGIBLE_PIXELS


def test_when_even_the_smallest_legible_type_cannot_hold_every_note_the_cards_say_how_many_are_left_out(
    qapp: QApplication,
) -> None:
    cards = [
        Card(f"Tema {n}", "#88aaff", tuple(f"Idé nummer {i} med lite text" for i in range(40)))
        for n in range(6)
    ]
    layout = lay_out(cards, 1280, 720)
    assert layout.text_pixels == MIN_TEXT
    assert all(placed.rect.bottom() <= 720 for placed in layout.cards)
    hidden = sum(len(p.card.lines) - p.shown for p in layout.cards)
    assert 0 < hidden < 240


def test_a_cluster_title_that_cannot_fit_wraps_then_shows_it_is_cut(
    qtbot, session: Session, library: Library, demo: Workshop
) -> None:
    """Issue #11: cluster titles were cut with no ellipsis ("Volunteers and")."""
    cluster = clusters.list_clusters(library, demo.id)[0]
    title = "Volunteers and neighbours who walk the children to school every morning, all winter long " * 2
    session.run(clusters.rename, cluster.id, title.strip())
    view = presenter(qtbot, session, demo.id, 1280, 720)
    assert view.showing_cards()
    cards = view.cards.layout_now.cards
    shown = dict(zip([p.card.title for p in cards], view.cards.shown_titles(), strict=True))
    lines = shown[title.strip()]
    assert len(lines) == 2  # wrapped onto a second line before anything was left out
    assert lines[1].endswith("…")
    for other, other_lines in shown.items():  # a title that fits is shown whole
        if other != title.strip():
            assert " ".join(other_lines) == " ".join(other.split())


def test_the_board_on_the_shared_screen_speaks_the_workshops_language(
    qtbot, session: Session, library: Library, demo: Workshop
) -> None:
    """Issue #11: UI in English, workshop in Swedish: "Not grouped yet" and "+5 more" on a Swedish screen."""
    session.run(ideas.add, demo.id, "En lös lapp utan grupp")
    view = presenter(qtbot, session, demo.id, 1280, 720)
    assert view.showing_cards()
    titles = [p.card.title for p in view.cards.layout_now.cards]
    assert any(t.startswith("Inte grupperade än") for t in titles), titles[-3:]
    assert not any("Not grouped" in t for t in titles)
    assert view.cards.more_text(5) == "+5 till"
