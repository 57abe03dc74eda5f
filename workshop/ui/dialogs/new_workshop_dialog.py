"""Ask for what a new workshop needs: a title, a template, the language and (optionally) a date."""

from __future__ import annotations

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.language import Language
from workshop.services.templates import Template, load_templates
from workshop.ui.dialogs.problem_label import problem_label
from workshop.ui.session import Session

NARROWEST_FIELD = 260  # px: the fields' column when the dialog is at its minimum width (480)


class NewWorkshopDialog(QDialog):
    def __init__(
        self, language: Language, parent: QWidget | None = None, session: Session | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.method_keys: list[str] = []
        self.setWindowTitle(self.tr("New workshop"))
        self.setMinimumWidth(480)
        self._templates = load_templates()
        self._language = language

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(self.tr("For example: Safer routes to school"))
        self.template_combo = QComboBox()
        for template in self._templates:
            minutes = template.total_minutes
            self.template_combo.addItem(
                self.tr("%1 (%2 min)")
                .replace("%1", template.display_name(language))
                .replace("%2", str(minutes)),
                template.key,
            )
        self.template_combo.addItem(self.tr("Empty workshop (no agenda)"), "")
        self.language_combo = QComboBox()
        self.language_combo.addItem("Svenska", Language.SV.value)
        self.language_combo.addItem("English", Language.EN.value)
        self.language_combo.setCurrentIndex(0 if language == Language.SV else 1)
        self.date_check = QCheckBox(self.tr("Date decided"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setEnabled(False)
        self.date_check.toggled.connect(self.date_edit.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_check)
        date_row.addWidget(self.date_edit, 1)
        self.location_edit = QLineEdit()
        self.facilitator_edit = QLineEdit()
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(self._room_for_descriptions())
        self.description.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.methods_label = QLabel(self.tr("None: the template's phases only."))
        self.methods_label.setWordWrap(True)
        self.methods_label.setTextFormat(Qt.TextFormat.PlainText)
        self.add_method_button = QPushButton(self.tr("Add a met&hod…"))
        self.add_method_button.setToolTip(self.tr("Its phases come after the template's"))
        self.clear_methods_button = QPushButton(self.tr("Clear"))
        self.clear_methods_button.setEnabled(False)
        self.add_method_button.clicked.connect(self.add_method)
        self.clear_methods_button.clicked.connect(self.clear_methods)
        method_buttons = QHBoxLayout()
        method_buttons.addWidget(self.add_method_button)
        method_buttons.addWidget(self.clear_methods_button)
        method_buttons.addStretch(1)
        methods_row = QVBoxLayout()  # the buttons, then the chosen methods on the whole width below them
        methods_row.addLayout(method_buttons)
        methods_row.addWidget(self.methods_label)
        self.error_label = problem_label()
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("Te&mplate:"), self.template_combo)
        form.addRow("", self.description)
        if session is not None:
            methods_title = QLabel(self.tr("Methods:"))
            methods_title.setBuddy(self.add_method_button)
            form.addRow(methods_title, methods_row)
            self.methods_label.setAccessibleName(self.tr("Methods added"))
        form.addRow(self.tr("&Language of the workshop:"), self.language_combo)
        date_label = QLabel(self.tr("Da&te:"))
        date_label.setBuddy(self.date_check)  # a row of two widgets gets no buddy by itself
        form.addRow(date_label, date_row)
        form.addRow(self.tr("&Place:"), self.location_edit)
        form.addRow(self.tr("&Facilitator:"), self.facilitator_edit)
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_check.setAccessibleName(self.tr("Date decided"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.template_combo.currentIndexChanged.connect(self._show_description)
        self._show_description()

    def _room_for_descriptions(self) -> int:
        """The height of the longest template description, wrapped in the narrowest field the dialog has.

        A dialog does not grow for a wrapped label by itself: without this, a longer description chosen
        later would be cut off at the top and bottom.
        """
        metrics = self.description.fontMetrics()
        narrowest = QRect(0, 0, NARROWEST_FIELD, 10_000)
        texts = [t.text(t.description, self._language) for t in self._templates]
        flags = int(Qt.TextFlag.TextWordWrap)
        return max((metrics.boundingRect(narrowest, flags, text).height() for text in texts), default=0)

    def _show_description(self) -> None:
        template = self.template()
        self.description.setText(template.text(template.description, self._language) if template else "")

    def template(self) -> Template | None:
        key = self.template_combo.currentData()
        return next((t for t in self._templates if t.key == key), None)

    def language(self) -> Language:
        return Language(self.language_combo.currentData())

    def fields(self) -> dict[str, str]:
        return {
            "date": self.date_edit.date().toString("yyyy-MM-dd") if self.date_check.isChecked() else "",
            "location": self.location_edit.text(),
            "facilitator": self.facilitator_edit.text(),
        }

    def show_error(self, message: str) -> None:
        """Keep the dialog open with everything typed, and say what is wrong."""
        self.error_label.setText(message)
        self.error_label.show()
        self.title_edit.setFocus()

    def add_method(self) -> None:
        """Pick a method; its phases come after the template's when the workshop is made."""
        from workshop.domain.method import text
        from workshop.services import methods
        from workshop.ui.dialogs.method_library_dialog import MethodLibraryDialog

        if self.session is None:
            return
        dialog = MethodLibraryDialog(self.session, self, action=self.tr("&Add"))
        if dialog.exec() and dialog.chosen_key():
            self.method_keys.append(str(dialog.chosen_key()))
            library = self.session.library
            names = [text(methods.get_method(library, key).name, self._language) for key in self.method_keys]
            self.show_methods(", ".join(names))
            self.clear_methods_button.setEnabled(True)

    def clear_methods(self) -> None:
        self.method_keys = []
        self.show_methods(self.tr("None: the template's phases only."))
        self.clear_methods_button.setEnabled(False)

    def show_methods(self, names: str) -> None:
        """The chosen methods, on as many lines as they need: the dialog grows for them (a dialog does not
        grow for a label that wraps later by itself, and the last line would be cut off)."""
        self.methods_label.setText(names)
        label = self.methods_label
        label.setMinimumHeight(label.heightForWidth(max(label.width(), 1)))
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
