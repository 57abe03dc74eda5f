"""Browse the method library: search by words, goal, time and group size; read a method; pick it.

The facilitator's own methods are listed beside the shipped ones and can be edited, shared as a file,
imported from a file and removed here (each an undoable step). Picking a method ("Insert", Enter or a
double-click) closes the dialog with :meth:`chosen_key`; the caller puts its phases on the agenda.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.errors import ValidationError
from workshop.domain.language import Language
from workshop.domain.method import Method, MethodGoal, text
from workshop.export.atomic_write import write_atomically
from workshop.services import methods
from workshop.services.changes import Area, ChangeSet
from workshop.ui.commands.methods import RemoveOwnMethod, SaveOwnMethod
from workshop.ui.console.agenda_editor import kind_label
from workshop.ui.dialogs.problem_label import problem_label
from workshop.ui.session import Session

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def goal_label(goal: MethodGoal) -> str:
    return {
        MethodGoal.DIVERGE: QCoreApplication.translate("Methods", "Open up (many ideas)"),
        MethodGoal.CONVERGE: QCoreApplication.translate("Methods", "Narrow down (sort, choose)"),
        MethodGoal.DECIDE: QCoreApplication.translate("Methods", "Decide"),
        MethodGoal.PLAN: QCoreApplication.translate("Methods", "Plan and follow up"),
    }[goal]


def describe(method: Method, language: Language) -> str:
    """The method as the details pane shows it (HTML built from escaped text only)."""

    def esc(value: str) -> str:
        return html.escape(value).replace("\n", "<br>")

    parts = [f"<h2>{esc(text(method.name, language))}</h2>"]
    facts = [
        QCoreApplication.translate("Methods", "%1 min").replace("%1", str(method.total_minutes)),
        goal_label(method.goal),
        QCoreApplication.translate("Methods", "groups of %1–%2")
        .replace("%1", str(method.group_min))
        .replace("%2", str(method.group_max)),
    ]
    parts.append(f"<p><b>{esc(' · '.join(facts))}</b></p>")
    parts.append(f"<p>{esc(text(method.summary, language))}</p>")
    when = text(method.when_to_use, language)
    if when:
        heading = QCoreApplication.translate("Methods", "When to use it")
        parts.append(f"<h3>{esc(heading)}</h3><p>{esc(when)}</p>")
    materials = method.materials.get(language.value) or method.materials.get("en") or ()
    if materials:
        title = esc(QCoreApplication.translate("Methods", "Materials"))
        parts.append(f"<h3>{title}</h3><ul>" + "".join(f"<li>{esc(m)}</li>" for m in materials) + "</ul>")
    phases = QCoreApplication.translate("Methods", "Phases")
    parts.append(f"<h3>{esc(phases)}</h3><ol>")
    for phase in method.phases:
        head = f"{text(phase.title, language)} — {kind_label(phase.kind)}, {phase.minutes} min"
        body = [f"<li><b>{esc(head)}</b>"]
        if phase.rounds:
            rounds = (
                QCoreApplication.translate("Methods", "%1 rounds: %2 min")
                .replace("%1", str(len(phase.rounds)))
                .replace("%2", " + ".join(str(r.minutes) for r in phase.rounds))
            )
            body.append(f"<br><i>{esc(rounds)}</i>")
        for label, texts in (
            (QCoreApplication.translate("Methods", "The facilitator:"), phase.facilitator),
            (QCoreApplication.translate("Methods", "The room reads:"), phase.room),
        ):
            if text(texts, language):
                body.append(f"<br>{esc(label)} {esc(text(texts, language))}")
        parts.append("".join(body) + "</li>")
    parts.append("</ol>")
    origin = text(method.origin, language)
    if origin:
        label = QCoreApplication.translate("Methods", "Origin:")
        parts.append(f"<p><i>{esc(label)} {esc(origin)}</i></p>")
    if method.own:
        own = QCoreApplication.translate("Methods", "One of your own methods.")
        parts.append(f"<p><i>{esc(own)}</i></p>")
    return "".join(parts)


class MethodLibraryDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, action: str = "") -> None:
        super().__init__(parent)
        self.session = session
        self.language = session.language
        self.setWindowTitle(self.tr("Method library"))
        self.resize(980, 640)
        self._methods: list[Method] = []

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, goal, words…"))
        self.search.setClearButtonEnabled(True)
        self.goal = QComboBox()
        self.goal.addItem(self.tr("Any goal"), "")
        for goal in MethodGoal:
            self.goal.addItem(goal_label(goal), goal.value)
        self.max_minutes = QSpinBox()
        self.max_minutes.setRange(0, 600)
        self.max_minutes.setSpecialValueText(self.tr("any time"))
        self.max_minutes.setSuffix(self.tr(" min at most"))
        self.group_size = QSpinBox()
        self.group_size.setRange(0, 10_000)
        self.group_size.setSpecialValueText(self.tr("any size"))
        self.group_size.setSuffix(self.tr(" people"))
        filters = QFormLayout()
        filters.addRow(self.tr("&Search:"), self.search)
        filters.addRow(self.tr("&Goal:"), self.goal)
        filters.addRow(self.tr("&Time:"), self.max_minutes)
        filters.addRow(self.tr("Group si&ze:"), self.group_size)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Methods"))
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("About the method"))
        self.details.setOpenLinks(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setSizes([380, 600])

        self.import_button = QPushButton(self.tr("I&mport method file…"))
        self.share_button = QPushButton(self.tr("S&hare as file…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        own = QHBoxLayout()
        for button in (self.import_button, self.share_button, self.edit_button, self.remove_button):
            button.setAutoDefault(False)  # Enter picks the method, never imports or removes one
            own.addWidget(button)
        own.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.pick_button = self.buttons.addButton(
            action or self.tr("&Insert"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.pick_button.setDefault(True)
        closing = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        closing.setAutoDefault(False)  # Enter inserts the method; Esc or this button closes
        self.problem = problem_label()
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(own)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.search.textChanged.connect(self.refresh)
        self.goal.currentIndexChanged.connect(self.refresh)
        self.max_minutes.valueChanged.connect(self.refresh)
        self.group_size.valueChanged.connect(self.refresh)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.list.itemActivated.connect(lambda _: self.accept())
        self.search.returnPressed.connect(self._pick_first)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.import_file)
        self.share_button.clicked.connect(self.share_current)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button.clicked.connect(self.remove_current)
        session.changed.connect(self._on_changed)
        session.failed.connect(lambda message: self.say(message) if self.isVisible() else None)
        self.refresh()
        self.search.setFocus()

    # --- the list ------------------------------------------------------------------------------------
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Area.METHODS):
            self.refresh()

    def refresh(self) -> None:
        keep = self.chosen_key()
        goal = self.goal.currentData()
        self._methods = [
            m
            for m in methods.all_methods(self.session.library)
            if m.fits(
                self.search.text(),
                self.language,
                goal=MethodGoal(goal) if goal else None,
                max_minutes=self.max_minutes.value() or None,
                group_size=self.group_size.value() or None,
            )
        ]
        self.list.clear()
        for method in self._methods:
            label = self.tr("%1 · %2 min").replace("%1", text(method.name, self.language))
            label = label.replace("%2", str(method.total_minutes))
            if method.own:
                label += self.tr(" · own")
            item = QListWidgetItem(label)
            item.setData(KEY_ROLE, method.key)
            self.list.addItem(item)
            if method.key == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def current_method(self) -> Method | None:
        key = self.chosen_key()
        return next((m for m in self._methods if m.key == key), None)

    def chosen_key(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else None

    def _show_current(self) -> None:
        method = self.current_method()
        if method is None:
            self.details.setPlainText(self.tr("No method matches. Try fewer words or another goal."))
        else:
            self.details.setHtml(describe(method, self.language))
        self.pick_button.setEnabled(method is not None)
        self.share_button.setEnabled(method is not None)
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(method is not None and method.own)

    def _pick_first(self) -> None:
        if self.list.count():
            if self.list.currentItem() is None:
                self.list.setCurrentRow(0)
            self.accept()

    def accept(self) -> None:
        if self.current_method() is not None:
            super().accept()

    # --- own methods ---------------------------------------------------------------------------------
    def say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a method"), "", self.tr("Method files (*.json)")
        )
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> bool:
        """Read a shared method file into the own methods; a bad file changes nothing and says why."""
        try:
            method = methods.read_method_file(path)
        except ValidationError as error:
            self.say(error.message(self.language))
            return False
        if self.session.push(SaveOwnMethod(self.tr("Import method"), method)):
            self.say("")
            return True
        return False

    def share_current(self) -> None:
        method = self.current_method()
        if method is None:
            return
        suggested = f"{method.key if not method.own else text(method.name, self.language)}.json"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Share the method as a file"), suggested, self.tr("Method files (*.json)")
        )
        if path:
            self.share_to(method, path)

    def share_to(self, method: Method, path: str) -> bool:
        try:
            write_atomically(path, methods.method_file_bytes(method))
        except OSError as error:
            self.say(
                self.tr("%1 could not be written (%2).")
                .replace("%1", path)
                .replace("%2", error.strerror or type(error).__name__)
            )
            return False
        self.say("")
        return True

    def edit_current(self) -> None:
        from workshop.ui.dialogs.save_method_dialog import SaveMethodDialog

        method = self.current_method()
        if method is None or not method.own:
            return
        SaveMethodDialog(self.session, self, method=method).exec()

    def remove_current(self) -> None:
        method = self.current_method()
        if method is not None and method.own:
            self.session.push(RemoveOwnMethod(self.tr("Remove method"), method.key))
