"""Undoable edits of ideas: capture, paste many, edit, delete, tag, silent writing and reveal."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from workshop.domain.idea import Idea
from workshop.domain.tags import SustainabilityTag
from workshop.services import ideas, silent_writing, tags
from workshop.services.changes import ChangeSet
from workshop.ui.commands.library_edit import FieldsEdit, LibraryEdit


class AddIdeas(LibraryEdit):
    """One idea typed, or several pasted: one undo step, and one transaction, either way."""

    def __init__(self, text: str, workshop_id: str, texts: list[str], **fields: Any) -> None:
        super().__init__(text)
        self.workshop_id = workshop_id
        self.texts = list(texts)
        self.fields = fields
        self.added: list[Idea] = []

    def do(self) -> ChangeSet:
        if self.added:
            return ideas.restore_many(self.lib, self.added)
        if len(self.texts) == 1:
            idea, changes = ideas.add(self.lib, self.workshop_id, self.texts[0], **self.fields)
            self.added = [idea]
            return changes
        self.added, changes = ideas.add_many(self.lib, self.workshop_id, self.texts, **self.fields)
        return changes

    def undo_edit(self) -> ChangeSet:
        # What the removal returns is kept for the redo: an idea voted on or linked since comes back so.
        removed, changes = ideas.remove_many(self.lib, [idea.id for idea in self.added])
        self.added = list(removed)
        return changes

    @property
    def idea(self) -> Idea | None:
        return self.added[0] if self.added else None


class EditIdea(FieldsEdit):
    def __init__(self, text: str, idea_id: str, before: dict[str, Any], after: dict[str, Any]) -> None:
        super().__init__(text, ideas.update, idea_id, before, after)


class RemoveIdeas(LibraryEdit):
    """Delete ideas in one transaction (all of them or, if one is gone, none); undo brings them back with
    their tags, votes and links."""

    def __init__(self, text: str, idea_ids: list[str]) -> None:
        super().__init__(text)
        self.idea_ids = list(idea_ids)
        self.removed: list[ideas.RemovedIdea] = []

    def do(self) -> ChangeSet:
        self.removed, changes = ideas.remove_many(self.lib, self.idea_ids)
        return changes

    def undo_edit(self) -> ChangeSet:
        return ideas.restore_many(self.lib, self.removed)


class SetTagsMany(LibraryEdit):
    """Give one or several ideas their tags (Ctrl+1/2/3 on a selection): one step, one transaction."""

    def __init__(self, text: str, wanted: Mapping[str, frozenset[SustainabilityTag]]) -> None:
        super().__init__(text)
        self.wanted = dict(wanted)
        self.before: dict[str, frozenset[SustainabilityTag]] = {}

    def do(self) -> ChangeSet:
        self.before, changes = tags.set_tags_many(self.lib, self.wanted)
        return changes

    def undo_edit(self) -> ChangeSet:
        return tags.set_tags_many(self.lib, self.before)[1]


class SetTags(SetTagsMany):
    """The tags of one idea."""

    def __init__(self, text: str, idea_id: str, wanted: frozenset[SustainabilityTag]) -> None:
        super().__init__(text, {idea_id: wanted})


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
