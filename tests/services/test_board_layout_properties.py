"""The board's promise under any sequence of edits (hypothesis), through the services the window, the CLI
and an import all use: frames never overlap, a note lies inside exactly its own cluster's frame or outside
every frame, and a cluster the board makes (group, accepted suggestion, a note dropped on a note) is placed
in free space with its notes side by side, covering no other note.
"""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop.domain.board_layout import FRAME_HEADER, NOTE_WIDTH, NotePlace, note_centre
from workshop.domain.board_space import Board, note_rect, overlapping_notes, problems
from workshop.services import clusters, duplicates, ideas, suggestions, workshops
from workshop.store.library import Library

TEXTS = [
    "Fler bänkar i parken",
    "Bänkar vid lekplatsen i parken",
    "Bättre belysning på cykelvägen",
    "Mer belysning i parken på kvällen",
    "Cykelparkering vid skolan",
    "Säkrare cykelvägar till skolan",
    "Promenadgrupp för seniorer",
    "Promenader med hund i grupp",
    "Plantera fruktträd längs staketet",
    "Plantera fruktträd vid staketet",
    "Läxhjälp på biblioteket",
    "Biblioteket öppet på kvällen",
    "Farthinder vid skolan",
    "Övergångsställe vid skolan",
]

OPERATIONS = [
    "group",
    "accept",
    "drop_on_note",
    "move_loose",
    "into_cluster",
    "out_of_cluster",
    "delete",
    "merge",
    "unmerge",
    "tidy",
    "move_frame",
    "resize_frame",
    "new_ideas",
]


def pick(data: st.DataObject, items: list[str]) -> str:
    return items[data.draw(st.integers(0, len(items) - 1))]


def coordinate(data: st.DataObject) -> float:
    return float(data.draw(st.integers(-2, 60))) * 37.0


def loose_ids(lib: Library, workshop_id: str) -> list[str]:
    return [n.idea_id for n in clusters.board_state(lib, workshop_id).notes.values() if n.cluster_id is None]


def check_new_cluster(lib: Library, workshop_id: str, cluster_id: str, before: Board) -> None:
    """A new cluster: its notes side by side in it, no other note under its frame or on its notes."""
    after = clusters.board_state(lib, workshop_id)
    members = [n.idea_id for n in after.notes.values() if n.cluster_id == cluster_id]
    assert overlapping_notes(after, set(members)) == []
    # Notes the edit did not make members of the new cluster stay where they were unless a frame moved.
    for idea_id, note in before.notes.items():
        if idea_id not in members and note.cluster_id is None:
            assert after.notes[idea_id] == note


