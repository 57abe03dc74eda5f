"""Clusters on the affinity board: make, name, colour, delete, and move notes into and out of them.

Every edit that places something keeps the board's promise (domain/board_space.py): a new cluster goes to
free space, frames never overlap, a note lies in its own frame or in none. So the window, the CLI and an
import get the same board. Every function is one transaction. A drag of many notes, a tidy and a
grouping each save all their notes in one call, so one undo step puts them all back. Nothing here touches
votes: regrouping after a vote keeps every dot (votes for a deleted cluster come back with it on undo, as
its id is kept).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from workshop.domain.board_layout import (
    CLUSTER_COLOURS,
    FRAME_HEADER,
    FRAME_PADDING,
    NOTE_HEIGHT,
    NOTE_WIDTH,
    Frame,
    NotePlace,
    free_row_below,
    grid_places,
    tidy,
)
from workshop.domain.board_space import Board, changed, in_nobodys_way, reach, settle
from workshop.domain.cluster import Cluster
from workshop.domain.errors import NotFoundError
from workshop.domain.idea import Idea
from workshop.services.changes import Area, ChangeSet
from workshop.store import board
from workshop.store.library import Library
from workshop.store.tables import CLUSTERS, IDEAS


@dataclass(frozen=True)
class RemovedCluster:
    """Everything needed to put a deleted cluster back exactly as it was."""

    cluster: Cluster
    idea_ids: tuple[str, ...]
    action_ids: tuple[str, ...]


def list_clusters(lib: Library, workshop_id: str) -> list[Cluster]:
    return CLUSTERS.for_workshop(lib, workshop_id)


def get(lib: Library, cluster_id: str) -> Cluster:
    cluster = CLUSTERS.get(lib, cluster_id)
    if cluster is None:
        raise NotFoundError("cluster", cluster_id)
    return cluster


def frame_of(cluster: Cluster) -> Frame:
    return Frame(cluster.x, cluster.y, cluster.width, cluster.height)


def with_frame(cluster: Cluster, frame: Frame) -> Cluster:
    return dataclasses.replace(cluster, x=frame.x, y=frame.y, width=frame.width, height=frame.height)


def members(lib: Library, cluster_id: str) -> list[str]:
    return board.members(lib, cluster_id)


def places(lib: Library, idea_ids: Sequence[str]) -> list[NotePlace]:
    return board.places_of(lib, idea_ids)


def next_colour(lib: Library, workshop_id: str) -> str:
    used = [cluster.colour for cluster in CLUSTERS.for_workshop(lib, workshop_id)]
    for colour in CLUSTER_COLOURS:
        if colour not in used:
            return colour
    return CLUSTER_COLOURS[len(used) % len(CLUSTER_COLOURS)]


def create(
    lib: Library,
    workshop_id: str,
    title: str = "",
    *,
    frame: Frame | None = None,
    notes: Sequence[NotePlace] = (),
    colour: str = "",
    cluster_id: str | None = None,
) -> tuple[Cluster, ChangeSet]:
    """A new cluster; *notes* are placed into it in the same transaction (their cluster_id is set here).

    Passing *cluster_id* lets redo after undo bring back the very same cluster, so votes and actions that
    name it still do.
    """
    with lib.atomic():
        fields: dict[str, object] = {"position": CLUSTERS.next_position(lib, workshop_id)}
        if cluster_id:
            fields["id"] = cluster_id
        cluster = Cluster.new(workshop_id, title, colour=colour or next_colour(lib, workshop_id), **fields)
        if frame is None:
            frame = Frame(0.0, 0.0, 0.0, 0.0)
            if notes:
                first = notes[0]
                frame = Frame(first.x, first.y, 0.0, 0.0).grown_to_hold([(n.x, n.y) for n in notes])
        cluster = with_frame(cluster, frame)
        CLUSTERS.insert(lib, cluster)
        before = board_state(lib, workshop_id)
        placed = {note.idea_id: dataclasses.replace(note, cluster_id=cluster.id) for note in notes}
        wanted = Board(before.frames, {**before.notes, **placed})
        moved = _save_settled(lib, before, settle(wanted, moved=[cluster.id]), set(placed))
        cluster = get(lib, cluster.id)
    ids = [cluster.id, *(note.idea_id for note in notes), *moved]
    return cluster, ChangeSet.of(workshop_id, Area.CLUSTERS, Area.BOARD, ids=ids)


def board_state(lib: Library, workshop_id: str) -> Board:
    """Every frame and every placed note of the board, as the layout rules see them."""
    frames = {cluster.id: frame_of(cluster) for cluster in CLUSTERS.for_workshop(lib, workshop_id)}
    notes = {note.idea_id: note for note in board.placed_notes(lib, workshop_id)}
    return Board(frames, notes)


def _save_settled(lib: Library, stored: Board, settled: Board, written: Collection[str] = ()) -> list[str]:
    """Write what differs from the stored board (and the notes in *written*); the ids of what changed."""
    notes, frames = changed(stored, settled)
    notes += [settled.notes[i] for i in written if i in settled.notes and settled.notes[i] not in notes]
    for cluster_id, frame in frames.items():
        CLUSTERS.update(lib, with_frame(get(lib, cluster_id), frame))
    board.set_places(lib, notes)
    return [*(note.idea_id for note in notes), *frames]


def _fits_as_placed(lib: Library, workshop_id: str, notes: Sequence[NotePlace]) -> bool:
    """Whether these notes are in nobody's way where they are put, from a look at that part of the board."""
    area = reach(notes)
    left, top = (
        area.x - NOTE_WIDTH,
        area.y - NOTE_HEIGHT,
    )  # notes whose corner lies just outside still reach in
    nearby = board.notes_within(lib, workshop_id, left, top, area.right, area.bottom)
    frames = {cluster.id: frame_of(cluster) for cluster in CLUSTERS.for_workshop(lib, workshop_id)}
    return in_nobodys_way(Board(frames, {n.idea_id: n for n in nearby}), notes)


