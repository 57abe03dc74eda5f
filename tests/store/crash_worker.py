"""A process that edits a library through the service layer until it is killed.

Run by test_crash_safety.py: ``python crash_worker.py LIBRARY WORKSHOP_ID``. After each edit has been
committed (the service call returned), one line is printed and flushed:

* ``add <idea id> <text>`` for a new idea,
* ``edit <idea id> <text>`` for a changed idea text,
* ``person <participant id> <name>`` for a new participant.

The test kills this process with SIGKILL at random moments and checks that every reported edit survived.
"""

from __future__ import annotations

import random
import sys

from workshop.services import ideas, participants
from workshop.store.library import Library


def main(path: str, workshop_id: str) -> None:
    lib = Library.open(path)
    rng = random.Random()
    made: list[str] = []
    number = 0
    while True:
        number += 1
        roll = rng.random()
        if made and roll < 0.3:
            idea_id = rng.choice(made)
            text = f"ändrad idé {number} " + "x" * rng.randint(0, 400)
            updated, _ = ideas.update(lib, idea_id, text=text)
            line = f"edit {idea_id} {updated.text}"
        elif roll < 0.4:
            person, _ = participants.add(lib, workshop_id, f"Deltagare {number}")
            line = f"person {person.id} {person.name}"
        else:
            text = f"idé {number} " + "y" * rng.randint(0, 400)
            idea, _ = ideas.add(lib, workshop_id, text)
            made.append(idea.id)
            line = f"add {idea.id} {idea.text}"
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
