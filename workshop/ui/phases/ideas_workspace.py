"""Idea capture: at the speed people speak. One line to type into, the list of ideas below it.

Keys: Enter saves the idea and leaves the field empty for the next; Ctrl+F searches; in the list F2 edits
an idea in place, Delete removes the selected ideas, Ctrl+1/2/3 toggle the economic, social and
ecological tags; Ctrl+Shift+W turns silent writing on or off; Ctrl+Shift+R reveals the hidden ideas.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.agenda import AgendaItem
from workshop.domain.idea_search import IdeaFilter
from workshop.domain.tags import SustainabilityTag
from workshop.services import silent_writing
from workshop.services.changes import Area, ChangeSet
from workshop.ui.commands.ideas import (
    AddIdeas,
    EditIdea,
    RemoveIdeas,
    RevealIdeas,
    SetSilentWriting,
    SetTagsMany,
)
from workshop.ui.dialogs.remove_with_votes_dialog import confirm_removal
from workshop.ui.heading import heading
from workshop.ui.models.ideas_model import IdeaFilterProxy, IdeaIdRole, IdeasModel, tag_label
from workshop.ui.phases.idea_capture import IdeaCaptureBar
from workshop.ui.session import Session

TAG_KEYS = {
    SustainabilityTag.ECONOMIC: "Ctrl+1",
    SustainabilityTag.SOCIAL: "Ctrl+2",
    SustainabilityTag.ECOLOGICAL: "Ctrl+3",
}


class IdeasWorkspace(QWidget):
    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self.phase_title = heading(1.3)
        self.capture = IdeaCaptureBar(session, workshop_id)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search ideas and authors"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search ideas"))
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Show ideas with tag"))
        self.tag_filter.addItem(self.tr("All tags"), "")
        for tag in SustainabilityTag:
            self.tag_filter.addItem(tag_label(tag), tag.value)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of ideas"))
        self.silent_button = QPushButton(self.tr("Silent &writing"))
        self.silent_button.setCheckable(True)
        self.silent_button.setToolTip(
            self.tr("New ideas stay off the shared screen until revealed (Ctrl+Shift+W)")
        )
        self.reveal_button = QPushButton()
        self.reveal_button.setToolTip(self.tr("Show the hidden ideas on the shared screen (Ctrl+Shift+R)"))

        self.model = IdeasModel(session, workshop_id)
        self.proxy = IdeaFilterProxy(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Ideas"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # One line per idea at a fixed height: no size hint is asked of 2,000 rows on a change.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(IdeasModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (IdeasModel.AUTHOR, IdeasModel.TAGS, IdeasModel.SHOWN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(IdeasModel.AUTHOR, 180)
        self.table.setColumnWidth(IdeasModel.TAGS, 160)
        self.table.setColumnWidth(IdeasModel.SHOWN, 90)

        filters = QHBoxLayout()
        search_label = QLabel(self.tr("&Find:"))
        search_label.setBuddy(self.search)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.tag_filter)
        filters.addWidget(self.count_label, 1)
        filters.addWidget(self.silent_button)
        filters.addWidget(self.reveal_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.phase_title)
        layout.addWidget(self.capture)
        layout.addWidget(self.message)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self._add_shortcuts()
        self.capture.submitted.connect(self._add)
        self.capture.problem.connect(self._show_message)
        self.model.edit_requested.connect(self._edit)
        self.search.textChanged.connect(self._apply_filter)
        self.tag_filter.currentIndexChanged.connect(self._apply_filter)
        self.silent_button.clicked.connect(self.set_silent)
        self.reveal_button.clicked.connect(self.reveal)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._update_count)
        session.changed.connect(self._on_changed)
        self._update_silent()
        self._update_count()

    def _add_shortcuts(self) -> None:
        def shortcut(keys: str, handler: object, context: Qt.ShortcutContext) -> QAction:
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(context)
            action.triggered.connect(handler)
            self.addAction(action)
            return action

        widget_scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        shortcut("Ctrl+F", self._focus_search, widget_scope)
        shortcut("Ctrl+Shift+W", lambda: self.set_silent(not self.silent_button.isChecked()), widget_scope)
        shortcut("Ctrl+Shift+R", self.reveal, widget_scope)
        delete = QAction(self.table)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.remove_selected)
        self.table.addAction(delete)
        for tag, keys in TAG_KEYS.items():
            toggle = QAction(self.table)
            toggle.setShortcut(QKeySequence(keys))
            toggle.setShortcutContext(widget_scope)
            toggle.triggered.connect(lambda _=False, t=tag: self.toggle_tag(t))
            self.addAction(toggle)

    # --- reacting ------------------------------------------------------------------------------------
    def show_phase(self, item: AgendaItem) -> None:
        self.phase_title.setText(item.title)

    def _on_changed(self, changes: ChangeSet) -> None:
        if not changes.concerns(self.workshop_id):
            return
        if changes.touches(Area.PARTICIPANTS):
            self.capture.reload_people()
        if changes.touches(Area.QUESTIONS):
            self.capture.reload_questions()
        if changes.touches(Area.WORKSHOP, Area.PRESENTER):
            self._update_silent()
        elif changes.touches(Area.IDEAS):  # a new idea may wait to be revealed; the mode itself is as it was
            self._update_reveal()
        if changes.touches(Area.IDEAS):
            self._update_count()

    def _update_silent(self) -> None:
        silent = silent_writing.is_silent(self.session.library, self.workshop_id)
        self.silent_button.setChecked(silent)
        self.silent_button.setText(
            self.tr("Silent &writing: on") if silent else self.tr("Silent &writing: off")
        )
        self._update_reveal()

    def _update_reveal(self) -> None:
        hidden = self.model.hidden_count()
        if hidden:
            self.reveal_button.setText(self.tr("&Reveal %n hidden idea(s)", "", hidden))
        else:  # "Reveal 0 hidden ideas" reads like a fault; the disabled button says enough
            self.reveal_button.setText(self.tr("&Reveal hidden ideas"))
        self.reveal_button.setEnabled(hidden > 0)

    def _update_count(self, *_: object) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n idea(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("%1 of %2 ideas").replace("%1", str(shown)).replace("%2", str(total))
            )

    def _apply_filter(self, *_: object) -> None:
        tag = str(self.tag_filter.currentData() or "")
        self.proxy.set_filter(IdeaFilter(self.search.text(), tag=SustainabilityTag(tag) if tag else None))
        self._update_count()

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- edits ---------------------------------------------------------------------------------------
    def _add(self, texts: list[str], author_id: str | None, question_id: str | None) -> None:
        name = self.tr("Add idea") if len(texts) == 1 else self.tr("Add %n idea(s)", "", len(texts))
        command = AddIdeas(name, self.workshop_id, texts, author_id=author_id, question_id=question_id)
        if self.session.push(command):
            self.capture.after_save(len(texts))
            self._show_message("")
            if command.idea is not None:
                self.reveal_idea(command.idea.id)
        self.capture.line.setFocus(Qt.FocusReason.OtherFocusReason)

    def reveal_idea(self, idea_id: str) -> None:
        """Scroll the list so the idea is visible (the one just added, usually at the end)."""
        row = self.model.row_of(idea_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.scrollTo(index)

    def _edit(self, idea_id: str, text: str) -> None:
        idea = self.model.idea(self.model.row_of(idea_id))
        self.session.push(EditIdea(self.tr("Edit idea"), idea_id, {"text": idea.text}, {"text": text}))

    def selected_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        return [str(index.data(IdeaIdRole)) for index in sorted(rows, key=lambda i: i.row())]

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if not confirm_removal(self, self.session, idea_ids=ids):
            return
        row = min(index.row() for index in self.table.selectionModel().selectedRows())
        name = self.tr("Delete idea") if len(ids) == 1 else self.tr("Delete %n idea(s)", "", len(ids))
        if self.session.push(RemoveIdeas(name, ids)) and self.proxy.rowCount():
            index = self.proxy.index(min(row, self.proxy.rowCount() - 1), 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def toggle_tag(self, tag: SustainabilityTag) -> None:
        wanted: dict[str, frozenset[SustainabilityTag]] = {}
        for idea_id in self.selected_ids():
            current = self.model.tags_of(idea_id)
            wanted[idea_id] = frozenset(current - {tag} if tag in current else current | {tag})
        if wanted:  # the whole selection in one transaction, one undo step
            name = self.tr("Tag idea %1").replace("%1", tag_label(tag))
            self.session.push(SetTagsMany(name, wanted))

    def set_silent(self, on: bool) -> None:
        name = self.tr("Silent writing on") if on else self.tr("Silent writing off")
        if on != silent_writing.is_silent(self.session.library, self.workshop_id):
            self.session.push(SetSilentWriting(name, self.workshop_id, bool(on)))
        self._update_silent()

    def reveal(self) -> None:
        if self.model.hidden_count():
            self.session.push(RevealIdeas(self.tr("Reveal ideas"), self.workshop_id))
