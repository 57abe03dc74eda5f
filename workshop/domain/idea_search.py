"""Finding ideas in a long list: by words, by question, by sustainability tag. Pure, so the console's
filter box and the services agree on what matches."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from workshop.domain.idea import Idea
from workshop.domain.tags import SustainabilityTag


def fold(text: str) -> str:
    """Case- and form-insensitive text for matching ("Å" typed two ways matches "å")."""
    return unicodedata.normalize("NFC", text).casefold()


@dataclass(frozen=True)
class IdeaFilter:
    """Every word of *text* must occur in the idea (or its author's name); the other parts narrow further."""

    text: str = ""
    question_id: str | None = None
    tag: SustainabilityTag | None = None

    @property
    def words(self) -> list[str]:
        return fold(self.text).split()

    def is_empty(self) -> bool:
        return not self.words and self.question_id is None and self.tag is None

    def matches(self, idea: Idea, tags: Iterable[SustainabilityTag] = (), author: str = "") -> bool:
        if self.question_id is not None and idea.question_id != self.question_id:
            return False
        if self.tag is not None and self.tag not in set(tags):
            return False
        words = self.words
        if not words:
            return True
        haystack = fold(" ".join((idea.text, idea.description, author)))
        return all(word in haystack for word in words)
