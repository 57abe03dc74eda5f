"""The room of phones: its settings per workshop and the devices that joined it."""

from __future__ import annotations

from sqlite_utils import Database

SCHEMA = """
CREATE TABLE room_settings (
    workshop_id TEXT PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
    join_code TEXT NOT NULL DEFAULT '',          -- empty: the room is closed to new phones
    locked INTEGER NOT NULL DEFAULT 0,           -- no new joins; joined phones go on
    join_mode TEXT NOT NULL DEFAULT 'either' CHECK (join_mode IN ('roster', 'anonymous', 'either')),
    anonymous_count INTEGER NOT NULL DEFAULT 0,  -- numbers the anonymous phones: Anonym 1, 2, ...
    last_port INTEGER NOT NULL DEFAULT 0         -- tried first on the next opening, so printed QR codes still work
);
CREATE TABLE room_devices (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    token_hash TEXT UNIQUE,                      -- SHA-256 of the device token; NULL once removed
    anonymous INTEGER NOT NULL DEFAULT 0,
    joined_at TEXT NOT NULL,
    removed_at TEXT NOT NULL DEFAULT '',
    last_seq INTEGER NOT NULL DEFAULT 0,         -- the last write accepted from this device
    last_reply TEXT NOT NULL DEFAULT ''          -- its JSON reply, given again when the same write is re-sent
);
CREATE INDEX room_devices_workshop ON room_devices(workshop_id, joined_at);
CREATE INDEX room_devices_participant ON room_devices(participant_id);
"""


def apply(db: Database) -> None:
    db.executescript(SCHEMA)
