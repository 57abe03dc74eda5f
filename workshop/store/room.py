"""The room's rows: its settings per workshop and its devices (see migration m009)."""

from __future__ import annotations

from workshop.domain.room import Device, RoomSettings
from workshop.store.library import Library
from workshop.store.records import column_names, from_row, insert_sql, row_values, to_row


def settings(lib: Library, workshop_id: str) -> RoomSettings:
    """The workshop's room settings; a workshop whose room never opened has the defaults."""
    cursor = lib.conn.execute("SELECT * FROM room_settings WHERE workshop_id = ?", [workshop_id])
    values = cursor.fetchone()
    if values is None:
        return RoomSettings(workshop_id)
    names = [column[0] for column in cursor.description]
    return from_row(RoomSettings, dict(zip(names, values, strict=True)))


def put_settings(lib: Library, value: RoomSettings) -> None:
    lib.db.table("room_settings").insert(to_row(value), replace=True)


def insert_device(lib: Library, device: Device) -> None:
    lib.db.execute(insert_sql("room_devices", column_names(Device)), row_values(device))


def _devices(lib: Library, where: str, args: list[object]) -> list[Device]:
    cursor = lib.conn.execute(f"SELECT * FROM room_devices WHERE {where} ORDER BY joined_at, rowid", args)
    names = [column[0] for column in cursor.description]
    return [from_row(Device, dict(zip(names, values, strict=True))) for values in cursor.fetchall()]


def device(lib: Library, device_id: str) -> Device | None:
    found = _devices(lib, "id = ?", [device_id])
    return found[0] if found else None


def device_by_token_hash(lib: Library, hashed: str) -> Device | None:
    found = _devices(lib, "token_hash = ?", [hashed])
    return found[0] if found else None


def devices(lib: Library, workshop_id: str, *, active_only: bool = True) -> list[Device]:
    where = "workshop_id = ?" + (" AND token_hash IS NOT NULL" if active_only else "")
    return _devices(lib, where, [workshop_id])


def anonymous_participants(lib: Library, workshop_id: str) -> set[str]:
    """Roster entries made for anonymous phones: never offered as a name to join with."""
    rows = lib.conn.execute(
        "SELECT participant_id FROM room_devices WHERE workshop_id = ? AND anonymous = 1", [workshop_id]
    ).fetchall()
    return {row[0] for row in rows}


def record_write(lib: Library, device_id: str, seq: int, reply: str) -> None:
    lib.db.execute(
        "UPDATE room_devices SET last_seq = ?, last_reply = ? WHERE id = ?", [seq, reply, device_id]
    )


def retire(lib: Library, device_id: str, stamp: str) -> None:
    """The token stops working at once; the row stays so the phone's ideas and votes keep their author."""
    lib.db.execute(
        "UPDATE room_devices SET token_hash = NULL, removed_at = ? WHERE id = ?", [stamp, device_id]
    )


def ballot_item_ids(lib: Library, workshop_id: str, clusters: bool) -> list[str]:
    """What a phone may vote on, by id only (the costly part, authors, is read by the ballots service):
    the clusters, or the ideas the room has seen that are not merged into another."""
    if clusters:
        sql = "SELECT id FROM clusters WHERE workshop_id = ? ORDER BY position, rowid"
    else:
        sql = (
            "SELECT id FROM ideas WHERE workshop_id = ? AND merged_into IS NULL AND revealed = 1"
            " ORDER BY position, rowid"
        )
    return [row[0] for row in lib.conn.execute(sql, [workshop_id]).fetchall()]
