"""Running the workshop: problem framing, idea tags and silent writing, the phase timer, the action plan."""

from __future__ import annotations

from sqlite_utils import Database

SCHEMA = """
ALTER TABLE workshops ADD COLUMN problem_statement TEXT NOT NULL DEFAULT '';
ALTER TABLE workshops ADD COLUMN context TEXT NOT NULL DEFAULT '';
ALTER TABLE workshops ADD COLUMN silent_mode INTEGER NOT NULL DEFAULT 0;   -- new ideas hidden on the presenter
ALTER TABLE workshops ADD COLUMN current_phase_id TEXT NOT NULL DEFAULT '';  -- agenda item now running ('' none)
ALTER TABLE workshops ADD COLUMN timer_running_since TEXT NOT NULL DEFAULT ''; -- UTC time the clock last started; '' = paused
ALTER TABLE workshops ADD COLUMN timer_elapsed_ms INTEGER NOT NULL DEFAULT 0; -- time run before the last start

ALTER TABLE agenda_items ADD COLUMN extra_minutes INTEGER NOT NULL DEFAULT 0;  -- +1/+5 given during the phase

ALTER TABLE ideas ADD COLUMN revealed INTEGER NOT NULL DEFAULT 1;  -- 0: written in silent mode, not yet shown

CREATE TABLE framing_items (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('target_group', 'constraint', 'success_criterion')),
    text TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX framing_items_workshop ON framing_items(workshop_id, kind, position);

CREATE TABLE idea_tags (
    idea_id TEXT NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    tag TEXT NOT NULL CHECK (tag IN ('economic', 'social', 'ecological')),  -- the city's sustainability dimensions
    PRIMARY KEY (idea_id, tag)
);

CREATE TABLE actions (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    title TEXT NOT NULL,                                             -- what will be done
    idea_id TEXT REFERENCES ideas(id) ON DELETE SET NULL,            -- the idea it carries forward
    owner_id TEXT REFERENCES participants(id) ON DELETE SET NULL,    -- a participant, or
    owner_text TEXT NOT NULL DEFAULT '',                             -- a free-text owner (a unit, a role)
    due_date TEXT NOT NULL DEFAULT '',                               -- YYYY-MM-DD or ''
    next_step TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'done')),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX actions_workshop ON actions(workshop_id, position);
"""


def apply(db: Database) -> None:
    db.executescript(SCHEMA)
