"""The facilitator console: the agenda as a phase list on the side, a workspace per phase on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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

from workshop.domain.agenda import AgendaItem
from workshop.services import agenda, workshops
from workshop.services.changes import Area, ChangeSet
from workshop.ui.phases.registry import create_workspace, details_workspace
from workshop.ui.session import Session

DETAILS_KEY = "details"
PhaseIdRole = Qt.ItemDataRole.UserRole + 1


class ConsolePage(QWidget):
    back_requested = Signal()

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

        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.title_label, 1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        agenda_label = QLabel(self.tr("&Agenda"))
        agenda_label.setBuddy(self.phase_list)
        side_layout.addWidget(agenda_label)
        side_layout.addWidget(self.phase_list, 1)
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

        self.back_button.clicked.connect(self.back_requested)
        self.phase_list.currentItemChanged.connect(self._show_current)
        session.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.workshop_id not in (None, self.workshop_id):
            return
        if changes.touches(Area.WORKSHOP, Area.AGENDA):
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
            entry = QListWidgetItem(
                self.tr("%1. %2 (%3 min)")
                .replace("%1", str(number))
                .replace("%2", item.title)
                .replace("%3", str(item.planned_minutes))
            )
            entry.setData(PhaseIdRole, item.id)
            self.phase_list.addItem(entry)
        self.phase_list.blockSignals(False)
        keys = [DETAILS_KEY] + [item.id for item in items]
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

    def current_workspace(self) -> QWidget | None:
        return self.stack.currentWidget()
