"""The laptop's address on the room's network: an IP address (phones resolve ``.local`` names unevenly)."""

from __future__ import annotations

import ipaddress
import socket

LOOPBACK = "127.0.0.1"


def lan_address() -> str:
    """The address other devices reach this laptop at (the one its default route leaves from).

    A UDP socket "connected" to a documentation-range address sends nothing; it only makes the system
    choose the outgoing interface. Without a network this is the loopback address (:func:`no_network`
    says so), which no phone can reach: the room is asked for the address each time it opens, so a
    network joined later is found by closing and opening the room again.
    """
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))
        address = str(probe.getsockname()[0])
    except OSError:
        address = LOOPBACK
    finally:
        probe.close()
    return address if address != "0.0.0.0" else LOOPBACK


def no_network(address: str) -> bool:
    """True when *address* is this laptop's own loopback: phones cannot reach the room there."""
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:  # a name, not an address: it was given on purpose
        return address == "localhost"
