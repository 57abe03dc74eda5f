"""The clustering phase: the affinity board with its tools, suggestions and duplicates beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QComboBox, QLabel, QSplitter, QTabWidget, QToolBar, QVBoxLayout, QWidget

from workshop.domain.agenda import AgendaItem
from workshop.ui.board.board_canvas import BoardCanvas
from workshop.ui.board.board_scene import BoardScene, shared_scene
from workshop.ui.board.board_view_memory import BoardViewMemory
from workshop.ui.board.cluster_item import ClusterItem
from workshop.ui.board.duplicates_panel import DuplicatesPanel
from workshop.ui.board.note_item import NoteItem
from workshop.ui.board.suggestions_panel import SuggestionsPanel
from workshop.ui.commands.board import DeleteCluster, GroupNotes, RenameCluster, TidyCluster
from workshop.ui.session import Session


class BoardWorkspace(QWidget):
    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self.scene: BoardScene = shared_scene(session, workshop_id)
        self.canvas = BoardCanvas(self.scene)
        self.suggestions = SuggestionsPanel(session, workshop_id)
        self.duplicates = DuplicatesPanel(session, workshop_id)
        side = QTabWidget()
        side.setAccessibleName(self.tr("Board helpers"))
        side.addTab(self.suggestions, self.tr("Suggestions"))
        side.addTab(self.duplicates, self.tr("Duplicates"))
        splitter = QSplitter()
        splitter.addWidget(self.canvas)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self.toolbar = QToolBar()
        self.toolbar.setAccessibleName(self.tr("Board tools"))
        self._action(self.tr("&Group selection"), "Ctrl+G", self.group_selection, shortcut_in_canvas=True)
        self._action(self.tr("&Rename cluster"), "F2", self.rename_current, shortcut_in_canvas=True)
        self._action(self.tr("&Tidy cluster"), "T", self.tidy_current, shortcut_in_canvas=True)
        self._action(self.tr("&Delete cluster"), "Del", self.delete_current, shortcut_in_canvas=True)
        self.toolbar.addSeparator()
        self._action(self.tr("Zoom &in"), "Ctrl++", lambda: self.canvas.zoom(1.25), shortcut_in_canvas=True)
        self._action(self.tr("Zoom &out"), "Ctrl+-", lambda: self.canvas.zoom(0.8), shortcut_in_canvas=True)
        self._action(self.tr("&Fit all"), "Ctrl+Shift+F", self.canvas.fit_all, shortcut_in_canvas=True)
        self.toolbar.addSeparator()
        colour_label = QLabel(self.tr("&Colour notes by:"))
        self.colour_combo = QComboBox()
        self.colour_combo.addItem(self.tr("Question"), "question")
        self.colour_combo.addItem(self.tr("Author"), "author")
        self.colour_combo.addItem(self.tr("One colour"), "none")
        self.colour_combo.setCurrentIndex(max(0, self.colour_combo.findData(self.scene.colour_by)))
        colour_label.setBuddy(self.colour_combo)
        self.colour_combo.activated.connect(
            lambda _: self.scene.set_colour_by(self.colour_combo.currentData())
        )
        self.toolbar.addWidget(colour_label)
        self.toolbar.addWidget(self.colour_combo)
        hint = QLabel(
            self.tr(
                "Arrows: move between notes · Ctrl+Space: select · M or Ctrl+1…9: move to a cluster · "
                "Menu key or right click: cluster menu (colour) · drag a frame's corner: resize · "
                "Space+drag: pan"
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)
        self.canvas.group_requested.connect(self.group_selection)
        self.canvas.rename_requested.connect(self.rename)
        self.canvas.tidy_requested.connect(self.tidy)
        self.canvas.delete_requested.connect(self.delete)
        self.canvas.recolour_requested.connect(self.scene.recolour)
        self.suggestions.about_to_group.connect(self.scene.store_new_places)
        self.setFocusProxy(self.canvas)
        self._fitted = False
        self.view_shown = False  # until the first view is set, scrolling by layout is not remembered
        self.view_memory = BoardViewMemory()
        self._remember_timer = QTimer(self)
        self._remember_timer.setSingleShot(True)
        self._remember_timer.setInterval(300)
        self._remember_timer.timeout.connect(self.remember_view)
        self.canvas.view_changed.connect(self._view_changed)
        self.scene.watch(self)  # while this is hidden, idea typing elsewhere costs the board nothing

    def _action(self, text: str, keys: str, slot: object, shortcut_in_canvas: bool) -> QAction:
        action = QAction(text, self)
        action.setToolTip(f"{text.replace('&', '')} ({QKeySequence(keys).toString()})")
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        if shortcut_in_canvas:
            # The key works while the board has focus, and only then: not while a title is being typed
            # (the editor has focus) and not in the side panels, where "T" or Delete mean something else.
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.canvas.addAction(action)
        return action

    def show_phase(self, item: AgendaItem) -> None:
        self.scene.bring_up_to_date()
        self._first_view_soon()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.scene.on_shown()  # catch up with what changed while hidden; store new notes' places soon
        self._first_view_soon()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        if self.view_shown:
            self.remember_view()
        super().hideEvent(event)

    def _first_view_soon(self) -> None:
        if not self._fitted:
            self._fitted = True
            QTimer.singleShot(0, self.first_view)  # once the layout has given the view its real size

    def first_view(self) -> None:
        """The view the facilitator left this workshop's board in, or else a readable fit."""
        remembered = self.view_memory.load(self.workshop_id)
        if remembered is not None:
            self.canvas.show_view(remembered)
        else:
            self.canvas.fit_readable()
        self.view_shown = True

    def _view_changed(self) -> None:
        if self.view_shown:
            self._remember_timer.start()

    def remember_view(self) -> None:
        self._remember_timer.stop()
        self.view_memory.save(self.workshop_id, self.canvas.view())

    # --- commands -------------------------------------------------------------------------------
    def selected_note_ids(self) -> list[str]:
        return [i.idea_id for i in self.scene.selectedItems() if isinstance(i, NoteItem)]

    def group_selection(self) -> None:
        ids = self.selected_note_ids() or self.canvas.notes_to_move()
        if ids:
            self.scene.store_new_places()  # grouping tidies the notes from their stored places
            self.session.push(GroupNotes(self.tr("Group notes"), self.workshop_id, ids))

    def rename_current(self) -> None:
        cluster_id = self.canvas.current_cluster()
        if cluster_id:
            self.canvas.start_rename(cluster_id)

    def rename(self, cluster_id: str, title: str) -> None:
        item = self.scene.clusters.get(cluster_id)
        if item is not None and item.title != title.strip():
            self.session.push(RenameCluster(self.tr("Rename cluster"), cluster_id, item.title, title))

    def tidy_current(self) -> None:
        cluster_id = self.canvas.current_cluster()
        if cluster_id:
            self.tidy(cluster_id)

    def tidy(self, cluster_id: str) -> None:
        self.session.push(TidyCluster(self.tr("Tidy cluster"), cluster_id))

    def delete_current(self) -> None:
        chosen = [i for i in self.scene.selectedItems() if isinstance(i, ClusterItem)]
        cluster_id = chosen[0].cluster_id if chosen else self.canvas.current_cluster()
        if cluster_id:
            self.delete(cluster_id)

    def delete(self, cluster_id: str) -> None:
        self.session.push(DeleteCluster(self.tr("Delete cluster"), cluster_id))
