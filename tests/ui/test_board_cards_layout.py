"""The projector's cards pick the largest legible text that fits, and one new note does not cost measuring
every note's text again."""

from __future__ import annotations

import random

from PySide6.QtWidgets import QApplication

from workshop.ui.board.board_cards import (
    MARGIN,
    MAX_TEXT,
    MIN_TEXT,
    SPACING,
    Card,
    PlacedCard,
    TextMeasure,
    _fitting,
    lay_out,
)

WORDS = ["trygg", "skolväg", "cykelbana", "belysning", "övergångsställe", "föräldrar", "buss", "tunnel"]


def some_cards(seed: int) -> list[Card]:
    rnd = random.Random(seed)
    return [
        Card(
            f"Tema {n}",
            "#88aaff",
            tuple(
                " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 12)))
                for _ in range(rnd.randint(0, rnd.choice([3, 8, 20])))
            ),
        )
        for n in range(rnd.randint(1, 10))
    ]


def test_the_chosen_size_is_the_largest_at_which_every_card_fits(qapp: QApplication) -> None:
    for seed in range(25):
        cards = some_cards(seed)
        measure = TextMeasure()
        longest = sorted(cards, key=lambda c: -sum(len(line) + 40 for line in c.lines))
        fitting = [
            size
            for size in range(MIN_TEXT, MAX_TEXT + 1)
            if _fitting(cards, longest, 1280, 720, size, measure) is not None
        ]
        layout = lay_out(cards, 1280, 720, measure)
        if fitting:
            assert layout.text_pixels == max(fitting)
            assert all(p.shown == len(p.card.lines) for p in layout.cards)
        else:
            assert layout.text_pixels == MIN_TEXT


def test_one_new_note_measures_no_other_cards_text_again(qapp: QApplication) -> None:
    """Too many notes for the screen: each card lists as many as fit. A new note in one card may change
    how many of that card's notes are tried, but every other card's texts are already measured."""
    cards = [
        Card(
            f"Tema {n}",
            "#88aaff",
            tuple(f"Idé {n}-{i}: fler cykelbanor och trygga korsningar" for i in range(60)),
        )
        for n in range(12)
    ]
    measure = TextMeasure()
    lay_out(cards, 1280, 720, measure)
    remembered = len(measure._heights)
    cards[0] = Card("Tema 0", "#88aaff", (*cards[0].lines, "En helt ny idé om skolskjuts"))
    lay_out(cards, 1280, 720, measure)
    new_texts = {key[3] for key in list(measure._heights)[remembered:]}
    assert all(text.startswith("Idé 0-") or text == "En helt ny idé om skolskjuts" for text in new_texts)
    assert len(new_texts) < remembered / 4


def test_when_nothing_fits_no_card_says_more_while_its_column_has_room(qapp: QApplication) -> None:
    """Too many notes even at the smallest text: the room left at the foot of a column goes to that
    column's shortened cards, instead of every card stopping at the same count."""
    note = "Idé {}: fler cykelbanor och trygga korsningar"
    sizes = [60, 4, 3, 25, 2, 3, 40, 2]
    cards = [
        Card(f"Tema {n}", "#88aaff", tuple(note.format(f"{n}-{i}") for i in range(k)))
        for n, k in enumerate(sizes)
    ]
    measure = TextMeasure()
    layout = lay_out(cards, 1280, 720, measure)
    assert layout.text_pixels == MIN_TEXT
    one_line = measure.fonts(MIN_TEXT)[2].height() + MIN_TEXT * SPACING
    columns: dict[float, list[PlacedCard]] = {}
    for placed in layout.cards:
        columns.setdefault(placed.rect.left(), []).append(placed)
    for column in columns.values():
        assert column[-1].rect.bottom() <= 720 - MARGIN
        for above, below in zip(column, column[1:], strict=False):
            assert below.rect.top() >= above.rect.bottom()  # stacked, never overlapping
        if any(placed.shown < len(placed.card.lines) for placed in column):
            assert 720 - MARGIN - column[-1].rect.bottom() < one_line  # no room left for one more note
    same = min(placed.shown for placed in layout.cards if placed.shown < len(placed.card.lines))
    assert sum(p.shown for p in layout.cards) > sum(min(same, len(card.lines)) for card in cards)
