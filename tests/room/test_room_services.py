"""The room through the services: joining, locking, removing, writing ideas and casting ballots from a
phone with the same rules as the shared screen, re-sent writes counted once, and no names leaking."""

from __future__ import annotations

import json

import pytest

from tests.room.conftest import Room
from workshop.domain.errors import NotFoundError, ValidationError
from workshop.domain.room import JoinMode, RoomRefusal, token_hash
from workshop.domain.voting import BallotState, ScoringBy, VotingMethod
from workshop.services import ballots, ideas, questions, room, room_phone, silent_writing, voting
from workshop.store.library import Library


def counts(lib: Library) -> tuple[int, ...]:
    return tuple(
        lib.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for table in ("ideas", "votes", "ballots", "room_devices", "participants")
    )


def test_joining_by_name_stores_only_the_tokens_hash(the_room: Room) -> None:
    device, token = the_room.join("Karin")
    assert device.participant_id == the_room.people["Karin"]
    assert len(token) >= 40
    stored = the_room.lib.conn.execute("SELECT token_hash FROM room_devices").fetchall()
    assert stored == [(token_hash(token),)]
    assert token not in json.dumps(the_room.lib.db["room_devices"].rows.__next__())
    assert room.device_for_token(the_room.lib, the_room.workshop_id, token).id == device.id


def test_a_name_joins_once_and_leaves_the_joining_list(the_room: Room) -> None:
    the_room.join("Karin")
    names = [p.name for p in room.roster_for_joining(the_room.lib, the_room.workshop_id)]
    assert names == ["Oskar", "Lena"]
    with pytest.raises(RoomRefusal) as refused:
        the_room.join("Karin")
    assert refused.value.code == "name_taken"
    assert "annan telefon" in refused.value.message("sv")


def test_an_anonymous_phone_is_one_numbered_voter_not_offered_as_a_name(the_room: Room) -> None:
    first, _ = the_room.join()
    second, _ = the_room.join()
    rows = room.devices(the_room.lib, the_room.workshop_id)
    assert [r.name for r in rows] == ["Anonym 1", "Anonym 2"]
    assert first.anonymous
    assert second.participant_id != first.participant_id
    names = [p.name for p in room.roster_for_joining(the_room.lib, the_room.workshop_id)]
    assert names == ["Karin", "Oskar", "Lena"]


def test_join_mode_wrong_code_lock_and_closed_room_refuse_and_store_nothing(the_room: Room) -> None:
    lib, wid = the_room.lib, the_room.workshop_id
    before = counts(lib)
    with pytest.raises(RoomRefusal, match="code"):
        room.join(lib, wid, "000000" if the_room.code != "000000" else "111111", None)
    room.set_join_mode(lib, wid, JoinMode.ROSTER)
    with pytest.raises(RoomRefusal) as refused:
        the_room.join()
    assert refused.value.code == "no_anonymous"
    room.set_join_mode(lib, wid, JoinMode.ANONYMOUS)
    with pytest.raises(RoomRefusal):
        the_room.join("Lena")
    room.set_locked(lib, wid, True)
    with pytest.raises(RoomRefusal) as refused:
        the_room.join()
    assert refused.value.code == "room_locked"
    room.close_room(lib, wid)
    with pytest.raises(RoomRefusal) as refused:
        the_room.join()
    assert refused.value.code == "room_closed"
    assert counts(lib) == before


def test_a_locked_room_keeps_its_phones_and_reopening_makes_a_new_code(the_room: Room) -> None:
    lib, wid = the_room.lib, the_room.workshop_id
    _, token = the_room.join("Oskar")
    room.set_locked(lib, wid, True)
    assert room.device_for_token(lib, wid, token)
    room.close_room(lib, wid)
    settings, _ = room.open_room(lib, wid)
    assert settings.open
    assert settings.join_code
    assert room.device_for_token(lib, wid, token)  # the phone that joined is still recognised
    same, changes = room.open_room(lib, wid)
    assert same.join_code == settings.join_code
    assert not changes.areas


