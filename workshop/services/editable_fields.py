"""The fields a user action may change: anything else passed to an update is a programming error."""

from __future__ import annotations

from collections.abc import Collection, Iterable


def check_editable(names: Iterable[str], editable: Collection[str]) -> None:
    """TypeError naming every field of *names* that is not in *editable*."""
    unknown = set(names) - set(editable)
    if unknown:
        raise TypeError(f"not editable: {', '.join(sorted(unknown))}")
