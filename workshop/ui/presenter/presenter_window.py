"""The shared screen (projector): workshop title, current phase, timer, and the phase's own view.

It shows only what the whole room may see. Which view a phase gets comes from
:data:`workshop.ui.presenter.registry.PRESENTER_VIEWS`; a phase whose view module is missing gets the plain
phase slide. F11 toggles full screen, Escape leaves it; the main window's F5 opens and closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics, QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from workshop.domain.agenda import AgendaItem, PhaseKind
from workshop.domain.errors import NotFoundError
from workshop.domain.language import Language
from workshop.domain.rounds import RoundPosition
from workshop.domain.timer import format_clock
from workshop.services import agenda, timer, workshops
from workshop.services.changes import Area, ChangeSet
from workshop.ui import lazy_factory
from workshop.ui.presenter.phase_slide import PhaseSlide
from workshop.ui.presenter.registry import PRESENTER_VIEWS
from workshop.ui.presenter.room_language import SpeaksTheRoom, workshop_language
from workshop.ui.presenter.room_type import STYLE, room_font
from workshop.ui.session import Session

TICK_MS = 250
ROUND_FLASH_MS = 1500  # a new round lights its line up for a moment: the room sees the change
PLAIN = "plain"
CLOCK_PADDING = 8
FRAME_ALLOWANCE = 4  # pixels kept free between the console's menu bar and the shared screen


def _utc_now() -> datetime:
    return datetime.now(UTC)


class PresenterWindow(SpeaksTheRoom, QWidget):
    closed = Signal()

    def __init__(
        self,
        session: Session,
        workshop_id: str,
        now: Callable[[], datetime] = _utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.room_language = workshop_language(session, workshop_id)
        self.session = session
        self.workshop_id = workshop_id
        self.now = now
        self.setObjectName("presenter")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Shared screen"))
        self._views: dict[str, QWidget] = {}
        self._preview_id: str | None = None
        self._flash_on = False
        self._filling = False  # "full screen" on the console's own screen: the room below its menus
        self.phase: AgendaItem | None = None

        self.workshop_title = QLabel()
        self.phase_title = QLabel()
        self.timer_label = QLabel()
        self.timer_label.setProperty("role", "accent")
        self.timer_label.setIndent(CLOCK_PADDING)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.timer_label.setAccessibleName(self.tr("Time left"))
        self.timer_state = QLabel()  # "Time is up", "paused": words under the clock, in a place kept for them
        self.timer_state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.timer_state.setIndent(CLOCK_PADDING)
        # A phase timed in rounds: "Round 3 of 8 — Sketch 3 of 8: a new variant." under the phase's title.
        self.round_line = QLabel()
        self.round_line.setProperty("role", "accent")
        self.round_line.setWordWrap(True)
        self.round_line.setAccessibleName(self.tr("Round"))
        self.round_line.hide()
        self._round_shown: tuple[str, int] | None = None  # (phase id, round index) on screen
        self._round_flash = QTimer(self)
        self._round_flash.setSingleShot(True)
        self._round_flash.setInterval(ROUND_FLASH_MS)
        self._round_flash.timeout.connect(lambda: self._set_role(self.round_line, "accent"))
        labels = (self.workshop_title, self.phase_title, self.round_line, self.timer_label, self.timer_state)
        for label in labels:
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.phase_title.setWordWrap(True)
        self.workshop_title.setWordWrap(True)  # a long title takes a second line, never a wider window
        self.stack = QStackedWidget()
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.workshop_title)
        titles.addWidget(self.phase_title)
        titles.addWidget(self.round_line)
        top.addLayout(titles, 1)
        clock = QVBoxLayout()
        clock.setSpacing(0)
        clock.addWidget(self.timer_label)
        clock.addWidget(self.timer_state)
        clock.addStretch(1)
        top.addLayout(clock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        full = QAction(self)
        full.setShortcut(QKeySequence("F11"))
        full.triggered.connect(self.toggle_full_screen)
        leave = QAction(self)
        leave.setShortcut(QKeySequence("Escape"))
        leave.triggered.connect(self.leave_full_screen)
        self.addActions([full, leave])

        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(lambda: self.tick() if self.isVisible() else None)
        self.ticker.start()
        session.changed.connect(self._on_changed)
        self.refresh()

    # --- what to show --------------------------------------------------------------------------------
    def preview_phase(self, item_id: str | None) -> None:
        """The phase selected in the console; shown while no phase is running."""
        self._preview_id = item_id
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if not changes.concerns(self.workshop_id):
            return
        if changes.touches(Area.TIMER, Area.AGENDA, Area.WORKSHOP, Area.PRESENTER):
            self.refresh()

    def _shown_phase(self) -> AgendaItem | None:
        state = timer.state(self.session.library, self.workshop_id)
        if state.phase is not None:
            return state.phase
        if self._preview_id:
            try:
                return agenda.get(self.session.library, self._preview_id)
            except NotFoundError:
                return None
        return None

    def refresh(self) -> None:
        try:
            workshop = workshops.get(self.session.library, self.workshop_id)
        except NotFoundError:
            return
        if workshop.language != self.room_language:
            self._speak(workshop.language)
        self.workshop_title.setText(workshop.title)
        item = self._shown_phase()
        self.phase = item
        self.phase_title.setText(item.title if item is not None else "")
        view = self.view_for(item.kind if item is not None else None)
        if self.stack.currentWidget() is not view:
            self.stack.setCurrentWidget(view)
        show_phase = getattr(view, "show_phase", None)
        if callable(show_phase) and item is not None:
            show_phase(item)
        elif isinstance(view, PhaseSlide):
            view.show_phase(item)
        self.tick()

    def _speak(self, language: Language) -> None:
        """The workshop's language was changed: the views are made again, so every word follows."""
        self.room_language = language
        self.setWindowTitle(self.tr("Shared screen"))
        self.timer_label.setAccessibleName(self.tr("Time left"))
        for view in self._views.values():
            self.stack.removeWidget(view)
            view.deleteLater()
        self._views.clear()

    def view_for(self, kind: PhaseKind | None) -> QWidget:
        """The view registered for *kind*, made once and kept; the plain slide when there is none."""
        path = PRESENTER_VIEWS.get(kind) if kind is not None else None
        key = path if path is not None and lazy_factory.exists(path) else PLAIN
        if key not in self._views:
            widget: QWidget
            if key == PLAIN:
                widget = PhaseSlide(self.session, self.workshop_id)
            else:
                widget = lazy_factory.load(key)(self.session, self.workshop_id)
            self._views[key] = widget
            self.stack.addWidget(widget)
        return self._views[key]

    def current_view(self) -> QWidget | None:
        return self.stack.currentWidget()

    # --- the clock -----------------------------------------------------------------------------------
    def tick(self) -> None:
        state = timer.state(self.session.library, self.workshop_id)
        clock = state.clock
        if clock is None:
            self._show_clock("", "")
            self._show_round("", None)
            self._set_over(False)
            return
        now = self.now()
        here = state.round_at(now)
        self._show_round(state.phase.id if state.phase is not None else "", here)
        if clock.is_over(now):
            self._flash_on = not self._flash_on
            self._show_clock("+" + format_clock(clock.overrun_ms(now)), self.tr("Time is up"))
            self._set_over(self._flash_on)
        else:
            left = here.remaining_ms if here is not None and not here.is_last else clock.remaining_ms(now)
            self._show_clock(format_clock(left), "" if clock.running else self.tr("paused"))
            self._set_over(False)

    def _show_round(self, phase_id: str, here: RoundPosition | None) -> None:
        """The round line: which round of how many and what the room does in it; lit up at each change."""
        if here is None:
            self.round_line.hide()
            self._round_shown = None
            return
        words = self.tr("Round %1 of %2").replace("%1", str(here.number)).replace("%2", str(here.count))
        self.round_line.setText(f"{words} — {here.text}" if here.text else words)
        self.round_line.show()
        shown = (phase_id, here.index)
        if self._round_shown is not None and self._round_shown != shown:
            self._set_role(self.round_line, "over")
            self._round_flash.start()
        self._round_shown = shown

    @staticmethod
    def _set_role(label: QLabel, role: str) -> None:
        if label.property("role") != role:
            label.setProperty("role", role)
            label.style().unpolish(label)
            label.style().polish(label)

    def _show_clock(self, clock: str, state: str) -> None:
        self.timer_label.setText(clock)
        self.timer_state.setText(state)
        self._size_clock()

    def _size_clock(self) -> None:
        """The clock's column is as wide as the widest thing it will show, from the start, so the banner
        appearing at zero neither widens the window nor squeezes the title (only a clock longer than
        any planned one, past 99 minutes, makes it grow)."""
        clock_metrics = QFontMetrics(self.timer_label.font())
        state_metrics = QFontMetrics(self.timer_state.font())
        texts = (self.tr("Time is up"), self.tr("paused"), self.timer_state.text())
        width = (
            max(
                clock_metrics.horizontalAdvance("+88:88"),
                clock_metrics.horizontalAdvance(self.timer_label.text()),
                *(state_metrics.horizontalAdvance(text) for text in texts),
            )
            + 2 * CLOCK_PADDING
        )
        for label in (self.timer_label, self.timer_state):
            if label.minimumWidth() < width or label.maximumWidth() != label.minimumWidth():
                label.setFixedWidth(width)
        self.timer_label.setFixedHeight(clock_metrics.height())
        self.timer_state.setFixedHeight(state_metrics.height() + CLOCK_PADDING)

    def _set_over(self, over: bool) -> None:
        for label in (self.timer_label, self.timer_state):
            self._set_role(label, "over" if over else "accent")

    # --- the window ----------------------------------------------------------------------------------
    def open_on_best_screen(self) -> None:
        """Full screen on a second screen when there is one, else a window beside the console's menus."""
        screens = QGuiApplication.screens()
        owner = self.parentWidget()
        main_screen = owner.screen() if owner is not None else None
        others = [s for s in screens if s is not main_screen]
        if len(screens) > 1 and others:
            target = others[0]
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            self.setGeometry(self.room_below_menus(QSize(1024, 640)))
            self.showNormal()
            self._keep_frame_below_menus()
            QTimer.singleShot(300, self, self._keep_frame_below_menus)  # once a window manager framed it
        self.raise_()

    def on_own_screen(self) -> bool:
        """True when the shared screen has a screen of its own (not the console's)."""
        owner = self.parentWidget()
        return owner is None or self.screen() is not owner.screen()

    def room_below_menus(self, wanted: QSize | None = None) -> QRect:
        """Where the shared screen may lie on the console's screen: below the console's menu bar, so the
        facilitator's menus are never covered (*wanted*: a size to fit in there, at the bottom right)."""
        owner = self.parentWidget()
        screen = owner.screen() if owner is not None else self.screen()
        area = screen.availableGeometry()
        bar = getattr(owner, "menuBar", None)
        if callable(bar):
            menus = bar()
            bottom = menus.mapToGlobal(QPoint(0, menus.height())).y() + FRAME_ALLOWANCE
            area.setTop(max(area.top(), min(bottom, area.bottom() - 200)))
        if wanted is None:
            return area
        size = wanted.boundedTo(area.size())
        corner = QPoint(area.right() - size.width() + 1, area.bottom() - size.height() + 1)
        return QRect(corner, size)

    def _keep_frame_below_menus(self) -> None:
        """A window manager's title bar sits above the geometry asked for: move down if it would cover."""
        if self.isFullScreen() or not self.isVisible() or self.on_own_screen():
            return
        room = self.room_below_menus()
        frame = self.frameGeometry()
        if frame.top() < room.top():
            self.move(self.x(), self.y() + room.top() - frame.top())
        overhang = self.frameGeometry().bottom() - room.bottom()
        if overhang > 0:
            self.resize(self.width(), max(200, self.height() - overhang))

    def toggle_full_screen(self) -> None:
        """F11. On the console's own screen "full" is all the room below its menu bar, never over it."""
        if self.isFullScreen() or self._filling:
            self._filling = False
            self.showNormal()
            self.setGeometry(self.room_below_menus(QSize(1024, 640)))
        elif self.on_own_screen():
            self.showFullScreen()
        else:
            self._filling = True
            self.setGeometry(self.room_below_menus())
            self._keep_frame_below_menus()

    def leave_full_screen(self) -> None:
        if self.isFullScreen() or self._filling:
            self.toggle_full_screen()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.workshop_title.setFont(room_font(self, 0.03))
        self.phase_title.setFont(room_font(self, 0.06, bold=True))
        self.round_line.setFont(room_font(self, 0.04, bold=True))
        self.timer_label.setFont(room_font(self, 0.09, bold=True))
        self.timer_state.setFont(room_font(self, 0.035, bold=True))
        self.timer_label.setMinimumWidth(0)  # measured again for the new type size
        self.timer_state.setMinimumWidth(0)
        self._size_clock()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.ticker.stop()
        super().closeEvent(event)
        self.closed.emit()
