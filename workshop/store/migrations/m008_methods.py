"""Methods: a phase remembers the method it came from, what the facilitator says, and its timed rounds;
the facilitator's own methods are kept in the library (as the method file's JSON, so sharing one is a copy).
"""

from __future__ import annotations

from sqlite_utils import Database

SCHEMA = """
ALTER TABLE agenda_items ADD COLUMN method TEXT NOT NULL DEFAULT '';
ALTER TABLE agenda_items ADD COLUMN facilitator_notes TEXT NOT NULL DEFAULT '';
ALTER TABLE agenda_items ADD COLUMN rounds TEXT NOT NULL DEFAULT '';  -- JSON: [{minutes, extra_minutes, text}]
CREATE TABLE own_methods (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,          -- in the language it was saved in, for sorting and "already exists"
    document TEXT NOT NULL,      -- the method file's JSON (format ideverkstad-method)
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""


def apply(db: Database) -> None:
    db.executescript(SCHEMA)
