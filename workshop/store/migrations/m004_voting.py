"""Voting rounds: dot voting in turns, paper tallies and impact/effort scoring."""

from __future__ import annotations

from sqlite_utils import Database

SCHEMA = """
CREATE TABLE voting_rounds (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('dots', 'tally', 'scoring')),
    target TEXT NOT NULL DEFAULT 'ideas' CHECK (target IN ('ideas', 'clusters')),
    dots_per_person INTEGER NOT NULL DEFAULT 5,
    max_per_item INTEGER NOT NULL DEFAULT 3,
    allow_own INTEGER NOT NULL DEFAULT 1,         -- may a participant vote on their own idea
    anonymous INTEGER NOT NULL DEFAULT 1,         -- ballots not shown by name in results and reports
    criterion_a TEXT NOT NULL DEFAULT '',         -- scoring: first criterion (default impact)
    criterion_b TEXT NOT NULL DEFAULT '',         -- scoring: second criterion (default effort)
    scoring_by TEXT NOT NULL DEFAULT 'each' CHECK (scoring_by IN ('each', 'group')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    revealed INTEGER NOT NULL DEFAULT 0,          -- totals may be shown
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX voting_rounds_workshop ON voting_rounds(workshop_id, position);

-- One row per participant and round: where their turn stands.
CREATE TABLE ballots (
    round_id TEXT NOT NULL REFERENCES voting_rounds(id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'voting', 'done', 'skipped')),
    updated_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (round_id, participant_id)
);

-- Every dot, tally or score. participant_id is NULL for a paper tally or a score given by the whole group.
CREATE TABLE votes (
    id TEXT PRIMARY KEY,
    round_id TEXT NOT NULL REFERENCES voting_rounds(id) ON DELETE CASCADE,
    participant_id TEXT REFERENCES participants(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,                        -- an idea id or a cluster id, by the round's target
    dots INTEGER NOT NULL DEFAULT 0,              -- dots, or the counted paper dots for a tally
    score_a INTEGER,                              -- scoring: 1-5 on criterion a
    score_b INTEGER,                              -- scoring: 1-5 on criterion b
    created_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX votes_round ON votes(round_id, item_id);
CREATE UNIQUE INDEX votes_one_per_person_item ON votes(round_id, COALESCE(participant_id, ''), item_id);
"""


def apply(db: Database) -> None:
    db.executescript(SCHEMA)
