"""The Swedish and English translations: complete, compiled, faithful to placeholders, and really used.

If a test here fails after you added UI strings, run
``python -m resources.translations.update_translations`` and add the Swedish to
``resources/translations/catalogue_sv.py``.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from workshop.domain.language import Language
from workshop.domain.workshop import Workshop
from workshop.services import agenda
from workshop.ui.console.participants_panel import ParticipantsPanel
from workshop.ui.dialogs.backups_dialog import BackupsDialog
from workshop.ui.dialogs.export_dialog import ExportDialog
from workshop.ui.dialogs.import_dialog import ImportDialog
from workshop.ui.dialogs.method_library_dialog import MethodLibraryDialog
from workshop.ui.dialogs.new_workshop_dialog import NewWorkshopDialog
from workshop.ui.dialogs.personal_data_dialog import PersonalDataDialog
from workshop.ui.dialogs.save_method_dialog import SaveMethodDialog
from workshop.ui.dialogs.voting_round_dialog import VotingRoundDialog
from workshop.ui.main_window import MainWindow
from workshop.ui.session import Session
from workshop.ui.settings import AppSettings

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
UPDATE = "run: python -m resources.translations.update_translations (and translate in catalogue_sv.py)"


def _load_updater() -> ModuleType:
    name = "ideverkstad_update_translations"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, TRANSLATIONS / "update_translations.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look the module up while it loads
        spec.loader.exec_module(module)
    return sys.modules[name]


updater = _load_updater()


def messages(language: str) -> list[Any]:
    """The messages of the committed .ts file (update_translations.Message objects)."""
    return updater.read_ts(TRANSLATIONS / f"ideverkstad_{language}.ts")


def key(m: Any) -> tuple[str, str, str]:
    return (m.context, m.source, m.comment)


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


# ----- (1) complete


def test_every_swedish_message_is_translated() -> None:
    unfinished = [key(m) for m in messages("sv") if not m.finished or not all(m.forms) or not m.forms]
    assert unfinished == []
    assert len(messages("sv")) > 300


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_plural_message_has_both_forms(language: str) -> None:
    plurals = [m for m in messages(language) if m.numerus]
    assert plurals, "the UI has plural messages such as '%n idea(s)'"
    broken = [key(m) for m in plurals if len(m.forms) != 2 or not all(m.forms) or not m.finished]
    assert broken == []


def test_every_message_with_a_count_is_a_plural_message_in_both_languages() -> None:
    """lupdate misses plurals made with QCoreApplication.translate(..., n); the update script fixes that."""
    swedish = {key(m) for m in messages("sv") if "%n" in m.source}
    english = {key(m) for m in messages("en") if m.numerus}
    assert swedish <= english
    assert all(m.numerus for m in messages("sv") if "%n" in m.source)


def test_english_plural_forms_read_as_english() -> None:
    found = {m.source: m.forms for m in messages("en")}
    assert found["%n workshop(s)"] == ["%n workshop", "%n workshops"]
    assert found["%n idea(s)"] == ["%n idea", "%n ideas"]
    assert not any("(s)" in form for forms in found.values() for form in forms)


# ----- (2) compiled


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_compiled_qm_files_match_the_ts_files(language: str, tmp_path: Path) -> None:
    built = tmp_path / f"ideverkstad_{language}.qm"
    updater.release(TRANSLATIONS / f"ideverkstad_{language}.ts", built)
    committed = TRANSLATIONS / f"ideverkstad_{language}.qm"
    assert committed.read_bytes() == built.read_bytes(), (
        "run python -m resources.translations.update_translations"
    )


# ----- (3) faithful


@pytest.mark.parametrize("language", ["sv", "en"])
def test_placeholders_in_each_translation_match_the_source(language: str) -> None:
    wrong = []
    for m in messages(language):
        wanted = sorted(set(PLACEHOLDER.findall(m.source)))
        for form in m.forms:
            if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                wrong.append((m.context, m.source, form))
    assert wrong == []


def test_translations_keep_an_accelerator_where_the_source_has_one() -> None:
    wrong = [
        (m.context, m.source, m.forms[0])
        for m in messages("sv")
        if (mnemonic(m.source) is None) != (mnemonic(m.forms[0]) is None)
        or m.forms[0].replace("&&", "").count("&") > 1
    ]
    assert wrong == []


# ----- (4) used by the real window


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def accelerators_of(menu: QMenu) -> list[str]:
    letters = [mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
    return [letter for letter in letters if letter is not None]


def test_switching_the_main_window_to_swedish_and_back(
    qtbot: QtBot, session: Session, demo: Workshop, isolated_settings: AppSettings
) -> None:
    window = MainWindow(session, isolated_settings)
    qtbot.addWidget(window)
    window.show()
    assert menu_titles(window)[:3] == ["&File", "&Edit", "&View"]

    window.set_language(Language.SV)
    assert menu_titles(window) == ["&Arkiv", "&Redigera", "&Visa", "&Genomför", "&Hjälp"]
    page = window.library_page
    assert page.heading.text() == "Workshoppar"
    assert page.new_button.text() == "&Ny workshop…"
    assert page.trash_button.text() == "&Papperskorg"
    assert page.status_label.text() == "1 workshop"
    file_actions = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert "&Exportera…" in file_actions
    assert "Säkerhets&kopior…" in file_actions
    assert window.undo_action.text().startswith("&Ångra")
    for menu in (window.file_menu, window.edit_menu, window.view_menu, window.help_menu):
        letters = accelerators_of(menu)
        assert len(letters) == len(set(letters)), (menu.title(), letters)
    bar_letters = [mnemonic(t) for t in menu_titles(window)]
    assert len(bar_letters) == len(set(bar_letters))

    assert window.open_workshop(demo.id)
    console = window.console
    assert console is not None
    assert console.back_button.text() == "← Bibliotek"
    run_letters = accelerators_of(window.run_menu)
    assert len(run_letters) == len(set(run_letters)), run_letters

    window.set_language(Language.EN)
    assert menu_titles(window) == ["&File", "&Edit", "&View", "&Run", "&Help"]
    window.show_library()
    assert window.library_page.heading.text() == "Workshops"
    assert window.library_page.status_label.text() == "1 workshop"  # the English plural form, not "(s)"


def test_library_headers_and_status_are_swedish(
    qtbot: QtBot, session: Session, demo: Workshop, isolated_settings: AppSettings
) -> None:
    window = MainWindow(session, isolated_settings)
    qtbot.addWidget(window)
    window.set_language(Language.SV)
    model = window.library_page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:2] == ["Titel", "Datum"]
    assert "Deltagare" in headers
    assert "Idéer" in headers


def visible_accelerators(root: QWidget) -> list[str]:
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return [letter for letter in map(mnemonic, texts) if letter is not None]


def duplicates(letters: list[str]) -> list[str]:
    return sorted({letter for letter in letters if letters.count(letter) > 1})


def test_swedish_accelerators_are_unique_on_each_page_and_dialog(
    qtbot: QtBot, session: Session, demo: Workshop, isolated_settings: AppSettings
) -> None:
    """Alt+letter must reach one control: on each console page (with the menu bar) and in each dialog."""
    window = MainWindow(session, isolated_settings)
    qtbot.addWidget(window)
    window.show()
    window.set_language(Language.SV)
    bar = [mnemonic(t) or "" for t in menu_titles(window)]
    assert duplicates(bar + visible_accelerators(window.library_page)) == []
    assert window.open_workshop(demo.id)
    console = window.console
    assert console is not None
    for item in [None, *agenda.list_agenda(session.library, demo.id)]:
        console.select_phase(item.id if item is not None else "details")
        QApplication.processEvents()
        assert duplicates(bar + visible_accelerators(window)) == [], item
    dialogs: list[QWidget] = [
        NewWorkshopDialog(Language.SV, window, session=session),
        ParticipantsPanel(session, demo.id, window),
        VotingRoundDialog(Language.SV, parent=window),
        ExportDialog(session, demo.id, window),
        ImportDialog(session, window),
        BackupsDialog(session, window),
        PersonalDataDialog(session, demo.id, window),
        MethodLibraryDialog(session, window),
        SaveMethodDialog(session, window, items=agenda.list_agenda(session.library, demo.id)[:1]),
    ]
    for dialog in dialogs:
        dialog.show()
        assert duplicates(visible_accelerators(dialog)) == [], type(dialog).__name__
        dialog.close()


# ----- (5) nothing new is left out


def test_lupdate_finds_no_message_missing_from_the_ts_files(tmp_path: Path) -> None:
    if (
        shutil.which("pyside6-lupdate") is None
        and not (Path(sys.executable).parent / "pyside6-lupdate").exists()
    ):
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TRANSLATIONS / "ideverkstad_sv.ts", fresh)
    updater.run_lupdate(fresh, "sv")
    found = {(m.context, m.source) for m in updater.read_ts(fresh)}
    have = {(m.context, m.source) for m in messages("sv")}
    assert sorted(found - have) == [], UPDATE
    assert sorted(have - found) == [], UPDATE


def calls_lupdate_cannot_read(path: Path) -> list[str]:
    """tr() through a helper or on another object gets a context lupdate cannot know (or none)."""
    problems = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        if isinstance(func, ast.Name) and func.id in {"tr", "_tr", "translate", "_"}:
            problems.append(f"{where}: {func.id}(...) — use self.tr or QCoreApplication.translate")
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            if not (isinstance(func.value, ast.Name) and func.value.id in {"self", "cls"}):
                problems.append(f"{where}: <object>.tr(...) — lupdate takes the variable name as context")
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id in {"QCoreApplication", "QApplication"}
            and not (len(node.args) >= 2 and all(isinstance(a, ast.Constant) for a in node.args[:2]))
        ):
            problems.append(f"{where}: translate() needs literal context and text for lupdate")
    return problems


def test_every_translatable_string_is_written_so_lupdate_can_extract_it() -> None:
    problems = [p for path in updater.source_files() for p in calls_lupdate_cannot_read(path)]
    assert problems == []


def test_the_update_script_is_idempotent(tmp_path: Path) -> None:
    for language in ("sv", "en"):
        shutil.copy(TRANSLATIONS / f"ideverkstad_{language}.ts", tmp_path)
        before = (tmp_path / f"ideverkstad_{language}.ts").read_text(encoding="utf-8")
        updater.update(language, tmp_path)
        assert (tmp_path / f"ideverkstad_{language}.ts").read_text(encoding="utf-8") == before
        built = (tmp_path / f"ideverkstad_{language}.qm").read_bytes()
        assert built == (TRANSLATIONS / f"ideverkstad_{language}.qm").read_bytes()
