"""Undoable edits of ideas: capture, paste many, edit, delete, tag, silent writing and reveal."""

from __future__ import annotations

from typing import Any

from workshop.domain.idea import Idea
from workshop.domain.tags import SustainabilityTag
from workshop.services import ideas, silent_writing, tags
from workshop.services.changes import ChangeSet
from workshop.ui.commands.library_edit import FieldsEdit, LibraryEdit


class AddIdeas(LibraryEdit):
    """One idea typed, or several pasted: one undo step either way."""

    def __init__(self, text: str, workshop_id: str, texts: list[str], **fields: Any) -> None:
        super().__init__(text)
        self.workshop_id = workshop_id
        self.texts = list(texts)
        self.fields = fields
        self.added: list[Idea] = []

    def do(self) -> ChangeSet:
        if self.added:
            changes: ChangeSet | None = None
            for idea in self.added:
                step = ideas.restore(self.lib, idea)
                changes = step if changes is None else changes | step
            assert changes is not None
            return changes
        if len(self.texts) == 1:
            idea, changes = ideas.add(self.lib, self.workshop_id, self.texts[0], **self.fields)
            self.added = [idea]
            return changes
        self.added, changes = ideas.add_many(self.lib, self.workshop_id, self.texts, **self.fields)
        return changes

    def undo_edit(self) -> ChangeSet:
        changes: ChangeSet | None = None
        for idea in reversed(self.added):
            step = ideas.remove(self.lib, idea.id)[1]
            changes = step if changes is None else changes | step
        assert changes is not None
        return changes

    @property
    def idea(self) -> Idea | None:
        return self.added[0] if self.added else None


class EditIdea(FieldsEdit):
    def __init__(self, text: str, idea_id: str, before: dict[str, Any], after: dict[str, Any]) -> None:
        super().__init__(text, ideas.update, idea_id, before, after)


class RemoveIdeas(LibraryEdit):
    """Delete ideas; undo brings them back with their tags."""

    def __init__(self, text: str, idea_ids: list[str]) -> None:
        super().__init__(text)
        self.idea_ids = list(idea_ids)
        self.removed: list[tuple[Idea, frozenset[SustainabilityTag]]] = []

    def do(self) -> ChangeSet:
        self.removed = []
        changes: ChangeSet | None = None
        for idea_id in self.idea_ids:
            had = tags.tags_of(self.lib, idea_id)
            idea, step = ideas.remove(self.lib, idea_id)
            self.removed.append((idea, had))
            changes = step if changes is None else changes | step
        assert changes is not None
        return changes

    def undo_edit(self) -> ChangeSet:
        changes: ChangeSet | None = None
        for idea, had in reversed(self.removed):
            step = ideas.restore(self.lib, idea)
            if had:
                step = step | tags.set_tags(self.lib, idea.id, had)[1]
            changes = step if changes is None else changes | step
        assert changes is not None
        return changes


class SetTags(LibraryEdit):
    def __init__(self, text: str, idea_id: str, wanted: frozenset[SustainabilityTag]) -> None:
        super().__init__(text)
        self.idea_id = idea_id
        self.wanted = wanted
        self.before: frozenset[SustainabilityTag] = frozenset()

    def do(self) -> ChangeSet:
        self.before, changes = tags.set_tags(self.lib, self.idea_id, self.wanted)
        return changes

    def undo_edit(self) -> ChangeSet:
        return tags.set_tags(self.lib, self.idea_id, self.before)[1]


class SetSilentWriting(LibraryEdit):
    def __init__(self, text: str, workshop_id: str, on: bool) -> None:
        super().__init__(text)
        self.workshop_id = workshop_id
        self.on = on
        self.before = False

    def do(self) -> ChangeSet:
        self.before, changes = silent_writing.set_silent(self.lib, self.workshop_id, self.on)
        return changes

    def undo_edit(self) -> ChangeSet:
        return silent_writing.set_silent(self.lib, self.workshop_id, self.before)[1]


class RevealIdeas(LibraryEdit):
    def __init__(self, text: str, workshop_id: str) -> None:
        super().__init__(text)
        self.workshop_id = workshop_id
        self.revealed: list[str] = []

    def do(self) -> ChangeSet:
        self.revealed, changes = silent_writing.reveal_all(self.lib, self.workshop_id)
        return changes

    def undo_edit(self) -> ChangeSet:
        return silent_writing.hide(self.lib, self.workshop_id, self.revealed)
