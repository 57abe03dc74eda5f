"""The room of phones: who joined from which device, and what a phone may see and do.

A phone is a second client of the same rules: its ballot is checked by :mod:`voting_rules` like the shared
screen's, its ideas by :mod:`text` like the console's. What is decided here is only what is new with
phones: tokens and join codes, whether a write is a re-send, and what a phone may be shown.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from workshop.domain.errors import ValidationError
from workshop.domain.idea import Idea
from workshop.domain.language import Language

JOIN_CODE_DIGITS = 6  # typed on a phone's number pad; guessing is stopped by the per-address limit
TOKEN_BYTES = 32


class JoinMode(StrEnum):
    ROSTER = "roster"  # pick one's own name from the roster
    ANONYMOUS = "anonymous"  # every phone is "Anonym N"
    EITHER = "either"


@dataclass(frozen=True)
class RoomSettings:
    workshop_id: str
    join_code: str = ""  # empty: closed to new phones
    locked: bool = False
    join_mode: JoinMode = JoinMode.EITHER
    anonymous_count: int = 0
    last_port: int = 0

    @property
    def open(self) -> bool:
        return bool(self.join_code)


@dataclass(frozen=True)
class Device:
    """One phone that joined. ``token_hash`` is empty once the device was removed or left."""

    id: str
    workshop_id: str
    participant_id: str
    token_hash: str | None = None
    anonymous: bool = False
    joined_at: str = ""
    removed_at: str = ""
    last_seq: int = 0
    last_reply: str = ""

    @property
    def active(self) -> bool:
        return bool(self.token_hash) and not self.removed_at


def new_token() -> str:
    """The device's secret: made on the server (``crypto.randomUUID`` is missing on plain http)."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_hash(token: str) -> str:
    """Only this is stored, so a copy of the library lets nobody act as a phone."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def new_join_code() -> str:
    return "".join(secrets.choice("0123456789") for _ in range(JOIN_CODE_DIGITS))


def codes_match(given: str, expected: str) -> bool:
    return bool(expected) and secrets.compare_digest(given.strip().encode(), expected.encode())


def anonymous_name(number: int, language: Language | str) -> str:
    return f"Anonym {number}" if str(language) == Language.SV else f"Anonymous {number}"


# --- Re-sent writes ---------------------------------------------------------------------------------------


class Resend(StrEnum):
    NEW = "new"  # a write not seen before: do it
    SAME = "same"  # the last write again (its answer was lost): answer as before, change nothing


def classify_seq(seq: object, last_seq: int) -> Resend:
    """Each write from a device carries the next number of its own sequence (see room/API.md)."""
    if not isinstance(seq, int) or isinstance(seq, bool) or not 1 <= seq <= 2**53:
        raise RoomRefusal("bad_field", field="seq")
    if seq == last_seq:
        return Resend.SAME
    if seq < last_seq:
        raise RoomRefusal("stale_seq")
    return Resend.NEW


# --- What a phone may see ---------------------------------------------------------------------------------


def visible_ideas(ideas: Iterable[Idea], participant_id: str) -> list[Idea]:
    """Revealed ideas and one's own: in silent writing a phone sees only its own until the reveal.
    Merged duplicates live inside their note and are not shown apart."""
    return [i for i in ideas if i.merged_into is None and (i.revealed or i.author_id == participant_id)]


def ballot_items(item_ids: Iterable[str], hidden: Iterable[str]) -> list[str]:
    """What a phone can vote on: the round's items less the ideas still hidden from the room."""
    concealed = set(hidden)
    return [i for i in item_ids if i not in concealed]


# --- Refusals, in the workshop's language -----------------------------------------------------------------

ROOM_MESSAGES: dict[str, dict[Language, str]] = {
    "bad_json": {
        Language.SV: "Begäran gick inte att läsa. Ladda om sidan.",
        Language.EN: "The request could not be read. Reload the page.",
    },
    "bad_field": {
        Language.SV: "Begäran har fel form ({field}). Ladda om sidan.",
        Language.EN: "The request has the wrong form ({field}). Reload the page.",
    },
    "not_json": {Language.SV: "Begäran måste vara JSON.", Language.EN: "The request must be JSON."},
    "too_big": {
        Language.SV: "Det var för mycket på en gång (högst {limit} kB).",
        Language.EN: "That was too much at once (at most {limit} kB).",
    },
    "no_device": {
        Language.SV: "Telefonen är inte ansluten till rummet. Gå med igen.",
        Language.EN: "This phone is not in the room. Join again.",
    },
    "wrong_host": {
        Language.SV: "Fel adress. Öppna adressen som visas på skärmen.",
        Language.EN: "Wrong address. Open the address shown on the screen.",
    },
    "wrong_origin": {
        Language.SV: "Begäran kom inte från rummets sida.",
        Language.EN: "The request did not come from the room's page.",
    },
    "wrong_code": {
        Language.SV: "Koden stämmer inte. Titta på skärmen och försök igen.",
        Language.EN: "The code is not right. Look at the screen and try again.",
    },
    "room_locked": {
        Language.SV: "Rummet är låst: inga nya telefoner kan gå med just nu.",
        Language.EN: "The room is locked: no new phones can join right now.",
    },
    "room_closed": {Language.SV: "Rummet är stängt.", Language.EN: "The room is closed."},
    "no_anonymous": {Language.SV: "Välj ditt namn i listan.", Language.EN: "Pick your name from the list."},
    "no_roster": {
        Language.SV: "I den här workshopen går man med anonymt.",
        Language.EN: "In this workshop everyone joins anonymously.",
    },
    "name_taken": {
        Language.SV: "En annan telefon har redan gått med med det namnet. Fråga facilitatorn.",
        Language.EN: "Another phone has already joined with that name. Ask the facilitator.",
    },
    "stale_seq": {Language.SV: "Det här skickades redan tidigare.", Language.EN: "This was already sent."},
    "stale_round": {
        Language.SV: "Röstningen har ändrats. Sidan visar nu den aktuella.",
        Language.EN: "The voting has changed. The page now shows the current one.",
    },
    "no_round": {Language.SV: "Ingen röstning pågår just nu.", Language.EN: "No vote is going on right now."},
    "not_on_phone": {
        Language.SV: "I den här omgången röstar man på den gemensamma skärmen.",
        Language.EN: "In this round the votes are given on the shared screen.",
    },
    "ballot_done": {Language.SV: "Din röst är redan räknad.", Language.EN: "Your vote is already counted."},
    "wrong_phase": {
        Language.SV: "Just nu skriver vi inte idéer.",
        Language.EN: "We are not writing ideas right now.",
    },
    "not_found": {Language.SV: "Det finns inte (längre).", Language.EN: "That does not exist (any more)."},
    "slow_down": {
        Language.SV: "Lite för snabbt. Vänta en sekund och försök igen.",
        Language.EN: "A little too fast. Wait a second and try again.",
    },
    "server_error": {
        Language.SV: "Något gick fel på datorn. Försök igen.",
        Language.EN: "Something went wrong on the laptop. Try again.",
    },
}


class RoomRefusal(ValidationError):
    """A phone's request that the room turns down; nothing has been changed."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.field = "room"
        self.params = params
        ValueError.__init__(self, self.message(Language.EN))

    def message(self, language: Language | str = Language.EN) -> str:
        lang = Language.parse(str(language), Language.EN)
        return ROOM_MESSAGES[self.code][lang].format(**self.params)
