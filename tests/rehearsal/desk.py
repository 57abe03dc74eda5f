"""The facilitator's hands for the rehearsal: a real X server, the real app, real keys and mouse.

``Screen`` is an Xvfb display; ``App`` is ``main.py`` running on it, asked through its opt-in widget map
(workshop/ui/widget_map.py) where a control with a given accessible name is, and driven with xdotool
like a person drives it. Every wait polls what is on screen with a deadline, never a fixed sleep for a
result, so a slow machine makes the rehearsal slower, not flaky.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = "2560x800"
PROJECTOR_X = 1280  # where the projector half of the desktop begins
WAIT_S = 20.0
KEY_NAMES = {
    "å": "aring", "ä": "adiaeresis", "ö": "odiaeresis",
    "Å": "shift+aring", "Ä": "shift+adiaeresis", "Ö": "shift+odiaeresis",
    " ": "space", ",": "comma", ".": "period", "?": "question", "!": "exclam", ":": "colon",
    "-": "minus", "/": "slash", "\n": "Return",
}
TOOLS = ("Xvfb", "xdotool", "xclip", "setxkbmap")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


class Screen:
    """An Xvfb display on a free number (Xvfb picks it and tells through -displayfd)."""

    def __init__(self) -> None:
        read, write = os.pipe()
        self.process = subprocess.Popen(
            # The laptop's screen with the projector beside it, as one wide desktop (Xvfb cannot make two
            # monitors Qt sees as two): the shared screen is moved onto the right half, as a person drags it.
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{DESKTOP}x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as answer:
            number = answer.readline().strip()
        if not number:
            self.process.kill()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        # A Swedish keyboard, as the facilitator's: å, ä, ö are keys of their own. Left to itself, xdotool
        # types them by remapping a spare key for a moment, which the app may read after the remap is gone.
        subprocess.run(["setxkbmap", "-display", self.display, "se"], check=True, timeout=WAIT_S)

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()


@dataclass(frozen=True)
class Thing:
    """A widget, or a note or frame on a board, as the widget map reports it."""

    entry: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.entry[key]

    @property
    def centre(self) -> tuple[int, int]:
        x, y, w, h = self.entry["rect"]
        return int(x + w / 2), int(y + h / 2)

    @property
    def text(self) -> str:
        return str(self.entry.get("text", ""))


class App:
    def __init__(self, screen: Screen, data_dir: Path, lang: str, home: Path) -> None:
        self.display = screen.display
        self.data_dir = data_dir
        self.socket_path = str(home / "widget-map.sock")
        self.log_path = home / "app.log"
        home.mkdir(parents=True, exist_ok=True)
        self.env = {
            **os.environ,
            "DISPLAY": self.display,
            "QT_QPA_PLATFORM": "xcb",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "TMPDIR": str(home),
            "IDEVERKSTAD_WIDGET_MAP": self.socket_path,
            "LANG": "C.UTF-8",
            "LANGUAGE": "",
        }
        self.env.pop("QT_QPA_PLATFORMTHEME", None)
        self.env.pop("IDEVERKSTAD_DATA_DIR", None)
        self.command = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), "--lang", lang]
        self.log = self.log_path.open("ab")
        self.start()

    def start(self) -> None:
        if os.path.exists(self.socket_path):
            os.remove(self.socket_path)
        self.process = subprocess.Popen(
            self.command, cwd=ROOT, env=self.env, stdout=self.log, stderr=subprocess.STDOUT
        )
        self.wait_for(lambda: os.path.exists(self.socket_path), "the app's widget map")

    def wait_exit(self) -> int:
        """The app quits by itself (the facilitator pressed Ctrl+Q): its exit status."""
        return self.process.wait(WAIT_S)

    # ------------------------------------------------------------------ looking
    def ask(self, request: str) -> str:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(WAIT_S)
            connection.connect(self.socket_path)
            connection.sendall(request.encode() + b"\n")
            chunks: list[bytes] = []
            while not chunks or not chunks[-1].endswith(b"\n"):
                chunk = connection.recv(1 << 16)
                if not chunk:
                    break
                chunks.append(chunk)
        return b"".join(chunks).decode()

    def things(self) -> list[Thing]:
        return [Thing(entry) for entry in json.loads(self.ask("map"))]

    def find_all(self, **match: Any) -> list[Thing]:
        return [thing for thing in self.things() if _matches(thing, match)]

    def find(self, what: str = "", **match: Any) -> Thing:
        """The one visible thing matching *match* (name=, cls=, text=, window=, kind=…), waited for."""
        found: list[Thing] = []

        def one() -> bool:
            found[:] = self.find_all(**match)
            return len(found) >= 1

        try:
            self.wait_for(one, what or repr(match))
        except AssertionError as error:
            raise AssertionError(f"{error}\n{self.describe()}") from None
        return found[0]

    def describe(self) -> str:
        """What is on screen, one named thing a line: the message of a step that did not find its control."""
        shown = []
        for thing in self.things():
            entry = thing.entry
            if entry.get("name") or entry.get("text"):
                mark = " [focus]" if entry.get("focus") else ""
                shown.append(f"  {entry['class']} {entry.get('name')!r} {thing.text[:50]!r} "
                             f"in {entry['window']!r}{mark}")
        return "on screen:\n" + "\n".join(shown)

    def focused(self) -> Thing | None:
        for thing in self.things():
            if thing.entry.get("focus"):
                return thing
        return None

    def wait_for(self, condition: Callable[[], bool], what: str, timeout: float = WAIT_S) -> None:
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise AssertionError(f"the app exited ({self.process.returncode}) waiting for {what}:\n"
                                     + self.log_path.read_text(errors="replace")[-3000:])
            try:
                if condition():
                    return
            except (OSError, ValueError):
                pass  # the socket is not listening yet, or the app is busy answering
            if time.monotonic() > deadline:
                raise AssertionError(f"waited {timeout:.0f} s for {what}")
            time.sleep(0.1)

    def wait_focus(self, what: str, **match: Any) -> Thing:
        found: list[Thing] = []

        def focused() -> bool:
            thing = self.focused()
            if thing is not None and _matches(thing, match):
                found[:] = [thing]
                return True
            return False

        try:
            self.wait_for(focused, f"focus on {what}")
        except AssertionError as error:
            raise AssertionError(f"{error}\n{self.describe()}") from None
        return found[0]

    def shot(self, path: Path) -> None:
        self.ask(f"shot {path}")

    # ------------------------------------------------------------------ hands
    def xdotool(self, *arguments: str) -> None:
        subprocess.run(["xdotool", *arguments], env=self.env, check=True, timeout=WAIT_S * 3)

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "40", *keys)
        self.settle()

    def type(self, text: str) -> None:
        """Type *text* key by key on the Swedish keyboard, each character as the key (and Shift) for it.

        Naming every key keeps xdotool from remapping a spare key for a character (the app then reads
        that key after the remap is gone). Even so, now and then an å, ä or ö sent by xdotool never
        arrives; each is therefore pressed on its own and pressed again only if the field did not change.
        """
        unknown = [c for c in text if not (c in KEY_NAMES or (c.isascii() and c.isalnum()))]
        assert not unknown, f"no key for {unknown} on the rehearsal's keyboard"
        run: list[str] = []
        for character in text + "\0":
            if character.isascii() and character != "\0":
                run.append(KEY_NAMES.get(character, character))
                continue
            for start in range(0, len(run), 40):
                self.xdotool("key", "--delay", "12", *run[start:start + 40])
            run = []
            if character != "\0":
                self._press_letter(KEY_NAMES[character])
        self.settle()

    def _press_letter(self, key: str) -> None:
        before = self._focused_text()
        for _ in range(3):
            self.xdotool("key", key)
            deadline = time.monotonic() + 0.5
            while time.monotonic() < deadline:
                if self._focused_text() != before:
                    return
                time.sleep(0.05)
        raise AssertionError(f"the key {key} never reached the app")

    def _focused_text(self) -> str | None:
        thing = self.focused()
        return None if thing is None else thing.text

    def click(self, thing: Thing, button: int = 1, double: bool = False) -> None:
        self.click_at(*thing.centre, button=button, double=double)

    def click_at(self, x: int, y: int, button: int = 1, double: bool = False) -> None:
        self.xdotool("mousemove", "--sync", str(x), str(y))
        self.focus_under_pointer()
        self.xdotool("click", *(["--repeat", "2"] if double else []), str(button))
        self.settle()

    def drag(self, start: tuple[int, int], end: tuple[int, int]) -> None:
        (x1, y1), (x2, y2) = start, end
        self.xdotool("mousemove", "--sync", str(x1), str(y1))
        self.focus_under_pointer()
        self.xdotool("mousedown", "1")
        steps = 8
        for step in range(1, steps + 1):
            x = x1 + (x2 - x1) * step // steps
            y = y1 + (y2 - y1) * step // steps
            self.xdotool("mousemove", "--sync", str(x), str(y))
            time.sleep(0.03)
        self.xdotool("mouseup", "1")
        self.settle()

    def paste(self, text: str) -> None:
        """Put *text* on the clipboard (as another program would) and press Ctrl+V."""
        # xclip stays in the background serving the clipboard until the display closes.
        subprocess.run(["xclip", "-selection", "clipboard", "-in"], input=text.encode(), env=self.env,
                       check=True, timeout=WAIT_S)
        self.key("ctrl+v")

    def window_id(self, title_part: str) -> str:
        found: list[str] = []

        def window() -> bool:
            result = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title_part],
                                    env=self.env, capture_output=True, text=True)
            found[:] = result.stdout.split()
            return bool(found)

        self.wait_for(window, f"a window called {title_part!r}")
        return found[0]

    def move_window(self, title_part: str, x: int, y: int) -> None:
        self.xdotool("windowmove", "--sync", self.window_id(title_part), str(x), str(y))
        self.settle()

    def focus_under_pointer(self) -> None:
        """Click to focus, as a window manager does: the window under the pointer gets the keyboard.

        With no window manager, X gives the keyboard back to no window when a focused one goes away
        (a message box, a popup), and Qt then takes the console's window shortcuts (F9) as inactive.
        """
        where = subprocess.run(["xdotool", "getmouselocation", "--shell"], env=self.env, capture_output=True,
                               text=True, check=True, timeout=WAIT_S).stdout
        window = dict(line.split("=", 1) for line in where.split() if "=" in line).get("WINDOW")
        if window and window != "0":
            self._give_keyboard(window)

    def _give_keyboard(self, window: str) -> None:
        """Keyboard focus to *window*, by way of the root window.

        Qt may take a window as inactive although X still gives it the keyboard (after a window of the
        app that was active went away); X then sends no new FocusIn when the focus is set to the window it
        already has, so the focus first goes to the root window and back: Qt sees the window activated.
        """
        root = subprocess.run(["xdotool", "search", "--maxdepth", "0", "--name", ""], env=self.env,
                              capture_output=True, text=True, timeout=WAIT_S).stdout.split()
        for target in [*root[:1], window]:
            subprocess.run(["xdotool", "windowfocus", "--sync", target], env=self.env, timeout=WAIT_S,
                           stderr=subprocess.DEVNULL)

    def focus_window(self, title_part: str) -> None:
        """No window manager runs on the test display: give a window keyboard focus as one would."""
        self._give_keyboard(self.window_id(title_part))
        self.settle()

    def settle(self) -> None:
        """Wait until the app has handled what was sent (it answers the map after its queued events)."""
        self.ask("map")

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def _matches(thing: Thing, match: dict[str, Any]) -> bool:
    for key, wanted in match.items():
        field = "class" if key == "cls" else key
        value = thing.entry.get(field)
        if callable(wanted):
            if not wanted(value):
                return False
        elif value != wanted:
            return False
    return True


def run_cli(data_dir: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), *arguments],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
