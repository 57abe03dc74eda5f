"""The board as stored, mirrored in scene items, and kept current the way a desktop app keeps a view current.

Only while a widget that shows the board is visible does the mirror follow Session.changed as changes come.
Hidden, it just remembers which ids changed (or that everything must be read again) and catches up when one
of its widgets is shown. Visible, it re-reads only the notes and frames a ChangeSet names, so a new idea costs
one row read, not the whole board.

A note without a stored place (a new idea) is shown in rows below the board, at a place computed in memory
just as clusters.lay_out_new_notes would compute it. The place is stored when the user moves the note or, for
all such notes in one transaction, when the board is shown. That write never runs inside a change handler
(it waits for the next turn of the event loop), and the mirror ignores the change set it causes: the notes
already stand where it stores them.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene, QWidget
from shiboken6 import isValid

from workshop.domain.board_layout import Frame, NotePlace, free_row_below, grid_places
from workshop.domain.cluster import Cluster
from workshop.domain.errors import NotFoundError
from workshop.domain.idea import Idea
from workshop.services import clusters, ideas
from workshop.services.changes import Area, ChangeSet
from workshop.ui.board.cluster_item import ClusterItem
from workshop.ui.board.note_item import NoteItem
from workshop.ui.session import Session

NOTE_COLOURS = ("#fff3a8", "#ffd6e0", "#c9f2d0", "#cde7ff", "#ffe0b5", "#e6d9ff", "#d7f3f0", "#f1f1c4")
PLAIN = QColor("#fff3a8")
WATCHED = (Area.BOARD, Area.CLUSTERS, Area.IDEAS, Area.QUESTIONS, Area.PARTICIPANTS)
ONE_BY_ONE = 300  # more changed ids than this: reading the whole board at once is cheaper


class WaitingRows:
    """Where notes without a stored place wait: rows below everything, with the same top and column count
    as clusters.lay_out_new_notes, so storing the places later moves nothing on screen."""

    def __init__(self) -> None:
        self.top: float | None = None
        self.columns = 10
        self.used = 0

    def reset(self) -> None:
        self.top = None

    def places(self, count: int, board_bottom: float) -> list[tuple[float, float]]:
        """The next *count* places; *board_bottom* sets the first row's top when the rows start afresh."""
        if self.top is None:
            self.top, self.used = board_bottom, 0
            self.columns = 10 if count < 400 else int(count**0.5 * 1.4)
        start, self.used = self.used, self.used + count
        return grid_places(self.used, 0.0, self.top, self.columns)[start:]


