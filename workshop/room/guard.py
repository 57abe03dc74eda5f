"""What stands between the shared network and the services: the room's own address (Host, Origin),
the size of a request, and how fast one address or one device may send.

Plain http on a LAN carries no certificates, so a page on another site, or a DNS name rebound to the
laptop, must not be able to act as a phone: the Host must be the room's address and every write must come
from the room's own page (Origin), with the device's cookie (SameSite=Strict).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

MAX_BODY_BYTES = 16 * 1024


def allowed_hosts(addresses: Iterable[str], port: int) -> frozenset[str]:
    """The Host headers the room answers: each address it is reached at, with its port."""
    hosts = {f"{a}:{port}" for a in addresses}
    hosts |= {f"127.0.0.1:{port}", f"localhost:{port}"}
    return frozenset(h.lower() for h in hosts)


def host_ok(host: str | None, allowed: frozenset[str]) -> bool:
    return bool(host) and host.lower() in allowed  # type: ignore[union-attr]


def origin_ok(origin: str | None, allowed: frozenset[str]) -> bool:
    """The page that sent a write must be the room's own (http, one of its addresses)."""
    if not origin or not origin.startswith("http://"):
        return False
    return origin[len("http://") :].rstrip("/").lower() in allowed


@dataclass
class Bucket:
    capacity: float
    per_second: float
    tokens: float
    stamp: float


@dataclass(frozen=True)
class RoomLimits:
    """Token buckets: a burst of *burst* requests, then *per_second*. Failed joins have their own small
    bucket per address, so a 6-digit code cannot be guessed while the room is open."""

    address_burst: int = 240
    address_per_second: float = 60.0
    device_burst: int = 30
    device_per_second: float = 5.0
    failed_join_burst: int = 10
    failed_join_per_second: float = 1 / 6


@dataclass
class RateLimiter:
    limits: RoomLimits = field(default_factory=RoomLimits)
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[tuple[str, str], Bucket] = field(default_factory=dict)

    def _bucket(self, kind: str, key: str) -> Bucket:
        burst, rate = {
            "address": (self.limits.address_burst, self.limits.address_per_second),
            "device": (self.limits.device_burst, self.limits.device_per_second),
            "join": (self.limits.failed_join_burst, self.limits.failed_join_per_second),
        }[kind]
        found = self._buckets.get((kind, key))
        now = self.clock()
        if found is None:
            if len(self._buckets) > 10_000:  # forget the oldest; a flood of addresses must not grow memory
                self._buckets.clear()
            found = self._buckets[(kind, key)] = Bucket(burst, rate, burst, now)
        found.tokens = min(found.capacity, found.tokens + (now - found.stamp) * found.per_second)
        found.stamp = now
        return found

    def allow(self, kind: str, key: str) -> bool:
        """Take one token; False (and nothing taken) if the bucket is empty."""
        bucket = self._bucket(kind, key)
        if bucket.tokens < 1:
            return False
        bucket.tokens -= 1
        return True

    def has_room(self, kind: str, key: str) -> bool:
        return self._bucket(kind, key).tokens >= 1

    def retry_after(self, kind: str, key: str) -> int:
        bucket = self._bucket(kind, key)
        return max(1, int((1 - bucket.tokens) / bucket.per_second + 0.999))