def make_room_for(lib: Library, workshop_id: str, idea_ids: Sequence[str]) -> list[str]:
    """Notes back on the board (a duplicate taken out again) get a free place near their old one; their
    cluster's frame grows to hold them. Returns the ids of what moved."""
    with lib.atomic():
        stored = board_state(lib, workshop_id)
        back = [i for i in idea_ids if i in stored.notes]
        before = Board(stored.frames, {k: n for k, n in stored.notes.items() if k not in back})
        loose = [i for i in back if stored.notes[i].cluster_id is None]
        return _save_settled(lib, before, settle(stored, moved=loose))


def put_back(lib: Library, workshop_id: str, places: Board) -> ChangeSet:
    """Undo of a board edit: these notes and frames exactly as they were, nothing settled around them."""
    with lib.atomic():
        for cluster_id, frame in places.frames.items():
            stored = CLUSTERS.get(lib, cluster_id)
            if stored is not None:
                CLUSTERS.update(lib, with_frame(stored, frame))
        board.set_places(lib, list(places.notes.values()))
    ids = [*places.notes, *places.frames]
    return ChangeSet.of(workshop_id, Area.BOARD, Area.CLUSTERS, ids=ids)


def only(places: Board, ids: Collection[str]) -> Board:
    """The part of a board that names these ids (what an edit changed, for its undo)."""
    wanted = set(ids)
    return Board(
        {k: f for k, f in places.frames.items() if k in wanted},
        {k: n for k, n in places.notes.items() if k in wanted},
    )


def group(
    lib: Library,
    workshop_id: str,
    idea_ids: Sequence[str],
    title: str = "",
    *,
    colour: str = "",
    cluster_id: str | None = None,
    around_first: bool = False,
) -> tuple[Cluster, ChangeSet]:
    """Put these notes together in a new cluster, tidied into a grid in the free space nearest to where
    the top-left one of them lies (or, *around_first*, the first of them: a note dropped on a note)."""
    with lib.atomic():
        current = board.places_of(lib, idea_ids)
        if around_first and current:
            left, top = current[0].x - FRAME_PADDING, current[0].y - FRAME_HEADER
        else:
            left = min((place.x for place in current), default=0.0)
            top = min((place.y for place in current), default=0.0)
        frame, corners = tidy(Frame(left, top, 0.0, 0.0), len(current))
        notes = [NotePlace(place.idea_id, None, x, y) for place, (x, y) in zip(current, corners, strict=True)]
        return create(lib, workshop_id, title, frame=frame, notes=notes, colour=colour, cluster_id=cluster_id)


def rename(lib: Library, cluster_id: str, title: str) -> tuple[Cluster, ChangeSet]:
    with lib.atomic():
        cluster = dataclasses.replace(get(lib, cluster_id), title=title).validated()
        CLUSTERS.update(lib, cluster)
    return cluster, ChangeSet.of(cluster.workshop_id, Area.CLUSTERS, ids=[cluster_id])


def recolour(lib: Library, cluster_id: str, colour: str) -> tuple[Cluster, ChangeSet]:
    with lib.atomic():
        cluster = dataclasses.replace(get(lib, cluster_id), colour=colour)
        CLUSTERS.update(lib, cluster)
    return cluster, ChangeSet.of(cluster.workshop_id, Area.CLUSTERS, ids=[cluster_id])


def delete(lib: Library, cluster_id: str) -> tuple[RemovedCluster, ChangeSet]:
    """Remove the frame; its notes stay where they lie, unclustered. Votes for the cluster are kept."""
    with lib.atomic():
        cluster = get(lib, cluster_id)
        removed = RemovedCluster(
            cluster, tuple(board.members(lib, cluster_id)), tuple(board.actions_of_cluster(lib, cluster_id))
        )
        CLUSTERS.delete(lib, cluster_id)  # ON DELETE SET NULL unclusters the notes and actions
    ids = [cluster_id, *removed.idea_ids]
    return removed, ChangeSet.of(cluster.workshop_id, Area.CLUSTERS, Area.BOARD, Area.ACTIONS, ids=ids)


