"""Composition root: parse the command line, then run a CLI command or open the window."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from workshop.cli import parse_arguments, run

if TYPE_CHECKING:
    import qasync
    from PySide6.QtWidgets import QApplication

    from workshop.ui.backup_scheduler import BackupScheduler
    from workshop.ui.early_keys import EarlyKeys
    from workshop.ui.main_window import MainWindow
    from workshop.ui.session import Session
    from workshop.ui.single_instance import SingleInstance


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    if args.command:
        return run(args)
    return run_gui(args.data_dir, args.lang)


def run_gui(data_dir: str | None, lang: str | None) -> int:
    """Open the window on the library as early as possible; the rest of start-up follows its first paint.

    What the first window needs is imported here; the menus' commands, the asyncio loop, the answer to
    later starts, the backup scheduler and the recovery dialog are loaded after it, or when used.

    Python's cyclic garbage collector is paused until the first paint: start-up makes next to no garbage,
    but the collector's passes over the thousands of objects that importing Qt and the window's modules
    create took about a tenth of the start-up.
    """
    gc.disable()
    try:
        return _run_window(data_dir, lang)
    finally:
        gc.enable()


def _run_window(data_dir: str | None, lang: str | None) -> int:
    from PySide6.QtWidgets import QApplication

    from workshop.ui.pyside_import_check import check_sources_quickly

    check_sources_quickly()  # before the window's modules are imported: PySide looks at each of them

    from workshop import APP_NAME
    from workshop.domain.language import Language
    from workshop.store.errors import LibraryError
    from workshop.store.library import Library
    from workshop.store.location import library_path, resolve_data_dir
    from workshop.ui.first_paint import AfterFirstPaint
    from workshop.ui.main_window import MainWindow
    from workshop.ui.session import Session
    from workshop.ui.settings import AppSettings
    from workshop.ui.single_instance import SingleInstance
    from workshop.ui.translation import install_translator, system_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Ideverkstad")
    app.setApplicationName("Ideverkstad")
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("ideverkstad")  # matches packaging/ideverkstad.desktop (Wayland, task bars)
    settings = AppSettings()
    language = Language(lang) if lang else (settings.language() or system_language())
    install_translator(app, language)
    path = library_path(resolve_data_dir(data_dir))
    instance = SingleInstance(path)
    if not instance.claim_lock():  # before the library is opened for writing
        front = "; that window was brought to the front" if instance.activated_other else " in another window"
        sys.stderr.write(f"{APP_NAME}: {path} is already open{front}.\n")
        return 0
    try:
        library = Library.open(path)
    except LibraryError as error:
        from workshop.ui.dialogs.corrupt_library_dialog import open_or_recover  # only for a damaged file

        recovered = open_or_recover(path, error, language)
        if recovered is None:
            instance.release()
            return 1
        library = recovered
    session = Session(library, language)
    window = MainWindow(session, settings, finish_after_first_paint=True)
    instance.set_window(window)
    started = _AfterStart(app, session, window, instance)
    AfterFirstPaint(window, started.run)
    if os.environ.get("IDEVERKSTAD_QUIT_AFTER_FIRST_PAINT"):  # benchmarks/startup.py times a cold start
        from workshop.ui.first_paint import FirstPaintProbe

        FirstPaintProbe(window.library_page.table.viewport())
    window.show()
    from workshop.ui.early_keys import EarlyKeys

    started.early_keys = EarlyKeys(window)  # keys pressed before the menus exist are kept for them
    if os.environ.get("IDEVERKSTAD_WIDGET_MAP"):  # tests/rehearsal finds controls by accessible name
        from workshop.ui.widget_map import serve_if_asked

        serve_if_asked(app)  # parented to the app, lives as long as it
    last = settings.last_workshop()
    if last:
        window.open_workshop(last)
    app.exec()
    started.finish()
    instance.release()
    session.close()
    return 0


class _AfterStart:
    """What start-up does once the window is on screen, and undoes when the app quits.

    None of it is needed to show the library: answering a second start (the lock is already held), the
    backup scheduler (its first backup waits 1.5 s anyway) and the asyncio loop that qasync runs inside
    Qt's (nothing can be awaited before the user acts).
    """

    def __init__(
        self, app: QApplication, session: Session, window: MainWindow, instance: SingleInstance
    ) -> None:
        self.app = app
        self.session = session
        self.window = window
        self.instance = instance
        self.scheduler: BackupScheduler | None = None
        self.loop: qasync.QEventLoop | None = None
        self.early_keys: EarlyKeys | None = None

    def run(self) -> None:
        # Imported here, after the first paint: asyncio + qasync alone take ~50 ms to import.
        import asyncio

        import qasync

        from workshop.ui.app_icon import app_icon
        from workshop.ui.backup_scheduler import BackupScheduler

        gc.enable()  # paused by run_gui until the window was painted
        self.app.setWindowIcon(app_icon())  # the title bar and task bar take it a moment after the paint
        self.window.finish_start()  # the menus' commands and the undo keys
        if self.early_keys is not None:
            self.early_keys.replay()
        self.instance.listen()
        self.scheduler = BackupScheduler(self.session, parent=self.window)
        self.scheduler.failed.connect(lambda message: self.window.statusBar().showMessage(message, 30_000))
        self.scheduler.start()
        self.loop = qasync.QEventLoop(self.app, already_running=True)
        asyncio.set_event_loop(self.loop)

    def finish(self) -> None:
        if self.scheduler is not None:
            self.scheduler.finish()
        if self.loop is not None:
            self.loop.stop()  # ends qasync's "running" state (Qt's loop has already returned)
            self.loop.close()
