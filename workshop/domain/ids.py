"""Identity and time stamps shared by every record."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime


def new_id() -> str:
    """A UUID string: ideas keep their identity on another laptop and in the city's pipeline."""
    return str(uuid.uuid4())


def now_iso() -> str:
    """UTC time stamp with milliseconds, sortable as text."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")