def restore(lib: Library, removed: RemovedCluster) -> ChangeSet:
    """Undo of delete: the same cluster, with the same notes and actions in it."""
    with lib.atomic():
        CLUSTERS.insert(lib, removed.cluster)
        current = board.places_of(lib, removed.idea_ids)
        board.set_places(lib, [dataclasses.replace(p, cluster_id=removed.cluster.id) for p in current])
        board.set_action_cluster(lib, removed.action_ids, removed.cluster.id)
    ids = [removed.cluster.id, *removed.idea_ids]
    return ChangeSet.of(removed.cluster.workshop_id, Area.CLUSTERS, Area.BOARD, Area.ACTIONS, ids=ids)


def place_notes(
    lib: Library, workshop_id: str, notes: Sequence[NotePlace], frames: Sequence[Cluster] = ()
) -> ChangeSet:
    """Save where notes lie and which cluster holds them, and any frames that moved or grew, at once.

    A loose note or a frame moved into someone's way goes to the nearest free place; what a frame grew
    over (to hold a note dropped at its edge, or resized) steps aside.
    """
    with lib.atomic():
        if not frames and notes and _fits_as_placed(lib, workshop_id, notes):
            board.set_places(lib, notes)  # into free room (new notes below the board): nothing to settle
            return ChangeSet.of(workshop_id, Area.BOARD, Area.CLUSTERS, ids=[n.idea_id for n in notes])
        before = board_state(lib, workshop_id)
        new_frames = {frame.id: frame_of(frame) for frame in frames if frame.id in before.frames}
        # A frame dragged keeps its size and yields if it lands in the way; one that changed size (grown
        # to hold a note dropped at its edge, or resized by its corner) stays and makes room around it.
        moved_frames = [
            cid
            for cid, f in new_frames.items()
            if (f.width, f.height) == (before.frames[cid].width, before.frames[cid].height)
            and (f.x, f.y) != (before.frames[cid].x, before.frames[cid].y)
        ]
        grown = [cid for cid in new_frames if cid not in moved_frames]
        placed = {note.idea_id: note for note in notes}
        wanted = Board({**before.frames, **new_frames}, {**before.notes, **placed})
        moved = [*moved_frames, *(note.idea_id for note in notes if note.cluster_id is None)]
        settled = settle(wanted, moved=moved, grown=grown)
        ids = _save_settled(lib, before, settled, set(placed))
    return ChangeSet.of(workshop_id, Area.BOARD, Area.CLUSTERS, ids=[*ids, *placed, *new_frames])


def tidy_cluster(lib: Library, cluster_id: str) -> tuple[tuple[list[NotePlace], Cluster], ChangeSet]:
    """Lay a cluster's notes in a grid in their frame; returns the places and frame from before (for undo)."""
    with lib.atomic():
        cluster = get(lib, cluster_id)
        before = board.places_of(lib, board.members(lib, cluster_id))
        ordered = sorted(before, key=lambda p: (round(p.y / NOTE_HEIGHT), p.x))
        frame, corners = tidy(frame_of(cluster), len(ordered))
        after = [dataclasses.replace(p, x=x, y=y) for p, (x, y) in zip(ordered, corners, strict=True)]
        changes = place_notes(lib, cluster.workshop_id, after, [with_frame(cluster, frame)])
    return (before, cluster), changes


def lay_out_new_notes(lib: Library, workshop_id: str) -> ChangeSet | None:
    """Give every note that has no place yet one in rows below the board (new ideas, or a fresh board).

    Returns None when every note already has a place, so opening a board never writes needlessly.
    """
    with lib.atomic():
        ideas = [i for i in IDEAS.for_workshop(lib, workshop_id) if i.merged_into is None]
        new = [idea for idea in ideas if idea.board_x is None or idea.board_y is None]
        if not new:
            return None
        placed = [(i.board_x or 0.0, i.board_y or 0.0) for i in ideas if i.board_x is not None]
        frames = [frame_of(c) for c in CLUSTERS.for_workshop(lib, workshop_id)]
        top = free_row_below(frames, placed)
        columns = 10 if len(new) < 400 else int(len(new) ** 0.5 * 1.4)
        corners = grid_places(len(new), 0.0, top, columns)
        board.set_places(
            lib, [NotePlace(i.id, i.cluster_id, x, y) for i, (x, y) in zip(new, corners, strict=True)]
        )
    return ChangeSet.of(workshop_id, Area.BOARD, ids=[i.id for i in new])


def notes_on_board(lib: Library, workshop_id: str) -> list[Idea]:
    """The notes the board shows: every idea except duplicates merged into another note."""
    return [idea for idea in IDEAS.for_workshop(lib, workshop_id) if idea.merged_into is None]