def test_a_removed_device_cannot_write_but_what_it_wrote_stays(the_room: Room) -> None:
    lib, wid = the_room.lib, the_room.workshop_id
    device, token = the_room.join("Lena")
    room_phone.write_idea(lib, device, 1, "Cykelbuss")
    changes = room.remove_device(lib, device.id)
    assert changes.touches(room.Area.ROOM)
    with pytest.raises(RoomRefusal) as refused:
        room.device_for_token(lib, wid, token)
    assert refused.value.code == "no_device"
    with pytest.raises(RoomRefusal):
        room_phone.write_idea(lib, device, 2, "Till")
    assert [i.text for i in ideas.list_ideas(lib, wid)] == ["Cykelbuss"]
    assert room.devices(lib, wid) == []
    assert [p.name for p in room.roster_for_joining(lib, wid)] == ["Karin", "Oskar", "Lena"]


def test_another_workshops_token_is_not_a_device_here(library: Library, the_room: Room) -> None:
    from tests.room.conftest import make_room

    other = make_room(library, "Annat rum")
    _, token = other.join("Karin")
    with pytest.raises(RoomRefusal):
        room.device_for_token(library, the_room.workshop_id, token)


def test_silent_writing_a_phone_sees_only_its_own_until_the_reveal(the_room: Room) -> None:
    lib, wid = the_room.lib, the_room.workshop_id
    ideas.add(lib, wid, "Synlig från förr")
    silent_writing.set_silent(lib, wid, True)
    karin, _ = the_room.join("Karin")
    oskar, _ = the_room.join("Oskar")
    reply, changes = room_phone.write_idea(lib, karin, 1, "  Gångbuss\x07  ")
    assert reply["idea"]["text"] == "Gångbuss"  # the domain's text rules
    assert changes.touches(room.Area.IDEAS)
    (written,) = [i for i in ideas.list_ideas(lib, wid) if i.text == "Gångbuss"]
    assert not written.revealed
    assert written.author_id == karin.participant_id
    assert written.question_id == the_room.question_id
    room_phone.write_idea(lib, oskar, 1, "Fler lampor")
    seen_by_karin = [i["text"] for i in room_phone.phone_view(lib, karin)["ideas"]]
    assert seen_by_karin == ["Synlig från förr", "Gångbuss"]
    silent_writing.reveal_all(lib, wid)
    seen = room_phone.phone_view(lib, karin)["ideas"]
    assert [(i["text"], i["own"]) for i in seen] == [
        ("Synlig från förr", False),
        ("Gångbuss", True),
        ("Fler lampor", False),
    ]


def test_an_idea_sent_twice_is_stored_once_and_an_older_one_is_refused(the_room: Room) -> None:
    lib, wid = the_room.lib, the_room.workshop_id
    device, _ = the_room.join("Karin")
    first, _ = room_phone.write_idea(lib, device, 1, "Cykelbuss")
    again, changes = room_phone.write_idea(lib, device, 1, "Cykelbuss")
    assert again == first
    assert not changes.areas
    room_phone.write_idea(lib, device, 2, "Gångbuss")
    with pytest.raises(RoomRefusal) as refused:
        room_phone.write_idea(lib, device, 1, "Cykelbuss")
    assert refused.value.code == "stale_seq"
    assert ideas.count(lib, wid) == 2


@pytest.mark.parametrize("text", ["", "   ", "x" * 1001])
def test_bad_idea_text_is_refused_with_the_domains_message(the_room: Room, text: str) -> None:
    device, _ = the_room.join("Karin")
    before = counts(the_room.lib)
    with pytest.raises(ValidationError) as refused:
        room_phone.write_idea(the_room.lib, device, 1, text)
    assert refused.value.message("sv").startswith("Texten")
    assert counts(the_room.lib) == before
    assert room_phone.phone_view(the_room.lib, device)["me"]["last_seq"] == 0


