"""The laptop's address on the room's network: an IP address (phones resolve ``.local`` names unevenly)."""

from __future__ import annotations

import socket


def lan_address() -> str:
    """The address other devices reach this laptop at (the one its default route leaves from).

    A UDP socket "connected" to a documentation-range address sends nothing; it only makes the system
    choose the outgoing interface. Without a network this is the loopback address.
    """
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))
        address = str(probe.getsockname()[0])
    except OSError:
        address = "127.0.0.1"
    finally:
        probe.close()
    return address if address != "0.0.0.0" else "127.0.0.1"
