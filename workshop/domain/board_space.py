"""Free space on the affinity board, and the board's promise that nothing hides anything else.

The promise, kept after every edit of the board however it was made (a drag, Ctrl+G, an accepted
suggestion, a note dropped on a note, the CLI, an import):

* no two cluster frames overlap;
* a note in a cluster lies wholly inside its own frame, and a loose note lies outside every frame;
* what the board itself places (a new cluster, a note or frame put aside) covers no other note.

:func:`settle` keeps it: what the facilitator moved or made stays where it was put if that is free, and
otherwise goes to the nearest free place; what a frame grew over (a note dropped at its edge) steps aside
to the nearest free place. Nothing else moves, so an edit never rearranges the rest of the wall.
"""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from workshop.domain.board_layout import GAP, NOTE_HEIGHT, NOTE_WIDTH, Frame, NotePlace

NOTE_MARGIN = GAP / 2  # loose notes laid in rows (GAP apart) are not in each other's way
FRAME_MARGIN = GAP  # a note touching a frame's edge would look as if it were in it
STEP_X, STEP_Y = (NOTE_WIDTH + GAP) / 2, (NOTE_HEIGHT + GAP) / 2  # the search walks half a note at a time
RINGS = 24  # how far (in steps) to look around the wanted place before going below the whole board
CELL = 256.0


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def overlaps(self, other: Rect, margin: float = 0.0) -> bool:
        """True if the two rectangles come closer than *margin* (0: if they share any area)."""
        return (
            self.x < other.right + margin
            and other.x < self.right + margin
            and self.y < other.bottom + margin
            and other.y < self.bottom + margin
        )

    def holds(self, other: Rect) -> bool:
        return (
            self.x <= other.x
            and self.y <= other.y
            and other.right <= self.right + 1e-6
            and other.bottom <= self.bottom + 1e-6
        )

    def moved(self, dx: float, dy: float) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.width, self.height)


def note_rect(x: float, y: float) -> Rect:
    return Rect(x, y, NOTE_WIDTH, NOTE_HEIGHT)


def frame_rect(frame: Frame) -> Rect:
    return Rect(frame.x, frame.y, frame.width, frame.height)


@dataclass(frozen=True)
class Board:
    """Every placed note and every frame of one workshop's board."""

    frames: Mapping[str, Frame]
    notes: Mapping[str, NotePlace]

    def members(self, cluster_id: str) -> list[NotePlace]:
        return [note for note in self.notes.values() if note.cluster_id == cluster_id]


def problems(board: Board) -> list[str]:
    """Where the board breaks its promise (empty when it keeps it); the tests' and the checks' one rule."""
    found: list[str] = []
    frames = sorted(board.frames.items())
    for index, (first, a) in enumerate(frames):
        for second, b in frames[index + 1 :]:
            if frame_rect(a).overlaps(frame_rect(b)):
                found.append(f"frames {first} and {second} overlap")
    for note in board.notes.values():
        rect = note_rect(note.x, note.y)
        for cluster_id, frame in frames:
            if cluster_id == note.cluster_id:
                if not frame_rect(frame).holds(rect):
                    found.append(f"note {note.idea_id} sticks out of its frame {cluster_id}")
            elif frame_rect(frame).overlaps(rect):
                found.append(f"note {note.idea_id} lies on frame {cluster_id}, not its own")
        if note.cluster_id is not None and note.cluster_id not in board.frames:
            found.append(f"note {note.idea_id} is in a cluster with no frame")
    return found


def overlapping_notes(board: Board, idea_ids: Collection[str] | None = None) -> list[tuple[str, str]]:
    """Pairs of notes that cover each other (of *idea_ids* with any other, or all pairs)."""
    notes = sorted(board.notes.values(), key=lambda n: n.idea_id)
    pairs: list[tuple[str, str]] = []
    for index, a in enumerate(notes):
        for b in notes[index + 1 :]:
            if idea_ids is not None and a.idea_id not in idea_ids and b.idea_id not in idea_ids:
                continue
            if note_rect(a.x, a.y).overlaps(note_rect(b.x, b.y)):
                pairs.append((a.idea_id, b.idea_id))
    return pairs


