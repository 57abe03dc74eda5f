"""File → Export… and File → Import… driven like a facilitator would, on a real session."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from workshop.domain.workshop import Workshop
from workshop.export import exchange
from workshop.services import snapshot as snapshot_service
from workshop.ui.dialogs import export_dialog
from workshop.ui.dialogs.export_dialog import ExportDialog
from workshop.ui.dialogs.import_dialog import ImportDialog
from workshop.ui.main_window import MainWindow
from workshop.ui.session import Session
from workshop.ui.settings import AppSettings


def test_export_pdf_runs_off_the_gui_thread_and_shows_progress(
    qtbot: QtBot, session: Session, demo: Workshop, tmp_path: Path, monkeypatch: object
) -> None:
    threads: list[int] = []
    real_build = export_dialog.build_export

    def spy(*args: object, **kwargs: object) -> bytes:
        threads.append(threading.get_ident())
        return real_build(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(export_dialog, "build_export", spy)  # type: ignore[attr-defined]
    dialog = ExportDialog(session, demo.id)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "rapport.pdf"
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(
        dialog.anonymise_check, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.anonymise_check.height() // 2)
    )
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.export_button.isEnabled()  # the click returned at once; work goes on in a worker
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=30_000)
    assert dialog.progress.value() == 100
    assert threads
    assert threads[0] != threading.get_ident()
    assert "rapport.pdf" in dialog.status_label.text()
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Tryggare skolvägar" in text
    assert "Anna Lindqvist" not in text


def test_export_csv_with_options(qtbot: QtBot, session: Session, demo: Workshop, tmp_path: Path) -> None:
    dialog = ExportDialog(session, demo.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(
        dialog.csv_radio, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.csv_radio.height() // 2)
    )
    assert dialog.csv_box.isEnabled()
    assert dialog.path_edit.text().endswith(".csv")
    target = tmp_path / "pipeline.csv"
    dialog.path_edit.setText(str(target))
    dialog.row_combo.setCurrentIndex(1)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and dialog.export_button.isEnabled(), timeout=10_000)
    assert target.read_text(encoding="utf-8").startswith("title/sv;body/sv;")


def test_import_lists_problems_with_their_paths(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "ideverkstad-workshop",
                "format_version": 1,
                "workshop": {"title": "x"},
                "ideas": [{"id": "1", "text": ""}],
            }
        ),
        encoding="utf-8",
    )
    dialog = ImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(bad))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.problem_list.count() > 0, timeout=10_000)
    assert "$.ideas[0].text" in dialog.problem_list.item(0).text()
    assert not dialog.import_button.isEnabled()


def exported(session: Session, demo: Workshop, path: Path) -> Path:
    """The demo workshop's exchange file, as another laptop would send it."""
    path.write_bytes(exchange.to_bytes(exchange.to_document(snapshot_service.load(session.library, demo.id))))
    return path


def test_import_existing_workshop_asks_and_imports_a_copy(
    qtbot: QtBot, session: Session, demo: Workshop, tmp_path: Path
) -> None:
    source = exported(session, demo, tmp_path / "demo.json")
    dialog = ImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[str] = []
    dialog.ask_copy = lambda message: asked.append(message) or True  # type: ignore[method-assign]
    dialog.path_edit.setText(str(source))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(session.changed, timeout=5_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert asked
    assert "Tryggare skolvägar" in asked[0]
    assert dialog.imported_id
    assert dialog.imported_id != demo.id


def test_import_cancelled_writes_nothing(
    qtbot: QtBot, session: Session, demo: Workshop, tmp_path: Path
) -> None:
    source = exported(session, demo, tmp_path / "demo.json")
    dialog = ImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ask_copy = lambda message: False  # type: ignore[method-assign]
    dialog.path_edit.setText(str(source))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.imported_id is None
    count = session.library.db.execute("SELECT COUNT(*) FROM workshops").fetchone()[0]
    assert count == 1


def test_file_menu_export_needs_an_open_workshop(
    qtbot: QtBot, session: Session, demo: Workshop, isolated_settings: AppSettings
) -> None:
    window = MainWindow(session, isolated_settings)
    qtbot.addWidget(window)
    assert not window.export_action.isEnabled()
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    assert window.import_action in window.file_menu.actions()
    window.open_workshop(demo.id)
    assert window.export_action.isEnabled()
    window.show_library()
    assert not window.export_action.isEnabled()
