"""Undoable edits of the affinity board. Each command calls services; none touches a widget.

A drag of many notes (with any frames that grew) is one PlaceNotes, pushed when the mouse is released, so
one undo puts every note back. Deleting a cluster is one command whose undo restores the frame and puts its
notes and actions back in it. Nothing here touches votes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from workshop.domain.board_layout import Frame, NotePlace
from workshop.domain.board_space import Board
from workshop.domain.cluster import Cluster
from workshop.domain.ids import new_id
from workshop.services import clusters, duplicates, ideas
from workshop.services.changes import ChangeSet
from workshop.store.library import Library
from workshop.ui.session import EditCommand


class BoardCommand(EditCommand):
    """A board edit may move more than it names (what a grown frame covered steps aside, a new cluster
    goes to free space), so each remembers the board before it and its undo puts back all it changed."""

    places_before: Board | None = None

    def library(self) -> Library:
        assert self.session is not None
        return self.session.library

    def remembering(self, workshop_id: str, edit: Callable[[], ChangeSet]) -> ChangeSet:
        before = clusters.board_state(self.library(), workshop_id)
        changes = edit()
        self.places_before = clusters.only(before, changes.ids)
        return changes

    def put_back(self, workshop_id: str) -> ChangeSet:
        assert self.places_before is not None
        return clusters.put_back(self.library(), workshop_id, self.places_before)


class PlaceNotes(BoardCommand):
    """Notes moved (into, out of or between clusters) and frames moved or grown, as one step."""

    def __init__(
        self,
        text: str,
        workshop_id: str,
        before: Sequence[NotePlace],
        after: Sequence[NotePlace],
        frames_before: Sequence[Cluster] = (),
        frames_after: Sequence[Cluster] = (),
    ) -> None:
        super().__init__(text)
        self.workshop_id = workshop_id
        self.before, self.after = list(before), list(after)
        self.frames_before, self.frames_after = list(frames_before), list(frames_after)

    def do(self) -> ChangeSet:
        return self.remembering(
            self.workshop_id,
            lambda: clusters.place_notes(self.library(), self.workshop_id, self.after, self.frames_after),
        )

    def undo_edit(self) -> ChangeSet:
        return self.put_back(self.workshop_id)


class CreateCluster(BoardCommand):
    """A new cluster holding these notes (a note dropped on another, or an accepted suggestion)."""

    def __init__(
        self,
        text: str,
        workshop_id: str,
        title: str,
        frame: Frame | None,
        before: Sequence[NotePlace],
        after: Sequence[NotePlace],
    ) -> None:
        super().__init__(text)
        self.workshop_id = workshop_id
        self.title = title
        self.frame = frame
        self.before, self.after = list(before), list(after)
        self.cluster_id = new_id()
        self.colour = ""

    def do(self) -> ChangeSet:
        return self.remembering(self.workshop_id, self._create)

    def _create(self) -> ChangeSet:
        cluster, changes = clusters.create(
            self.library(),
            self.workshop_id,
            self.title,
            frame=self.frame,
            notes=self.after,
            colour=self.colour,
            cluster_id=self.cluster_id,
        )
        self.colour = cluster.colour  # redo brings back the same colour
        return changes

    def undo_edit(self) -> ChangeSet:
        removed = clusters.delete(self.library(), self.cluster_id)[1]
        return removed | self.put_back(self.workshop_id)


class GroupNotes(BoardCommand):
    """Ctrl+G, an accepted suggestion, or a note dropped on a note (*around_first*: the note it was dropped
    on comes first): the notes become one new cluster, tidied in the free space nearest to them."""

    def __init__(
        self,
        text: str,
        workshop_id: str,
        idea_ids: Sequence[str],
        title: str = "",
        *,
        around_first: bool = False,
    ) -> None:
        super().__init__(text)
        self.workshop_id = workshop_id
        self.idea_ids = list(idea_ids)
        self.title = title
        self.around_first = around_first
        self.cluster_id = new_id()
        self.colour = ""

    def do(self) -> ChangeSet:
        return self.remembering(self.workshop_id, self._group)

    def _group(self) -> ChangeSet:
        cluster, changes = clusters.group(
            self.library(),
            self.workshop_id,
            self.idea_ids,
            self.title,
            colour=self.colour,
            cluster_id=self.cluster_id,
            around_first=self.around_first,
        )
        self.colour = cluster.colour
        return changes

    def undo_edit(self) -> ChangeSet:
        removed = clusters.delete(self.library(), self.cluster_id)[1]
        return removed | self.put_back(self.workshop_id)


class DeleteCluster(BoardCommand):
    def __init__(self, text: str, cluster_id: str) -> None:
        super().__init__(text)
        self.cluster_id = cluster_id
        self.removed: clusters.RemovedCluster | None = None

    def do(self) -> ChangeSet:
        self.removed, changes = clusters.delete(self.library(), self.cluster_id)
        return changes

    def undo_edit(self) -> ChangeSet:
        assert self.removed is not None
        return clusters.restore(self.library(), self.removed)


class RenameCluster(BoardCommand):
    def __init__(self, text: str, cluster_id: str, before: str, after: str) -> None:
        super().__init__(text)
        self.cluster_id, self.before, self.after = cluster_id, before, after

    def do(self) -> ChangeSet:
        return clusters.rename(self.library(), self.cluster_id, self.after)[1]

    def undo_edit(self) -> ChangeSet:
        return clusters.rename(self.library(), self.cluster_id, self.before)[1]


class RecolourCluster(BoardCommand):
    def __init__(self, text: str, cluster_id: str, before: str, after: str) -> None:
        super().__init__(text)
        self.cluster_id, self.before, self.after = cluster_id, before, after

    def do(self) -> ChangeSet:
        return clusters.recolour(self.library(), self.cluster_id, self.after)[1]

    def undo_edit(self) -> ChangeSet:
        return clusters.recolour(self.library(), self.cluster_id, self.before)[1]


class TidyCluster(BoardCommand):
    def __init__(self, text: str, cluster_id: str) -> None:
        super().__init__(text)
        self.cluster_id = cluster_id
        self.before: list[NotePlace] = []
        self.frame_before: Cluster | None = None

    def do(self) -> ChangeSet:
        workshop_id = clusters.get(self.library(), self.cluster_id).workshop_id
        return self.remembering(workshop_id, self._tidy)

    def _tidy(self) -> ChangeSet:
        (self.before, self.frame_before), changes = clusters.tidy_cluster(self.library(), self.cluster_id)
        return changes

    def undo_edit(self) -> ChangeSet:
        assert self.frame_before is not None
        return self.put_back(self.frame_before.workshop_id)


class MergeDuplicates(BoardCommand):
    def __init__(self, text: str, kept_id: str, other_ids: Sequence[str]) -> None:
        super().__init__(text)
        self.kept_id, self.other_ids = kept_id, list(other_ids)

    def do(self) -> ChangeSet:
        changes = duplicates.merge(self.library(), self.kept_id, self.other_ids)
        if self.places_before is not None:  # redo: what the notes coming back had pushed aside goes back
            changes = changes | self.put_back(self.workshop_id())
        return changes

    def undo_edit(self) -> ChangeSet:
        return self.remembering(
            self.workshop_id(), lambda: duplicates.unmerge(self.library(), self.other_ids)
        )

    def workshop_id(self) -> str:
        return ideas.get(self.library(), self.kept_id).workshop_id


class UnmergeDuplicate(BoardCommand):
    def __init__(self, text: str, kept_id: str, idea_id: str) -> None:
        super().__init__(text)
        self.kept_id, self.idea_id = kept_id, idea_id

    def do(self) -> ChangeSet:
        workshop_id = ideas.get(self.library(), self.kept_id).workshop_id
        return self.remembering(workshop_id, lambda: duplicates.unmerge(self.library(), [self.idea_id]))

    def undo_edit(self) -> ChangeSet:
        workshop_id = ideas.get(self.library(), self.kept_id).workshop_id
        return duplicates.merge(self.library(), self.kept_id, [self.idea_id]) | self.put_back(workshop_id)