def apply(lib: Library, workshop_id: str, operation: str, data: st.DataObject) -> None:
    state = clusters.board_state(lib, workshop_id)
    loose = [n.idea_id for n in state.notes.values() if n.cluster_id is None]
    clustered = [n.idea_id for n in state.notes.values() if n.cluster_id is not None]
    frames = list(state.frames)  # in the order they were made: ids are random
    if operation == "group" and state.notes:
        chosen = data.draw(st.lists(st.sampled_from(list(state.notes)), min_size=1, max_size=5, unique=True))
        cluster, _ = clusters.group(lib, workshop_id, chosen, "G")
        check_new_cluster(lib, workshop_id, cluster.id, state)
    elif operation == "accept":
        for proposal in suggestions.for_workshop(lib, workshop_id)[:1]:
            ids = [i for i in proposal.idea_ids if i in loose]
            cluster, _ = clusters.group(lib, workshop_id, ids, proposal.title)
            check_new_cluster(lib, workshop_id, cluster.id, state)
    elif operation == "drop_on_note" and len(loose) >= 2:
        target, moved = pick(data, loose), pick(data, loose)
        if target != moved:
            cluster, _ = clusters.group(lib, workshop_id, [target, moved], around_first=True)
            check_new_cluster(lib, workshop_id, cluster.id, state)
    elif operation == "move_loose" and loose:
        note = pick(data, loose)
        clusters.place_notes(lib, workshop_id, [NotePlace(note, None, coordinate(data), coordinate(data))])
    elif operation == "into_cluster" and frames and state.notes:
        note, cluster_id = pick(data, list(state.notes)), pick(data, frames)
        frame = state.frames[cluster_id]
        x = frame.x + frame.width - NOTE_WIDTH + data.draw(st.integers(-80, 120))
        y = frame.y + FRAME_HEADER + data.draw(st.integers(-40, 200))
        clusters.place_notes(lib, workshop_id, [NotePlace(note, cluster_id, x, y)])
    elif operation == "out_of_cluster" and clustered:
        note = pick(data, clustered)
        clusters.place_notes(lib, workshop_id, [NotePlace(note, None, coordinate(data), coordinate(data))])
    elif operation == "delete" and frames:
        clusters.delete(lib, pick(data, frames))
    elif operation == "merge" and len(state.notes) >= 2:
        kept, other = pick(data, list(state.notes)), pick(data, list(state.notes))
        if kept != other:
            duplicates.merge(lib, kept, [other])
    elif operation == "unmerge":
        merged_into = duplicates.merged_into_map(lib, workshop_id)
        merged = [i.id for i in ideas.list_ideas(lib, workshop_id) if i.id in merged_into]
        if merged:
            duplicates.unmerge(lib, [pick(data, merged)])
    elif operation == "tidy" and frames:
        clusters.tidy_cluster(lib, pick(data, frames))
    elif operation == "move_frame" and frames:
        cluster_id = pick(data, frames)
        stored = clusters.get(lib, cluster_id)
        dx, dy = coordinate(data) - stored.x, coordinate(data) - stored.y
        members = [dataclasses.replace(n, x=n.x + dx, y=n.y + dy) for n in state.members(cluster_id)]
        moved = dataclasses.replace(stored, x=stored.x + dx, y=stored.y + dy)
        clusters.place_notes(lib, workshop_id, members, [moved])
    elif operation == "resize_frame" and frames:
        stored = clusters.get(lib, pick(data, frames))
        bigger = dataclasses.replace(
            stored, width=stored.width + data.draw(st.integers(0, 400)), height=stored.height + 100
        )
        clusters.place_notes(lib, workshop_id, [], [bigger])
    elif operation == "new_ideas":
        ideas.add_many(lib, workshop_id, [pick(data, TEXTS) for _ in range(data.draw(st.integers(1, 3)))])
        clusters.lay_out_new_notes(lib, workshop_id)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_sequence_of_board_edits_breaks_the_boards_promise(library: Library, data: st.DataObject) -> None:
    workshop, _ = workshops.create(library, "Egenskap")
    count = data.draw(st.integers(2, len(TEXTS)))
    ideas.add_many(library, workshop.id, TEXTS[:count])
    clusters.lay_out_new_notes(library, workshop.id)
    for operation in data.draw(st.lists(st.sampled_from(OPERATIONS), min_size=1, max_size=12)):
        apply(library, workshop.id, operation, data)
        found = problems(clusters.board_state(library, workshop.id))
        assert found == [], f"after {operation}: {found}"


def test_a_note_dropped_on_a_note_in_a_row_makes_a_cluster_covering_neither_neighbour(
    library: Library,
) -> None:
    workshop, _ = workshops.create(library, "Rad")
    ideas.add_many(library, workshop.id, TEXTS[:10])
    clusters.lay_out_new_notes(library, workshop.id)
    row = sorted(clusters.board_state(library, workshop.id).notes.values(), key=lambda n: (n.y, n.x))
    target, moved = row[4], row[7]
    before = clusters.board_state(library, workshop.id)
    cluster, _ = clusters.group(library, workshop.id, [target.idea_id, moved.idea_id], around_first=True)
    after = clusters.board_state(library, workshop.id)
    assert problems(after) == []
    a, b = after.notes[target.idea_id], after.notes[moved.idea_id]
    assert a.cluster_id == b.cluster_id == cluster.id
    assert not note_rect(a.x, a.y).overlaps(note_rect(b.x, b.y))
    for neighbour in (row[3], row[5]):
        assert after.notes[neighbour.idea_id] == before.notes[neighbour.idea_id]
        assert after.notes[neighbour.idea_id].cluster_id is None


