"""Screenshots of the method library and of a phase timed in rounds, for the README.

    python docs/screenshots/make_method_shots.py

Builds the real dialog and windows on a temporary library (works without a display): the method library
showing Crazy 8s (Swedish and English), the console's timer bar and the shared screen in round 3 of 8.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from workshop.domain.language import Language  # noqa: E402
from workshop.services import methods, timer, workshops  # noqa: E402
from workshop.store.library import Library  # noqa: E402
from workshop.ui.dialogs.method_library_dialog import MethodLibraryDialog  # noqa: E402
from workshop.ui.presenter.presenter_window import PresenterWindow  # noqa: E402
from workshop.ui.session import Session  # noqa: E402
from workshop.ui.translation import install_translator  # noqa: E402

HERE = Path(__file__).resolve().parent


def save(app: QApplication, widget: QWidget, name: str) -> None:
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(HERE / name))
    sys.stdout.write(f"wrote {HERE / name}\n")


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        lib = Library.open(Path(folder) / "library.sqlite")
        for language in (Language.SV, Language.EN):
            install_translator(app, language)
            session = Session(lib, language)
            dialog = MethodLibraryDialog(session)
            dialog.resize(1100, 700)
            dialog.search.setText("crazy")
            dialog.show()
            save(app, dialog, f"methods-{language.value}.png")
            dialog.close()
        install_translator(app, Language.SV)
        session = Session(lib, Language.SV)
        workshop, _ = workshops.create(lib, "Tryggare skolvägar", template="short-idea-session")
        items, _ = methods.insert_method(lib, workshop.id, "crazy-8s", at=0)
        start = datetime.now(UTC) - timedelta(minutes=2, seconds=20)
        timer.start_phase(lib, workshop.id, items[0].id, start)
        presenter = PresenterWindow(session, workshop.id)
        presenter.resize(1280, 720)
        presenter.show()
        presenter.refresh()
        save(app, presenter, "presenter-rounds-sv.png")
        presenter.close()
        lib.close()


if __name__ == "__main__":
    main()
