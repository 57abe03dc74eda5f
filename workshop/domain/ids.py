"""Identity and time stamps shared by every record."""

from __future__ import annotations

from datetime import UTC, datetime


def new_id() -> str:
    """A UUID string: ideas keep their identity on another laptop and in the city's pipeline."""
    import uuid  # here: the library window paints before anything is created (uuid loads `platform`)

    return str(uuid.uuid4())


def now_iso() -> str:
    """UTC time stamp with milliseconds, sortable as text."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")