def test_accepting_three_suggestions_on_a_fresh_board_stacks_no_frames(library: Library) -> None:
    workshop, _ = workshops.create(library, "Förslag")
    ideas.add_many(library, workshop.id, TEXTS)
    clusters.lay_out_new_notes(library, workshop.id)
    proposals = suggestions.for_workshop(library, workshop.id)
    assert len(proposals) >= 3
    for proposal in proposals[:3]:
        clusters.group(library, workshop.id, list(proposal.idea_ids), proposal.title)
    board = clusters.board_state(library, workshop.id)
    assert problems(board) == []
    assert overlapping_notes(board) == []
    corners = [(f.x, f.y) for f in board.frames.values()]
    assert len(set(corners)) == len(corners)


def test_a_loose_note_dropped_on_a_frames_edge_is_put_just_outside_it(library: Library) -> None:
    workshop, _ = workshops.create(library, "Kant")
    ideas.add_many(library, workshop.id, TEXTS[:6])
    clusters.lay_out_new_notes(library, workshop.id)
    first, second, third, *rest = list(clusters.board_state(library, workshop.id).notes)
    cluster, _ = clusters.group(library, workshop.id, [first, second])
    frame = clusters.get(library, cluster.id)
    x, y = frame.x + frame.width - 40, frame.y + 60  # centre outside, the note's left part over the frame
    assert not clusters.frame_of(frame).contains(*note_centre(x, y))
    clusters.place_notes(library, workshop.id, [NotePlace(rest[0], None, x, y)])
    board = clusters.board_state(library, workshop.id)
    assert problems(board) == []
    placed = board.notes[rest[0]]
    assert abs(placed.x - x) + abs(placed.y - y) < 4 * NOTE_WIDTH  # nearby, not thrown far away
    assert placed.cluster_id is None


def test_a_frame_grown_to_the_left_for_a_note_stays_and_its_neighbour_steps_aside(library: Library) -> None:
    workshop, _ = workshops.create(library, "Vänster")
    ideas.add_many(library, workshop.id, TEXTS[:6])
    clusters.lay_out_new_notes(library, workshop.id)
    first, second, third, fourth, *_ = list(clusters.board_state(library, workshop.id).notes)
    left = clusters.group(library, workshop.id, [first, second])[0]
    right = clusters.group(library, workshop.id, [third, fourth])[0]
    # Put the right cluster just beside the left one, then drop a note at the right one's left edge.
    stored = clusters.get(library, right.id)
    beside = clusters.get(library, left.id).x + clusters.get(library, left.id).width + 20
    dx, dy = beside - stored.x, clusters.get(library, left.id).y - stored.y
    members = clusters.board_state(library, workshop.id).members(right.id)
    clusters.place_notes(
        library,
        workshop.id,
        [dataclasses.replace(n, x=n.x + dx, y=n.y + dy) for n in members],
        [dataclasses.replace(stored, x=stored.x + dx, y=stored.y + dy)],
    )
    now = clusters.get(library, right.id)
    grown = clusters.frame_of(now).grown_to_hold([(now.x - 60, now.y + FRAME_HEADER)])
    fifth = list(clusters.board_state(library, workshop.id).notes)[4]
    note = NotePlace(fifth, right.id, now.x - 60, now.y + 40)
    clusters.place_notes(library, workshop.id, [note], [clusters.with_frame(now, grown)])
    board = clusters.board_state(library, workshop.id)
    assert problems(board) == []
    assert board.frames[right.id] == grown  # the grown frame stayed where it grew
    assert board.notes[note.idea_id].cluster_id == right.id
