"""Composition root: parse the command line, then run a CLI command or open the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from workshop.cli import build_parser, run


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command:
        return run(args)
    return run_gui(args.data_dir, args.lang)


def run_gui(data_dir: str | None, lang: str | None) -> int:
    import asyncio

    import qasync
    from PySide6.QtWidgets import QApplication

    from workshop import APP_NAME
    from workshop.domain.language import Language
    from workshop.store.errors import LibraryError
    from workshop.store.library import Library
    from workshop.store.location import library_path, resolve_data_dir
    from workshop.ui.backup_scheduler import BackupScheduler
    from workshop.ui.dialogs.corrupt_library_dialog import open_or_recover
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
    settings = AppSettings()
    language = Language(lang) if lang else (settings.language() or system_language())
    install_translator(app, language)
    path = library_path(resolve_data_dir(data_dir))
    instance = SingleInstance(path)
    if not instance.claim():
        sys.stderr.write(f"{APP_NAME}: {path} is already open; that window was brought to the front.\n")
        return 0
    try:
        library = Library.open(path)
    except LibraryError as error:
        recovered = open_or_recover(path, error, language)
        if recovered is None:
            return 1
        library = recovered
    session = Session(library, language)
    window = MainWindow(session, settings)
    instance.set_window(window)
    scheduler = BackupScheduler(session, parent=window)
    scheduler.failed.connect(lambda message: window.statusBar().showMessage(message, 30_000))
    scheduler.start()
    if os.environ.get("IDEVERKSTAD_QUIT_AFTER_FIRST_PAINT"):  # benchmarks/startup.py times a cold start
        from workshop.ui.first_paint import FirstPaintProbe

        FirstPaintProbe(window.library_page.table.viewport())
    window.show()
    last = settings.last_workshop()
    if last:
        window.open_workshop(last)

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    with loop:
        loop.run_until_complete(closed.wait())
    scheduler.finish()
    instance.release()
    session.close()
    return 0
