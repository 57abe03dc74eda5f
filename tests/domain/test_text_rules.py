"""What counts as acceptable typed text, and the length limits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop.domain.errors import ValidationError
from workshop.domain.language import Language
from workshop.domain.text import IDEA_LIMIT, SHORT_LIMIT, clean_text, require_text


def test_cleaning_keeps_every_script_and_emoji() -> None:
    text = "Trygg väg 🚸 för alla – آمن  Ελληνικά 👩‍👧"
    assert clean_text(text) == text


def test_control_characters_are_dropped_but_line_breaks_kept_in_long_text() -> None:
    assert clean_text("a\x00b\x07c\nd", multiline=True) == "abc\nd"
    assert clean_text("a\x00b\x07c\nd") == "abc d"


def test_windows_line_endings_become_plain_line_breaks() -> None:
    assert clean_text("ett\r\ntvå\rtre", multiline=True) == "ett\ntvå\ntre"


def test_decomposed_swedish_letters_are_normalised() -> None:
    decomposed = "a\u030a"  # a + combining ring above
    assert clean_text(decomposed) == "å"


def test_lone_surrogates_are_removed() -> None:
    assert clean_text("ok\ud800ok") == "okok"


def test_empty_text_is_refused_with_a_message_in_both_languages() -> None:
    with pytest.raises(ValidationError) as caught:
        require_text("title", "   \n\t ", SHORT_LIMIT)
    assert caught.value.message(Language.SV) == "Titeln får inte vara tomt."
    assert caught.value.message(Language.EN) == "The title must not be empty."


def test_text_over_the_limit_names_the_limit_and_the_length() -> None:
    with pytest.raises(ValidationError) as caught:
        require_text("text", "x" * 10_000, IDEA_LIMIT)
    message = caught.value.message(Language.SV)
    assert "1 000" in message
    assert "10000" in message


@given(st.text())
def test_cleaning_is_idempotent_and_never_leaves_control_characters(text: str) -> None:
    once = clean_text(text, multiline=True)
    assert clean_text(once, multiline=True) == once
    assert all(ch == "\n" or ch == "\t" or ord(ch) >= 32 and not 0x7F <= ord(ch) < 0xA0 for ch in once)
