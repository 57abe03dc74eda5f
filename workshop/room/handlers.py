"""The routes of the room (see API.md). Each handler parses, authorises, calls one service, shapes the
answer; the rules are the services' and the domain's. The guard in server.py has already checked the
address, the origin, the size and the rate."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

from workshop.domain.room import RoomRefusal, codes_match
from workshop.room.replies import ok, refusal
from workshop.services import room as room_service
from workshop.services import room_phone
from workshop.store.tables import WORKSHOPS

if TYPE_CHECKING:
    from workshop.room.server import RoomServer


COOKIE = "room_device"
COOKIE_MAX_AGE = 7 * 24 * 3600
ROOM: web.AppKey[RoomServer] = web.AppKey("room")


def _room(request: web.Request) -> RoomServer:
    return request.app[ROOM]


def add_routes(app: web.Application) -> None:
    app.router.add_get("/", page)
    app.router.add_get("/static/{name}", static_file)
    app.router.add_get("/api/welcome", welcome)
    app.router.add_post("/api/join", join)
    app.router.add_get("/api/state", state)
    app.router.add_post("/api/ideas", write_idea)
    app.router.add_post("/api/ballot", ballot)
    app.router.add_post("/api/leave", leave)
    app.router.add_get("/api/live", live)


# --- the page ------------------------------------------------------------------------------------------


def _file(room: RoomServer, name: str) -> web.Response:
    found = room.static.get(name)
    if found is None:
        raise RoomRefusal("not_found")
    body, content_type = found
    headers = {"Cache-Control": "no-cache"}
    if name.endswith(".html"):
        headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "connect-src 'self'; frame-ancestors 'none'"
        )
    return web.Response(body=body, headers={**headers, "Content-Type": content_type})


async def page(request: web.Request) -> web.Response:
    return _file(_room(request), "index.html")


async def static_file(request: web.Request) -> web.Response:
    return _file(_room(request), request.match_info["name"])


# --- joining -------------------------------------------------------------------------------------------


async def _body(request: web.Request) -> dict[str, Any]:
    raw = await request.read()
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise RoomRefusal("bad_json") from None
    if not isinstance(data, dict):
        raise RoomRefusal("bad_json")
    return data


def _check_code_rate(room: RoomServer, request: web.Request) -> None:
    if not room.limiter.has_room("join", request.remote or "?"):
        raise RoomRefusal("slow_down")


def _wrong_code(room: RoomServer, request: web.Request) -> None:
    room.limiter.allow("join", request.remote or "?")


async def welcome(request: web.Request) -> web.Response:
    """What the join screen shows: the language always; the title and roster only with the code."""
    room = _room(request)
    settings = room_service.settings(room.lib, room.workshop_id)
    lang = room.language()
    answer: dict[str, Any] = {
        "language": str(lang),
        "join_mode": str(settings.join_mode),
        "locked": settings.locked,
        "open": settings.open,
    }
    code = request.query.get("code")
    if code is not None:
        _check_code_rate(room, request)
        if not codes_match(code[:32], settings.join_code):
            _wrong_code(room, request)
            return refusal("wrong_code", lang)
        answer["title"] = _workshop_title(room)
        if settings.join_mode != "anonymous":
            people = room_service.roster_for_joining(room.lib, room.workshop_id)
            answer["roster"] = [{"id": p.id, "name": p.name} for p in people]
    return ok(answer)


def _workshop_title(room: RoomServer) -> str:
    workshop = WORKSHOPS.get(room.lib, room.workshop_id)
    return workshop.title if workshop else ""


async def join(request: web.Request) -> web.Response:
    room = _room(request)
    data = await _body(request)
    code, participant_id = data.get("code"), data.get("participant_id")
    if not isinstance(code, str) or len(code) > 32:
        raise RoomRefusal("bad_field", field="code")
    if participant_id is not None and not isinstance(participant_id, str):
        raise RoomRefusal("bad_field", field="participant_id")
    try:  # the same phone joining again (a second tab, a reload) stays the same device
        device = room.device_of(request)
        return ok(room_phone.phone_view(room.lib, device) | {"version": room.live.version})
    except RoomRefusal:
        pass
    _check_code_rate(room, request)
    try:
        joined, changes = room_service.join(room.lib, room.workshop_id, code, participant_id)
    except RoomRefusal as refused:
        if refused.code == "wrong_code":
            _wrong_code(room, request)
        raise
    room.changed(changes)
    response = ok(room_phone.phone_view(room.lib, joined.device) | {"version": room.live.version})
    response.set_cookie(
        COOKIE, joined.token, httponly=True, samesite="Strict", path="/", max_age=COOKIE_MAX_AGE
    )
    return response


# --- a joined phone ----------------------------------------------------------------------------------


def _device_for_write(room: RoomServer, request: web.Request) -> Any:
    device = room.device_of(request)
    if not room.allow_device(device):
        raise RoomRefusal("slow_down")
    return device


async def state(request: web.Request) -> web.Response:
    room = _room(request)
    device = room.device_of(request)
    return ok(room_phone.phone_view(room.lib, device) | {"version": room.live.version})


async def write_idea(request: web.Request) -> web.Response:
    room = _room(request)
    device = _device_for_write(room, request)
    data = await _body(request)
    reply = await room.writes.write(
        lambda: room_phone.write_idea(room.lib, device, data.get("seq"), data.get("text"))
    )
    return ok(reply, status=201)


async def ballot(request: web.Request) -> web.Response:
    room = _room(request)
    device = _device_for_write(room, request)
    data = await _body(request)
    reply = await room.writes.write(
        lambda: room_phone.cast_ballot(
            room.lib, device, data.get("seq"), data.get("round_id"), data.get("dots"), data.get("scores")
        )
    )
    return ok(reply)


async def leave(request: web.Request) -> web.Response:
    room = _room(request)
    device = _device_for_write(room, request)
    await _body(request)
    room.changed(room_service.leave(room.lib, device))
    response = ok({"left": True})
    response.del_cookie(COOKIE, path="/")
    return response


async def live(request: web.Request) -> web.StreamResponse:
    """The phone's live channel: it listens; anything it sends is ignored."""
    room = _room(request)
    device = room.device_of(request)
    socket = web.WebSocketResponse(heartbeat=20, max_msg_size=1024)
    await socket.prepare(request)
    room.live.add(socket, device.id)
    try:
        await socket.send_str(json.dumps({"type": "changed", "version": room.live.version}))
        async for message in socket:
            if message.type == WSMsgType.ERROR:
                break
    finally:
        room.live.discard(socket)
    return socket
