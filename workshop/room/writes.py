"""Phones' writes committed in small groups: one commit (one fsync) for the writes that arrived together.

Each write is still one service call in its own transaction — here a savepoint inside the group's
transaction, so a refused write rolls back alone and the others stand. Every phone hears "counted" only
after the group's commit. A group is small (``MAX_GROUP``) and the loop runs between groups, so the
console's typing is not held up by a burst of sixty ballots.

What a group's writes changed is told once, as one change set, before any of them is answered: each
change set redraws the console and the shared screen in the same loop, and sixty ballots told one by one
were sixty redraws that held the facilitator's typing up (``benchmarks/room_screen.py``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

from workshop.services.changes import ChangeSet
from workshop.store.library import Library

T = TypeVar("T")
R = TypeVar("R")
MAX_GROUP = 12  # 60 ballots: 5-6 commits (send->ack p99 68-92 ms here; with 8: 93-98 ms)


class GroupCommit:
    def __init__(
        self, lib: Library, max_group: int = MAX_GROUP, told: Callable[[ChangeSet], None] | None = None
    ) -> None:
        """*told*: called once per committed group with what its :meth:`write` calls changed."""
        self.lib = lib
        self.max_group = max_group
        self.told = told
        self._waiting: list[tuple[Callable[[], Any], asyncio.Future[Any], bool]] = []
        self._scheduled = False
        self.groups = 0

    async def run(self, call: Callable[[], T]) -> T:
        """Run *call* (a service call) in the next group; returns once the group is committed."""
        return await self._queue(call, tells=False)

    async def write(self, call: Callable[[], tuple[R, ChangeSet]]) -> R:
        """Run *call* (a service call returning its reply and change set) in the next group; returns the
        reply once the group is committed and its change sets told."""
        reply, _changes = await self._queue(call, tells=True)
        return reply

    async def _queue(self, call: Callable[[], T], *, tells: bool) -> T:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._waiting.append((call, future, tells))
        if not self._scheduled:
            self._scheduled = True
            loop.call_soon(self._commit_group)
        return await future

    def _commit_group(self) -> None:
        group, self._waiting = self._waiting[: self.max_group], self._waiting[self.max_group :]
        outcomes: list[tuple[asyncio.Future[Any], Any, BaseException | None]] = []
        changed: ChangeSet | None = None
        try:
            with self.lib.atomic():
                for call, future, tells in group:
                    try:
                        with self.lib.atomic():  # its own savepoint, whatever the call does inside
                            value = call()
                        outcomes.append((future, value, None))
                        if tells:
                            changed = value[1] if changed is None else changed | value[1]
                    except Exception as refused:  # this write is refused; its savepoint is rolled back
                        outcomes.append((future, None, refused))
        except Exception as failed:  # the commit itself failed: none of the group counts
            outcomes = [(future, None, failed) for _, future, _ in group]
            changed = None
        self.groups += 1
        try:
            if changed is not None and self.told is not None:
                self.told(changed)
        finally:
            for future, value, error in outcomes:
                if future.done():
                    continue
                if error is not None:
                    future.set_exception(error)
                else:
                    future.set_result(value)
            if self._waiting:
                asyncio.get_running_loop().call_soon(self._commit_group)
            else:
                self._scheduled = False
