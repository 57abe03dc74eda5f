"""The facilitator console: the agenda as a phase list on the side, a workspace per phase on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from workshop.domain.agenda import AgendaItem
from workshop.services import agenda, workshops
from workshop.services.changes import Area, ChangeSet
from workshop.ui.console.agenda_editor import AgendaEditor
from workshop.ui.console.participants_panel import ParticipantsPanel
from workshop.ui.console.timer_bar import TimerBar
from workshop.ui.phases.registry import create_workspace, details_workspace
from workshop.ui.session import Session

DETAILS_KEY = "details"
PhaseIdRole = Qt.ItemDataRole.UserRole + 1


class ConsolePage(QWidget):
    back_requested = Signal()
    phase_selected = Signal(object)  # the selected agenda item's id, or None for the details page

    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self._workspaces: dict[str, QWidget] = {}

        self.title_label = QLabel()
        self.title_label.setObjectName("consoleTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.back_button = QPushButton(self.tr("← Library"))
        self.back_button.setToolTip(self.tr("Back to the library (Ctrl+L)"))
        self.phase_list = QListWidget()
        self.phase_list.setAccessibleName(self.tr("Agenda"))
        self.phase_list.setMinimumWidth(220)
        self.stack = QStackedWidget()

        self.timer_bar = TimerBar(session, workshop_id, self._selected_phase_id)
        self.agenda_editor = AgendaEditor(session, workshop_id, self._selected_phase_id, self.select_phase)
        self.participants_action = QAction(self.tr("&Participants…"), self)
        self.participants_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.participants_action.triggered.connect(self.show_participants)
        self.addAction(self.participants_action)
        self.participants_button = QPushButton(self.tr("Participants…"))
        self.participants_button.setToolTip(self.tr("Add, edit and mark present (Ctrl+Shift+P)"))
        self.participants_button.clicked.connect(self.show_participants)
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            move = QAction(self.phase_list)
            move.setShortcut(QKeySequence(keys))
            move.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            move.triggered.connect(lambda _=False, s=step: self.agenda_editor.move_phase(s))
            self.phase_list.addAction(move)
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.participants_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        agenda_label = QLabel(self.tr("&Agenda"))
        agenda_label.setBuddy(self.phase_list)
        side_layout.addWidget(agenda_label)
        side_layout.addWidget(self.phase_list, 1)
        side_layout.addWidget(self.agenda_editor)
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.timer_bar)
        layout.addWidget(splitter, 1)

        self.back_button.clicked.connect(self.back_requested)
        self.phase_list.currentItemChanged.connect(self._show_current)
        session.changed.connect(self._on_changed)
        self.refresh()
        self._keyboard_placed = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        """The keyboard starts in the agenda, not on "← Library" (the first button), where a Space left
        the workshop. Placed when first shown: being put in the main window drops an earlier focus."""
        super().showEvent(event)
        if not self._keyboard_placed:
            self._keyboard_placed = True
            self.phase_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_changed(self, changes: ChangeSet) -> None:
        if not changes.concerns(self.workshop_id):
            return
        if changes.touches(Area.WORKSHOP, Area.AGENDA, Area.TIMER):
            self.refresh()

    def refresh(self) -> None:
        workshop = workshops.get(self.session.library, self.workshop_id)
        self.title_label.setText(workshop.title)
        current = self.current_key()
        items = agenda.list_agenda(self.session.library, self.workshop_id)
        self.phase_list.blockSignals(True)
        self.phase_list.clear()
        details = QListWidgetItem(self.tr("Workshop details"))
        details.setData(PhaseIdRole, DETAILS_KEY)
        self.phase_list.addItem(details)
        for number, item in enumerate(items, start=1):
            running = item.id == workshop.current_phase_id
            entry = QListWidgetItem(
                (self.tr("▶ now: ") if running else "")
                + self.tr("%1. %2 (%3 min)")
                .replace("%1", str(number))
                .replace("%2", item.title)
                .replace("%3", str(item.planned_minutes))
            )
            entry.setData(PhaseIdRole, item.id)
            self.phase_list.addItem(entry)
        self.phase_list.blockSignals(False)
        keys = [DETAILS_KEY] + [item.id for item in items]
        if current not in keys:  # just opened: where the workshop is running, else its first phase
            current = workshop.current_phase_id if workshop.current_phase_id in keys else None
        row = keys.index(current) if current in keys else (1 if items else 0)
        self.phase_list.setCurrentRow(row)
        self._show_current()

    def current_key(self) -> str | None:
        item = self.phase_list.currentItem()
        return str(item.data(PhaseIdRole)) if item is not None else None

    def agenda_item(self, key: str) -> AgendaItem | None:
        return next(
            (i for i in agenda.list_agenda(self.session.library, self.workshop_id) if i.id == key), None
        )

    def select_phase(self, key: str) -> None:
        for row in range(self.phase_list.count()):
            if self.phase_list.item(row).data(PhaseIdRole) == key:
                self.phase_list.setCurrentRow(row)
                return

    def _show_current(self, *_: object) -> None:
        key = self.current_key()
        if key is None:
            return
        selected = self.agenda_item(key) if key != DETAILS_KEY else None
        self.agenda_editor.show_item(selected)
        self.phase_selected.emit(selected.id if selected is not None else None)
        if key == DETAILS_KEY:
            widget = self._workspace(DETAILS_KEY, lambda: details_workspace(self.session, self.workshop_id))
        else:
            item = self.agenda_item(key)
            if item is None:
                return
            widget = self._workspace(
                item.kind.value, lambda: create_workspace(item.kind, self.session, self.workshop_id)
            )
            show_phase = getattr(widget, "show_phase", None)
            if callable(show_phase):
                show_phase(item)
        self.stack.setCurrentWidget(widget)

    def _workspace(self, key: str, factory: object) -> QWidget:
        """One workspace per phase kind, made on first use and kept (two idea phases share one)."""
        if key not in self._workspaces:
            widget = factory()  # type: ignore[operator]
            self._workspaces[key] = widget
            self.stack.addWidget(widget)
        return self._workspaces[key]

    def _selected_phase_id(self) -> str | None:
        key = self.current_key()
        return key if key not in (None, DETAILS_KEY) else None

    def show_participants(self) -> None:
        """The dialog stays open for a row of people; when it closes, the focus goes back where it was
        (not to the first button of the page, where a Space would leave for the library)."""
        was_here = QApplication.focusWidget()
        panel = ParticipantsPanel(self.session, self.workshop_id, self)
        panel.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        panel.finished.connect(lambda _result: self._focus_back(was_here))
        panel.open()
        panel.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_back(self, widget: QWidget | None) -> None:
        target = widget if widget is not None and isValid(widget) and self.isAncestorOf(widget) else None
        (target or self.phase_list).setFocus(Qt.FocusReason.PopupFocusReason)

    def run_actions(self) -> list[QAction]:
        """The console's commands for the main window's Run menu (shortcuts shown there)."""
        return [*self.timer_bar.actions_for_menu(), self.participants_action]

    def current_workspace(self) -> QWidget | None:
        return self.stack.currentWidget()
