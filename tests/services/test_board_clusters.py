"""Clusters on the affinity board: what a facilitator does with frames and notes, and that it persists."""

from __future__ import annotations

import dataclasses

import pytest

from workshop.domain.board_layout import NotePlace
from workshop.domain.errors import ValidationError
from workshop.domain.workshop import Workshop
from workshop.services import clusters, ideas
from workshop.services.changes import Area
from workshop.store.library import Library
from workshop.store.tables import IDEAS


def loose(library: Library, demo: Workshop) -> list[str]:
    return [i.id for i in clusters.notes_on_board(library, demo.id) if i.cluster_id is None]


def test_the_demo_has_named_clusters_and_every_note_has_a_place(library: Library, demo: Workshop) -> None:
    found = clusters.list_clusters(library, demo.id)
    assert len(found) == 6
    assert all(c.title and c.colour and c.width > 0 for c in found)
    notes = clusters.notes_on_board(library, demo.id)
    assert all(n.board_x is not None and n.board_y is not None for n in notes)
    assert sum(len(clusters.members(library, c.id)) for c in found) >= 35
    assert loose(library, demo)  # a few are left for the facilitator to place


def test_group_makes_a_cluster_of_the_selection_tidied_into_its_frame(
    library: Library, demo: Workshop
) -> None:
    chosen = loose(library, demo)[:3]
    cluster, changes = clusters.group(library, demo.id, chosen, "Buss och samåkning")
    assert changes.touches(Area.CLUSTERS, Area.BOARD)
    assert set(clusters.members(library, cluster.id)) == set(chosen)
    frame = clusters.frame_of(cluster)
    for place in clusters.places(library, chosen):
        assert frame.contains(place.x, place.y)


def test_drag_of_many_notes_is_saved_in_one_call_and_can_be_put_back(
    library: Library, demo: Workshop
) -> None:
    target = clusters.list_clusters(library, demo.id)[0]
    chosen = loose(library, demo)[:2]
    before = clusters.places(library, chosen)
    after = [NotePlace(p.idea_id, target.id, target.x + 20, target.y + 50) for p in before]
    clusters.place_notes(library, demo.id, after)
    assert set(chosen) <= set(clusters.members(library, target.id))
    clusters.place_notes(library, demo.id, before)
    assert clusters.places(library, chosen) == before


def test_deleting_a_cluster_leaves_its_notes_unclustered_and_restore_brings_it_all_back(
    library: Library, demo: Workshop
) -> None:
    cluster = clusters.list_clusters(library, demo.id)[1]
    inside = clusters.members(library, cluster.id)
    places = clusters.places(library, inside)
    removed, _ = clusters.delete(library, cluster.id)
    assert cluster.id not in {c.id for c in clusters.list_clusters(library, demo.id)}
    after = clusters.places(library, inside)
    assert all(p.cluster_id is None for p in after)
    assert [(p.x, p.y) for p in after] == [(p.x, p.y) for p in places]  # the notes did not jump
    clusters.restore(library, removed)
    assert clusters.get(library, cluster.id) == cluster
    assert clusters.members(library, cluster.id) == inside


def test_regrouping_never_touches_votes(library: Library, demo: Workshop) -> None:
    cluster = clusters.list_clusters(library, demo.id)[0]
    idea_id = clusters.members(library, cluster.id)[0]
    with library.atomic():
        library.db["voting_rounds"].insert(
            {"id": "r1", "workshop_id": demo.id, "title": "Prickar", "method": "dots", "created_at": "x"}
        )
        library.db["votes"].insert({"id": "v1", "round_id": "r1", "item_id": cluster.id, "dots": 3})
        library.db["votes"].insert({"id": "v2", "round_id": "r1", "item_id": idea_id, "dots": 2})
    before = list(library.db["votes"].rows)
    clusters.delete(library, cluster.id)
    clusters.group(library, demo.id, loose(library, demo)[:4])
    assert list(library.db["votes"].rows) == before


def test_rename_checks_the_title_and_keeps_what_was_there_on_bad_input(
    library: Library, demo: Workshop
) -> None:
    cluster = clusters.list_clusters(library, demo.id)[0]
    renamed, _ = clusters.rename(library, cluster.id, "  Trygga  vägar ")
    assert renamed.title == "Trygga  vägar"
    with pytest.raises(ValidationError):
        clusters.rename(library, cluster.id, "x" * 201)
    assert clusters.get(library, cluster.id).title == "Trygga  vägar"


def test_tidy_lays_the_notes_in_a_grid_inside_the_frame(library: Library, demo: Workshop) -> None:
    cluster = clusters.list_clusters(library, demo.id)[0]
    inside = clusters.members(library, cluster.id)
    scattered = [
        NotePlace(p.idea_id, cluster.id, cluster.x + 30 + 7 * n, cluster.y + 60 + 3 * n)
        for n, p in enumerate(clusters.places(library, inside))
    ]
    clusters.place_notes(library, demo.id, scattered)
    (before, _), _ = clusters.tidy_cluster(library, cluster.id)
    assert sorted(before, key=lambda p: p.idea_id) == sorted(scattered, key=lambda p: p.idea_id)
    tidied = clusters.places(library, inside)
    assert len({(p.x, p.y) for p in tidied}) == len(inside)  # nothing on top of anything
    frame = clusters.frame_of(clusters.get(library, cluster.id))
    assert all(frame.contains(p.x, p.y) for p in tidied)


def test_new_ideas_get_a_place_below_the_board_and_a_board_in_place_is_left_alone(
    library: Library, demo: Workshop
) -> None:
    assert clusters.lay_out_new_notes(library, demo.id) is None
    idea, _ = ideas.add(library, demo.id, "Skolskjuts med eldriven minibuss")
    changes = clusters.lay_out_new_notes(library, demo.id)
    assert changes is not None
    assert idea.id in changes.ids
    stored = IDEAS.get(library, idea.id)
    assert stored is not None
    assert stored.board_y is not None
    bottom = max(c.y + c.height for c in clusters.list_clusters(library, demo.id))
    assert stored.board_y > bottom


def test_create_with_a_given_id_brings_back_the_same_cluster(library: Library, demo: Workshop) -> None:
    cluster, _ = clusters.create(library, demo.id, "Ny", cluster_id="fixed-id")
    assert cluster.id == "fixed-id"
    assert dataclasses.replace(cluster) == clusters.get(library, "fixed-id")
