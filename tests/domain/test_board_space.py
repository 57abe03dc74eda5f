"""The board's layout rule on plain geometry, without a database: what settles where, and what is left."""

from __future__ import annotations

from workshop.domain.board_layout import GAP, NOTE_HEIGHT, NOTE_WIDTH, Frame, NotePlace, frame_for_grid
from workshop.domain.board_space import Board, note_rect, problems, settle


def row(count: int, y: float = 0.0) -> dict[str, NotePlace]:
    return {f"n{i}": NotePlace(f"n{i}", None, i * (NOTE_WIDTH + GAP), y) for i in range(count)}


def test_a_row_of_loose_notes_laid_a_gap_apart_keeps_the_promise() -> None:
    assert problems(Board({}, row(10))) == []


def test_problems_names_overlapping_frames_and_a_loose_note_under_a_frame() -> None:
    frames = {"a": Frame(0, 0, 300, 200), "b": Frame(250, 100, 300, 200)}
    notes = {"x": NotePlace("x", None, 20, 50)}
    found = problems(Board(frames, notes))
    assert "frames a and b overlap" in found
    assert "note x lies on frame a, not its own" in found


def test_a_new_frame_wanted_over_a_row_goes_to_the_nearest_free_place_and_nothing_else_moves() -> None:
    notes = row(6)
    frame = frame_for_grid(2, 100.0, 0.0)
    members = {
        "m1": NotePlace("m1", "new", 116.0, 40.0),
        "m2": NotePlace("m2", "new", 116.0 + NOTE_WIDTH + GAP, 40.0),
    }
    settled = settle(Board({"new": frame}, {**notes, **members}), moved=["new"])
    assert problems(settled) == []
    assert all(settled.notes[k] == v for k, v in notes.items())  # the row stays as it was
    moved = settled.frames["new"]
    assert moved.y >= NOTE_HEIGHT  # below the row: the nearest room the frame fits in
    assert moved.y < NOTE_HEIGHT + 3 * GAP + 1
    a, b = settled.notes["m1"], settled.notes["m2"]
    assert (b.x - a.x, b.y - a.y) == (NOTE_WIDTH + GAP, 0.0)  # its notes went along, side by side


def test_a_frame_that_grew_over_a_loose_note_keeps_its_place_and_the_note_steps_aside() -> None:
    frame = Frame(0, 0, 200, 160)
    inside = NotePlace("in", "c", 400, 40.0)  # dropped beyond the frame's right edge: the frame grows
    neighbour = NotePlace("nb", None, 460.0, 300.0)
    bystander = NotePlace("by", None, 1200.0, 0.0)
    covered = NotePlace("cov", None, 560.0, 60.0)  # clear of the frame before it grew, under it after
    notes = {"in": inside, "nb": neighbour, "by": bystander, "cov": covered}
    assert problems(Board({"c": Frame(0, 0, 200, 160)}, {k: v for k, v in notes.items() if k != "in"})) == []
    settled = settle(Board({"c": frame}, notes))
    assert problems(settled) == []
    assert settled.notes["cov"] != covered
    assert settled.frames["c"].x == 0
    assert settled.frames["c"].width > 200
    assert settled.notes["by"] == bystander
    assert settled.notes["nb"] == neighbour  # not covered: left alone


def test_a_loose_note_on_another_is_put_just_beside_it() -> None:
    notes = {"a": NotePlace("a", None, 0, 0), "b": NotePlace("b", None, 30, 20)}
    settled = settle(Board({}, notes), moved=["b"])
    a, b = settled.notes["a"], settled.notes["b"]
    assert settled.notes["a"] == notes["a"]
    assert not note_rect(a.x, a.y).overlaps(note_rect(b.x, b.y))
    assert abs(b.x - 30) + abs(b.y - 20) < 2 * NOTE_WIDTH
