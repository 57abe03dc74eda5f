"""A full disk or a read-only library while editing: a clear banner, the typed text stays, retry works."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from details_window import open_details
from disk_faults import SQLITE_IOERR_SHMSIZE, fill_disk, mounted_tmpfs, remount, sqlite_error
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFocusEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from workshop.domain.language import Language
from workshop.services import workshops
from workshop.store import disk
from workshop.store import library as library_module
from workshop.store.library import Library
from workshop.ui.dialogs import export_dialog
from workshop.ui.dialogs.export_dialog import ExportDialog
from workshop.ui.main_window import MainWindow
from workshop.ui.session import Session


def leave(widget: QWidget) -> None:
    """Focus leaves the field, as when the facilitator tabs on (offscreen windows never hold focus)."""
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))


@pytest.fixture(autouse=True)
def close_consoles(session: Session) -> Iterator[None]:
    """Close the consoles before the session's library closes (their phase timers must not fire after)."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.show_library()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_full_disk_keeps_the_typed_goal_and_a_retry_saves_it(
    qtbot, session, isolated_settings, type_text
) -> None:
    window, details, workshop_id = open_details(qtbot, session, isolated_settings, "Skrivfel")
    lib = session.library
    pages = lib.db.execute("PRAGMA page_count").fetchone()[0]
    lib.db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full: the file cannot grow
    goal = "Fler barn ska cykla till skolan. " * 300  # needs new pages
    details.goal_edit.setFocus()
    details.goal_edit.setPlainText(goal)
    details.goal_edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(details.goal_edit, "Slut på målet – åäö")
    leave(details.goal_edit)  # leaving the field saves it

    assert window.banner.isVisible()
    assert "disk is full" in window.banner.message.text()
    assert details.goal_edit.toPlainText().endswith("Slut på målet – åäö")  # nothing typed is lost
    assert workshops.get(lib, workshop_id).goal != details.goal_edit.toPlainText()
    assert session.undo_stack.count() == 0
    assert lib.integrity_ok()

    lib.db.execute("PRAGMA max_page_count = 1073741823")  # space is back
    leave(details.goal_edit)  # retry: leave the field again

    assert workshops.get(lib, workshop_id).goal == details.goal_edit.toPlainText().strip()
    assert not window.banner.isVisible()
    assert session.undo_stack.count() == 1


def test_read_only_library_keeps_the_typed_title_and_a_retry_saves_it(
    qtbot, session, isolated_settings
) -> None:
    window, details, workshop_id = open_details(qtbot, session, isolated_settings, "Skrivfel")
    lib = session.library
    lib.db.execute("PRAGMA query_only = ON")  # as if the file or its folder became read-only
    edit = details.edits["title"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Nytt namn")
    qtbot.keyClick(edit, Qt.Key.Key_Return)

    assert window.banner.isVisible()
    assert "read-only" in window.banner.message.text()
    assert edit.text() == "Nytt namn"
    assert workshops.get(lib, workshop_id).title == "Skrivfel"

    lib.db.execute("PRAGMA query_only = OFF")
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Return)

    assert workshops.get(lib, workshop_id).title == "Nytt namn"
    assert not window.banner.isVisible()


# --- a real full or read-only disk (root: a small tmpfs), and the same by fault injection ----------------


def close_windows() -> None:
    """Every window closed and deleted, so none touches a library after it is closed."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.show_library()
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with mounted_tmpfs(tmp_path / "disk", "1M") as folder:
        yield folder


@pytest.fixture
def sessions() -> Iterator[list[Session]]:
    """Sessions a test opens itself; closed after pytest-qt has closed the test's windows."""
    opened: list[Session] = []
    yield opened
    close_windows()
    for session in opened:
        session.close()


def _session_on(path: Path, sessions: list[Session]) -> Session:
    session = Session(Library.open(path), Language.EN)
    sessions.append(session)
    return session


def test_full_disk_for_real_keeps_the_typed_goal_and_saves_it_when_space_is_back(
    qtbot, small_disk: Path, sessions: list[Session], isolated_settings, type_text
) -> None:
    disk_session = _session_on(small_disk / "lib" / "library.sqlite", sessions)
    window, details, workshop_id = open_details(qtbot, disk_session, isolated_settings, "Skrivfel")
    lib = disk_session.library
    lib.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # every new write needs new space
    filler = fill_disk(small_disk, leave_bytes=0)
    details.goal_edit.setFocus()
    details.goal_edit.setPlainText("Fler barn ska cykla till skolan. " * 300)
    details.goal_edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(details.goal_edit, "Slut på målet – åäö")
    leave(details.goal_edit)

    assert window.banner.isVisible()
    assert "disk is full — free some space" in window.banner.message.text()
    assert "damaged" not in window.banner.message.text()
    assert details.goal_edit.toPlainText().endswith("Slut på målet – åäö")
    assert workshops.get(lib, workshop_id).goal != details.goal_edit.toPlainText().strip()

    filler.unlink()  # space is back
    leave(details.goal_edit)

    assert workshops.get(lib, workshop_id).goal == details.goal_edit.toPlainText().strip()
    assert not window.banner.isVisible()
    assert lib.integrity_ok()


