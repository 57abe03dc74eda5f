# ruff: noqa: T201 - a command-line module prints its results
"""The ``room`` command: serve a workshop's room of phones without a window (a kiosk, tests).

    ideverkstad room WORKSHOP [--host H] [--port P]

Prints the join URL (the laptop's IP address, not a ``.local`` name) and the join code, and serves until
Ctrl+C; when the laptop found no network (the address is its own loopback) it says so on stderr. aiohttp
is imported only when this command runs.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys

from workshop.domain.language import Language
from workshop.services import workshops
from workshop.store.library import Library


def _say(lang: Language, sv: str, en: str) -> str:
    return sv if lang == Language.SV else en


def serve_room(args: argparse.Namespace, lib: Library, lang: Language) -> int:
    found = [w for w in workshops.find(lib, args.workshop) if not w.in_trash]
    if len(found) != 1:
        what = "ingen workshop" if not found else "flera workshoppar"
        what_en = "no workshop" if not found else "several workshops"
        print(
            _say(
                lang,
                f"ideverkstad: {what} med id eller titel ”{args.workshop}”",
                f"ideverkstad: {what_en} with id or title “{args.workshop}”",
            ),
            file=sys.stderr,
        )
        return 1
    try:
        asyncio.run(_serve(lib, found[0].id, found[0].title, args.host, args.port, lang))
    except KeyboardInterrupt:
        pass
    except OSError as error:
        print(f"ideverkstad: {error.strerror or error}", file=sys.stderr)
        return 1
    print(_say(lang, "Rummet är stängt.", "The room is closed."))
    return 0


def no_network_warning(lang: Language) -> str:
    return _say(
        lang,
        "ideverkstad: inget nätverk hittades, så adressen är datorns egen (127.0.0.1) och ingen mobil når "
        "den. Anslut datorn till rummets wifi eller en reserouter och starta rummet igen: då används den "
        "nya adressen.",
        "ideverkstad: no network found, so the address is the laptop's own (127.0.0.1) and no phone can "
        "reach it. Connect the laptop to the room's Wi-Fi or a travel router and start the room again: it "
        "then takes the new address.",
    )


async def _serve(
    lib: Library, workshop_id: str, title: str, host: str | None, port: int | None, lang: Language
) -> None:
    from workshop.room.server import RoomServer

    room = RoomServer(lib, workshop_id, host=host, port=port)
    await room.start()
    stop = asyncio.Event()
    with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows: Ctrl+C raises instead
        asyncio.get_running_loop().add_signal_handler(signal.SIGINT, stop.set)
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    print(_say(lang, f"Rummet för {title} är öppet.", f"The room for {title} is open."))
    print(_say(lang, f"Adress: {room.join_url}", f"Address: {room.join_url}"))
    print(_say(lang, f"Kod: {room.join_code}", f"Code: {room.join_code}"))
    print(_say(lang, "Stäng med Ctrl+C.", "Stop with Ctrl+C."), flush=True)
    if room.no_network:
        print(no_network_warning(lang), file=sys.stderr, flush=True)
    try:
        await stop.wait()
    finally:
        await room.stop()
