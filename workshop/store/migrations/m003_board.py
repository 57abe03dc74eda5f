"""The affinity board: clusters, where each note lies, and merged duplicates."""

from __future__ import annotations

from sqlite_utils import Database

SCHEMA = """
CREATE TABLE clusters (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    title TEXT NOT NULL DEFAULT '',
    colour TEXT NOT NULL DEFAULT '',       -- '#rrggbb'
    x REAL NOT NULL DEFAULT 0,             -- frame on the board, scene units
    y REAL NOT NULL DEFAULT 0,
    width REAL NOT NULL DEFAULT 0,
    height REAL NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX clusters_workshop ON clusters(workshop_id, position);

ALTER TABLE ideas ADD COLUMN cluster_id TEXT REFERENCES clusters(id) ON DELETE SET NULL;
ALTER TABLE ideas ADD COLUMN board_x REAL;    -- NULL: not placed yet (laid out automatically)
ALTER TABLE ideas ADD COLUMN board_y REAL;
ALTER TABLE ideas ADD COLUMN merged_into TEXT REFERENCES ideas(id) ON DELETE SET NULL;  -- a duplicate kept inside another note
CREATE INDEX ideas_cluster ON ideas(cluster_id);
CREATE INDEX ideas_merged ON ideas(merged_into);

ALTER TABLE actions ADD COLUMN cluster_id TEXT REFERENCES clusters(id) ON DELETE SET NULL;
"""


def apply(db: Database) -> None:
    db.executescript(SCHEMA)