def _check_read_only_window(qtbot, session: Session, settings, workshop_id: str) -> None:
    """The window opens on a read-only library, says so at once, and refuses an edit keeping the text."""
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.banner.isVisible()  # said before anything is typed
    assert "the library can be read but not changed" in window.banner.message.text()
    assert "damaged" not in window.banner.message.text()
    window.open_workshop(workshop_id)
    assert window.console is not None
    window.console.select_phase("details")
    details = window.console.current_workspace()
    edit = details.edits["title"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Nytt namn")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.banner.isVisible()
    assert "read-only" in window.banner.message.text()
    assert edit.text() == "Nytt namn"  # nothing typed is lost
    assert workshops.get(session.library, workshop_id).title == "Skrivfel"
    window.show_library()


def test_read_only_disk_for_real_opens_the_window_for_reading(
    qtbot, small_disk: Path, sessions: list[Session], isolated_settings
) -> None:
    path = small_disk / "lib" / "library.sqlite"
    with Library.open(path) as lib:
        workshop, _ = workshops.create(lib, "Skrivfel", template="short-idea-session")
    remount(small_disk, "ro")
    ro_session = _session_on(path, sessions)
    assert ro_session.library.read_only is not None
    _check_read_only_window(qtbot, ro_session, isolated_settings, workshop.id)


def test_read_only_library_by_fault_injection_opens_the_window_for_reading(
    qtbot, tmp_path: Path, sessions: list[Session], isolated_settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ro" / "library.sqlite"
    with Library.open(path) as lib:
        workshop, _ = workshops.create(lib, "Skrivfel", template="short-idea-session")
    monkeypatch.setattr(disk, "is_read_only", lambda path: True)
    ro_session = _session_on(path, sessions)
    _check_read_only_window(qtbot, ro_session, isolated_settings, workshop.id)


def test_library_opened_on_a_full_disk_saves_the_kept_edit_once_space_is_back_by_fault_injection(
    qtbot, tmp_path: Path, sessions: list[Session], isolated_settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "full" / "library.sqlite"
    with Library.open(path) as lib:
        workshop, _ = workshops.create(lib, "Skrivfel", template="short-idea-session")
    writable = library_module._writable_connection

    def full_disk(path: Path, busy_timeout_ms: int) -> sqlite3.Connection:
        raise sqlite_error("disk I/O error", SQLITE_IOERR_SHMSIZE)

    monkeypatch.setattr(library_module, "_writable_connection", full_disk)
    monkeypatch.setattr(disk, "free_bytes", lambda path: 28 * 1024)
    full_session = _session_on(path, sessions)
    window = MainWindow(full_session, isolated_settings)
    qtbot.addWidget(window)
    window.show()
    assert "disk is full — free some space" in window.banner.message.text()
    window.open_workshop(workshop.id)
    assert window.console is not None
    window.console.select_phase("details")
    edit = window.console.current_workspace().edits["title"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Nytt namn")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "Nytt namn"
    assert workshops.get(full_session.library, workshop.id).title == "Skrivfel"

    monkeypatch.setattr(library_module, "_writable_connection", writable)  # space is back
    monkeypatch.undo()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert workshops.get(full_session.library, workshop.id).title == "Nytt namn"
    assert full_session.library.read_only is None
    assert not window.banner.isVisible()
    window.show_library()


def _export_into(qtbot, session: Session, workshop_id: str, target: Path) -> str:
    dialog = ExportDialog(session, workshop_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=30_000)
    return dialog.status_label.text()


def test_export_into_a_full_disk_for_real_names_the_file_it_could_not_write(
    qtbot, session: Session, demo, small_disk: Path
) -> None:
    fill_disk(small_disk, leave_bytes=0)
    target = small_disk / "rapport.pdf"
    shown = _export_into(qtbot, session, demo.id, target)
    assert "disk is full — free some space" in shown
    assert str(target) in shown
    assert not target.exists()


def test_export_into_a_full_disk_by_fault_injection_names_the_file(
    qtbot, session: Session, demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(path: Path | str, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_dialog, "write_atomically", no_space)
    target = tmp_path / "rapport.pdf"
    shown = _export_into(qtbot, session, demo.id, target)
    assert "disk is full — free some space" in shown
    assert str(target) in shown
