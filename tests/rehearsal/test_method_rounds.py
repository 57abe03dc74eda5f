"""A method timed in rounds, played with real keys: Crazy 8s from the method library, round by round.

The facilitator makes a workshop (Ctrl+N), inserts Crazy 8s from the library by typing its name
(Ctrl+M, "crazy", Enter), starts it (F6), opens the shared screen (F5), and moves on a round with F9:
the console's timer bar and the shared screen say which round of eight it is and what the room does;
Ctrl+F9 skips the rest of the rounds to the next phase.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from console_view import SHARED, Day, wait_true
from desk import App

pytestmark = [pytest.mark.slow, pytest.mark.timeout(240)]

TITLE = "Skisser för parken"
CONSOLE = f"{TITLE} — Idéverkstad"


def timer_says(app: App, words: str) -> bool:
    return bool(app.find_all(cls="QLabel", window=CONSOLE, text=lambda t: words in t))


def shared_says(app: App, words: str) -> bool:
    return bool(app.find_all(window=SHARED, text=lambda t: words in t))


def test_crazy_8s_round_by_round(app: App, tmp_path: Path) -> None:
    day = Day(app, tmp_path)
    app.focus_window("Idéverkstad")
    app.key("ctrl+n")
    app.wait_focus("the title of the new workshop", name="Titel:", window="Ny workshop")
    app.type(TITLE)
    app.key("Return")
    app.find("the console of the new workshop", window=CONSOLE, cls="ConsolePage")
    app.focus_window(CONSOLE)

    app.key("alt+e")  # the agenda; the method goes after the first phase
    app.key("Home")
    app.key("Down")
    app.key("ctrl+m")
    app.wait_focus("the method library's search field", window="Metodbibliotek")
    app.type("crazy")
    app.key("Return")
    app.wait_for(lambda: not app.find_all(window="Metodbibliotek"), "the method library to close")
    app.focus_window(CONSOLE)
    app.wait_for(
        lambda: bool(app.find_all(cls="QListWidget", name="Agenda", window=CONSOLE,
                                  text=lambda t: "Åtta skisser" in t)),
        "Crazy 8s's first phase selected in the agenda",
    )

    app.key("F6")
    app.wait_for(lambda: timer_says(app, "omgång 1 av 8"), "the timer bar in round 1 of 8")
    app.key("F5")
    app.wait_for(lambda: shared_says(app, "Omgång 1 av 8 — Skiss 1 av 8"), "the shared screen in round 1")
    app.focus_window(CONSOLE)
    app.key("F9")
    app.wait_for(lambda: timer_says(app, "omgång 2 av 8"), "F9: the timer bar in round 2 of 8")
    app.wait_for(lambda: shared_says(app, "Omgång 2 av 8 — Skiss 2 av 8"), "the shared screen in round 2")
    app.key("ctrl+F9")
    app.wait_for(lambda: timer_says(app, "Visa de bästa"), "Ctrl+F9: the next phase")
    assert wait_true(lambda: not shared_says(app, "Omgång"))  # no round line for a phase without rounds
    assert day.seen == []