def dot_round(room_: Room, **rules: object) -> tuple[str, list[str]]:
    lib, wid = room_.lib, room_.workshop_id
    made = [ideas.add(lib, wid, text)[0].id for text in ("Cykelbuss", "Gångbuss", "Lampor", "Skyltar")]
    voting_round, _ = voting.create_round(lib, wid, "Vilka går vidare?", VotingMethod.DOTS, **rules)
    return voting_round.id, made


def test_a_phones_ballot_is_cast_and_counted_once(the_room: Room) -> None:
    lib = the_room.lib
    round_id, items = dot_round(the_room, dots_per_person=5, max_per_item=3)
    device, _ = the_room.join("Karin")
    reply, changes = room_phone.cast_ballot(lib, device, 1, round_id, dots={items[0]: 3, items[1]: 2})
    assert reply == {"counted": True, "seq": 1, "round_id": round_id}
    assert changes.touches(room.Area.VOTES)
    again, _ = room_phone.cast_ballot(lib, device, 1, round_id, dots={items[0]: 3, items[1]: 2})
    assert again == reply
    assert ballots.ballot_for(lib, round_id, device.participant_id) == {items[0]: 3, items[1]: 2}
    assert ballots.turnout(lib, round_id).voted[0].name == "Karin"
    with pytest.raises(RoomRefusal) as refused:
        room_phone.cast_ballot(lib, device, 2, round_id, dots={items[2]: 1})
    assert refused.value.code == "ballot_done"
    rows = room.devices(lib, the_room.workshop_id, round_id)
    assert [(r.name, r.ballot) for r in rows] == [("Karin", BallotState.DONE)]


@pytest.mark.parametrize(
    ("ballot", "code"),
    [
        ({0: 3, 1: 3}, "no_dots_left"),  # 6 dots of 5
        ({0: 4}, "item_full"),  # more than 3 on one
        ({0: -1}, "out_of_range"),
    ],
)
def test_a_ballot_over_the_limits_is_refused_and_nothing_is_stored(
    the_room: Room, ballot: dict[int, int], code: str
) -> None:
    lib = the_room.lib
    round_id, items = dot_round(the_room, dots_per_person=5, max_per_item=3)
    device, _ = the_room.join("Oskar")
    before = counts(lib)
    with pytest.raises(ValidationError) as refused:
        room_phone.cast_ballot(lib, device, 1, round_id, dots={items[k]: n for k, n in ballot.items()})
    assert refused.value.code == code
    assert counts(lib) == before
    assert room_phone.phone_view(lib, device)["me"]["last_seq"] == 0


def test_the_own_idea_rule_holds_for_a_phone(the_room: Room) -> None:
    lib, wid = the_room.lib, the_room.workshop_id
    device, _ = the_room.join("Lena")
    room_phone.write_idea(lib, device, 1, "Min egen idé")
    round_id, items = dot_round(the_room, allow_own=False)
    own = next(i.id for i in ideas.list_ideas(lib, wid) if i.text == "Min egen idé")
    view = room_phone.phone_view(lib, device)["round"]
    mine = next(item for item in view["items"] if item["id"] == own)
    assert mine["own"]
    assert not mine["may_vote"]
    with pytest.raises(ValidationError) as refused:
        room_phone.cast_ballot(lib, device, 2, round_id, dots={own: 1})
    assert refused.value.code == "own_idea"


def test_hidden_merged_and_unknown_ideas_are_not_on_a_phones_ballot(the_room: Room) -> None:
    lib, wid = the_room.lib, the_room.workshop_id
    round_id, items = dot_round(the_room)
    silent_writing.set_silent(lib, wid, True)
    hidden, _ = ideas.add(lib, wid, "Dold")
    lib.db.execute("UPDATE ideas SET merged_into = ? WHERE id = ?", [items[0], items[1]])
    device, _ = the_room.join("Karin")
    on_ballot = [i["id"] for i in room_phone.phone_view(lib, device)["round"]["items"]]
    assert on_ballot == [items[0], items[2], items[3]]
    for wrong in (hidden.id, items[1], "no-such-idea"):
        with pytest.raises(NotFoundError):
            room_phone.cast_ballot(lib, device, 1, round_id, dots={wrong: 1})
    assert ballots.ballot_for(lib, round_id, device.participant_id) == {}


