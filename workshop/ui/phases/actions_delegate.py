"""The pickers of the action plan (idea, owner, due date, status), used both in the entry row and when
editing a cell of the plan in place."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QCompleter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from workshop.domain.action import ActionStatus
from workshop.ui.models.actions_model import ActionsModel, FieldValueRole, status_label
from workshop.ui.phases.due_date_field import DueDateField
from workshop.ui.phases.enter_saves import EnterSaves

Index = QModelIndex | QPersistentModelIndex


class IdeaPicker(QComboBox):
    """Pick the idea an action carries forward by typing any words of it; the first entry is "none"."""

    def __init__(self, idea_texts: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.set_ideas(idea_texts)

    def set_ideas(self, idea_texts: dict[str, str]) -> None:
        chosen = self.idea_id()
        self.clear()
        self.addItem("", "")
        for idea_id, text in idea_texts.items():
            self.addItem(text, idea_id)
        completer = QCompleter(list(idea_texts.values()), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.set_idea(chosen)

    def idea_id(self) -> str:
        """The chosen idea's id, or "" when the typed text names no idea."""
        row = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        return str(self.itemData(row) or "") if row >= 0 else ""

    def set_idea(self, idea_id: str) -> None:
        row = self.findData(idea_id) if idea_id else 0
        self.setCurrentIndex(max(0, row))
        if row <= 0:
            self.setEditText("")


class OwnerPicker(QComboBox):
    """A participant (completed from their names) or any free text, such as a unit or a role."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(12)
        self.set_names(names)

    def set_names(self, names: list[str]) -> None:
        typed = self.currentText()
        self.clear()
        self.addItem("")
        self.addItems(names)
        self.setEditText(typed)
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)


class StatusPicker(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for status in ActionStatus:
            self.addItem(status_label(status), status.value)

    def status(self) -> str:
        return str(self.currentData())

    def set_status(self, value: str) -> None:
        self.setCurrentIndex(max(0, self.findData(value)))


class ActionCellDelegate(QStyledItemDelegate):
    """Edits each column of the plan with its own picker; text columns keep the plain line edit.

    Enter saves the cell also while a name or idea completion is open (the completion is taken). A typed
    due date that is no date changes nothing and :attr:`problem` says so, with the typed text.
    """

    problem = Signal(str)

    def __init__(self, model: ActionsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions_model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        column = index.column()
        if column in (ActionsModel.IDEA, ActionsModel.OWNER):
            picker: QComboBox = (
                IdeaPicker(self.actions_model.idea_texts, parent)
                if column == ActionsModel.IDEA
                else OwnerPicker(list(self.actions_model.people.values()), parent)
            )
            EnterSaves(lambda: self._commit_and_close(picker), picker).watch_completer(picker)
            return picker
        if column == ActionsModel.DUE:
            return DueDateField(parent)
        if column == ActionsModel.STATUS:
            return StatusPicker(parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = str(index.data(FieldValueRole) or "")
        if isinstance(editor, IdeaPicker):
            editor.set_idea(value)
        elif isinstance(editor, OwnerPicker):
            editor.setEditText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        elif isinstance(editor, DueDateField):
            editor.set_iso(value)
        elif isinstance(editor, StatusPicker):
            editor.set_status(value)
        else:
            super().setEditorData(editor, index)
        line = editor.lineEdit() if isinstance(editor, QComboBox) else None
        if line is not None:  # as in a plain cell: what is typed replaces the old name or idea
            line.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, IdeaPicker):
            model.setData(index, editor.idea_id())
        elif isinstance(editor, OwnerPicker):
            model.setData(index, editor.currentText().strip())
        elif isinstance(editor, DueDateField):
            iso = editor.iso()
            if iso is None:
                self.problem.emit(editor.problem())
            else:
                model.setData(index, iso)
        elif isinstance(editor, StatusPicker):
            model.setData(index, editor.status())
        else:
            super().setModelData(editor, model, index)

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
