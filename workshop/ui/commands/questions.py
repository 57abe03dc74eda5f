"""Undoable edits of the "How might we…?" questions and which one is in focus."""

from __future__ import annotations

from workshop.domain.question import Question
from workshop.services import questions
from workshop.services.changes import ChangeSet
from workshop.ui.commands.library_edit import LibraryEdit, Reorder


class AddQuestion(LibraryEdit):
    def __init__(self, text: str, workshop_id: str, question_text: str) -> None:
        super().__init__(text)
        self.workshop_id = workshop_id
        self.question_text = question_text
        self.question: Question | None = None

    def do(self) -> ChangeSet:
        if self.question is not None:
            return questions.restore(self.lib, questions.RemovedQuestion(self.question, ()))
        self.question, changes = questions.add(self.lib, self.workshop_id, self.question_text)
        return changes

    def undo_edit(self) -> ChangeSet:
        assert self.question is not None
        return questions.remove(self.lib, self.question.id)[1]


class EditQuestion(LibraryEdit):
    def __init__(self, text: str, question_id: str, before: str, after: str) -> None:
        super().__init__(text)
        self.question_id = question_id
        self.before = before
        self.after = after

    def do(self) -> ChangeSet:
        return questions.edit(self.lib, self.question_id, self.after)[1]

    def undo_edit(self) -> ChangeSet:
        return questions.edit(self.lib, self.question_id, self.before)[1]


class RemoveQuestion(LibraryEdit):
    """Remove a question; its ideas stay. Undo gives the ideas their question back."""

    def __init__(self, text: str, question_id: str) -> None:
        super().__init__(text)
        self.question_id = question_id
        self.removed: questions.RemovedQuestion | None = None

    def do(self) -> ChangeSet:
        self.removed, changes = questions.remove(self.lib, self.question_id)
        return changes

    def undo_edit(self) -> ChangeSet:
        assert self.removed is not None
        return questions.restore(self.lib, self.removed)


class SetFocusQuestion(LibraryEdit):
    def __init__(self, text: str, workshop_id: str, before: str | None, after: str | None) -> None:
        super().__init__(text)
        self.workshop_id = workshop_id
        self.before = before
        self.after = after

    def do(self) -> ChangeSet:
        return questions.set_focus(self.lib, self.workshop_id, self.after)

    def undo_edit(self) -> ChangeSet:
        return questions.set_focus(self.lib, self.workshop_id, self.before)


class ReorderQuestions(Reorder):
    def __init__(self, text: str, workshop_id: str, before: list[str], after: list[str]) -> None:
        super().__init__(text, questions.reorder, workshop_id, before, after)
