"""The bridge between the widgets and the services for one open library.

Every edit goes through :meth:`Session.push` (undoable) or :meth:`Session.run` (not undoable). Both call
services, which commit at once; views listen to :attr:`Session.changed` and redraw what the ChangeSet names.
Failures (a full disk, a locked file, a broken rule) are reported through :attr:`Session.failed` in the
user's language and change nothing, so the widget that asked can keep what the user typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
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
    never leaves a phantom step behind.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.session: Session | None = None
        self._first = True

    def do(self) -> ChangeSet:
        raise NotImplementedError

    def undo_edit(self) -> ChangeSet:
        raise NotImplementedError

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        assert self.session is not None
        self.session.apply(self.do)

    def undo(self) -> None:
        assert self.session is not None
        self.session.apply(self.undo_edit)


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

    def describe(self, error: Exception) -> str:
        if isinstance(error, LibraryError | ValidationError):
            return error.message(self.language)
        return str(error)

    def _report(self, error: Exception) -> None:
        self._failing = True
        self.failed.emit(self.describe(error))

    def _succeeded(self, changes: ChangeSet | None) -> None:
        if self._failing:
            self._failing = False
            self.recovered.emit()
        if changes is not None:
            self.changed.emit(changes)

    def apply(self, action: Callable[[], ChangeSet]) -> bool:
        """Run an action that returns a ChangeSet; report failure instead of raising."""
        try:
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
            changes = command.do()
        except (LibraryError, ValidationError) as error:
            self._report(error)
            return False
        self.undo_stack.push(command)
        self._succeeded(changes)
        return True

    def close(self) -> None:
        self.undo_stack.clear()
        self.library.close()


def _split(result: Any) -> tuple[Any, ChangeSet | None]:
    if isinstance(result, ChangeSet):
        return None, result
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], ChangeSet):
        return result[0], result[1]
    return result, None
