"""The ideas of one workshop as a Qt table: idea, author, tags, whether the room can see it.

The model follows :attr:`Session.changed`: a change set naming ideas updates just those rows (insert,
change or remove), so a new idea in a list of thousands costs one row, not a reload.

It is a QStandardItemModel on purpose: the cells hold their display text in C++, so painting a screenful
of rows never calls into Python (a Python ``data()`` made one repaint of the console list cost ~8 ms, and
twice that behind a filter proxy; C++ items paint it in ~1.4 ms). The domain objects and the rules stay
here in Python, beside the items, in the same row order.
"""

from __future__ import annotations

import bisect
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from workshop.domain.errors import NotFoundError
from workshop.domain.idea import Idea
from workshop.domain.idea_search import IdeaFilter
from workshop.domain.tags import SustainabilityTag
from workshop.services import ideas, participants, tags
from workshop.services.changes import Area, ChangeSet
from workshop.ui.session import Session

IdeaIdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def tag_label(tag: SustainabilityTag) -> str:
    labels = {
        SustainabilityTag.ECONOMIC: QCoreApplication.translate("Tags", "Economic"),
        SustainabilityTag.SOCIAL: QCoreApplication.translate("Tags", "Social"),
        SustainabilityTag.ECOLOGICAL: QCoreApplication.translate("Tags", "Ecological"),
    }
    return labels[tag]


