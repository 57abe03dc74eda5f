"""Start-up: the library window comes first, the rest follows its first paint; one instance per library."""

from __future__ import annotations

import inspect
import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QMenu

from workshop.domain.language import Language
from workshop.services import workshops
from workshop.store.library import Library
from workshop.ui.first_paint import AfterFirstPaint
from workshop.ui.main_window import MainWindow
from workshop.ui.pyside_import_check import CHECK, FEATURE_MODULE, check_sources_quickly
from workshop.ui.session import Session
from workshop.ui.settings import AppSettings
from workshop.ui.single_instance import SingleInstance

ROOT = Path(__file__).resolve().parents[2]


class PaintLog(QObject):
    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            self.log.append("paint")
        return False


def test_deferred_work_runs_once_after_the_window_is_painted(qtbot) -> None:
    log: list[str] = []
    label = QLabel("Workshoppar")
    qtbot.addWidget(label)
    painted = PaintLog(log)
    label.installEventFilter(painted)
    AfterFirstPaint(label, lambda: log.append("work"), settle_ms=0)
    label.show()
    assert "work" not in log  # nothing runs before the event loop has painted the window
    qtbot.waitUntil(lambda: "work" in log)
    assert log.index("paint") < log.index("work")
    label.update()
    qtbot.waitUntil(lambda: log.count("paint") >= 2)
    assert log.count("work") == 1


def test_deferred_work_still_runs_when_the_window_is_never_painted(qtbot) -> None:
    done: list[bool] = []
    hidden = QLabel()
    qtbot.addWidget(hidden)
    AfterFirstPaint(hidden, lambda: done.append(True), fallback_ms=10)
    qtbot.waitUntil(lambda: done == [True])


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}


HOLD_LOCK = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from workshop.ui.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(Path(sys.argv[1]))
print("claimed" if instance.claim_lock() else "refused", flush=True)
time.sleep(60)
"""


def test_the_library_is_claimed_before_the_window_answers_and_a_crashed_claim_is_taken_over(
    tmp_path: Path,
) -> None:
    library_path = tmp_path / "library.sqlite"
    first = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(library_path)], stdout=subprocess.PIPE, env=_env(), text=True
    )
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "claimed"  # it holds the lock but does not listen yet
        second = SingleInstance(library_path)
        assert not second.claim_lock()  # refused although nobody answered
        assert not second.activated_other
        os.kill(first.pid, signal.SIGKILL)  # the first instance crashes
        first.wait(timeout=10)
        third = SingleInstance(library_path)
        assert third.claim_lock()  # its lock is stale: taken over
        third.release()
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(timeout=10)


FIRST_WINDOW = """
import sys
from workshop.app import main
main(["--data-dir", sys.argv[1], "--lang", "sv"])
print(" ".join(sorted(sys.modules)))
"""


def test_the_first_window_is_shown_without_loading_what_it_does_not_show(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with Library.open(data_dir / "library.sqlite") as library:
        workshops.create(library, "Workshop 1", template="short-idea-session")
    env = {
        **_env(),
        "IDEVERKSTAD_QUIT_AFTER_FIRST_PAINT": "1",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", FIRST_WINDOW, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    painted, loaded = result.stdout.splitlines()[-2:]
    assert painted.startswith("painted ")
    modules = set(loaded.split())
    assert "workshop.ui.library.library_page" in modules
    deferred = {
        "asyncio",  # qasync's loop is attached after the first paint
        "qasync",
        "sqlite_utils",  # the library listing is one plain query; sqlite-utils loads on first real use
        "PySide6.QtNetwork",  # answering a second start
        "workshop.ui.backup_scheduler",
        "workshop.services.backups",
        "workshop.services.demo",
        "workshop.ui.console.console_page",
        "workshop.ui.presenter.presenter_window",
        "workshop.ui.dialogs.backups_dialog",
        "workshop.ui.dialogs.corrupt_library_dialog",
        "workshop.ui.dialogs.new_workshop_dialog",
        # the menus' commands and the undo keys are made right after the first paint
        "workshop.ui.data_safety_menu",
        "workshop.ui.dialogs.exchange_actions",
        "workshop.ui.undo_keys",
        "workshop.ui.library.empty_library",  # shown only when the library has no workshop
    }
    assert modules & deferred == set()


def test_pyside_learns_the_same_about_every_module_from_the_quick_check() -> None:
    """PySide's check of imported modules reads their files as bytes, and answers as its own would."""
    feature = sys.modules[FEATURE_MODULE]
    assert check_sources_quickly()
    quick = getattr(feature, CHECK)
    assert quick.reads_bytes
    assert check_sources_quickly()  # a second call changes nothing
    assert getattr(feature, CHECK) is quick
    modules = [m for m in list(sys.modules.values()) if isinstance(getattr(m, "__file__", None), str)]
    assert len(modules) > 100
    for module in modules:
        try:
            source = inspect.getsource(module)
        except (OSError, TypeError, SyntaxError):
            continue
        assert quick(module) == ("PySide6" in source), module.__name__


def test_the_window_shows_its_menu_bar_first_and_fills_it_after_the_first_paint(
    qtbot, tmp_path: Path
) -> None:
    with Library.open(tmp_path / "library.sqlite") as library:
        workshop = workshops.create(library, "Workshop 1", template="short-idea-session")[0]
        session = Session(library, Language.EN)
        window = MainWindow(session, AppSettings(), finish_after_first_paint=True)
        qtbot.addWidget(window)
        bar = window.menuBar()
        titles = [action.text() for action in bar.actions()]
        assert titles == ["&File", "&Edit", "&View", "&Run", "&Help"]
        menus = [action.menu() for action in bar.actions()]
        assert all(isinstance(menu, QMenu) and menu.isEmpty() for menu in menus)
        window.show()
        qtbot.waitExposed(window)
        height = bar.height()
        window.finish_start()
        assert [action.text() for action in bar.actions()] == titles
        assert bar.height() == height  # nothing in the window moves when the menus are filled
        assert window.undo_keys is not None
        assert window.new_action.shortcut().toString() == "Ctrl+N"
        assert window.library_page.search.isClearButtonEnabled()  # added after the first paint
        window.set_language(Language.SV)  # a library page made again after the start has it at once
        assert window.library_page.search.isClearButtonEnabled()
        window.set_language(Language.EN)
        assert window.open_workshop(workshop.id)  # and a start that reopens a workshop finishes first
        window.close()
        session.undo_stack.clear()
