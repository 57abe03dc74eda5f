"""Emptying the trash wipes the data from the file; anonymising and erasing people."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.domain.errors import ValidationError
from workshop.domain.workshop import Workshop
from workshop.services import actions, ideas, participants, privacy, trash, workshops
from workshop.store.library import Library

SECRET = "Hemligt projekt Zebrafink"


def _on_disk(path: Path) -> bytes:
    """Everything SQLite keeps for the library: the file and its write-ahead log."""
    data = path.read_bytes()
    wal = Path(f"{path}-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_empty_trash_removes_the_workshops_and_wipes_their_text_from_the_file(library: Library) -> None:
    kept, _ = workshops.create(library, "Behålls")
    gone, _ = workshops.create(library, SECRET, goal=SECRET * 20)
    for number in range(30):
        ideas.add(library, gone.id, f"{SECRET} idé {number}")
    workshops.move_to_trash(library, gone.id)
    assert SECRET.encode() in _on_disk(library.path)

    emptied, changes = trash.empty_trash(library)

    assert emptied.workshops == 1
    assert emptied.file_wiped
    assert workshops.list_workshops(library, trash=True) == []
    assert [s.workshop.id for s in workshops.list_workshops(library)] == [kept.id]
    assert SECRET.encode() not in _on_disk(library.path)
    assert library.integrity_ok()
    assert changes.workshop_id is None


def test_empty_trash_when_empty_does_nothing(library: Library, demo: Workshop) -> None:
    emptied, _ = trash.empty_trash(library)
    assert emptied.workshops == 0
    assert not emptied.file_wiped
    assert len(workshops.list_workshops(library)) == 1


def test_anonymise_replaces_names_in_roster_owners_and_texts_and_undoes(
    library: Library, demo: Workshop
) -> None:
    people = participants.list_participants(library, demo.id)
    anna = people[0]
    action, _ = actions.add(library, demo.id, f"Följ upp med {anna.name}", owner_text=anna.name.upper())
    idea, _ = ideas.add(library, demo.id, f"{anna.name} föreslår fler cykelställ")
    before_names = [p.name for p in people]

    record, _ = privacy.anonymise_workshop(library, demo.id)

    names = [p.name for p in participants.list_participants(library, demo.id)]
    assert names == [f"Deltagare {n}" for n in range(1, len(people) + 1)]
    assert actions.get(library, action.id).owner_text == "Deltagare 1"
    assert actions.get(library, action.id).title == "Följ upp med Deltagare 1"
    assert ideas.get(library, idea.id).text == "Deltagare 1 föreslår fler cykelställ"
    assert participants.get(library, anna.id).organisation == anna.organisation  # perspective kept

    privacy.restore_names(library, record)

    assert [p.name for p in participants.list_participants(library, demo.id)] == before_names
    assert actions.get(library, action.id).owner_text == anna.name.upper()
    assert ideas.get(library, idea.id).text == idea.text


def test_confirmed_anonymisation_leaves_no_old_name_in_the_file(library: Library, demo: Workshop) -> None:
    name = participants.list_participants(library, demo.id)[3].name
    privacy.anonymise_workshop(library, demo.id)
    privacy.confirm_anonymisation(library, demo.id)
    assert name.encode() not in _on_disk(library.path)


def test_anonymise_uses_the_workshop_language(library: Library) -> None:
    workshop, _ = workshops.create(library, "Safer streets", language="en")
    participants.add(library, workshop.id, "Ada Lovelace")
    privacy.anonymise_workshop(library, workshop.id)
    assert [p.name for p in participants.list_participants(library, workshop.id)] == ["Participant 1"]


def test_erase_person_removes_the_name_from_every_workshop(library: Library, demo: Workshop) -> None:
    second, _ = workshops.duplicate(library, demo.id)
    name = "Leila Haddad"
    actions.add(library, second.id, "Ordna föräldramöte", owner_text="leila  haddad")
    workshops.update(library, second.id, facilitator=name)
    idea, _ = ideas.add(library, demo.id, "Som Leila Haddad sa: fler vuxna ute på morgonen")
    other = participants.list_participants(library, demo.id)[0]

    found = privacy.find_person(library, "  LEILA HADDAD ")
    assert (found.participants, found.action_owners, found.facilitators) == (2, 1, 1)
    assert found.texts == 1
    assert set(found.workshop_ids) == {demo.id, second.id}

    erased, _ = privacy.erase_person(library, name)

    assert erased.participants == 2
    for workshop_id in (demo.id, second.id):
        names = [p.name for p in participants.list_participants(library, workshop_id)]
        assert name not in names
        assert "Borttagen person" in names
    assert workshops.get(library, second.id).facilitator == ""
    assert all(a.owner_text == "" for a in actions.list_actions(library, second.id))
    assert ideas.get(library, idea.id).text == "Som Borttagen person sa: fler vuxna ute på morgonen"
    assert participants.get(library, other.id).name == other.name  # nobody else is touched
    assert ideas.count(library, demo.id) == 46  # her ideas stay, anonymous
    assert name.encode() not in _on_disk(library.path)
    assert privacy.find_person(library, name).found is False


def test_erase_person_does_not_match_a_first_name_alone(library: Library, demo: Workshop) -> None:
    erased, _ = privacy.erase_person(library, "Leila")
    assert not erased.found
    assert "Leila Haddad" in [p.name for p in participants.list_participants(library, demo.id)]


def test_erase_needs_a_name(library: Library) -> None:
    with pytest.raises(ValidationError):
        privacy.erase_person(library, "   ")
