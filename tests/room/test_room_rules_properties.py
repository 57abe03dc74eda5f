"""A phone's ballot is accepted exactly when the domain's own check accepts it (the rules are not copied
anywhere), and a refused one leaves nothing behind."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.room.conftest import make_room
from workshop.domain.errors import ValidationError
from workshop.domain.voting import VotingMethod
from workshop.domain.voting_rules import check_ballot
from workshop.services import ballots, ideas, room_phone, voting
from workshop.store.library import Library


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    counts=st.lists(st.integers(min_value=-1, max_value=4), min_size=4, max_size=4),
    allow_own=st.booleans(),
)
def test_a_phones_ballot_follows_the_domains_rules(
    library: Library, counts: list[int], allow_own: bool
) -> None:
    the_room = make_room(library, "Egenskaper")
    lib, wid = library, the_room.workshop_id
    device, _ = the_room.join("Karin")
    own, _ = room_phone.write_idea(lib, device, 1, "Karins idé")
    items = [own["idea"]["id"]] + [ideas.add(lib, wid, f"Idé {n}")[0].id for n in range(3)]
    made, _ = voting.create_round(
        lib, wid, "Omgång", VotingMethod.DOTS, dots_per_person=5, max_per_item=3, allow_own=allow_own
    )
    wanted = dict(zip(items, counts, strict=True))
    try:
        check_ballot(made, wanted, {items[0]})
        expected = True
    except ValidationError:
        expected = False
    try:
        room_phone.cast_ballot(lib, device, 2, made.id, dots=wanted)
        accepted = True
    except ValidationError:
        accepted = False
    assert accepted == expected
    stored = ballots.ballot_for(lib, made.id, device.participant_id)
    assert stored == ({k: v for k, v in wanted.items() if v} if accepted else {})
