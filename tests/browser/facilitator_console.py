"""The facilitator's side of the whole-room test: the real main window, console and shared screen, in
qasync's loop as the app runs them, pressed as the facilitator presses them (Run ▸ Room of phones… and
"Open the room", the timer bar's start, "Silent writing", "Reveal N hidden ideas", "New round…", "Close
voting", "Reveal result").

Only the new round's dialog is not shown modally: ``exec()`` would run a nested loop inside the test's
coroutine (asyncio refuses to step another task then); the dialog is filled and accepted as the
facilitator would, and its values go where "New round…" sends them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings

from workshop.domain.voting import VotingMethod
from workshop.ui.main_window import MainWindow
from workshop.ui.phases.ideas_workspace import IdeasWorkspace
from workshop.ui.phases.voting_workspace import VotingWorkspace
from workshop.ui.presenter.presenter_window import PresenterWindow
from workshop.ui.room.room_host import RoomHost
from workshop.ui.room.room_of_phones import RoomOfPhones
from workshop.ui.session import Session
from workshop.ui.settings import AppSettings


async def until(condition: Callable[[], object], what: str, seconds: float = 20.0) -> None:
    for _ in range(int(seconds / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"waited {seconds} s for {what}")


def isolated_settings(folder: str) -> AppSettings:
    """Settings of the test's own, never the user's (as tests/ui do)."""
    QCoreApplication.setOrganizationName("IdeverkstadTests")
    QCoreApplication.setApplicationName("IdeverkstadTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    settings = AppSettings(QSettings())
    settings.qsettings.clear()
    return settings


class Facilitator:
    def __init__(self, session: Session, settings: AppSettings, workshop_id: str) -> None:
        self.window = MainWindow(session, settings)
        self.window.room_of_phones = RoomOfPhones(self.window, host="127.0.0.1", port=0)  # loopback only
        self.window.resize(1280, 800)
        self.window.show()
        assert self.window.open_workshop(workshop_id)

    @property
    def rooms(self) -> RoomOfPhones:
        assert self.window.room_of_phones is not None
        return self.window.room_of_phones

    @property
    def room(self) -> RoomHost:
        assert self.rooms.room is not None
        return self.rooms.room

    @property
    def presenter(self) -> PresenterWindow:
        assert self.window.presenter is not None
        return self.window.presenter

    def workspace(self) -> Any:
        assert self.window.console is not None
        return self.window.console.current_workspace()

    async def open_room(self) -> None:
        """Run ▸ Room of phones…, Open the room, and the shared screen (its join QR) for the room."""
        self.rooms.action.trigger()
        panel = self.rooms.panel
        assert panel is not None
        assert panel.isVisible()
        room = self.room
        said: list[str] = []
        room.failed.connect(said.append)
        panel.open_button.click()
        await until(lambda: room.is_open or said or not room.busy, "the room to open")
        assert room.is_open, said or room._busy and room._busy.exception()
        self.window.presenter_action.trigger()
        self.presenter.resize(1280, 720)
        screen = self.rooms.join_screen
        await until(lambda: screen is not None and screen.isVisible(), "the join QR on the shared screen")

    def phones_joined(self) -> str:
        assert self.rooms.join_screen is not None
        return str(self.rooms.join_screen.joined_label.text())

    def hide_join_qr(self) -> None:
        """Everyone is in: the shared screen goes back to the phase."""
        assert self.rooms.panel is not None
        self.rooms.panel.show_qr.setChecked(False)
        assert self.presenter.stack.isVisible()

    def start_phase(self, item_id: str) -> None:
        """Pick the phase in the console's list, press the timer bar's start."""
        console = self.window.console
        assert console is not None
        console.select_phase(item_id)
        console.timer_bar.start_action.trigger()

    def ideas(self) -> IdeasWorkspace:
        workspace = self.workspace()
        assert isinstance(workspace, IdeasWorkspace)
        return workspace

    def voting(self) -> VotingWorkspace:
        workspace = self.workspace()
        assert isinstance(workspace, VotingWorkspace)
        return workspace

    def silent_writing_on(self) -> None:
        button = self.ideas().silent_button
        assert not button.isChecked()
        button.click()
        assert button.isChecked()

    def reveal_ideas_said(self) -> str:
        return str(self.ideas().reveal_button.text())

    def reveal_ideas(self) -> None:
        """Press "Reveal N hidden ideas"."""
        button = self.ideas().reveal_button
        assert button.isEnabled()
        button.click()

    def shared_screen_ideas(self) -> list[str]:
        view = self.presenter.current_view()
        return list(view.shown_texts()) if view is not None and hasattr(view, "shown_texts") else []

    def new_dot_round(self, title: str, dots: int, per_item: int, allow_own: bool) -> str:
        workspace = self.voting()
        dialog = workspace._dialog(None)  # what "New round…" opens
        dialog.title_edit.setText(title)
        dialog.method_combo.setCurrentIndex(dialog.method_combo.findData(VotingMethod.DOTS.value))
        dialog.dots_spin.setValue(dots)
        dialog.per_item_spin.setValue(per_item)
        dialog.own_check.setChecked(allow_own)
        dialog.accept()
        assert dialog.result() == dialog.DialogCode.Accepted, dialog.error_label.text()
        workspace.create_round(dialog.values())  # what "New round…" does with an accepted dialog
        round_id = workspace.selected_round_id()
        assert round_id is not None
        return round_id

    def turnout_said(self) -> str:
        return str(self.voting().panel.turnout_label.text())

    def close_voting(self) -> None:
        self.voting().panel.close_button.click()

    def reveal_result(self) -> None:
        """Re&veal result: nobody is waiting, so the console asks nothing."""
        self.voting().panel.reveal_button.click()

    async def close_room(self) -> None:
        """Back to the library: the workshop closes, and its room with it."""
        room = self.rooms.room
        self.window.show_library()
        if room is not None:
            await until(lambda: room.server is None and not room.busy, "the room to close")
