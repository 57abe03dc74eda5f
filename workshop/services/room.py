"""The room of phones, as the facilitator runs it and as a phone joins it.

Open and close the room, lock it, choose how phones join, see and remove the devices; a phone joins
(by its own roster name or anonymously), is recognised by its token, and leaves. Each action is one
transaction returning a ChangeSet with ``Area.ROOM``, so the console's panel follows like any view.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from workshop.domain.errors import NotFoundError
from workshop.domain.ids import new_id, now_iso
from workshop.domain.participant import Participant
from workshop.domain.room import (
    Device,
    JoinMode,
    RoomRefusal,
    RoomSettings,
    anonymous_name,
    codes_match,
    new_join_code,
    new_token,
    token_hash,
)
from workshop.domain.voting import BallotState
from workshop.domain.workshop import Workshop
from workshop.services import participants
from workshop.services.changes import Area, ChangeSet
from workshop.store import room as room_rows
from workshop.store import voting as voting_rows
from workshop.store.library import Library
from workshop.store.tables import PARTICIPANTS, WORKSHOPS


@dataclass(frozen=True)
class Joined:
    """A phone that just joined: its device, and its token (given to the phone once, never stored)."""

    device: Device
    token: str


@dataclass(frozen=True)
class DeviceRow:
    """One line of the facilitator's list: which device, as whom, and where its ballot stands."""

    device: Device
    name: str
    ballot: BallotState | None = None


def _workshop(lib: Library, workshop_id: str) -> Workshop:
    found = WORKSHOPS.get(lib, workshop_id)
    if found is None:
        raise NotFoundError("workshop", workshop_id)
    return found


def _changes(workshop_id: str, *extra: Area, ids: tuple[str, ...] = ()) -> ChangeSet:
    return ChangeSet.of(workshop_id, Area.ROOM, *extra, ids=ids)


def settings(lib: Library, workshop_id: str) -> RoomSettings:
    return room_rows.settings(lib, workshop_id)


def _update(lib: Library, workshop_id: str, **changes: object) -> tuple[RoomSettings, ChangeSet]:
    """Change the settings; returns them as they were before (for undo)."""
    with lib.atomic():
        _workshop(lib, workshop_id)
        before = room_rows.settings(lib, workshop_id)
        room_rows.put_settings(lib, dataclasses.replace(before, **changes))  # type: ignore[arg-type]
    return before, _changes(workshop_id)


def open_room(lib: Library, workshop_id: str) -> tuple[RoomSettings, ChangeSet]:
    """Let phones join: a join code is made unless the room is open already (a restart keeps it)."""
    current = room_rows.settings(lib, workshop_id)
    if current.open:
        return current, ChangeSet.of(workshop_id)
    _update(lib, workshop_id, join_code=new_join_code())
    return room_rows.settings(lib, workshop_id), _changes(workshop_id)


def close_room(lib: Library, workshop_id: str) -> tuple[RoomSettings, ChangeSet]:
    """Forget the join code: no new phone can join; those that joined are recognised when it reopens."""
    return _update(lib, workshop_id, join_code="")


def set_locked(lib: Library, workshop_id: str, locked: bool) -> tuple[RoomSettings, ChangeSet]:
    return _update(lib, workshop_id, locked=bool(locked))


def set_join_mode(lib: Library, workshop_id: str, mode: JoinMode | str) -> tuple[RoomSettings, ChangeSet]:
    return _update(lib, workshop_id, join_mode=JoinMode(mode))


def remember_port(lib: Library, workshop_id: str, port: int) -> None:
    if room_rows.settings(lib, workshop_id).last_port != port:
        _update(lib, workshop_id, last_port=int(port))


def devices(lib: Library, workshop_id: str, round_id: str | None = None) -> list[DeviceRow]:
    """The devices in the room, with (given a round) where each one's ballot stands — never how."""
    names = {p.id: p.name for p in PARTICIPANTS.for_workshop(lib, workshop_id)}
    states = (
        {b.participant_id: b.state for b in voting_rows.ballots_for_round(lib, round_id)} if round_id else {}
    )
    return [
        DeviceRow(d, names.get(d.participant_id, "?"), states.get(d.participant_id))
        for d in room_rows.devices(lib, workshop_id)
    ]


def remove_device(lib: Library, device_id: str) -> ChangeSet:
    """The facilitator removes a phone: its token stops working; what it wrote and cast stays."""
    with lib.atomic():
        found = room_rows.device(lib, device_id)
        if found is None:
            raise NotFoundError("participant", device_id)
        room_rows.retire(lib, device_id, now_iso())
    return _changes(found.workshop_id, ids=(device_id,))


def leave(lib: Library, device: Device) -> ChangeSet:
    """The phone leaves the room by itself (the same as being removed)."""
    return remove_device(lib, device.id)


def roster_for_joining(lib: Library, workshop_id: str) -> list[Participant]:
    """The names a phone may join as: the roster, less anonymous phones and names already joined."""
    taken = {d.participant_id for d in room_rows.devices(lib, workshop_id)}
    anonymous = room_rows.anonymous_participants(lib, workshop_id)
    return [
        p for p in PARTICIPANTS.for_workshop(lib, workshop_id) if p.id not in taken and p.id not in anonymous
    ]


def join(lib: Library, workshop_id: str, code: str, participant_id: str | None) -> tuple[Joined, ChangeSet]:
    """A phone joins with the code on the screen, as a roster name (``participant_id``) or anonymously."""
    with lib.atomic():
        workshop = _workshop(lib, workshop_id)
        room = room_rows.settings(lib, workshop_id)
        if not room.open:
            raise RoomRefusal("room_closed")
        if not codes_match(code, room.join_code):
            raise RoomRefusal("wrong_code")
        if room.locked:
            raise RoomRefusal("room_locked")
        extra: tuple[Area, ...] = ()
        if participant_id is None:
            if room.join_mode == JoinMode.ROSTER:
                raise RoomRefusal("no_anonymous")
            number = room.anonymous_count + 1
            person, _ = participants.add(lib, workshop_id, anonymous_name(number, workshop.language))
            room_rows.put_settings(lib, dataclasses.replace(room, anonymous_count=number))
            extra = (Area.PARTICIPANTS,)
        else:
            if room.join_mode == JoinMode.ANONYMOUS:
                raise RoomRefusal("no_roster")
            if participant_id not in {p.id for p in roster_for_joining(lib, workshop_id)}:
                known = PARTICIPANTS.get(lib, participant_id)
                if known is None or known.workshop_id != workshop_id:
                    raise RoomRefusal("not_found")
                raise RoomRefusal("name_taken")
            person = PARTICIPANTS.get(lib, participant_id)  # type: ignore[assignment]
        token = new_token()
        device = Device(
            id=new_id(),
            workshop_id=workshop_id,
            participant_id=person.id,
            token_hash=token_hash(token),
            anonymous=participant_id is None,
            joined_at=now_iso(),
        )
        room_rows.insert_device(lib, device)
    return Joined(device, token), _changes(workshop_id, *extra, ids=(device.id,))


def device_for_token(lib: Library, workshop_id: str, token: str | None) -> Device:
    """The device this token belongs to, in this workshop's room; else the phone must join again."""
    if not token or len(token) > 200:
        raise RoomRefusal("no_device")
    found = room_rows.device_by_token_hash(lib, token_hash(token))
    if found is None or not found.active or found.workshop_id != workshop_id:
        raise RoomRefusal("no_device")
    return found
