"""Where notes and cluster frames lie on the affinity board, as plain geometry.

The board's units are scene units (one unit is one pixel at 100 % zoom). Notes have one fixed size so the
wall stays tidy and the rules below (which frame a dropped note lands in, how a cluster is tidied into a
grid) can be tested without a screen.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

NOTE_WIDTH = 168.0
NOTE_HEIGHT = 104.0
GAP = 14.0
FRAME_HEADER = 40.0  # room for the cluster's title above its notes
FRAME_PADDING = 16.0

# Cluster colours that stay readable with black text and are told apart in a room with a projector.
CLUSTER_COLOURS = (
    "#f4a261",
    "#2a9d8f",
    "#e76f51",
    "#8ab17d",
    "#e9c46a",
    "#6d9dc5",
    "#c490d1",
    "#b5838d",
    "#90be6d",
    "#f28482",
)


@dataclass(frozen=True)
class NotePlace:
    """One note's place on the board: its cluster (None: unclustered) and its top-left corner."""

    idea_id: str
    cluster_id: str | None
    x: float
    y: float


@dataclass(frozen=True)
class Frame:
    """A cluster frame's rectangle."""

    x: float
    y: float
    width: float
    height: float

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height

    def grown_to_hold(self, places: Sequence[tuple[float, float]]) -> Frame:
        """The smallest frame, at least this one, that holds notes with these top-left corners."""
        left, top = self.x, self.y
        right, bottom = self.x + self.width, self.y + self.height
        for x, y in places:
            left = min(left, x - FRAME_PADDING)
            top = min(top, y - FRAME_HEADER)
            right = max(right, x + NOTE_WIDTH + FRAME_PADDING)
            bottom = max(bottom, y + NOTE_HEIGHT + FRAME_PADDING)
        return Frame(left, top, right - left, bottom - top)


def note_centre(x: float, y: float) -> tuple[float, float]:
    return x + NOTE_WIDTH / 2, y + NOTE_HEIGHT / 2


def grid_columns(count: int) -> int:
    """Columns for a grid of *count* notes: roughly square, slightly wider than tall like a wall."""
    return max(1, math.ceil(math.sqrt(max(count, 1) * 1.3)))


def grid_places(count: int, left: float, top: float, columns: int | None = None) -> list[tuple[float, float]]:
    """Top-left corners of *count* notes in rows, starting at (left, top)."""
    columns = columns or grid_columns(count)
    return [
        (left + (i % columns) * (NOTE_WIDTH + GAP), top + (i // columns) * (NOTE_HEIGHT + GAP))
        for i in range(count)
    ]


def frame_for_grid(count: int, left: float, top: float, columns: int | None = None) -> Frame:
    """The frame that holds a grid of *count* notes whose frame starts at (left, top)."""
    columns = min(columns or grid_columns(count), max(count, 1))
    rows = max(1, math.ceil(max(count, 1) / columns))
    width = columns * NOTE_WIDTH + (columns - 1) * GAP + 2 * FRAME_PADDING
    height = rows * NOTE_HEIGHT + (rows - 1) * GAP + FRAME_HEADER + FRAME_PADDING
    return Frame(left, top, width, height)


def tidy(frame: Frame, count: int) -> tuple[Frame, list[tuple[float, float]]]:
    """Lay *count* notes in a grid inside a frame that keeps its top-left corner."""
    columns = min(grid_columns(count), max(count, 1))
    new_frame = frame_for_grid(count, frame.x, frame.y, columns)
    places = grid_places(count, frame.x + FRAME_PADDING, frame.y + FRAME_HEADER, columns)
    return new_frame, places


def frame_at(frames: Sequence[tuple[str, Frame]], x: float, y: float) -> str | None:
    """The cluster whose frame holds the point; the last (topmost) one wins where frames overlap."""
    found: str | None = None
    for cluster_id, frame in frames:
        if frame.contains(x, y):
            found = cluster_id
    return found


def free_row_below(frames: Sequence[Frame], places: Sequence[tuple[float, float]]) -> float:
    """The y where a new row of notes can start below everything on the board."""
    bottoms = [frame.y + frame.height for frame in frames] + [y + NOTE_HEIGHT for _, y in places]
    return (max(bottoms) + 3 * GAP) if bottoms else 0.0
