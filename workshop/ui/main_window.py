"""The facilitator's main window: the library, or the console of the open workshop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from workshop import APP_NAME, __version__
from workshop.domain.errors import NotFoundError
from workshop.domain.language import Language
from workshop.services import library_listing
from workshop.ui.error_banner import ErrorBanner
from workshop.ui.library.library_page import LibraryPage
from workshop.ui.session import Session
from workshop.ui.settings import AppSettings
from workshop.ui.translation import install_translator

if TYPE_CHECKING:  # loaded when first needed, so that start-up shows the library sooner
    from PySide6.QtGui import QCloseEvent

    from workshop.ui.console.console_page import ConsolePage
    from workshop.ui.presenter.presenter_window import PresenterWindow
    from workshop.ui.room.room_of_phones import RoomOfPhones
    from workshop.ui.undo_keys import UndoKeyRouter


class MainWindow(QMainWindow):
    workshop_opened = Signal(str)
    language_changed = Signal(object)

    def __init__(
        self,
        session: Session,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        finish_after_first_paint: bool = False,
    ) -> None:
        """*finish_after_first_paint*: the app's start, which shows the library first and then calls
        :meth:`finish_start` (the menus' commands and the undo keys); otherwise all is made at once."""
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.console: ConsolePage | None = None
        self.presenter: PresenterWindow | None = None  # the shared screen, when open
        self.room_of_phones: RoomOfPhones | None = None  # made when the Run menu first lists it
        self.language_changed.connect(self._reopen_presenter)
        self.setMinimumSize(760, 520)
        self.undo_keys: UndoKeyRouter | None = None
        self.banner = ErrorBanner()
        self.pages = QStackedWidget()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.banner.follow(session)
        self.library_page = self._make_library()
        if finish_after_first_paint:
            self._menu_titles()
        else:
            self.finish_start()
        self._update_title()
        geometry = settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def finish_start(self) -> None:
        """The menus' commands and the undo keys (which the first painted library does not need)."""
        if self.undo_keys is not None:
            return
        self._build_menus()
        self.library_page.finish_start()
        from workshop.ui.undo_keys import UndoKeyRouter

        self.undo_keys = UndoKeyRouter(self)
        app = QCoreApplication.instance()
        if isinstance(app, QApplication):
            self.undo_keys.watch_focus(app)

    def _menu_titles(self) -> None:
        """The menu bar as it will be, with its titles only, so the first paint has it at its height and
        nothing moves when :meth:`finish_start` fills it."""
        bar = self.menuBar()
        titles = (self.tr("&File"), self.tr("&Edit"), self.tr("&View"), self.tr("&Run"), self.tr("&Help"))
        for title in titles:
            bar.addMenu(title)

    def _make_library(self) -> LibraryPage:
        page = LibraryPage(self.session)
        if self.undo_keys is not None:  # made again after the start (a language switch)
            page.finish_start()
        page.open_requested.connect(self.open_workshop)
        self.pages.addWidget(page)
        return page

    def _build_menus(self) -> None:
        # Qt's action classes and their enums are made on first use (~4 ms): after the first paint.
        from PySide6.QtGui import QAction, QActionGroup, QKeySequence

        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New workshop…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self._new_workshop)
        self.library_action = QAction(self.tr("&Library"), self)
        self.library_action.setShortcut(QKeySequence("Ctrl+L"))
        self.library_action.triggered.connect(self.show_library)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.library_action)
        file_menu.addSeparator()
        from workshop.ui.data_safety_menu import add_data_safety_actions
        from workshop.ui.dialogs.exchange_actions import add_exchange_actions

        self.export_action, self.import_action = add_exchange_actions(self, file_menu)
        file_menu.addSeparator()
        self.backups_action, self.personal_data_action = add_data_safety_actions(self, file_menu)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.file_menu = file_menu

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.session.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.session.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.edit_menu = edit_menu

        view_menu = bar.addMenu(self.tr("&View"))
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for language, name in ((Language.SV, "Svenska"), (Language.EN, "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(language == self.session.language)
            action.triggered.connect(lambda _=False, lang=language: self.set_language(lang))
            group.addAction(action)
            language_menu.addAction(action)
        self.view_menu = view_menu
        old_presenter_action = getattr(self, "presenter_action", None)
        if old_presenter_action is not None:  # a rebuilt menu (language switch): no second F5 left behind
            old_presenter_action.deleteLater()
            old_presenter_action.setShortcut(QKeySequence())
        self.presenter_action = QAction(self.tr("&Shared screen (presenter)"), self, checkable=True)
        self.presenter_action.setShortcut(QKeySequence("F5"))
        # F5 works with the shared screen in front too (it is another window): one press, one toggle.
        self.presenter_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.presenter_action.triggered.connect(self.toggle_presenter)
        view_menu.addAction(self.presenter_action)
        self.run_menu = bar.addMenu(self.tr("&Run"))
        self._fill_run_menu()

        help_menu = bar.addMenu(self.tr("&Help"))
        keys_action = QAction(QCoreApplication.translate("HelpOverlay", "&Keyboard shortcuts"), self)
        keys_action.setShortcut(QKeySequence("F1"))
        keys_action.triggered.connect(self.show_help)
        help_menu.addAction(keys_action)
        about = QAction(self.tr("&About Idéverkstad"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self.help_menu = help_menu

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs' classes are made when first used

        QMessageBox.about(
            self,
            self.tr("About Idéverkstad"),
            self.tr("%1 %2\nRuns innovation workshops offline. Library: %3")
            .replace("%1", APP_NAME)
            .replace("%2", __version__)
            .replace("%3", str(self.session.library.path)),
        )

    def _update_title(self) -> None:
        if self.console is not None:
            title = library_listing.get(self.session.library, self.console.workshop_id).title
            self.setWindowTitle(f"{title} — {APP_NAME}")
        else:
            self.setWindowTitle(APP_NAME)

    def _new_workshop(self) -> None:
        self.show_library()
        self.library_page.new_workshop()

    def open_workshop(self, workshop_id: str) -> bool:
        self.finish_start()  # the console needs the menus (a start that reopens the last workshop)
        try:
            workshop = library_listing.get(self.session.library, workshop_id)
        except NotFoundError:
            return False
        if workshop.in_trash:
            return False
        from workshop.ui.console.console_page import ConsolePage  # with the phases: ~20 ms, not at start

        self._close_console()
        self.console = ConsolePage(self.session, workshop_id)
        self.console.back_requested.connect(self.show_library)
        self.pages.addWidget(self.console)
        self.pages.setCurrentWidget(self.console)
        self.export_action.setEnabled(True)
        self._fill_run_menu()
        self._follow_presenter()
        self.settings.set_last_workshop(workshop_id)
        self._update_title()
        self.workshop_opened.emit(workshop_id)
        return True

    def _close_console(self) -> None:
        if self.console is not None:
            self.session.undo_stack.clear()
            self.pages.removeWidget(self.console)
            self.console.deleteLater()
            self.console = None
            self.export_action.setEnabled(False)
            if self.room_of_phones is not None:  # the room closes with its workshop
                self.room_of_phones.workshop_closed()
            self._fill_run_menu()

    def _fill_run_menu(self) -> None:
        """The Run menu lists the open workshop's timer and people commands with their shortcuts."""
        self.run_menu.clear()
        if self.console is not None:
            self.run_menu.addActions(self.console.run_actions())
            self.run_menu.addSeparator()
            self.run_menu.addAction(self._room_of_phones().menu_action())
        self.run_menu.setEnabled(self.console is not None)

    def _room_of_phones(self) -> RoomOfPhones:
        if self.room_of_phones is None:
            from workshop.ui.room.room_of_phones import RoomOfPhones  # aiohttp only once a room opens

            self.room_of_phones = RoomOfPhones(self)
        return self.room_of_phones

    def toggle_presenter(self) -> None:
        """F5, in the console or on the shared screen itself: one press opens it, the next closes it."""
        if self.presenter is not None and self.presenter.isVisible():
            self.close_presenter()
        elif self.presenter is not None:  # made but not on screen: this press shows it
            self.presenter.open_on_best_screen()
        elif self.console is not None:
            from workshop.ui.presenter.presenter_window import PresenterWindow  # only when first opened

            self.presenter = PresenterWindow(self.session, self.console.workshop_id, parent=self)
            self.presenter.closed.connect(self._presenter_closed)
            self._follow_presenter()
            self.presenter.open_on_best_screen()
        self.presenter_action.setChecked(self.presenter is not None)

    def _follow_presenter(self) -> None:
        """Keep an open shared screen on the open workshop (and in the current language)."""
        if self.presenter is None or self.console is None:
            return
        if self.presenter.workshop_id != self.console.workshop_id:
            self.close_presenter()
            return
        self.console.phase_selected.connect(self.presenter.preview_phase)
        self.presenter.preview_phase(self.console._selected_phase_id())
        if self.room_of_phones is not None:  # the join QR code, while the room is open
            self.room_of_phones.follow_presenter(self.presenter)

    def _reopen_presenter(self) -> None:
        """After a language switch: the same shared screen, retranslated, in the same place."""
        if self.presenter is None:
            return
        geometry, full = self.presenter.geometry(), self.presenter.isFullScreen()
        self.close_presenter()
        self.toggle_presenter()
        if self.presenter is not None:
            self.presenter.setGeometry(geometry)
            if full:
                self.presenter.showFullScreen()

    def _presenter_closed(self) -> None:
        self.presenter = None
        self.presenter_action.setChecked(False)

    def close_presenter(self) -> None:
        if self.presenter is not None:
            presenter, self.presenter = self.presenter, None
            was_in_front = presenter.isActiveWindow()
            presenter.close()
            presenter.deleteLater()
            if was_in_front and self.isVisible():
                self.activateWindow()  # the keys go back to the console (the next F5 reopens it)
        self.presenter_action.setChecked(False)

    def show_help(self) -> None:
        from workshop.ui.help_overlay import HelpOverlay  # F1 only: not needed to show the window

        HelpOverlay(self.menuBar(), self).exec()

    def show_library(self) -> None:
        self.close_presenter()
        self._close_console()
        self.settings.set_last_workshop("")
        self.pages.setCurrentWidget(self.library_page)
        self.library_page.refresh()
        self._update_title()

    def set_language(self, language: Language) -> None:
        """Switch the UI language now: rebuild the pages so every label is retranslated."""
        app = QCoreApplication.instance()
        if app is not None:
            install_translator(app, language)
        self.session.language = language
        self.settings.set_language(language)
        open_id = self.console.workshop_id if self.console is not None else None
        self._close_console()
        self.pages.removeWidget(self.library_page)
        self.library_page.deleteLater()
        self.library_page = self._make_library()
        self.banner.close_button.setText(self.tr("Dismiss"))
        self._build_menus()
        if open_id:
            self.open_workshop(open_id)
        self._update_title()
        self.language_changed.emit(language)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self.room_of_phones is not None and self.room_of_phones.close_window_first(event):
            return  # the room's server stops first, then the window closes
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()  # saves a field that is still being edited
        self.settings.set_geometry(self.saveGeometry())
        if self.presenter is not None:  # (and no menus yet if the app quits before finishing its start)
            self.close_presenter()
        super().closeEvent(event)
