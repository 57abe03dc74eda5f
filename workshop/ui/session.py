"""The bridge between the widgets and the services for one open library.

Every edit goes through :meth:`Session.push` (undoable) or :meth:`Session.run` (not undoable) and views
listen to :attr:`Session.changed`, redrawing what the ChangeSet names. One gesture is one transaction and,
if undoable, one undo step: a command's :meth:`EditCommand.do` (and its undo, and its redo) make one
service call for all the items the gesture names (``ideas.remove_many``, ``tags.set_tags_many``,
``clusters.place_notes``…), and the session runs it inside one ``Library.atomic()`` as well, so even a
command that needs two service calls commits both or neither. It commits before :meth:`push` returns;
the app has no Save button.

A failure (a full disk, a locked file, an idea someone else removed, a broken rule) rolls the whole
transaction back, so nothing changed; it is reported through :attr:`Session.failed` in the user's
language, and :meth:`push` returns False without putting a step on the undo stack, so the widget that
asked can keep what the user typed. An undo or redo that fails likewise changes nothing, and the undo
stack is put back where it was, so the step can be tried again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workshop.domain.errors import ValidationError
from workshop.domain.language import Language
from workshop.services.changes import ChangeSet
from workshop.store.errors import LibraryError
from workshop.store.library import Library

T = TypeVar("T")


class EditCommand(QUndoCommand):
    """An undoable edit. Subclasses implement :meth:`do` and :meth:`undo_edit`, both returning a ChangeSet.

    The first :meth:`do` runs in :meth:`Session.push` before the command enters the stack, so a failed edit
    never leaves a phantom step behind. Each runs in one transaction (see the module's docstring).
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.session: Session | None = None
        self._first = True  # the stack's own first redo(): push already did the edit
        self._skip_undo = False  # a redo failed: the stack steps back over this without undoing anything

    def do(self) -> ChangeSet:
        raise NotImplementedError

    def undo_edit(self) -> ChangeSet:
        raise NotImplementedError

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        assert self.session is not None
        if not self.session.apply(self.do):
            self._skip_undo = True
            self.session.step_back_after_failure(self, redo=True)

    def undo(self) -> None:
        if self._skip_undo:
            self._skip_undo = False
            return
        assert self.session is not None
        if not self.session.apply(self.undo_edit):
            self._first = True
            self.session.step_back_after_failure(self, redo=False)


class Session(QObject):
    changed = Signal(object)  # ChangeSet
    failed = Signal(str)  # a message in the UI language
    recovered = Signal()  # the next edit after a failure went through

    def __init__(
        self, library: Library, language: Language = Language.SV, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.language = language
        self.undo_stack = QUndoStack(self)
        self._failing = False
        self.last_failure: Exception | None = None

    def describe(self, error: Exception) -> str:
        if isinstance(error, LibraryError | ValidationError):
            return error.message(self.language)
        return str(error)

    def _report(self, error: Exception) -> None:
        self._failing = True
        self.last_failure = error  # the shared screen words it in the workshop's language
        self.failed.emit(self.describe(error))

    def _succeeded(self, changes: ChangeSet | None) -> None:
        if self._failing:
            self._failing = False
            self.recovered.emit()
        if changes is not None:
            self.changed.emit(changes)

    def apply(self, action: Callable[[], ChangeSet]) -> bool:
        """Run an action that returns a ChangeSet in one transaction; report failure instead of raising."""
        try:
            with self.library.atomic():
                changes = action()
        except (LibraryError, ValidationError) as error:
            self._report(error)
            return False
        self._succeeded(changes)
        return True

    def run(self, service: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call a service that is not undoable; returns its result, or None after reporting a failure.

        Services return a ChangeSet, or a (value, ChangeSet) pair; the value is returned.
        """
        try:
            result = service(self.library, *args, **kwargs)
        except (LibraryError, ValidationError) as error:
            self._report(error)
            return None
        value, changes = _split(result)
        self._succeeded(changes)
        return value if value is not None else True

    def push(self, command: EditCommand) -> bool:
        """Do *command* now and, if it worked, put it on the undo stack."""
        command.session = self
        try:
            with self.library.atomic():
                changes = command.do()
        except (LibraryError, ValidationError) as error:
            self._report(error)
            return False
        self.undo_stack.push(command)
        self._succeeded(changes)
        return True

    def step_back_after_failure(self, command: EditCommand, redo: bool) -> None:
        """An undo (or redo) of *command* failed and changed nothing: once the stack has moved past it, move
        it back (the command skips that one call), so the stack again says what the library holds."""
        moved_to = self.undo_stack.index() + (1 if redo else -1)  # where the stack is about to move

        def back() -> None:
            if (
                self.undo_stack.index() != moved_to
                or self.undo_stack.command(moved_to - (1 if redo else 0)) is not command
            ):
                command._first = command._skip_undo = False  # the user moved on: forget the skip
                return
            if redo:
                self.undo_stack.undo()
            else:
                self.undo_stack.redo()

        QTimer.singleShot(0, back)

    def close(self) -> None:
        self.undo_stack.clear()
        self.library.close()


def _split(result: Any) -> tuple[Any, ChangeSet | None]:
    if isinstance(result, ChangeSet):
        return None, result
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], ChangeSet):
        return result[0], result[1]
    return result, None
