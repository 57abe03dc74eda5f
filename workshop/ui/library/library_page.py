"""The library: every workshop with its date, status and counts; new, open, duplicate, rename, trash.

This page is the first thing the app paints, so it loads only the listing; the workshop service (with
every record type and the templates) is imported by the actions that change workshops, when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.errors import ValidationError
from workshop.domain.workshop import Workshop
from workshop.services import library_listing
from workshop.services.changes import Area, ChangeSet
from workshop.ui.models.workshop_table import SearchTextRole, WorkshopRole, WorkshopTableModel
from workshop.ui.session import Session

if TYPE_CHECKING:
    from workshop.ui.library.empty_library import EmptyLibrary


class LibraryPage(QWidget):
    open_requested = Signal(str)  # workshop id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.showing_trash = False
        self._stale = False

        self.heading = QLabel()
        self.heading.setObjectName("libraryHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search workshops (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search workshops"))
        self.trash_button = QPushButton(self.tr("&Trash"))
        self.trash_button.setCheckable(True)
        self.trash_button.setToolTip(self.tr("Show the workshops in the trash"))

        self.model = WorkshopTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SearchTextRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Workshops"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the others: see _fit_columns
        self._fitting = False
        self._widened: set[int] = set()  # columns the facilitator dragged to a width of their own
        header.sectionResized.connect(self._column_resized)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)

        self._empty: EmptyLibrary | None = None  # made when the library (or the trash) is first empty
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)

        self.new_button = QPushButton(self.tr("&New workshop…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.trash_action_button = QPushButton(self.tr("Move to trash"))
        self.restore_button = QPushButton(self.tr("Re&store"))
        self.purge_button = QPushButton(self.tr("Delete for good…"))
        self.empty_trash_button = QPushButton(self.tr("&Empty trash…"))
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Library status"))

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.search, 2)
        top.addWidget(self.trash_button)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.open_button,
            self.duplicate_button,
            self.rename_button,
            self.trash_action_button,
            self.restore_button,
            self.purge_button,
            self.empty_trash_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.open_selected)  # type to find, Enter to open
        self.trash_button.toggled.connect(self.set_showing_trash)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.new_button.clicked.connect(self.new_workshop)
        self.open_button.clicked.connect(self.open_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.rename_button.clicked.connect(self.rename_selected)
        self.trash_action_button.clicked.connect(self.trash_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_trash_button.clicked.connect(self.empty_trash)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.table.installEventFilter(self)
        session.changed.connect(self._on_changed)
        self.refresh()

    @property
    def empty(self) -> EmptyLibrary:
        """What an empty library or trash shows; made when first needed (most starts have workshops)."""
        if self._empty is None:
            from workshop.ui.library.empty_library import EmptyLibrary

            self._empty = EmptyLibrary()
            self._empty.demo_requested.connect(self.create_demo)
            self._empty.new_requested.connect(self.new_workshop)
            self.stack.addWidget(self._empty)
        return self._empty

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Delete moves the selected workshop to the trash, F2 renames it (keys of the table)."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Delete:
                self.trash_selected()
                return True
            if event.key() == Qt.Key.Key_F2:
                self.rename_selected()
                return True
        return super().eventFilter(watched, event)

    # ----- state

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Area.LIBRARY, Area.WORKSHOP, Area.PARTICIPANTS, Area.IDEAS):
            if self.isVisible():
                self.refresh()
            else:  # a workshop is open: catch up when the library is shown again
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def finish_start(self) -> None:
        """What the first paint does not need: the search field's clear button (its icon is looked up in
        the style's icon theme, ~3 ms of the start)."""
        self.search.setClearButtonEnabled(True)

    def refresh(self) -> None:
        self._stale = False
        selected = self.selected_id()
        rows = library_listing.list_workshops(self.session.library, trash=self.showing_trash)
        self._fitting = True  # the reset and the fitting resize columns; the facilitator did not
        try:
            self.model.set_rows(rows)
            self._fit_columns()
        finally:
            self._fitting = False
        self.heading.setText(self.tr("Trash") if self.showing_trash else self.tr("Workshops"))
        if rows:
            self.stack.setCurrentWidget(self.table)
        else:
            if self.showing_trash:
                self.empty.show_trash_empty()
            else:
                self.empty.show_library_empty()
            self.stack.setCurrentWidget(self.empty)
        self.status_label.setText(self.tr("%n workshop(s)", "", len(rows)))
        if selected:
            self.select(selected)
        elif rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Date, status and the counts as wide as their widest text; the title takes the rest.

        Sized on each refresh, as Qt's ResizeToContents mode would, but once: that mode asks for every
        cell again on each layout pass, which was a third of the window's start-up. A column the
        facilitator has dragged keeps its width, unless its text needs more.
        """
        header = self.table.horizontalHeader()
        for column in range(1, self.model.columnCount()):
            widest = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            if column in self._widened:
                widest = max(widest, header.sectionSize(column))
            header.resizeSection(column, widest)

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column > 0 and self.table.isVisible():
            self._widened.add(column)

    def set_showing_trash(self, on: bool) -> None:
        self.showing_trash = on
        if self.trash_button.isChecked() != on:
            self.trash_button.setChecked(on)
        self.refresh()

    def _filter(self, text: str) -> None:
        """Filter, and keep a match selected so that Enter opens it."""
        self.proxy.setFilterFixedString(text)
        if self.selected_id() is None and self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for button in (self.open_button, self.duplicate_button, self.rename_button, self.trash_action_button):
            button.setVisible(not self.showing_trash)
            button.setEnabled(has)
        self.new_button.setVisible(not self.showing_trash)
        self.empty_trash_button.setVisible(self.showing_trash)
        self.empty_trash_button.setEnabled(self.model.rowCount() > 0)
        for button in (self.restore_button, self.purge_button):
            button.setVisible(self.showing_trash)
            button.setEnabled(has)

    def selected_id(self) -> str | None:
        indexes = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not indexes:
            return None
        return str(indexes[0].data(WorkshopRole))

    def select(self, workshop_id: str) -> None:
        row = self.model.row_of(workshop_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    # ----- actions

    def _open_index(self, index: QModelIndex) -> None:
        if not self.showing_trash and index.isValid():
            self.open_requested.emit(str(index.data(WorkshopRole)))

    def open_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id and not self.showing_trash:
            self.open_requested.emit(workshop_id)

    def new_workshop(self) -> Workshop | None:
        from workshop.services import methods
        from workshop.ui.dialogs.new_workshop_dialog import NewWorkshopDialog  # loads the templates

        dialog = NewWorkshopDialog(self.session.language, self, session=self.session)
        while dialog.exec():
            try:
                workshop, changes = methods.create_workshop(
                    self.session.library,
                    dialog.title_edit.text(),
                    dialog.method_keys,
                    template=dialog.template(),
                    language=dialog.language(),
                    **dialog.fields(),
                )
            except ValidationError as error:
                dialog.show_error(error.message(self.session.language))
                continue
            except Exception as error:  # a write failure: keep the dialog and its text
                dialog.show_error(self.session.describe(error))
                continue
            self.session.changed.emit(changes)
            self.open_requested.emit(workshop.id)
            return workshop
        return None

    def create_demo(self) -> None:
        from workshop.services import demo  # deferred: ~20 ms of modules a full library never needs

        workshop = self.session.run(demo.create_demo)
        if workshop:
            self.refresh()
            self.select(workshop.id)

    def duplicate_selected(self) -> None:
        from workshop.services import workshops

        workshop_id = self.selected_id()
        if workshop_id:
            copy = self.session.run(workshops.duplicate, workshop_id)
            if copy:
                self.select(copy.id)
                self.status_label.setText(self.tr("Copied as “%1”").replace("%1", copy.title))

    def rename_selected(self) -> None:
        from workshop.services import workshops

        workshop_id = self.selected_id()
        if not workshop_id:
            return
        current = workshops.get(self.session.library, workshop_id)
        from PySide6.QtWidgets import QInputDialog  # the dialogs' classes: not needed to show the library

        title, ok = QInputDialog.getText(
            self, self.tr("Rename workshop"), self.tr("New title:"), text=current.title
        )
        if ok:
            self.session.run(workshops.rename, workshop_id, title)

    def trash_selected(self) -> None:
        from workshop.services import workshops

        workshop_id = self.selected_id()
        if workshop_id and not self.showing_trash:
            title = workshops.get(self.session.library, workshop_id).title
            if self.session.run(workshops.move_to_trash, workshop_id):
                self.status_label.setText(
                    self.tr("“%1” moved to the trash. Restore it from Trash.").replace("%1", title)
                )

    def restore_selected(self) -> None:
        from workshop.services import workshops

        workshop_id = self.selected_id()
        if workshop_id and self.showing_trash:
            self.session.run(workshops.restore_from_trash, workshop_id)

    def purge_selected(self) -> None:
        from workshop.services import workshops

        workshop_id = self.selected_id()
        if not workshop_id or not self.showing_trash:
            return
        from PySide6.QtWidgets import QMessageBox

        title = workshops.get(self.session.library, workshop_id).title
        answer = QMessageBox.warning(
            self,
            self.tr("Delete for good"),
            self.tr("Delete “%1” and everything in it for good? This cannot be undone.").replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.run(workshops.purge, workshop_id)

    def empty_trash(self) -> None:
        from workshop.ui.library.empty_trash import confirm_and_empty

        message = confirm_and_empty(self, self.session)
        if message:
            self.status_label.setText(message)
