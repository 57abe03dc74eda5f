"""Near-identical notes: list them, merge a pair into one note, and take merged notes apart again.

Typing ideas must not cost a search for duplicates each time: the merged list is read again only for a
change that can alter it (a merge or unmerge, or an edit to a listed note), and the listed pairs are searched
again once, on the next turn of the event loop, and only while the panel is visible; hidden, it remembers
that they are out of date and searches when shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.errors import NotFoundError
from workshop.services import duplicates, ideas
from workshop.services.changes import Area, ChangeSet
from workshop.ui.commands.board import MergeDuplicates, UnmergeDuplicate
from workshop.ui.session import Session

IDS_ROLE = Qt.ItemDataRole.UserRole + 1


class DuplicatesPanel(QWidget):
    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self.find_button = QPushButton(self.tr("&Find duplicates"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Result of the search for duplicates"))
        self.pairs = QListWidget()
        self.pairs.setAccessibleName(self.tr("Near-identical notes"))
        self.pairs.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("&Merge into the first note"))
        merged_label = QLabel(self.tr("Merged notes:"))
        self.merged = QListWidget()
        self.merged.setAccessibleName(self.tr("Merged notes"))
        self.merged.setWordWrap(True)
        merged_label.setBuddy(self.merged)
        self.unmerge_button = QPushButton(self.tr("&Unmerge"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.find_button)
        layout.addWidget(self.status)
        layout.addWidget(self.pairs, 2)
        layout.addWidget(self.merge_button)
        layout.addWidget(merged_label)
        layout.addWidget(self.merged, 1)
        layout.addWidget(self.unmerge_button)
        self.find_button.clicked.connect(self.find_duplicates)
        self.merge_button.clicked.connect(self.merge_current)
        self.unmerge_button.clicked.connect(self.unmerge_current)
        self._listed: set[str] = set()  # ids of the merged notes listed and the notes they live in
        self._pairs_stale = False
        self._pairs_timer = QTimer(self)
        self._pairs_timer.setSingleShot(True)
        self._pairs_timer.setInterval(0)
        self._pairs_timer.timeout.connect(self._find_again)
        session.changed.connect(self._on_changed)
        self.load_merged()

    def _on_changed(self, changes: ChangeSet) -> None:
        if not changes.concerns(self.workshop_id, Area.IDEAS):
            return
        # One new or edited idea that is not listed cannot change the merged list; a merge, an unmerge, a
        # removal or restore (they name the merged notes too), or a change naming no ids can.
        if changes.touches(Area.BOARD) or len(changes.ids) != 1 or changes.ids & self._listed:
            self.load_merged()
        if self.pairs.count():
            self._pairs_stale = True
            if self.isVisible():
                self._pairs_timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._pairs_stale:
            self._find_again()

    def _find_again(self) -> None:
        if self._pairs_stale and self.isVisible():
            self.find_duplicates()

    def find_duplicates(self) -> None:
        self._pairs_stale = False
        self.pairs.clear()
        for pair in duplicates.find(self.session.library, self.workshop_id):
            item = QListWidgetItem(f"{pair.first.text}\n≈ {pair.second.text}  ({pair.score:.0f} %)")
            item.setData(IDS_ROLE, (pair.first.id, pair.second.id))
            self.pairs.addItem(item)
        if self.pairs.count():
            self.pairs.setCurrentRow(0)
            self.status.setText(self.tr("%n pair(s) of near-identical notes.", "", self.pairs.count()))
        else:
            self.status.setText(self.tr("No duplicates found."))
        self.merge_button.setEnabled(self.pairs.count() > 0)

    def merge_current(self) -> None:
        item = self.pairs.currentItem()
        if item is None:
            return
        kept, other = item.data(IDS_ROLE)
        self.session.push(MergeDuplicates(self.tr("Merge duplicates"), kept, [other]))

    def load_merged(self) -> None:
        self.merged.clear()
        lib = self.session.library
        merged_into = duplicates.merged_into_map(lib, self.workshop_id)  # a few rows, not every note
        self._listed = set(merged_into) | set(merged_into.values())
        texts: dict[str, str] = {}
        found = []
        for idea_id in self._listed:
            try:
                idea = ideas.get(lib, idea_id)
            except NotFoundError:
                continue
            texts[idea_id] = idea.text
            if idea_id in merged_into:
                found.append(idea)
        for idea in sorted(found, key=lambda i: i.position):
            kept_id = merged_into[idea.id]
            item = QListWidgetItem(f"{idea.text}\n→ {texts.get(kept_id, '')}")
            item.setData(IDS_ROLE, (kept_id, idea.id))
            self.merged.addItem(item)
        self.unmerge_button.setEnabled(self.merged.count() > 0)

    def unmerge_current(self) -> None:
        item = self.merged.currentItem() or self.merged.item(0)
        if item is None:
            return
        kept, idea_id = item.data(IDS_ROLE)
        self.session.push(UnmergeDuplicate(self.tr("Unmerge note"), kept, idea_id))
