"""The idea capture line: type, Enter, saved, the field is empty for the next one.

The author picker completes participant names from the keyboard (empty means anonymous); the question
defaults to the one in focus. Pasting several lines asks whether to add one idea per line. Enter in any
of the fields saves (an open name completion is taken first) and the cursor goes back to the idea.

The author clears after each idea, so the next one is not credited to the last speaker by mistake;
"Keep author" keeps it for a run of one person's ideas. The line under the fields says whom the last idea
was credited to and whether the author stays.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.text import IDEA_LIMIT
from workshop.services import participants, questions
from workshop.ui.phases.enter_saves import EnterSaves
from workshop.ui.session import Session

NO_QUESTION = ""


class IdeaLine(QLineEdit):
    """A line edit that notices a paste of several lines instead of silently joining them."""

    lines_pasted = Signal(list)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.matches(QKeySequence.StandardKey.Paste):
            text = QGuiApplication.clipboard().text()
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            if len(lines) > 1:
                self.lines_pasted.emit(lines)
                return
        super().keyPressEvent(event)


class IdeaCaptureBar(QWidget):
    """Emits :attr:`submitted` with the texts to add and who/what they belong to."""

    submitted = Signal(list, object, object)  # texts, author id or None, question id or None
    problem = Signal(str)

    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self.confirm_paste: Callable[[int], bool] = self._ask_paste
        self.line = IdeaLine()
        self.line.setMaxLength(IDEA_LIMIT)
        self.line.setPlaceholderText(self.tr("Type an idea and press Enter"))
        self.line.setAccessibleName(self.tr("New idea"))
        self.author = QComboBox()
        self.author.setEditable(True)
        self.author.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.author.setAccessibleName(self.tr("Author"))
        author_line = self.author.lineEdit()
        assert author_line is not None  # editable combo
        author_line.setPlaceholderText(self.tr("anonymous"))
        self.author.setMinimumContentsLength(14)
        self.keep_author = QCheckBox(self.tr("&Keep author"))
        self.keep_author.setToolTip(self.tr("Credit the next ideas to the same author too"))
        self.keep_author.setAccessibleName(self.tr("Keep author for the next idea"))
        self.last_saved = QLabel()
        self.last_saved.setTextFormat(Qt.TextFormat.PlainText)
        self.last_saved.setAccessibleName(self.tr("Last saved idea"))
        self.question = QComboBox()
        self.question.setAccessibleName(self.tr("Question"))
        self.question.setMinimumContentsLength(20)
        self.question.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        idea_label = QLabel(self.tr("&Idea:"))
        idea_label.setBuddy(self.line)
        author_label = QLabel(self.tr("A&uthor:"))
        author_label.setBuddy(self.author)
        question_label = QLabel(self.tr("&Question:"))
        question_label.setBuddy(self.question)
        fields = QHBoxLayout()
        fields.addWidget(idea_label)
        fields.addWidget(self.line, 3)
        fields.addWidget(author_label)
        fields.addWidget(self.author, 1)
        fields.addWidget(self.keep_author)
        fields.addWidget(question_label)
        fields.addWidget(self.question, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(fields)
        layout.addWidget(self.last_saved)
        QWidget.setTabOrder(self.line, self.author)
        QWidget.setTabOrder(self.author, self.keep_author)
        QWidget.setTabOrder(self.keep_author, self.question)
        self.enter = EnterSaves(self._submit_line, self)
        self.line.returnPressed.connect(self._submit_line)
        self.line.lines_pasted.connect(self._submit_paste)
        self._question_chosen = False
        self.question.activated.connect(self._on_question_chosen)
        self.question.currentIndexChanged.connect(self._show_whole_question)
        self.reload_people()
        self.reload_questions()
        self.enter.watch(self.author, self.keep_author, self.question)

    def reload_people(self) -> None:
        typed = self.author.currentText()
        names = [p.name for p in participants.list_participants(self.session.library, self.workshop_id)]
        self.author.blockSignals(True)
        self.author.clear()
        self.author.addItem("")
        self.author.addItems(names)
        self.author.setEditText(typed)
        self.author.blockSignals(False)
        completer = QCompleter(names, self.author)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.author.setCompleter(completer)
        self.enter.watch_completer(self.author)

    def reload_questions(self) -> None:
        chosen = self.question.currentData() if self._question_chosen else None
        items = questions.list_questions(self.session.library, self.workshop_id)
        focus = next((q.id for q in items if q.focus), NO_QUESTION)
        self.question.blockSignals(True)
        self.question.clear()
        self.question.addItem(self.tr("(no question)"), NO_QUESTION)
        for q in items:
            label = q.text if not q.focus else self.tr("%1 (in focus)").replace("%1", q.text)
            self.question.addItem(label, q.id)
        wanted = chosen if chosen is not None and self.question.findData(chosen) >= 0 else focus
        self.question.setCurrentIndex(max(0, self.question.findData(wanted)))
        self.question.blockSignals(False)
        self._show_whole_question()

    def _show_whole_question(self, *_: object) -> None:
        """The box is narrower than most questions: the tooltip shows the question in full."""
        self.question.setToolTip(self.question.currentText())

    def _on_question_chosen(self, _row: int) -> None:
        self._question_chosen = True

    def author_id(self) -> tuple[bool, str | None]:
        """(ok, participant id or None for anonymous), matching the typed name case-insensitively."""
        name = self.author.currentText().strip()
        if not name:
            return True, None
        for person in participants.list_participants(self.session.library, self.workshop_id):
            if person.name.casefold() == name.casefold():
                return True, person.id
        return False, None

    def question_id(self) -> str | None:
        return str(self.question.currentData() or "") or None

    def _emit(self, texts: list[str]) -> None:
        ok, author = self.author_id()
        if not ok:
            typed = self.author.currentText().strip()
            fitting = [
                p.name
                for p in participants.list_participants(self.session.library, self.workshop_id)
                if typed.casefold() in p.name.casefold()
            ]
            if len(fitting) > 1:  # Enter took none of them: which one is meant is not guessed
                said = self.tr("“%1” fits %2. Pick one with the arrow keys and Enter.").replace(
                    "%2", ", ".join(fitting)
                )
            else:
                said = self.tr(
                    "There is no participant called “%1”. Pick a name from the list, or leave it empty."
                )
            self.problem.emit(said.replace("%1", typed))
            self.author.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.submitted.emit(texts, author, self.question_id())

    def _submit_line(self) -> None:
        text = self.line.text()
        if text.strip():
            self._emit([text])
        else:
            self.line.setFocus(Qt.FocusReason.OtherFocusReason)

    def after_save(self, count: int) -> None:
        """The ideas are saved: empty the line for the next, say whom they went to, clear the author
        unless it is kept."""
        name = self.author.currentText().strip()
        ok, author = self.author_id()
        if not ok or author is None:
            said = self.tr("✓ %n idea(s) saved, anonymous.", "", count)
        else:
            said = self.tr("✓ %n idea(s) saved, credited to %1.", "", count).replace("%1", name)
        if author is not None and self.keep_author.isChecked():
            said += " " + self.tr("The author stays for the next idea.")
        elif author is not None:
            said += " " + self.tr("The author field is empty for the next idea.")
        self.last_saved.setText(said)
        self.line.clear()
        if not self.keep_author.isChecked():
            self.author.setEditText("")
        self.line.setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit_paste(self, lines: list[str]) -> None:
        if self.confirm_paste(len(lines)):
            self._emit(lines)
        else:
            self.line.insert(" ".join(lines))

    def _ask_paste(self, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Paste several ideas"),
            self.tr("The pasted text has %n line(s). Add one idea per line?", "", count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes
