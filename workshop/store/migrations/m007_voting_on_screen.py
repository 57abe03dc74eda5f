"""Which voting round the shared screen shows.

The console and the presenter are two windows; the facilitator picks the round for the room in the
console. Keeping that choice in the library means a restarted laptop comes back to the same round.
"""

from __future__ import annotations

from sqlite_utils import Database

SCHEMA = """
ALTER TABLE voting_rounds ADD COLUMN on_screen INTEGER NOT NULL DEFAULT 0;
"""


def apply(db: Database) -> None:
    db.executescript(SCHEMA)
