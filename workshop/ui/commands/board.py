"""Undoable edits of the affinity board. Each command calls services; none touches a widget.

A drag of many notes (with any frames that grew) is one PlaceNotes, pushed when the mouse is released, so
one undo puts every note back. Deleting a cluster is one command whose undo restores the frame and puts its
notes and actions back in it. Nothing here touches votes.
"""

from __future__ import annotations

from collections.abc import Sequence

from workshop.domain.board_layout import Frame, NotePlace
from workshop.domain.cluster import Cluster
from workshop.domain.ids import new_id
from workshop.services import clusters, duplicates
from workshop.services.changes import ChangeSet
from workshop.store.library import Library
from workshop.ui.session import EditCommand


class BoardCommand(EditCommand):
    def library(self) -> Library:
        assert self.session is not None
        return self.session.library


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
        assert self.session is not None
        return clusters.place_notes(self.session.library, self.workshop_id, self.after, self.frames_after)

    def undo_edit(self) -> ChangeSet:
        assert self.session is not None
        return clusters.place_notes(self.session.library, self.workshop_id, self.before, self.frames_before)


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
        return removed | clusters.place_notes(self.library(), self.workshop_id, self.before)


class GroupNotes(BoardCommand):
    """Ctrl+G: the selected notes become one new cluster, tidied where they lie."""

    def __init__(self, text: str, workshop_id: str, idea_ids: Sequence[str], title: str = "") -> None:
        super().__init__(text)
        self.workshop_id = workshop_id
        self.idea_ids = list(idea_ids)
        self.title = title
        self.cluster_id = new_id()
        self.colour = ""
        self.before: list[NotePlace] | None = None

    def do(self) -> ChangeSet:
        if self.before is None:
            self.before = clusters.places(self.library(), self.idea_ids)
        cluster, changes = clusters.group(
            self.library(),
            self.workshop_id,
            self.idea_ids,
            self.title,
            colour=self.colour,
            cluster_id=self.cluster_id,
        )
        self.colour = cluster.colour
        return changes

    def undo_edit(self) -> ChangeSet:
        removed = clusters.delete(self.library(), self.cluster_id)[1]
        return removed | clusters.place_notes(self.library(), self.workshop_id, self.before or [])


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
        (self.before, self.frame_before), changes = clusters.tidy_cluster(self.library(), self.cluster_id)
        return changes

    def undo_edit(self) -> ChangeSet:
        assert self.frame_before is not None
        workshop_id = self.frame_before.workshop_id
        return clusters.place_notes(self.library(), workshop_id, self.before, [self.frame_before])


class MergeDuplicates(BoardCommand):
    def __init__(self, text: str, kept_id: str, other_ids: Sequence[str]) -> None:
        super().__init__(text)
        self.kept_id, self.other_ids = kept_id, list(other_ids)

    def do(self) -> ChangeSet:
        return duplicates.merge(self.library(), self.kept_id, self.other_ids)

    def undo_edit(self) -> ChangeSet:
        return duplicates.unmerge(self.library(), self.other_ids)


class UnmergeDuplicate(BoardCommand):
    def __init__(self, text: str, kept_id: str, idea_id: str) -> None:
        super().__init__(text)
        self.kept_id, self.idea_id = kept_id, idea_id

    def do(self) -> ChangeSet:
        return duplicates.unmerge(self.library(), [self.idea_id])

    def undo_edit(self) -> ChangeSet:
        return duplicates.merge(self.library(), self.kept_id, [self.idea_id])
