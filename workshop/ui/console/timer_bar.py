"""The console's timer bar: which phase runs, elapsed and remaining time, and the controls.

Keys (also in the Run menu): F6 start the selected phase, F7 pause/resume, F8 one more minute,
Shift+F8 five more minutes, F9 next phase. At zero the bar turns red, says "Time is up" in words, and
beeps once (QApplication.beep: the platform's own bell, no sound library needed).

A phase timed in rounds (Crazy 8s, 1-2-4-All) shows "round 3 of 8" and the round's time; it beeps at each
change of round; F8 gives the running round a minute more and F9 moves to the next round (from the last
round, to the next phase); Ctrl+F9 skips straight to the next phase.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QToolButton, QWidget

from workshop.domain.timer import format_clock
from workshop.services import timer
from workshop.services.changes import Area, ChangeSet
from workshop.ui.commands.agenda import AddMinutes
from workshop.ui.session import Session

TICK_MS = 250


def _utc_now() -> datetime:
    return datetime.now(UTC)


class TimerBar(QWidget):
    def __init__(
        self,
        session: Session,
        workshop_id: str,
        selected_phase: Callable[[], str | None],
        now: Callable[[], datetime] = _utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self.selected_phase = selected_phase
        self.now = now
        self.beep: Callable[[], None] = QApplication.beep
        self._was_over = False
        self._round_index: int | None = None
        self.setObjectName("timerBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.phase_label = QLabel()
        self.phase_label.setTextFormat(Qt.TextFormat.PlainText)
        self.time_label = QLabel()
        self.time_label.setAccessibleName(self.tr("Time"))
        font = self.time_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.time_label.setFont(font)
        self.elapsed_label = QLabel()

        self.start_action = self._action(self.tr("&Start selected phase"), "F6", self.start_selected)
        self.pause_action = self._action(self.tr("&Pause / resume"), "F7", self.toggle_pause)
        self.plus1_action = self._action(self.tr("+&1 minute"), "F8", lambda: self.add_minutes(1))
        self.plus5_action = self._action(self.tr("+&5 minutes"), "Shift+F8", lambda: self.add_minutes(5))
        self.next_action = self._action(self.tr("&Next phase"), "F9", self.next_phase)
        self.skip_action = self._action(self.tr("S&kip to the next phase"), "Ctrl+F9", self.skip_phase)
        self.finish_action = self._action(self.tr("&Finish the workshop run"), "", self.finish)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.phase_label, 2)
        layout.addWidget(self.time_label)
        layout.addWidget(self.elapsed_label, 1)
        for action in (
            self.start_action,
            self.pause_action,
            self.plus1_action,
            self.plus5_action,
            self.next_action,
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAccessibleName(action.text().replace("&", ""))
            layout.addWidget(button)

        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._tick)
        self.ticker.start()
        session.changed.connect(self._on_changed)
        self.refresh()

    def _action(self, text: str, keys: str, handler: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setToolTip(f"{text.replace('&', '')} ({keys})")
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(handler)
        self.addAction(action)
        return action

    def actions_for_menu(self) -> list[QAction]:
        return [
            self.start_action,
            self.pause_action,
            self.plus1_action,
            self.plus5_action,
            self.next_action,
            self.skip_action,
            self.finish_action,
        ]

    # --- controls ------------------------------------------------------------------------------------
    def start_selected(self) -> None:
        item_id = self.selected_phase()
        if item_id:
            self.session.run(timer.start_phase, self.workshop_id, item_id, self.now)

    def toggle_pause(self) -> None:
        self.session.run(timer.toggle_pause, self.workshop_id, self.now)

    def add_minutes(self, minutes: int) -> None:
        """Undoable, unlike start and next: +5 pressed by mistake is one Ctrl+Z away."""
        name = self.tr("Add %n minute(s)", "", minutes)
        self.session.push(AddMinutes(name, self.workshop_id, minutes))

    def next_phase(self) -> None:
        """F9: the next round of a phase timed in rounds, else (and from its last round) the next phase."""
        self.session.run(timer.next_round, self.workshop_id, self.now)

    def skip_phase(self) -> None:
        self.session.run(timer.next_phase, self.workshop_id, self.now)

    def finish(self) -> None:
        self.session.run(timer.finish, self.workshop_id, self.now)

    # --- display -------------------------------------------------------------------------------------
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.concerns(self.workshop_id, Area.TIMER, Area.AGENDA):
            self.refresh()

    def _tick(self) -> None:
        if self.isVisible():  # a hidden bar (closed window, library page) has nothing to show
            self.refresh()

    def refresh(self) -> None:
        state = timer.state(self.session.library, self.workshop_id)
        running = state.clock is not None
        self.pause_action.setEnabled(running)
        self.plus1_action.setEnabled(running)
        self.plus5_action.setEnabled(running)
        self.finish_action.setEnabled(running)
        self.skip_action.setEnabled(running)
        if state.phase is None or state.clock is None:
            self.phase_label.setText(self.tr("No phase running. Select one and press Start (F6)."))
            self.time_label.setText("")
            self.elapsed_label.setText("")
            self.next_action.setText(self.tr("&Next phase"))
            self._round_index = None
            self._show_over(False)
            return
        clock, now = state.clock, self.now()
        status = self.tr("Running: %1") if clock.running else self.tr("Paused: %1")
        title = state.phase.title
        here = state.round_at(now)
        if here is not None:
            title = self.tr("%1 — round %2 of %3").replace("%1", title).replace("%2", str(here.number))
            title = title.replace("%3", str(here.count))
        self.phase_label.setText(status.replace("%1", title))
        more_rounds = here is not None and not here.is_last
        self.next_action.setText(self.tr("&Next round") if more_rounds else self.tr("&Next phase"))
        self.pause_action.setText(self.tr("&Pause") if clock.running else self.tr("&Resume"))
        over = clock.is_over(now)
        if over:
            self.time_label.setText(
                self.tr("Time is up! +%1").replace("%1", format_clock(clock.overrun_ms(now)))
            )
        elif more_rounds and here is not None:
            left = format_clock(here.remaining_ms)
            self.time_label.setText(self.tr("%1 left in the round").replace("%1", left))
        else:
            self.time_label.setText(self.tr("%1 left").replace("%1", format_clock(clock.remaining_ms(now))))
        previous = self._round_index
        if here is not None and clock.running and previous is not None and here.index > previous:
            self.beep()  # a new round: the room hears it's time to pass the sheet
        self._round_index = here.index if here is not None else None
        self.elapsed_label.setText(
            self.tr("%1 of %2 min")
            .replace("%1", format_clock(clock.elapsed_ms(now)))
            .replace("%2", str(state.phase.total_minutes))
        )
        if over and not self._was_over and clock.running:
            self.beep()
        self._show_over(over)

    def _show_over(self, over: bool) -> None:
        self._was_over = over
        self.setStyleSheet(
            "#timerBar { background: #b00020; } #timerBar QLabel { color: white; }" if over else ""
        )
