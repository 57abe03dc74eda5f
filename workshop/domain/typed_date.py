"""A due date as people type it: 2027-02-15, 20270215, 270215, 15/2, 15.2.2027.

Day before month, as written in Sweden and most of Europe. A day and month without a year mean the next
such day from today (a due date lies ahead). Anything else is refused with a clear error, never guessed.
"""

from __future__ import annotations

import re
from datetime import date

from workshop.domain.errors import ValidationError

_YEAR_FIRST = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", re.ASCII)
_DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?", re.ASCII)


def _make(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError("bad_date", "date") from None


def _next_from(today: date, month: int, day: int) -> date:
    """The next 15/2 from today: this year's if it has not passed, else next year's (29/2: next leap year)."""
    for year in range(today.year, today.year + 9):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    raise ValidationError("bad_date", "date")


def read_typed_date(text: str, today: date) -> str:
    """The ISO date (YYYY-MM-DD) the text names, "" for an empty text; ValidationError if it names none."""
    typed = text.strip()
    if not typed:
        return ""
    digits = typed.isascii() and typed.isdigit()
    if digits and len(typed) == 8:
        return _make(int(typed[:4]), int(typed[4:6]), int(typed[6:])).isoformat()
    if digits and len(typed) == 6:
        return _make(2000 + int(typed[:2]), int(typed[2:4]), int(typed[4:])).isoformat()
    if match := _YEAR_FIRST.fullmatch(typed):
        year, month, day = (int(part) for part in match.groups())
        return _make(year, month, day).isoformat()
    if match := _DAY_FIRST.fullmatch(typed):
        day, month = int(match.group(1)), int(match.group(2))
        year_text = match.group(3)
        if year_text is None:
            return _next_from(today, month, day).isoformat()
        year = int(year_text) + (2000 if len(year_text) == 2 else 0)
        return _make(year, month, day).isoformat()
    raise ValidationError("bad_date", "date")
