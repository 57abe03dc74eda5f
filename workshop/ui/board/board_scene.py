"""The affinity board's scene: one per open workshop and session, shared by the console and the projector.

It mirrors the model (board_mirror: follows changes only while shown, item by item) and turns what the mouse
did into undoable commands when the mouse is released (a drag of many notes is one command).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from workshop.domain.board_layout import FRAME_PADDING, NotePlace, frame_at, note_centre, tidy
from workshop.domain.cluster import Cluster
from workshop.services import clusters
from workshop.ui.board.board_mirror import BoardMirror
from workshop.ui.board.cluster_item import ClusterItem
from workshop.ui.board.note_item import NoteItem
from workshop.ui.commands.board import GroupNotes, PlaceNotes, RecolourCluster
from workshop.ui.session import Session


class BoardScene(BoardMirror):
    """The board's items (see BoardMirror) and what the facilitator does to them with mouse and keys."""

    def __init__(self, session: Session, workshop_id: str) -> None:
        super().__init__(session, workshop_id)
        self.setObjectName(scene_name(workshop_id))
        self._pressed: dict[str, QPointF] = {}
        self._frames_pressed: dict[str, QPointF] = {}

    def cluster_of(self, cluster_id: str) -> Cluster:
        return clusters.get(self.session.library, cluster_id)

    # --- turning mouse work into commands ---------------------------------------------------------
    def move_members(self, cluster_id: str, delta: QPointF) -> None:
        """A frame is being dragged: its notes (those not dragged themselves) go along."""
        for item in self.notes.values():
            if item.cluster_id == cluster_id and not item.isSelected():
                item.moveBy(delta.x(), delta.y())

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt API)
        super().mousePressEvent(event)
        self._remember_positions()

    def _remember_positions(self) -> None:
        moving_frames = {i.cluster_id for i in self.selectedItems() if isinstance(i, ClusterItem)}
        self._pressed = {
            note.idea_id: note.pos()
            for note in self.notes.values()
            if note.isSelected() or note.cluster_id in moving_frames
        }
        self._frames_pressed = {
            cid: self.clusters[cid].pos() for cid in moving_frames if cid in self.clusters
        }
        for note_id in self._pressed:
            self.notes[note_id].setZValue(2)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt API)
        super().mouseReleaseEvent(event)
        for note_id in self._pressed:
            if note_id in self.notes:
                self.notes[note_id].setZValue(1)
        moved = [i for i, pos in self._pressed.items() if i in self.notes and self.notes[i].pos() != pos]
        frames_moved = [c for c, pos in self._frames_pressed.items() if self.clusters[c].pos() != pos]
        if moved or frames_moved:
            self.drop(moved, frames_moved, self._pressed)
        self._pressed, self._frames_pressed = {}, {}

    def drop(
        self,
        moved: list[str],
        frames_moved: list[str],
        started: dict[str, QPointF],
    ) -> None:
        """Save where the mouse left notes and frames (member notes of a moved frame are in *moved*)."""
        before = [self._place(i, started[i]) for i in moved]
        frame_list = [
            (cid, clusters.frame_of(self._frame_now(cid))) for cid in self.clusters if cid not in frames_moved
        ]
        after: list[NotePlace] = []
        for idea_id in moved:
            note = self.notes[idea_id]
            if note.cluster_id in frames_moved:
                after.append(NotePlace(idea_id, note.cluster_id, note.x(), note.y()))
                continue
            x, y = note_centre(note.x(), note.y())
            after.append(NotePlace(idea_id, frame_at(frame_list, x, y), note.x(), note.y()))
        if not frames_moved and all(p.cluster_id is None for p in after):
            target = self._note_under(after, set(moved))
            if target is not None:
                self._make_cluster_with(target, moved)
                return
        frames_before = [self.cluster_of(cid) for cid in frames_moved]
        frames_after = [self._frame_now(cid) for cid in frames_moved]
        grown: dict[str, list[NotePlace]] = {}
        for place in after:
            if place.cluster_id is not None and place.cluster_id not in frames_moved:
                grown.setdefault(place.cluster_id, []).append(place)
        for cid, places in grown.items():
            stored = self.cluster_of(cid)
            frame = clusters.frame_of(stored).grown_to_hold([(p.x, p.y) for p in places])
            if frame != clusters.frame_of(stored):
                frames_before.append(stored)
                frames_after.append(clusters.with_frame(stored, frame))
        text = self.tr("Move note") if len(moved) == 1 and not frames_moved else self.tr("Move notes")
        self.session.push(PlaceNotes(text, self.workshop_id, before, after, frames_before, frames_after))

    def _place(self, idea_id: str, pos: QPointF) -> NotePlace:
        return NotePlace(idea_id, self.notes[idea_id].cluster_id, pos.x(), pos.y())

    def _frame_now(self, cluster_id: str) -> Cluster:
        item = self.clusters[cluster_id]
        stored = self.cluster_of(cluster_id)
        return clusters.with_frame(
            stored, clusters.Frame(item.x(), item.y(), item.rect.width(), item.rect.height())
        )

    def _note_under(self, after: list[NotePlace], moving: set[str]) -> str | None:
        """The loose note the first dropped note lies on, if any (dropping on a note makes a cluster)."""
        x, y = note_centre(after[0].x, after[0].y)
        for item in self.items(QPointF(x, y)):
            if isinstance(item, NoteItem) and item.idea_id not in moving and item.cluster_id is None:
                return item.idea_id
        return None

    def _make_cluster_with(self, target: str, moved: list[str]) -> None:
        """A note dropped on a loose note: the two (or more) become a cluster in free space around the note
        dropped on, side by side; the service makes the room, so no other note ends up under the frame."""
        self.session.push(
            GroupNotes(self.tr("Make cluster"), self.workshop_id, [target, *moved], around_first=True)
        )

    # --- frames ------------------------------------------------------------------------------
    def members_extent(self, cluster_id: str) -> QPointF | None:
        """The bottom-right corner (scene) of the notes in a cluster, plus the frame's padding."""
        inside = [n.sceneBoundingRect() for n in self.notes.values() if n.cluster_id == cluster_id]
        if not inside:
            return None
        return QPointF(
            max(r.right() for r in inside) + FRAME_PADDING, max(r.bottom() for r in inside) + FRAME_PADDING
        )

    def frame_resized(self, cluster_id: str, old_width: float, old_height: float) -> None:
        """A corner drag ended: save the new size as one undo step (undo gives back the old size)."""
        item = self.clusters[cluster_id]
        stored = self.cluster_of(cluster_id)
        before = clusters.with_frame(stored, clusters.Frame(stored.x, stored.y, old_width, old_height))
        after = clusters.with_frame(
            stored, clusters.Frame(stored.x, stored.y, item.rect.width(), item.rect.height())
        )
        self.session.push(PlaceNotes(self.tr("Resize cluster"), self.workshop_id, [], [], [before], [after]))

    def recolour(self, cluster_id: str, colour: str) -> None:
        stored = self.cluster_of(cluster_id)
        if stored.colour != colour:
            self.session.push(
                RecolourCluster(self.tr("Change cluster colour"), cluster_id, stored.colour, colour)
            )

    # --- keyboard moves --------------------------------------------------------------------------
    def move_to_cluster(self, idea_ids: Iterable[str], cluster_id: str | None) -> None:
        """Put notes into a cluster's next free grid places (or, with None, out below the board)."""
        ids = [i for i in idea_ids if i in self.notes and self.notes[i].cluster_id != cluster_id]
        if not ids:
            return
        before = [self._place(i, self.notes[i].pos()) for i in ids]
        frames_before: list[Cluster] = []
        frames_after: list[Cluster] = []
        if cluster_id is None:
            bottom = self.itemsBoundingRect().bottom() + 40
            after = [NotePlace(i, None, n * 182.0, bottom) for n, i in enumerate(ids)]
        else:
            stored = self.cluster_of(cluster_id)
            count = sum(1 for n in self.notes.values() if n.cluster_id == cluster_id)
            frame, corners = tidy(clusters.frame_of(stored), count + len(ids))
            old = clusters.frame_of(stored)
            frame = clusters.Frame(
                old.x, old.y, max(old.width, frame.width), max(old.height, frame.height)
            ).grown_to_hold(corners[count:])
            after = [NotePlace(i, cluster_id, x, y) for i, (x, y) in zip(ids, corners[count:], strict=True)]
            frames_before, frames_after = [stored], [clusters.with_frame(stored, frame)]
        self.session.push(
            PlaceNotes(
                self.tr("Move to cluster"), self.workshop_id, before, after, frames_before, frames_after
            )
        )


def scene_name(workshop_id: str) -> str:
    return f"board-scene-{workshop_id}"


def shared_scene(session: Session, workshop_id: str) -> BoardScene:
    """The one board scene of this workshop in this session, made on first use (the projector shares it)."""
    found = session.findChild(BoardScene, scene_name(workshop_id))
    return found if isinstance(found, BoardScene) else BoardScene(session, workshop_id)
