"""The first schema: workshops, participants, agenda items, questions and ideas.

Ids are UUID strings. Times are UTC ISO-8601 text. Booleans are 0/1. Deleting a workshop row removes
everything that belongs to it (ON DELETE CASCADE); moving it to the trash only sets ``deleted_at``.
"""

from __future__ import annotations

from sqlite_utils import Database

SCHEMA = """
CREATE TABLE workshops (
    id TEXT PRIMARY KEY,                 -- UUID
    title TEXT NOT NULL,
    goal TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'sv' CHECK (language IN ('sv', 'en')),
    date TEXT NOT NULL DEFAULT '',       -- YYYY-MM-DD, or '' when not decided
    location TEXT NOT NULL DEFAULT '',
    facilitator TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'running', 'finished')),
    template TEXT NOT NULL DEFAULT '',   -- the template it was made from
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT NOT NULL DEFAULT ''  -- set when moved to the trash
);

CREATE TABLE participants (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    present INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX participants_workshop ON participants(workshop_id);

CREATE TABLE agenda_items (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,                  -- intro, framing, ideas, clustering, voting, actions, break, other
    title TEXT NOT NULL,
    instructions TEXT NOT NULL DEFAULT '',
    planned_minutes INTEGER NOT NULL DEFAULT 10,
    position INTEGER NOT NULL DEFAULT 0,
    started_at TEXT NOT NULL DEFAULT '', -- when the phase actually began
    ended_at TEXT NOT NULL DEFAULT ''    -- when it actually ended
);
CREATE INDEX agenda_items_workshop ON agenda_items(workshop_id);

CREATE TABLE questions (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    text TEXT NOT NULL,                  -- "How might we ...?"
    focus INTEGER NOT NULL DEFAULT 0,    -- at most one question per workshop is in focus
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX questions_workshop ON questions(workshop_id);

CREATE TABLE ideas (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    author_id TEXT REFERENCES participants(id) ON DELETE SET NULL,   -- NULL: anonymous
    question_id TEXT REFERENCES questions(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX ideas_workshop ON ideas(workshop_id, position);
"""


def apply(db: Database) -> None:
    db.executescript(SCHEMA)
