"""What counts as acceptable typed text, and the documented length limits.

Limits (characters, after cleaning):

* titles, names, roles, organisations, places: 200
* an idea, a question, an action: 1,000 (a sticky note that still fits on the board)
* longer text (goal, description, instructions, framing): 20,000

Cleaning keeps everything a person can type (any script, emoji, tabs and, in long text, line breaks)
and removes what no person meant: other control characters, lone surrogates and stray whitespace at the
ends. Text is NFC-normalised so that "å" typed two ways is the same "å".
"""

from __future__ import annotations

import re
import unicodedata

from workshop.domain.errors import ValidationError

SHORT_LIMIT = 200
IDEA_LIMIT = 1_000
LONG_LIMIT = 20_000


# Control characters (Unicode category Cc: C0, DEL and C1) and lone surrogates (Cs). Tab and, in long text,
# line feed are the only ones a person means to type. Format characters (Cf), such as the zero-width joiner
# in emoji sequences and right-to-left marks, are kept.
_UNWANTED_MULTILINE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_UNWANTED_SINGLE_LINE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(text: str, *, multiline: bool = False) -> str:
    """Normalise user text without losing anything a person meant to type."""
    if not text.isprintable():  # else there is no line break, tab, control character or surrogate in it
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if not multiline:
            text = text.replace("\n", " ")
        text = (_UNWANTED_MULTILINE if multiline else _UNWANTED_SINGLE_LINE).sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.strip()


def require_text(field: str, text: str, limit: int, *, multiline: bool = False) -> str:
    """Clean and check a text that must not be empty."""
    cleaned = clean_text(text, multiline=multiline)
    if not cleaned:
        raise ValidationError("empty", field)
    return check_length(field, cleaned, limit)


def optional_text(field: str, text: str | None, limit: int, *, multiline: bool = False) -> str:
    """Clean and check a text that may be empty."""
    cleaned = clean_text(text or "", multiline=multiline)
    return check_length(field, cleaned, limit)


def check_length(field: str, text: str, limit: int) -> str:
    if len(text) > limit:
        raise ValidationError("too_long", field, limit=f"{limit:,}".replace(",", " "), length=len(text))
    return text
