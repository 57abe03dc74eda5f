"""What a view of one workshop follows: changes to that workshop, and changes to the whole library."""

from __future__ import annotations

from workshop.services.changes import Area, ChangeSet


def test_a_view_follows_its_own_workshop_and_whole_library_changes_only() -> None:
    own = ChangeSet.of("w1", Area.IDEAS, ids=["i1"])
    other = ChangeSet.of("w2", Area.IDEAS)
    library = ChangeSet.of(None, *Area)  # a restored library: every view reads again
    assert own.concerns("w1")
    assert own.concerns("w1", Area.VOTES, Area.IDEAS)
    assert not own.concerns("w1", Area.VOTES)
    assert not other.concerns("w1")
    assert not other.concerns("w1", Area.IDEAS)
    assert library.concerns("w1", Area.ACTIONS)
