"""Due dates as people type them: every usual way of writing a date reads back as that date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop.domain.errors import ValidationError
from workshop.domain.typed_date import read_typed_date

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("2027-02-15", "2027-02-15"),
        ("20270215", "2027-02-15"),
        ("270215", "2027-02-15"),
        ("2027-2-5", "2027-02-05"),
        ("15/2", "2027-02-15"),  # already past this year: next year's
        ("24/12", "2026-12-24"),  # still ahead this year
        ("1/12", "2026-12-01"),  # today counts
        ("15.2.2027", "2027-02-15"),
        ("15/2/27", "2027-02-15"),
        (" 2027-02-15 ", "2027-02-15"),
        ("29/2", "2028-02-29"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_the_usual_ways_of_writing_a_date(typed: str, meant: str) -> None:
    assert read_typed_date(typed, TODAY) == meant


@pytest.mark.parametrize("typed", ["date0270215", "2027-02-30", "31/2", "2/15", "next week", "2027", "15"])
def test_what_is_not_a_date_is_refused_not_guessed(typed: str) -> None:
    with pytest.raises(ValidationError):
        read_typed_date(typed, TODAY)


@settings(max_examples=150)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_every_date_reads_back_from_each_way_of_typing_it(day: date) -> None:
    for typed in (
        day.isoformat(),
        day.strftime("%Y%m%d"),
        f"{day.day}/{day.month}/{day.year}",
        f"{day.day}.{day.month}.{day.year}",
    ):
        assert read_typed_date(typed, TODAY) == day.isoformat()


@settings(max_examples=200)
@given(st.text(max_size=20))
def test_any_text_is_a_date_or_a_clear_refusal(typed: str) -> None:
    try:
        result = read_typed_date(typed, TODAY)
    except ValidationError:
        return
    assert result == "" or date.fromisoformat(result).isoformat() == result


@pytest.mark.parametrize("typed", ["²⁰²⁷⁰²¹⁵", "٢٠٢٧٠٢١٥", "１５/２"])
def test_digits_of_other_scripts_are_refused_cleanly(typed: str) -> None:
    with pytest.raises(ValidationError):
        read_typed_date(typed, TODAY)
