"""Backups, the trash, personal data and the single window, driven through the real widgets."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from workshop.domain.language import Language
from workshop.domain.workshop import Workshop
from workshop.services import backups, ideas, participants, workshops
from workshop.store.errors import LibraryError, Problem
from workshop.ui.backup_scheduler import BackupScheduler
from workshop.ui.dialogs import corrupt_library_dialog
from workshop.ui.dialogs.backups_dialog import BackupsDialog, WorkshopIdRole
from workshop.ui.dialogs.corrupt_library_dialog import CorruptLibraryDialog
from workshop.ui.dialogs.personal_data_dialog import PersonalDataDialog
from workshop.ui.library.library_page import LibraryPage
from workshop.ui.single_instance import SingleInstance

T0 = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)


class FakeClock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def test_scheduler_backs_up_at_start_and_after_changes_once_the_period_passed(qtbot, session, demo) -> None:
    clock = FakeClock()
    scheduler = BackupScheduler(session, clock=clock)
    assert scheduler.start(delay_ms=0) is not None  # the backup made when the library is opened
    assert scheduler.check() is None  # nothing changed
    session.run(ideas.add, demo.id, "En idé till")
    clock.now += backups.PERIOD - timedelta(seconds=1)
    assert scheduler.check() is None
    clock.now += timedelta(seconds=1)
    made = scheduler.check()
    assert made is not None
    assert made.contents()[0].ideas == 46
    assert scheduler.finish() is None  # nothing new since: no extra backup when quitting
    assert len(backups.list_backups(session.library.path)) == 2


def _item_for(dialog: BackupsDialog, workshop_id: str):
    top = dialog.tree.topLevelItem(0)
    for row in range(top.childCount()):
        if top.child(row).data(0, WorkshopIdRole) == workshop_id:
            return top.child(row)
    raise AssertionError("workshop not listed")


def test_backups_dialog_lists_contents_and_restores_a_deleted_workshop(qtbot, session, demo) -> None:
    backups.make_backup(session.library, now=T0)
    session.run(workshops.move_to_trash, demo.id)
    session.run(workshops.purge, demo.id)
    dialog = BackupsDialog(session)
    qtbot.addWidget(dialog)
    top = dialog.tree.topLevelItem(0)
    assert "1 workshop" in top.text(0)
    item = _item_for(dialog, demo.id)
    assert item.text(0).startswith("Tryggare skolvägar")
    assert (item.text(1), item.text(2)) == ("12", "45")
    assert not dialog.restore_workshop_button.isEnabled()  # a backup, not a workshop, is selected

    dialog.tree.setCurrentItem(item)
    qtbot.mouseClick(dialog.restore_workshop_button, Qt.MouseButton.LeftButton)

    assert workshops.get(session.library, demo.id).title == demo.title
    assert ideas.count(session.library, demo.id) == 45
    assert "is back in the library" in dialog.status.text()


def test_backups_dialog_restores_the_whole_library_and_keeps_the_old_file(
    qtbot, session, demo, monkeypatch
) -> None:
    made = backups.make_backup(session.library, now=T0)
    session.run(ideas.add, demo.id, "Efter säkerhetskopian")
    dialog = BackupsDialog(session)
    qtbot.addWidget(dialog)
    replacing: list[bool] = []
    dialog.library_replacing.connect(lambda: replacing.append(True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    qtbot.mouseClick(dialog.restore_library_button, Qt.MouseButton.LeftButton)

    assert replacing == [True]
    assert ideas.count(session.library, demo.id) == 45  # the session now works on the restored file
    kept = [p for p in session.library.path.parent.iterdir() if ".replaced-" in p.name]
    assert len(kept) == 1
    assert "was kept as" in dialog.status.text()
    assert made.path.exists()


def test_empty_trash_button_wipes_the_trash_and_says_so(qtbot, session, demo, monkeypatch) -> None:
    session.run(workshops.move_to_trash, demo.id)
    page = LibraryPage(session)
    qtbot.addWidget(page)
    page.show()
    assert not page.empty_trash_button.isVisible()
    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)
    assert page.empty_trash_button.isVisible()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.empty_trash_button, Qt.MouseButton.LeftButton)

    assert workshops.list_workshops(session.library, trash=True) == []
    assert "wiped from the library file" in page.status_label.text()
    assert not page.empty_trash_button.isEnabled()


def test_anonymise_is_undoable_until_confirmed(qtbot, session, demo: Workshop) -> None:
    names = [p.name for p in participants.list_participants(session.library, demo.id)]
    dialog = PersonalDataDialog(session, demo.id)
    qtbot.addWidget(dialog)
    assert not dialog.confirm_button.isEnabled()

    qtbot.mouseClick(dialog.anonymise_button, Qt.MouseButton.LeftButton)
    assert participants.list_participants(session.library, demo.id)[0].name == "Deltagare 1"
    assert dialog.undo_button.isEnabled()
    assert dialog.confirm_button.isEnabled()

    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in participants.list_participants(session.library, demo.id)] == names

    session.undo_stack.redo()  # Edit ▸ Redo anonymises again
    assert dialog.confirm_button.isEnabled()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert session.undo_stack.count() == 0  # no way back: the names are gone
    assert not dialog.undo_button.isEnabled()
    assert names[0].encode() not in session.library.path.read_bytes()


def test_erase_person_from_the_dialog(qtbot, session, demo, monkeypatch) -> None:
    dialog = PersonalDataDialog(session, None)
    qtbot.addWidget(dialog)
    assert not dialog.anonymise_box.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.name_edit, "Johan Berg")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert "is in 1 workshop" in dialog.erase_status.text()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    names = [p.name for p in participants.list_participants(session.library, demo.id)]
    assert "Johan Berg" not in names
    assert "Borttagen person" in names
    assert "Erased “Johan Berg”" in dialog.erase_status.text()


def test_corrupt_library_dialog_offers_the_backup_with_its_contents(qtbot, library, demo) -> None:
    made = backups.make_backup(library, now=T0)
    error = LibraryError(Problem.DAMAGED, library.path, "database disk image is malformed")
    dialog = CorruptLibraryDialog(error, made, Language.EN)
    qtbot.addWidget(dialog)
    assert "damaged" in dialog.message.text()
    assert "Tryggare skolvägar" in dialog.offer.text()
    assert "nothing is deleted" in dialog.offer.text()
    assert dialog.restore_button.isDefault()


@pytest.mark.parametrize(
    ("problem", "detail"),
    [
        (Problem.DAMAGED, "disk I/O error"),  # what a full disk was once called
        (Problem.DAMAGED, "unable to open database file"),  # ... and a read-only one
        (Problem.DISK_FULL, "database or disk is full"),
        (Problem.READ_ONLY, "attempt to write a readonly database"),
    ],
)
def test_no_restore_is_ever_offered_over_a_healthy_library(
    qtbot, library, demo, monkeypatch: pytest.MonkeyPatch, problem: Problem, detail: str
) -> None:
    backups.make_backup(library, now=T0)
    library.close()
    shown: list[str] = []
    monkeypatch.setattr(
        corrupt_library_dialog.QMessageBox, "critical", lambda parent, title, text: shown.append(text)
    )

    def offered(self: CorruptLibraryDialog) -> int:
        raise AssertionError("a restore was offered over a healthy library")

    monkeypatch.setattr(CorruptLibraryDialog, "exec", offered)
    before = library.path.read_bytes()
    error = LibraryError(problem, library.path, detail)
    assert corrupt_library_dialog.open_or_recover(library.path, error, Language.EN) is None
    assert shown == [error.message(Language.EN)]
    assert library.path.read_bytes() == before
    library.conn = sqlite3.connect(library.path)  # for the fixture's own close


SECOND_START = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from workshop.ui.single_instance import SingleInstance
app = QCoreApplication([])
print("activated" if SingleInstance(Path(sys.argv[1])).ask_running_instance() else "alone", flush=True)
"""


def test_second_start_on_the_same_library_brings_the_first_window_forward(qtbot, tmp_path: Path) -> None:
    library_path = tmp_path / "library.sqlite"
    first = SingleInstance(library_path)
    assert first.claim()
    activated: list[bool] = []
    first.activation_requested.connect(lambda: activated.append(True))
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    try:
        second = subprocess.Popen(
            [sys.executable, "-c", SECOND_START, str(library_path)],
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=15_000)
        assert second.stdout is not None
        assert second.stdout.read().strip() == "activated"
        assert activated == [True]
        other = SingleInstance(tmp_path / "another-library.sqlite")
        assert other.claim()  # a different library may be open beside it
        other.release()
    finally:
        first.release()
