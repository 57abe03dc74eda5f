"""What the console and the shared screen show, read through the widget map; the rehearsal's notebook."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desk import App, Thing

TITLE = "Gröna skolgårdar"
CONSOLE = f"{TITLE} — Idéverkstad"
SHARED = "Delad skärm"


@dataclass
class Day:
    """The rehearsal's notebook: the app, and the bugs of issue 11 seen again on the way."""

    app: App
    tmp: Path
    seen: list[str] = field(default_factory=list)

    def check(self, ok: bool, item: str, what: str) -> bool:
        """A check of a bug issue 11 found (mended since): noted if it shows again, and the day goes on."""
        if not ok:
            self.seen.append(f"issue 11 item {item}: {what}")
        return ok

    def shown_phase(self) -> str:
        """The phase the console shows: the agenda's current row, "3. Idéinsamling (30 min)"."""
        for thing in self.app.find_all(cls="QListWidget", name="Agenda", window=CONSOLE):
            return thing.text.split(". ", 1)[-1].rsplit(" (", 1)[0]
        return ""

    def console(self) -> None:
        """Back to the console window, as the window manager gives it back after a dialog closes."""
        self.app.focus_window(CONSOLE)

    def keyboard_on_console(self) -> None:
        """The facilitator's keys go to the console: if no window has the keyboard, click the console.

        With no window manager, Qt now and then takes the console as inactive while X still gives it
        the keys (seen about once in five days, after "Create actions for the top"): its shortcuts (F9,
        Alt+E) do nothing. A person's window manager keeps the console active; here a click does.
        """
        if self.app.focused() is None:
            self.console()

    def open_phase(self, title: str) -> None:
        """Choose a phase in the agenda from the keyboard (Alt+E, arrows)."""
        app = self.app
        self.keyboard_on_console()
        app.key("alt+e")
        app.key("Home")
        for _ in range(12):
            if self.shown_phase() == title:
                return
            app.key("Down")
        raise AssertionError(f"no phase {title!r} in the agenda\n{app.describe()}")

    def next_phase(self, title: str) -> None:
        """F9: the running phase ends and the next one starts; the facilitator opens it in the agenda."""
        app = self.app
        self.keyboard_on_console()
        focus = app.focused()
        app.key("F9")

        def running() -> bool:  # the timer bar says "Pågår: Paus"
            return bool(app.find_all(cls="QLabel", window=CONSOLE, text=lambda t: t.endswith(f": {title}")))

        if not self.check(wait_true(running), "F9 (not in the issue)",
                          f"F9 did not start {title!r}; the keyboard was on {focus and focus['name']!r} "
                          f"({focus and focus['class']})"):
            app.click(app.find("Next phase", name="Nästa fas", window=CONSOLE))
            app.wait_for(running, f"{title!r} running")
        self.open_phase(title)


def shared_text(app: App) -> str:
    return " ".join(thing.text for thing in app.find_all(window=SHARED))


def focus_name(app: App) -> str:
    thing = app.focused()
    return "" if thing is None else str(thing["name"])


def idea_count(app: App) -> int:
    label = app.find("the idea count", name="Antal idéer")
    return int(label.text.split()[0])


def count_is(app: App, count: int) -> Callable[[], bool]:
    return lambda: idea_count(app) == count


def accept_paste(day: Day, lines: int) -> None:
    """Pasting several lines asks whether each line is an idea: the facilitator says yes with Enter."""
    app = day.app
    app.wait_for(lambda: bool(app.find_all(cls="QMessageBox")) or idea_count(app) >= lines,
                 "the question about the pasted lines")
    if app.find_all(cls="QMessageBox"):
        app.key("Return")
        day.console()


def confirm_if_asked(day: Day) -> None:
    app = day.app
    if wait_true(lambda: bool(app.find_all(cls="QMessageBox")), timeout=1.5):
        app.key("Return")
        day.console()


def wait_true(condition: Any, timeout: float = 3.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return True
        except (OSError, ValueError, AssertionError):
            pass
        time.sleep(0.1)
    return False


def named(label: str) -> Any:
    """A field's accessible name: its form label, with or without the colon."""
    return lambda name: isinstance(name, str) and name.rstrip(":") == label


def clusters(app: App) -> list[Thing]:
    return app.find_all(kind="item", cls="ClusterItem", window=CONSOLE)


def note(app: App, text: str) -> Thing:
    return app.find(f"the note {text!r}", kind="item", cls="NoteItem", window=CONSOLE, text=text)