class BoardMirror(QGraphicsScene):
    """Notes and cluster frames of one workshop. ``colour_by`` is "question", "author" or "none"."""

    rebuilt = Signal()  # notes or frames changed: after a full reload or a change applied item by item

    def __init__(self, session: Session, workshop_id: str) -> None:
        super().__init__(session)
        self.session = session
        self.workshop_id = workshop_id
        self.notes: dict[str, NoteItem] = {}
        self.clusters: dict[str, ClusterItem] = {}
        self.colour_by = "question"
        self._syncing = False
        self._watchers: list[QWidget] = []
        self._pending: set[str] | None = set()  # ids changed while hidden; None: read everything again
        self._colour_keys: dict[str, int] = {}
        self._merged_into: dict[str, str] = {}  # merged duplicate -> the note it lives in
        self._merged_texts: dict[str, str] = {}
        self._waiting: dict[str, None] = {}  # notes shown at a place not stored yet, in idea order
        self._rows = WaitingRows()
        self._store_timer = QTimer(self)
        self._store_timer.setSingleShot(True)
        self._store_timer.setInterval(0)
        self._store_timer.timeout.connect(self._store_if_shown)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        session.changed.connect(self._on_changed)
        self.reload()

    # --- who shows the board ---------------------------------------------------------------------
    def watch(self, widget: QWidget) -> None:
        """*widget* shows this board: while it is visible the board follows changes as they come."""
        self._watchers.append(widget)

    def is_shown(self) -> bool:
        self._watchers = [w for w in self._watchers if isValid(w)]
        return any(w.isVisible() for w in self._watchers)

    def on_shown(self) -> None:
        """A widget showing the board appeared: catch up now, and store the new notes' places soon."""
        self.bring_up_to_date()
        if self._waiting:
            self._store_timer.start()

    def waiting_notes(self) -> list[str]:
        """Notes shown at a place that is not stored yet (new ideas since the board was last shown)."""
        return list(self._waiting)

    # --- following the model ---------------------------------------------------------------------
    def _on_changed(self, changes: ChangeSet) -> None:
        if self._syncing or not changes.concerns(self.workshop_id, *WATCHED):
            return
        if self._pending is not None:
            everything = changes.touches(Area.QUESTIONS, Area.PARTICIPANTS) or not changes.ids
            if everything or len(self._pending) + len(changes.ids) > ONE_BY_ONE:
                self._pending = None  # colours may change, or too much at once: read it all when needed
            else:
                self._pending |= changes.ids
        if self.is_shown():
            self.bring_up_to_date()

    def bring_up_to_date(self) -> None:
        """Apply what changed since the board was last current: the named ids, or everything."""
        pending = self._pending
        if pending is None:
            self.reload()
        elif pending:
            self._pending = set()
            self._update_items(pending)

    def reload(self) -> None:
        """Read the whole board again (opening it, or after a change too broad to apply item by item)."""
        lib = self.session.library
        self._pending = set()
        everything = ideas.list_ideas(lib, self.workshop_id)
        merged = [i for i in everything if i.merged_into is not None]
        self._merged_into = {i.id: i.merged_into for i in merged if i.merged_into is not None}
        self._merged_texts = {i.id: i.text for i in merged}
        self._colour_keys = {}
        self._sync_clusters(clusters.list_clusters(lib, self.workshop_id))
        self._sync_notes([i for i in everything if i.merged_into is None])
        self.rebuilt.emit()

    def set_colour_by(self, mode: str) -> None:
        self.colour_by = mode
        self.reload()

    def clusters_bounding_rect(self) -> QRectF:
        """The part of the board the projector shows: the clusters, or every note if there are none."""
        rect = QRectF()
        for item in self.clusters.values() or self.notes.values():
            rect = rect.united(item.sceneBoundingRect())
        return rect if not rect.isNull() else self.itemsBoundingRect()

    def _update_items(self, ids: set[str]) -> None:
        """Re-read only these ids (notes or frames): add, update or remove their items."""
        lib = self.session.library
        badges: set[str] = set()  # notes whose merged duplicates changed
        waiting: list[Idea] = []
        for item_id in ids:
            try:
                idea: Idea | None = ideas.get(lib, item_id)
            except NotFoundError:
                idea = None
            if idea is not None and idea.workshop_id != self.workshop_id:
                continue
            kept_before = self._merged_into.pop(item_id, None)
            self._merged_texts.pop(item_id, None)
            if kept_before is not None:
                badges.add(kept_before)
            if idea is None:  # a removed note, or not a note at all: a frame
                self._remove_note(item_id)
                self._update_cluster(item_id)
            elif idea.merged_into is not None:
                self._merged_into[idea.id], self._merged_texts[idea.id] = idea.merged_into, idea.text
                badges.add(idea.merged_into)
                self._remove_note(idea.id)
            elif not self._put_note(idea):
                waiting.append(idea)
        self._place_waiting(sorted(waiting, key=lambda idea: idea.position))
        for kept_id in badges:
            item = self.notes.get(kept_id)
            if item is not None:
                extra = self._merged_of(kept_id)
                item.update_note(item.text, item.colour, len(extra), "\n\n".join([item.text, *extra]))
        self.rebuilt.emit()

    def _update_cluster(self, cluster_id: str) -> None:
        try:
            cluster = clusters.get(self.session.library, cluster_id)
        except NotFoundError:
            gone = self.clusters.pop(cluster_id, None)
            if gone is not None:
                self.removeItem(gone)
            return
        if cluster.workshop_id == self.workshop_id:
            self._put_cluster(cluster)

    def _merged_of(self, kept_id: str) -> list[str]:
        return [self._merged_texts.get(m, "") for m, k in self._merged_into.items() if k == kept_id]

    def _colour(self, idea: Idea) -> QColor:
        key = idea.question_id if self.colour_by == "question" else idea.author_id
        if self.colour_by == "none" or key is None:
            return PLAIN
        index = self._colour_keys.setdefault(key, len(self._colour_keys))
        return QColor(NOTE_COLOURS[index % len(NOTE_COLOURS)])

    def _put_note(self, idea: Idea) -> bool:
        """Add or update a note's item; False if it has no place yet (stored, or waiting) and needs one."""
        colour = self._colour(idea)
        extra = self._merged_of(idea.id) if self._merged_into else []
        tooltip = "\n\n".join([idea.text, *extra])
        item = self.notes.get(idea.id)
        fresh = item is None
        if item is None:
            item = NoteItem(idea.id, idea.text, colour, len(extra))
            item.setToolTip(tooltip)
            self.notes[idea.id] = item
            self.addItem(item)
        else:
            item.update_note(idea.text, colour, len(extra), tooltip)
        item.cluster_id = idea.cluster_id
        if idea.board_x is None or idea.board_y is None:
            return not fresh and idea.id in self._waiting  # it keeps the waiting place it has
        self._forget_waiting(idea.id)
        if (item.x(), item.y()) != (idea.board_x, idea.board_y):
            item.setPos(idea.board_x, idea.board_y)
        return True

    def _place_waiting(self, waiting: list[Idea]) -> None:
        """Give notes with no stored place the next places in the rows below the board, in memory only."""
        if not waiting:
            return
        bottom = 0.0
        if self._rows.top is None:
            newcomers = {idea.id for idea in waiting}
            frames = [Frame(c.x(), c.y(), c.rect.width(), c.rect.height()) for c in self.clusters.values()]
            placed = [
                (note.x(), note.y())
                for idea_id, note in self.notes.items()
                if idea_id not in newcomers and idea_id not in self._waiting
            ]
            bottom = free_row_below(frames, placed)
        for idea, (x, y) in zip(waiting, self._rows.places(len(waiting), bottom), strict=True):
            self._waiting[idea.id] = None
            self.notes[idea.id].setPos(x, y)

    def _forget_waiting(self, idea_id: str) -> None:
        if idea_id in self._waiting:
            del self._waiting[idea_id]
            if not self._waiting:
                self._rows.reset()

    def _remove_note(self, idea_id: str) -> None:
        item = self.notes.pop(idea_id, None)
        if item is not None:
            self.removeItem(item)
        self._forget_waiting(idea_id)

    def _store_if_shown(self) -> None:
        if self.is_shown():
            self.store_new_places()

    def store_new_places(self) -> None:
        """Store where the waiting notes stand, in one transaction (the board already shows them there).

        Call it from user actions and timers, never from a Session.changed handler.
        """
        self._waiting = {i: None for i in self._waiting if i in self.notes}
        if not self._waiting:
            self._rows.reset()
            return
        places = [
            NotePlace(i, self.notes[i].cluster_id, self.notes[i].x(), self.notes[i].y())
            for i in self._waiting
        ]
        self._syncing = True
        try:
            stored = self.session.run(clusters.place_notes, self.workshop_id, places)
        finally:
            self._syncing = False
        if stored:
            self._waiting.clear()
            self._rows.reset()

    def _sync_notes(self, found: list[Idea]) -> None:
        seen = set()
        waiting = []
        for idea in found:
            seen.add(idea.id)
            if not self._put_note(idea):
                waiting.append(idea)
        for gone in set(self.notes) - seen:
            self._remove_note(gone)
        self._place_waiting(waiting)

    def _sync_clusters(self, found: list[Cluster]) -> None:
        seen = set()
        for cluster in found:
            seen.add(cluster.id)
            self._put_cluster(cluster)
        for gone in set(self.clusters) - seen:
            self.removeItem(self.clusters.pop(gone))

    def _put_cluster(self, cluster: Cluster) -> None:
        item = self.clusters.get(cluster.id)
        if item is None:
            item = ClusterItem(cluster.id, cluster.title, cluster.colour, cluster.width, cluster.height)
            self.clusters[cluster.id] = item
            self.addItem(item)
        item.update_cluster(cluster.title, cluster.colour, cluster.width, cluster.height)
        item.following = False
        item.setPos(cluster.x, cluster.y)
        item.following = True
