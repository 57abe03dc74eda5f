"""Screenshots of the library, the console and the shared screen, in English and Swedish, for the README.

Run from the repository root (works without a display):

    python docs/screenshots/make_screenshots.py

It builds the real windows on the demo workshop in a temporary library and temporary settings, so the
user's own data and settings are never touched. The console is 1280×800, the shared screen 1280×720.
Rerun it after changing the UI or its translations, and look at the Swedish shots for leftover English.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from workshop.domain.agenda import PhaseKind  # noqa: E402
from workshop.domain.language import Language  # noqa: E402
from workshop.services import agenda, timer  # noqa: E402
from workshop.services.demo import create_demo  # noqa: E402
from workshop.store.library import Library  # noqa: E402
from workshop.ui.main_window import MainWindow  # noqa: E402
from workshop.ui.presenter.presenter_window import PresenterWindow  # noqa: E402
from workshop.ui.session import Session  # noqa: E402
from workshop.ui.settings import AppSettings  # noqa: E402
from workshop.ui.translation import install_translator  # noqa: E402

HERE = Path(__file__).resolve().parent
CONSOLE = (1280, 800)
PRESENTER = (1280, 720)


def save(app: QApplication, widget: QWidget, name: str) -> None:
    for _ in range(3):  # let layouts and deferred refreshes settle
        app.processEvents()
    widget.grab().save(str(HERE / name))
    sys.stdout.write(f"wrote {HERE / name}\n")


def phase_id(lib: Library, workshop_id: str, kind: PhaseKind) -> str:
    return next(item.id for item in agenda.list_agenda(lib, workshop_id) if item.kind == kind)


def shoot(
    app: QApplication, lib: Library, settings: AppSettings, language: Language, workshop_id: str
) -> None:
    install_translator(app, language)
    session = Session(lib, language)
    window = MainWindow(session, settings)
    window.resize(*CONSOLE)
    window.show()
    window.show_library()
    save(app, window, f"library-{language.value}.png")

    window.open_workshop(workshop_id)
    console = window.console
    assert console is not None
    presenter = PresenterWindow(session, workshop_id)
    presenter.resize(*PRESENTER)
    presenter.show()
    kinds = [("ideas", PhaseKind.IDEAS)]
    if language == Language.SV:
        kinds.append(("board", PhaseKind.CLUSTERING))
    for name, kind in kinds:
        item_id = phase_id(lib, workshop_id, kind)
        running = timer.state(lib, workshop_id).phase
        if running is None or running.id != item_id:
            session.run(timer.start_phase, workshop_id, item_id)  # as F6 does: the views hear of it
        console.select_phase(item_id)
        console.refresh()
        presenter.refresh()
        save(app, window, f"console-{name}-{language.value}.png")
        save(app, presenter, f"presenter-{name}-{language.value}.png")
    presenter.close()
    window.close()
    session.undo_stack.clear()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        settings = AppSettings(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
        lib = Library.open(Path(folder) / "library.sqlite")
        workshop, _ = create_demo(lib)
        for language in (Language.EN, Language.SV):
            shoot(app, lib, settings, language, workshop.id)
        lib.close()


if __name__ == "__main__":
    main()