def test_a_stale_or_closed_round_and_a_tally_round_are_refused(the_room: Room) -> None:
    lib, wid = the_room.lib, the_room.workshop_id
    old_round, items = dot_round(the_room)
    device, _ = the_room.join("Karin")
    newer, _ = voting.create_round(lib, wid, "Andra omgången", VotingMethod.DOTS)
    with pytest.raises(RoomRefusal) as refused:
        room_phone.cast_ballot(lib, device, 1, old_round, dots={items[0]: 1})
    assert refused.value.code == "stale_round"
    voting.close_round(lib, newer.id)
    with pytest.raises(RoomRefusal):
        room_phone.cast_ballot(lib, device, 1, newer.id, dots={items[0]: 1})
    tally, _ = voting.create_round(lib, wid, "Papper", VotingMethod.TALLY)
    with pytest.raises(RoomRefusal) as refused:
        room_phone.cast_ballot(lib, device, 1, tally.id, dots={items[0]: 1})
    assert refused.value.code == "not_on_phone"
    assert room_phone.phone_view(lib, device)["round"]["phone_can_vote"] is False


def test_scores_from_a_phone_use_the_score_rules(the_room: Room) -> None:
    lib, wid = the_room.lib, the_room.workshop_id
    _, items = dot_round(the_room)
    scoring, _ = voting.create_round(lib, wid, "Effekt/insats", VotingMethod.SCORING)
    device, _ = the_room.join("Oskar")
    with pytest.raises(ValidationError) as refused:
        room_phone.cast_ballot(lib, device, 1, scoring.id, scores={items[0]: [6, 1]})
    assert refused.value.code == "out_of_range"
    room_phone.cast_ballot(lib, device, 1, scoring.id, scores={items[0]: [4, 2], items[1]: [None, 3]})
    assert ballots.scores_for(lib, scoring.id, device.participant_id) == {
        items[0]: (4, 2),
        items[1]: (None, 3),
    }
    group, _ = voting.create_round(lib, wid, "Gruppen", VotingMethod.SCORING, scoring_by=ScoringBy.GROUP)
    with pytest.raises(RoomRefusal):
        room_phone.cast_ballot(lib, device, 2, group.id, scores={items[0]: [4, 2]})


def test_totals_and_names_never_reach_a_phone_before_the_reveal(the_room: Room) -> None:
    lib = the_room.lib
    round_id, items = dot_round(the_room, anonymous=False)
    karin, _ = the_room.join("Karin")
    oskar, _ = the_room.join("Oskar")
    room_phone.cast_ballot(lib, karin, 1, round_id, dots={items[0]: 2})
    hidden_view = json.dumps(room_phone.phone_view(lib, oskar), ensure_ascii=False)
    assert "results" not in hidden_view
    assert "Karin" not in hidden_view  # neither as voter nor as author
    voting.reveal(lib, round_id)
    shown = room_phone.phone_view(lib, oskar)
    assert shown["round"]["results"][0] == {
        "item_id": items[0],
        "dots": 2,
        "score_a": None,
        "score_b": None,
        "rank": 1,
    }
    assert "Karin" not in json.dumps(shown, ensure_ascii=False)


def test_an_anonymous_phones_view_names_nobody_else(the_room: Room) -> None:
    lib = the_room.lib
    karin, _ = the_room.join("Karin")
    room_phone.write_idea(lib, karin, 1, "Cykelbuss")
    round_id, _ = dot_round(the_room)
    anonymous, _ = the_room.join()
    text = json.dumps(room_phone.phone_view(lib, anonymous), ensure_ascii=False)
    for name in the_room.people:
        assert name not in text
    assert "Anonym 1" in text


