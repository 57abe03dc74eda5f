"""The pickers of the action plan (idea, owner, due date, status), used both in the entry row and when
editing a cell of the plan in place."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from workshop.domain.action import ActionStatus
from workshop.ui.models.actions_model import ActionsModel, FieldValueRole, status_label

NO_DATE = QDate(2000, 1, 1)  # shown as "no date": a QDateEdit cannot be empty

Index = QModelIndex | QPersistentModelIndex


class DueDatePicker(QDateEdit):
    """A date with a calendar popup; the lowest date means "no due date" and is shown as such."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("no date"))
        self.set_iso("")

    def iso(self) -> str:
        return "" if self.date() == NO_DATE else self.date().toString("yyyy-MM-dd")

    def set_iso(self, value: str) -> None:
        date = QDate.fromString(value, "yyyy-MM-dd") if value else NO_DATE
        self.setDate(date if date.isValid() else NO_DATE)


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
    """Edits each column of the plan with its own picker; text columns keep the plain line edit."""

    def __init__(self, model: ActionsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions_model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        column = index.column()
        if column == ActionsModel.IDEA:
            return IdeaPicker(self.actions_model.idea_texts, parent)
        if column == ActionsModel.OWNER:
            return OwnerPicker(list(self.actions_model.people.values()), parent)
        if column == ActionsModel.DUE:
            return DueDatePicker(parent)
        if column == ActionsModel.STATUS:
            return StatusPicker(parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = str(index.data(FieldValueRole) or "")
        if isinstance(editor, IdeaPicker):
            editor.set_idea(value)
        elif isinstance(editor, OwnerPicker):
            editor.setEditText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        elif isinstance(editor, DueDatePicker):
            editor.set_iso(value)
        elif isinstance(editor, StatusPicker):
            editor.set_status(value)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, IdeaPicker):
            model.setData(index, editor.idea_id())
        elif isinstance(editor, OwnerPicker):
            model.setData(index, editor.currentText().strip())
        elif isinstance(editor, DueDatePicker):
            model.setData(index, editor.iso())
        elif isinstance(editor, StatusPicker):
            model.setData(index, editor.status())
        else:
            super().setModelData(editor, model, index)
