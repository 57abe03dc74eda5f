"""Every refusal as JSON with a 4xx status and a message in the workshop's language, for the phone to show."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from workshop.domain.errors import NotFoundError, ValidationError
from workshop.domain.language import Language
from workshop.domain.room import RoomRefusal

STATUS: dict[str, int] = {
    "bad_json": 400,
    "bad_field": 400,
    "no_device": 401,
    "wrong_origin": 403,
    "wrong_code": 403,
    "room_locked": 403,
    "room_closed": 403,
    "not_found": 404,
    "stale_seq": 409,
    "stale_round": 409,
    "no_round": 409,
    "not_on_phone": 409,
    "ballot_done": 409,
    "name_taken": 409,
    "no_anonymous": 409,
    "no_roster": 409,
    "wrong_phase": 409,
    "too_big": 413,
    "not_json": 415,
    "wrong_host": 421,
    "slow_down": 429,
    "server_error": 500,
}


def ok(data: dict[str, Any], status: int = 200) -> web.Response:
    return web.json_response(data, status=status, headers={"Cache-Control": "no-store"})


def refusal(code: str, language: Language | str, **params: Any) -> web.Response:
    return error_response(RoomRefusal(code, **params), language)


def error_response(error: ValidationError, language: Language | str) -> web.Response:
    """A domain rule's refusal (422), a thing not there (404) or the room's own (its status)."""
    if isinstance(error, RoomRefusal):
        status = STATUS[error.code]
    elif isinstance(error, NotFoundError):
        status = 404
    else:
        status = 422
    body = {"error": error.code, "message": error.message(language)}
    return web.json_response(body, status=status, headers={"Cache-Control": "no-store"})