class IdeasModel(QStandardItemModel):
    """All ideas (console), or only those the room may see (``public_only``, for the presenter)."""

    TEXT, AUTHOR, TAGS, SHOWN = range(4)
    edit_requested = Signal(str, str)  # idea id, new text

    def __init__(self, session: Session, workshop_id: str, *, public_only: bool = False) -> None:
        super().__init__(0, 4)
        self.session = session
        self.workshop_id = workshop_id
        self.public_only = public_only
        self._rows: list[Idea] = []
        self._keys: list[tuple[int, str]] = []
        self._key_of: dict[str, tuple[int, str]] = {}
        self._tags: dict[str, frozenset[SustainabilityTag]] = {}
        self._names: dict[str, str] = {}
        self._hidden: set[str] = set()  # ideas of the workshop the room may not see yet
        self._anonymous = self.tr("anonymous")
        self._hidden_text = self.tr("hidden")
        self.setHorizontalHeaderLabels(
            [self.tr("Idea"), self.tr("Author"), self.tr("Tags"), self.tr("Shared screen")]
        )
        session.changed.connect(self._on_changed)
        self.reload()

    # --- reading -------------------------------------------------------------------------------------
    def reload(self) -> None:
        lib = self.session.library
        everything = ideas.list_ideas(lib, self.workshop_id)
        self._tags = tags.tags_by_idea(lib, self.workshop_id)
        self._names = {p.id: p.name for p in participants.list_participants(lib, self.workshop_id)}
        self._hidden = {idea.id for idea in everything if not idea.revealed}
        self._rows = [idea for idea in everything if self._wanted(idea)]
        self._keys = [(idea.position, idea.id) for idea in self._rows]
        self._key_of = {idea.id: key for idea, key in zip(self._rows, self._keys, strict=True)}
        # One reset instead of thousands of row insertions, each of which the views would follow.
        self.beginResetModel()
        blocked = self.blockSignals(True)
        try:
            self.setRowCount(0)
            for row, idea in enumerate(self._rows):
                self.insertRow(row, self._items(idea))
        finally:
            self.blockSignals(blocked)
        self.endResetModel()

    def _wanted(self, idea: Idea) -> bool:
        return idea.revealed or not self.public_only

    def idea(self, row: int) -> Idea:
        return self._rows[row]

    def ideas(self) -> list[Idea]:
        return list(self._rows)

    def row_of(self, idea_id: str) -> int:
        """The row of an idea, found by its (position, id) key in O(log n): lists run to thousands."""
        key = self._key_of.get(idea_id)
        if key is None:
            return -1
        row = bisect.bisect_left(self._keys, key)
        return row if row < len(self._keys) and self._keys[row] == key else -1

    def tags_of(self, idea_id: str) -> frozenset[SustainabilityTag]:
        return self._tags.get(idea_id, frozenset())

    def author_name(self, idea: Idea) -> str:
        return self._names.get(idea.author_id or "", "")

    def hidden_count(self) -> int:
        """How many ideas wait for the facilitator to reveal them (silent writing), without a query."""
        return len(self._hidden)

    # --- the cells -----------------------------------------------------------------------------------
    def _texts(self, idea: Idea) -> tuple[str, str, str, str]:
        return (
            idea.text,
            self.author_name(idea) or self._anonymous,
            ", ".join(tag_label(t) for t in sorted(self.tags_of(idea.id))),
            "" if idea.revealed else self._hidden_text,  # only the exceptions: "shown" ×2,000 is noise
        )

    def _items(self, idea: Idea) -> list[QStandardItem]:
        items = []
        for column, text in enumerate(self._texts(idea)):
            item = QStandardItem(text)
            item.setData(idea.id, IdeaIdRole)
            if column == self.TEXT:
                item.setToolTip(text)
            else:
                item.setEditable(False)
            items.append(item)
        return items

    def _show(self, row: int, idea: Idea) -> None:
        """Bring the cells of one row up to date, touching only those whose text changed."""
        for column, text in enumerate(self._texts(idea)):
            item = self.item(row, column)
            if item is not None and item.text() != text:
                item.setText(text)
                if column == self.TEXT:
                    item.setToolTip(text)

    # --- following changes ---------------------------------------------------------------------------
    def _on_changed(self, changes: ChangeSet) -> None:
        if not changes.concerns(self.workshop_id):
            return
        if changes.touches(Area.PARTICIPANTS):
            self._names = {
                p.id: p.name for p in participants.list_participants(self.session.library, self.workshop_id)
            }
        reloading = changes.touches(Area.IDEAS) and changes.touches(Area.QUESTIONS)  # ideas lost a question
        if reloading or (changes.touches(Area.IDEAS, Area.PARTICIPANTS) and not changes.ids):
            self.reload()
            return
        if changes.touches(Area.IDEAS):
            for idea_id in changes.ids:
                self._refresh_one(idea_id)
        elif changes.touches(Area.PARTICIPANTS):
            for row, idea in enumerate(self._rows):
                self._show(row, idea)

    def _refresh_one(self, idea_id: str) -> None:
        try:
            idea: Idea | None = ideas.get(self.session.library, idea_id)
        except NotFoundError:
            idea = None
        if idea is not None and idea.workshop_id != self.workshop_id:
            return  # an id of another kind (a participant, a question) in a mixed change set
        row = self.row_of(idea_id)
        if idea is None:
            self._hidden.discard(idea_id)
            self._tags.pop(idea_id, None)
        else:
            (self._hidden.discard if idea.revealed else self._hidden.add)(idea_id)
            self._tags[idea_id] = tags.tags_of(self.session.library, idea_id)
        if idea is None or not self._wanted(idea):
            if row >= 0:
                self._take_row(row)
            return
        key = (idea.position, idea.id)
        if row >= 0 and self._keys[row] == key:
            self._rows[row] = idea
            self._show(row, idea)
            return
        if row >= 0:  # moved: take it out and put it back in its place
            self._take_row(row)
        at = bisect.bisect_left(self._keys, key)
        self._rows.insert(at, idea)
        self._keys.insert(at, key)
        self._key_of[idea.id] = key
        self.insertRow(at, self._items(idea))

    def _take_row(self, row: int) -> None:
        del self._rows[row]
        del self._key_of[self._keys.pop(row)[1]]
        self.removeRow(row)

    # --- editing in place ----------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """An edit in the table becomes an undoable command; the cell changes when the change comes back."""
        if not index.isValid() or index.column() != self.TEXT or role != Qt.ItemDataRole.EditRole:
            return False
        idea = self._rows[index.row()]
        if str(value) != idea.text:
            self.edit_requested.emit(idea.id, str(value))
        return True


class IdeaFilterProxy(QSortFilterProxyModel):
    """The console's search box: words, question and tag, with the same rule as the services."""

    def __init__(self, source: IdeasModel) -> None:
        super().__init__()
        self.ideas_model = source
        self.wanted = IdeaFilter()
        self.setSourceModel(source)

    def set_filter(self, wanted: IdeaFilter) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateFilter is deprecated there
            self.beginFilterChange()
            self.wanted = wanted
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - Qt before 6.10
            self.wanted = wanted
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if self.wanted.is_empty():
            return True
        model = self.ideas_model
        idea = model.idea(source_row)
        return self.wanted.matches(idea, model.tags_of(idea.id), model.author_name(idea))