# --- what stands where: frames (with their notes) and loose notes ------------------------------------
@dataclass
class _Piece:
    key: str  # a cluster's id (its frame) or an idea's id (a loose note); ids are unique across both
    rect: Rect
    is_frame: bool


class _Space:
    """The pieces already in place, in a coarse grid of cells so a look-up costs a few cells."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[_Piece]] = defaultdict(list)
        self.bottom = -math.inf

    def _cells(self, rect: Rect, margin: float) -> Iterator[tuple[int, int]]:
        for cx in range(math.floor((rect.x - margin) / CELL), math.floor((rect.right + margin) / CELL) + 1):
            for cy in range(
                math.floor((rect.y - margin) / CELL), math.floor((rect.bottom + margin) / CELL) + 1
            ):
                yield cx, cy

    def add(self, piece: _Piece) -> None:
        for cell in self._cells(piece.rect, 0.0):
            self.cells[cell].append(piece)
        self.bottom = max(self.bottom, piece.rect.bottom)

    def remove(self, key: str) -> None:
        for cell, pieces in self.cells.items():
            self.cells[cell] = [p for p in pieces if p.key != key]

    def in_the_way(self, rect: Rect, is_frame: bool) -> list[_Piece]:
        found: dict[str, _Piece] = {}
        for cell in self._cells(rect, FRAME_MARGIN):
            for piece in self.cells.get(cell, ()):
                margin = FRAME_MARGIN if is_frame or piece.is_frame else NOTE_MARGIN
                if piece.key not in found and rect.overlaps(piece.rect, margin):
                    found[piece.key] = piece
        return list(found.values())

    def is_free(self, rect: Rect, is_frame: bool) -> bool:
        return not self.in_the_way(rect, is_frame)


@lru_cache(maxsize=1)
def _offsets() -> tuple[tuple[float, float], ...]:
    """Steps around a wanted place, nearest first (ties: down before up, right before left)."""
    steps = [(i * STEP_X, j * STEP_Y) for i in range(-RINGS, RINGS + 1) for j in range(-RINGS, RINGS + 1)]
    return tuple(sorted(steps, key=lambda d: (math.hypot(*d), -d[1], -d[0])))


def free_place(space: _Space, rect: Rect, is_frame: bool) -> tuple[float, float]:
    """The top-left corner nearest to *rect*'s where a piece of its size is in nobody's way.

    The board grows right and down from (0, 0), so a piece wanted there is not put above or left of it.
    Far from any free room nearby it goes below the whole board, which is always free.
    """
    floor_x, floor_y = min(0.0, rect.x), min(0.0, rect.y)
    for dx, dy in _offsets():
        x, y = rect.x + dx, rect.y + dy
        if x < floor_x or y < floor_y:
            continue
        if space.is_free(Rect(x, y, rect.width, rect.height), is_frame):
            return x, y
    return rect.x, space.bottom + 3 * GAP


# --- keeping the promise after an edit ---------------------------------------------------------------
def fitted(frame: Frame, members: Sequence[NotePlace]) -> Frame:
    """The frame grown (never shrunk) so that it holds all its notes."""
    return frame.grown_to_hold([(note.x, note.y) for note in members]) if members else frame


def settle(board: Board, moved: Sequence[str] = (), grown: Sequence[str] = ()) -> Board:
    """The board after an edit, with its promise kept (see the module's docstring).

    *board* is the whole board as the edit left it. *moved* names what the facilitator put somewhere (ids of
    frames and of loose notes, in order of importance): each stays if it is in nobody's way and otherwise
    goes to the nearest free place (a frame with all its notes). *grown* names frames that were resized
    where they are: what they now cover steps aside. Frames also grow to hold their notes; a frame that grew
    so covers nothing it did not cover before, or else that steps aside too. Nothing else moves.
    """
    frames = dict(board.frames)
    notes = dict(board.notes)
    by_cluster: dict[str, list[NotePlace]] = defaultdict(list)
    for note in notes.values():
        if note.cluster_id in frames:
            by_cluster[note.cluster_id].append(note)
    for note in list(notes.values()):  # a note in a cluster that has no frame (deleted) is loose
        if note.cluster_id is not None and note.cluster_id not in frames:
            notes[note.idea_id] = dataclasses.replace(note, cluster_id=None)
    pushing = [cid for cid in grown if cid in frames and cid not in moved]
    for cluster_id, frame in list(frames.items()):
        bigger = fitted(frame, by_cluster.get(cluster_id, []))
        if bigger != frame:
            frames[cluster_id] = bigger
            if cluster_id not in moved and cluster_id not in pushing:
                pushing.append(cluster_id)

    def piece(key: str) -> _Piece:
        if key in frames:
            return _Piece(key, frame_rect(frames[key]), True)
        note = notes[key]
        return _Piece(key, note_rect(note.x, note.y), False)

    loose = [note.idea_id for note in notes.values() if note.cluster_id is None]
    wanted = [key for key in dict.fromkeys(moved) if key in frames or (key in notes and key in loose)]
    staying = [key for key in [*frames, *loose] if key not in wanted]
    space = _Space()
    for key in staying:
        space.add(piece(key))
    displaced: list[str] = []
    for cluster_id in pushing:
        if cluster_id in displaced:
            continue
        for other in space.in_the_way(frame_rect(frames[cluster_id]), True):
            if other.key != cluster_id and other.key not in displaced and other.key not in pushing:
                displaced.append(other.key)
    for key in displaced:
        space.remove(key)
    displaced.sort(key=lambda key: (piece(key).rect.y, piece(key).rect.x))
    for key in [*wanted, *displaced]:
        current = piece(key)
        if not space.is_free(current.rect, current.is_frame):
            x, y = free_place(space, current.rect, current.is_frame)
            dx, dy = x - current.rect.x, y - current.rect.y
            if current.is_frame:
                frame = frames[key]
                frames[key] = Frame(frame.x + dx, frame.y + dy, frame.width, frame.height)
                for member in by_cluster.get(key, []):
                    now = notes[member.idea_id]
                    notes[member.idea_id] = dataclasses.replace(now, x=now.x + dx, y=now.y + dy)
            else:
                note = notes[key]
                notes[key] = dataclasses.replace(note, x=note.x + dx, y=note.y + dy)
            current = piece(key)
        space.add(current)
    return Board(frames, notes)


def in_nobodys_way(board: Board, placed: Sequence[NotePlace]) -> bool:
    """True if notes put here need nothing settled: each clustered one inside its frame, each loose one clear
    of every frame and of the other notes. *board* needs the frames and only the notes near *placed*."""
    frames = {key: frame_rect(frame) for key, frame in board.frames.items()}
    moving = {note.idea_id for note in placed}
    others = [
        note_rect(n.x, n.y) for n in board.notes.values() if n.idea_id not in moving and not n.cluster_id
    ]
    for note in placed:
        rect = note_rect(note.x, note.y)
        if note.cluster_id is not None:
            if note.cluster_id not in frames or not frames[note.cluster_id].holds(rect):
                return False
        elif any(frame.overlaps(rect, FRAME_MARGIN) for frame in frames.values()) or any(
            other.overlaps(rect, NOTE_MARGIN) for other in others
        ):
            return False
    return True


def reach(placed: Sequence[NotePlace]) -> Rect:
    """The part of the board that notes put here could be in the way of (their rectangles and a margin)."""
    left = min(n.x for n in placed) - FRAME_MARGIN
    top = min(n.y for n in placed) - FRAME_MARGIN
    right = max(n.x for n in placed) + NOTE_WIDTH + FRAME_MARGIN
    bottom = max(n.y for n in placed) + NOTE_HEIGHT + FRAME_MARGIN
    return Rect(left, top, right - left, bottom - top)


def changed(before: Board, after: Board) -> tuple[list[NotePlace], dict[str, Frame]]:
    """The notes and frames whose place, size or cluster differ between two boards."""
    notes = [note for key, note in after.notes.items() if before.notes.get(key) != note]
    frames = {key: frame for key, frame in after.frames.items() if before.frames.get(key) != frame}
    return notes, frames
