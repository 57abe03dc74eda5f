"""Personal data: anonymise a workshop's participants, and erase one person from the whole library.

*Anonymise* replaces every participant's name in one workshop with "Deltagare 1", "Deltagare 2"… (or
"Participant 1"… in an English workshop): in the roster, in free-text action owners equal to a name, and
where a full name was typed into the workshop's texts (ideas, actions, questions, framing). Organisation
and role stay, because they record which perspectives were in the room. It is undoable
(:func:`restore_names`) until the facilitator confirms (:func:`confirm_anonymisation`), which overwrites
the old names in the library file; the caller then forgets the undo history.

*Erase* answers a GDPR request: a person's full name is removed from every workshop — the participant's
name becomes "Borttagen person"/"Erased person" and their organisation and role are cleared, free-text
action owners and facilitator fields equal to the name are emptied, and the full name typed in any text is
replaced — and the file is wiped of the old content at once. Their ideas and votes stay, anonymous.
Names are found in texts by the one rule of :mod:`workshop.domain.personal_names` (whole words, any case,
any Unicode normalisation, with or without diacritics, any spacing; not a name of fewer than three
letters); a first name alone is not matched, to avoid erasing other people's words. Backups made
earlier still hold the name until they roll out of the backup set (see :mod:`workshop.services.backups`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from workshop.domain.action import Action
from workshop.domain.language import Language
from workshop.domain.participant import Participant
from workshop.domain.personal_names import NameScrubber, same_name
from workshop.domain.text import SHORT_LIMIT, require_text
from workshop.services import workshops
from workshop.services.changes import Area, ChangeSet
from workshop.store import personal_data
from workshop.store import trash as file_wiping
from workshop.store.library import Library
from workshop.store.tables import ACTIONS, PARTICIPANTS

PSEUDONYM = {Language.SV: "Deltagare {n}", Language.EN: "Participant {n}"}
ERASED = {Language.SV: "Borttagen person", Language.EN: "Erased person"}
ALL_AREAS = (
    Area.LIBRARY,
    Area.WORKSHOP,
    Area.PARTICIPANTS,
    Area.IDEAS,
    Area.ACTIONS,
    Area.QUESTIONS,
    Area.FRAMING,
    Area.AGENDA,
    Area.CLUSTERS,
)


@dataclass(frozen=True)
class TextCell:
    table: str
    row_id: str
    column: str
    before: str
    after: str


@dataclass(frozen=True)
class Anonymisation:
    """Everything as it was before, so the anonymisation can be undone until it is confirmed."""

    workshop_id: str
    participants: tuple[Participant, ...]
    actions: tuple[Action, ...]
    cells: tuple[TextCell, ...]


def _changed_cells(lib: Library, scrub: NameScrubber, workshop_id: str | None) -> list[TextCell]:
    cells = []
    for table, row_id, column, owner, text in personal_data.free_text_cells(lib):
        if workshop_id is not None and owner != workshop_id:
            continue
        new_text = scrub(text)
        if new_text != text:
            cells.append(TextCell(table, row_id, column, text, new_text))
    return cells


def anonymise_workshop(lib: Library, workshop_id: str) -> tuple[Anonymisation, ChangeSet]:
    """Replace every participant name of the workshop with a numbered pseudonym (undoable)."""
    with lib.atomic():
        workshop = workshops.get(lib, workshop_id)
        people = PARTICIPANTS.for_workshop(lib, workshop_id)
        pseudonyms = {p.id: PSEUDONYM[workshop.language].format(n=n) for n, p in enumerate(people, start=1)}
        scrub = NameScrubber.for_names({p.name: pseudonyms[p.id] for p in people})
        changed_people = [p for p in people if p.name != pseudonyms[p.id]]
        for person in changed_people:
            PARTICIPANTS.update(lib, dataclasses.replace(person, name=pseudonyms[person.id]))
        owned = []
        for action in ACTIONS.for_workshop(lib, workshop_id):
            match = next((p for p in people if same_name(p.name, action.owner_text)), None)
            if match is not None:
                owned.append(action)
                ACTIONS.update(lib, dataclasses.replace(action, owner_text=pseudonyms[match.id]))
        cells = _changed_cells(lib, scrub, workshop_id)
        for cell in cells:
            personal_data.set_cell(lib, cell.table, cell.row_id, cell.column, cell.after)
    record = Anonymisation(workshop_id, tuple(changed_people), tuple(owned), tuple(cells))
    return record, ChangeSet.of(workshop_id, *ALL_AREAS)


def restore_names(lib: Library, record: Anonymisation) -> ChangeSet:
    """Undo :func:`anonymise_workshop`: put every name back as it was."""
    with lib.atomic():
        for person in record.participants:
            PARTICIPANTS.update(lib, person)
        for action in record.actions:
            ACTIONS.update(lib, action)
        for cell in record.cells:
            personal_data.set_cell(lib, cell.table, cell.row_id, cell.column, cell.before)
    return ChangeSet.of(record.workshop_id, *ALL_AREAS)


def confirm_anonymisation(lib: Library, workshop_id: str) -> ChangeSet:
    """Make the anonymisation final: overwrite the old names left in the library file."""
    file_wiping.wipe_deleted_content(lib)
    return ChangeSet.of(workshop_id, Area.LIBRARY)


def known_names(lib: Library) -> list[str]:
    """Every participant name in the library, for completing the name of a person to erase."""
    return sorted({p.name for p in personal_data.all_participants(lib)}, key=str.casefold)


@dataclass(frozen=True)
class Erasure:
    """What erasing a person changed (or, from :func:`find_person`, would change)."""

    name: str
    participants: int
    action_owners: int
    facilitators: int
    texts: int
    workshop_ids: tuple[str, ...]

    @property
    def found(self) -> bool:
        return bool(self.participants or self.action_owners or self.facilitators or self.texts)


def _erasure_plan(
    lib: Library, name: str
) -> tuple[list[Participant], list[Action], list[tuple[str, str]], list[TextCell], dict[str, Language]]:
    languages = {
        s.workshop.id: s.workshop.language
        for t in (False, True)
        for s in workshops.list_workshops(lib, trash=t)
    }
    people = [p for p in personal_data.all_participants(lib) if same_name(p.name, name)]
    owners = [a for a in personal_data.actions_with_owner_text(lib) if same_name(a.owner_text, name)]
    leads = [(w, f) for w, f in personal_data.facilitators(lib) if same_name(f, name)]
    scrubs = {lang: NameScrubber.for_names({name: placeholder}) for lang, placeholder in ERASED.items()}
    cells = []
    for table, row_id, column, owner, text in personal_data.free_text_cells(lib):
        new_text = scrubs[languages.get(owner, Language.SV)](text)
        if new_text != text:
            cells.append(TextCell(table, row_id, column, text, new_text))
    return people, owners, leads, cells, languages


def _summary(
    name: str,
    people: list[Participant],
    owners: list[Action],
    leads: list[tuple[str, str]],
    cells: list[TextCell],
) -> Erasure:
    touched = {p.workshop_id for p in people} | {a.workshop_id for a in owners} | {w for w, _ in leads}
    cell_owners = {c.row_id for c in cells if c.table == "workshops"}
    return Erasure(
        name, len(people), len(owners), len(leads), len(cells), tuple(sorted(touched | cell_owners))
    )


def find_person(lib: Library, name: str) -> Erasure:
    """What :func:`erase_person` would change, without changing anything."""
    cleaned = require_text("name", name, SHORT_LIMIT)
    people, owners, leads, cells, _ = _erasure_plan(lib, cleaned)
    return _summary(cleaned, people, owners, leads, cells)


def erase_person(lib: Library, name: str) -> tuple[Erasure, ChangeSet]:
    """Remove a person's name from every workshop and wipe it from the file. Not undoable, by design."""
    cleaned = require_text("name", name, SHORT_LIMIT)
    with lib.atomic():
        people, owners, leads, cells, languages = _erasure_plan(lib, cleaned)
        for person in people:
            placeholder = ERASED[languages.get(person.workshop_id, Language.SV)]
            PARTICIPANTS.update(lib, dataclasses.replace(person, name=placeholder, organisation="", role=""))
        for action in owners:
            ACTIONS.update(lib, dataclasses.replace(action, owner_text=""))
        for workshop_id, _ in leads:
            personal_data.set_facilitator(lib, workshop_id, "")
        for cell in cells:
            personal_data.set_cell(lib, cell.table, cell.row_id, cell.column, cell.after)
    if people or owners or leads or cells:
        file_wiping.wipe_deleted_content(lib)
    return _summary(cleaned, people, owners, leads, cells), ChangeSet.of(None, *ALL_AREAS)