def test_ideas_are_refused_outside_an_ideas_phase(the_room: Room) -> None:
    from workshop.services import agenda, timer

    lib, wid = the_room.lib, the_room.workshop_id
    voting_phase, _ = agenda.add(lib, wid, "voting", "Röstning")
    timer.start_phase(lib, wid, voting_phase.id)
    device, _ = the_room.join("Karin")
    with pytest.raises(RoomRefusal) as refused:
        room_phone.write_idea(lib, device, 1, "Sent")
    assert refused.value.code == "wrong_phase"
    ideas_phase, _ = agenda.add(lib, wid, "ideas", "Idéer")
    timer.start_phase(lib, wid, ideas_phase.id)
    room_phone.write_idea(lib, device, 1, "I tid")
    assert room_phone.phone_view(lib, device)["phase"]["kind"] == "ideas"


def test_what_phones_wrote_and_cast_is_in_the_exchange_file_like_any_other(the_room: Room) -> None:
    from workshop.export import exchange
    from workshop.services import snapshot

    lib, wid = the_room.lib, the_room.workshop_id
    karin, _ = the_room.join("Karin")
    anonymous, _ = the_room.join()
    room_phone.write_idea(lib, karin, 1, "Cykelbuss")
    room_phone.write_idea(lib, anonymous, 1, "Gångbuss")
    round_id, items = dot_round(the_room)
    room_phone.cast_ballot(lib, anonymous, 2, round_id, dots={items[0]: 2})
    voting.reveal(lib, round_id)
    document = exchange.to_document(snapshot.load(lib, wid))
    text = json.dumps(document, ensure_ascii=False)
    assert "Cykelbuss" in text
    assert "Gångbuss" in text
    assert "Anonym 1" in text  # the anonymous phone is a voter and an author by that name only
    (exported,) = [r for r in document["voting_rounds"] if r["id"] == round_id]
    assert [(b["participant_id"], b["state"]) for b in exported["ballots"]] == [
        (anonymous.participant_id, "done")
    ]
    assert [(v["item_id"], v["dots"]) for v in exported["votes"]] == [(items[0], 2)]


def test_a_phones_view_follows_a_change_made_in_another_program_at_once(the_room: Room) -> None:
    """The phones' views are read once per version of the library and shared; a commit by another
    connection (the console in a second program) must still show on the next fetch."""
    lib, wid = the_room.lib, the_room.workshop_id
    karin, _ = the_room.join("Karin")
    before = room_phone.phone_view(lib, karin)
    assert before["ideas"] == []
    other = Library.open(lib.path)
    try:
        ideas.add(other, wid, "Från den andra datorn")
        questions.add(other, wid, "Hur kan vi fira?")
    finally:
        other.close()
    after = room_phone.phone_view(lib, karin)
    assert [i["text"] for i in after["ideas"]] == ["Från den andra datorn"]


def test_phones_fetching_the_same_moment_read_the_rooms_rows_once(
    the_room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib, wid = the_room.lib, the_room.workshop_id
    ideas.add(lib, wid, "Lampor")
    phones = [the_room.join(name)[0] for name in ("Karin", "Oskar", "Lena")]
    reads: list[str] = []
    real = ideas.list_ideas
    monkeypatch.setattr(ideas, "list_ideas", lambda *a, **k: reads.append("ideas") or real(*a, **k))
    views = [room_phone.phone_view(lib, phone) for phone in phones]
    assert reads == ["ideas"]
    assert [v["me"]["name"] for v in views] == ["Karin", "Oskar", "Lena"]  # each still its own
    room_phone.write_idea(lib, phones[0], 1, "Bänkar")
    assert len(room_phone.phone_view(lib, phones[1])["ideas"]) == 2
    assert reads == ["ideas", "ideas"]
