"""The board's side panels say what is true: a suggestion's count matches the notes it lists or says how
many it does not; the count of suggested groups follows accepting and rejecting; an empty search for
duplicates says so, in the UI's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workshop.domain.language import Language
from workshop.services import ideas, workshops
from workshop.store.library import Library
from workshop.ui.board.duplicates_panel import DuplicatesPanel
from workshop.ui.board.suggestions_panel import SuggestionsPanel
from workshop.ui.session import Session
from workshop.ui.translation import install_translator

WALKS = [
    "Promenadgrupp för seniorer på morgonen",
    "Promenader med hund i grupp",
    "Promenadgrupp runt sjön",
    "Promenad med rullator i grupp",
    "Promenadgrupp för nyblivna föräldrar",
    "Promenader i grupp på lördagar",
    "Promenadgrupp med fika efteråt",
]
LIBRARY = ["Läxhjälp på biblioteket", "Läxhjälp för nyanlända på biblioteket"]


def suggest(qtbot, panel: SuggestionsPanel) -> None:
    with qtbot.waitSignal(panel.finished, timeout=10_000):
        QTest.mouseClick(panel.suggest_button, Qt.MouseButton.LeftButton)
    QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def panel(qtbot, session: Session, library: Library) -> SuggestionsPanel:
    workshop, _ = workshops.create(library, "Promenader", language="sv")
    ideas.add_many(library, workshop.id, [*WALKS, *LIBRARY])
    widget = SuggestionsPanel(session, workshop.id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_suggestion_of_seven_notes_lists_four_and_says_three_more(qtbot, panel: SuggestionsPanel) -> None:
    suggest(qtbot, panel)
    walks = next(
        panel.list.item(i) for i in range(panel.list.count()) if "(7 notes)" in panel.list.item(i).text()
    )
    lines = walks.text().splitlines()
    listed = [line for line in lines if line.startswith("• ")]
    assert len(listed) == 4
    assert lines[-1] == "… and 3 more (hover to see all)"
    assert len(walks.toolTip().splitlines()) == 7


def test_the_count_of_suggested_groups_follows_accepting_and_rejecting(
    qtbot, panel: SuggestionsPanel
) -> None:
    suggest(qtbot, panel)
    count = panel.list.count()
    assert count == 2
    assert panel.status.text() == "2 suggested group(s). Accept or reject each."
    QTest.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert panel.status.text() == "1 suggested group(s). Accept or reject each."
    QTest.mouseClick(panel.reject_button, Qt.MouseButton.LeftButton)
    assert panel.list.count() == 0
    assert panel.status.text() == "Every suggested group is accepted or rejected."
    assert not panel.accept_button.isEnabled()


@pytest.mark.parametrize(
    ("language", "expected"),
    [(Language.EN, "No duplicates found."), (Language.SV, "Inga dubbletter hittades.")],
)
def test_a_search_that_finds_no_duplicates_says_so(
    qtbot, session: Session, library: Library, language: Language, expected: str
) -> None:
    install_translator(QApplication.instance(), language)
    workshop, _ = workshops.create(library, "Olika", language="sv")
    ideas.add_many(library, workshop.id, ["Fler bänkar i parken", "Läxhjälp på biblioteket"])
    widget = DuplicatesPanel(session, workshop.id)
    qtbot.addWidget(widget)
    widget.show()
    QTest.mouseClick(widget.find_button, Qt.MouseButton.LeftButton)
    assert widget.pairs.count() == 0
    assert widget.status.text() == expected
    assert not widget.merge_button.isEnabled()
