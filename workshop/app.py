"""Composition root: parse the command line, then run a CLI command or open the window."""

from __future__ import annotations

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
    from PySide6.QtWidgets import QApplication, QMessageBox

    from workshop import APP_NAME
    from workshop.domain.language import Language
    from workshop.store.errors import LibraryError
    from workshop.store.library import Library
    from workshop.store.location import library_path, resolve_data_dir
    from workshop.ui.main_window import MainWindow
    from workshop.ui.session import Session
    from workshop.ui.settings import AppSettings
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
    try:
        library = Library.open(path)
    except LibraryError as error:
        QMessageBox.critical(None, APP_NAME, error.message(language))
        return 1
    session = Session(library, language)
    window = MainWindow(session, settings)
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
    session.close()
    return 0
