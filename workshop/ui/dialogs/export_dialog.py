"""File → Export…: the report PDF, the exchange file or the pipeline CSV of the open workshop.

The workshop is read once on the GUI thread (a fast, consistent snapshot); the slow part (laying out a
PDF of hundreds of ideas) runs in a worker thread, so the window stays responsive and shows progress.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.errors import ValidationError
from workshop.domain.ids import now_iso
from workshop.domain.language import Language
from workshop.domain.snapshot import WorkshopSnapshot
from workshop.export import decidim_meeting, decidim_proposals, exchange, pdf_report, pipeline_csv
from workshop.export.atomic_write import write_atomically
from workshop.services import snapshot as snapshot_service
from workshop.store.errors import LibraryError, error_for_os_error
from workshop.ui.dialogs.export_worker import Worker, start
from workshop.ui.session import Session

PDF, EXCHANGE, CSV = "pdf", "json", "csv"
# Decidim's JSON proposal import and its meeting report (text for the form, and JSON)
PROPOSALS, MEETING, MEETING_JSON = "proposals", "meeting", "meeting_json"
SUFFIXES = {PDF: ".pdf", EXCHANGE: ".json", CSV: ".csv", PROPOSALS: ".json"}
SUFFIXES |= {MEETING: ".txt", MEETING_JSON: ".json"}
PIPELINE = (CSV, PROPOSALS)  # the kinds the pipeline options apply to


def build_export(
    snapshot: WorkshopSnapshot,
    kind: str,
    *,
    language: Language,
    anonymise: bool,
    csv_options: pipeline_csv.PipelineOptions,
    progress: pdf_report.Progress,
) -> bytes:
    """The bytes of one export; pure, so it can run in any thread."""
    if anonymise:
        snapshot = snapshot.anonymise(language)
    stamp = now_iso()
    if kind == PDF:
        return pdf_report.report_bytes(snapshot, language=language, exported_at=stamp, progress=progress)
    if kind == EXCHANGE:
        return exchange.to_bytes(exchange.to_document(snapshot, exported_at=stamp))
    if kind == PROPOSALS:
        return decidim_proposals.to_bytes(snapshot, csv_options)
    if kind == MEETING:
        return decidim_meeting.text_bytes(snapshot, language)
    if kind == MEETING_JSON:
        return decidim_meeting.json_bytes(snapshot, language)
    return pipeline_csv.to_bytes(snapshot, csv_options)


class ExportDialog(QDialog):
    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self.worker: Worker | None = None
        self.snapshot = snapshot_service.load(session.library, workshop_id)
        self.setWindowTitle(self.tr("Export workshop"))
        self.setMinimumWidth(520)

        kinds = QGroupBox(self.tr("What to export"))
        kinds_layout = QVBoxLayout(kinds)
        self.kind_group = QButtonGroup(self)
        self.pdf_radio = QRadioButton(self.tr("&Report (PDF, with the data attached)"))
        self.json_radio = QRadioButton(self.tr("E&xchange file (JSON)"))
        self.csv_radio = QRadioButton(self.tr("&Pipeline CSV (Decidim proposals)"))
        self.proposals_radio = QRadioButton(self.tr("Decidim proposals (&JSON import)"))
        self.meeting_radio = QRadioButton(self.tr("Decidim &meeting report (text for the form)"))
        self.meeting_json_radio = QRadioButton(self.tr("Decidim meeting report (J&SON)"))
        for button, kind in (
            (self.pdf_radio, PDF),
            (self.json_radio, EXCHANGE),
            (self.csv_radio, CSV),
            (self.proposals_radio, PROPOSALS),
            (self.meeting_radio, MEETING),
            (self.meeting_json_radio, MEETING_JSON),
        ):
            button.setProperty("kind", kind)
            self.kind_group.addButton(button)
            kinds_layout.addWidget(button)
        self.pdf_radio.setChecked(True)

        self.anonymise_check = QCheckBox(self.tr("&Anonymise: leave out participants' names"))
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("The workshop's language"), "")
        self.language_combo.addItem("Svenska", Language.SV.value)
        self.language_combo.addItem("English", Language.EN.value)

        self.csv_box = QGroupBox(self.tr("Pipeline CSV"))
        self.selection_combo = QComboBox()
        self.selection_combo.addItem(self.tr("All ideas"), pipeline_csv.Selection.ALL.value)
        self.selection_combo.addItem(
            self.tr("Only ideas with votes"), pipeline_csv.Selection.WITH_VOTES.value
        )
        self.selection_combo.addItem(self.tr("The top of a voting round"), pipeline_csv.Selection.TOP.value)
        self.round_combo = QComboBox()
        for voting_round in self.snapshot.voting_rounds:
            self.round_combo.addItem(voting_round.title, voting_round.id)
        self.top_spin = QSpinBox()
        self.top_spin.setRange(1, 1000)
        self.top_spin.setValue(10)
        self.row_combo = QComboBox()
        self.row_combo.addItem(self.tr("One row per idea"), pipeline_csv.RowPer.IDEA.value)
        self.row_combo.addItem(self.tr("One row per cluster"), pipeline_csv.RowPer.CLUSTER.value)
        csv_form = QFormLayout(self.csv_box)
        csv_form.addRow(self.tr("&Ideas:"), self.selection_combo)
        csv_form.addRow(self.tr("&Voting round:"), self.round_combo)
        csv_form.addRow(self.tr("&How many:"), self.top_spin)
        csv_form.addRow(self.tr("R&ows:"), self.row_combo)

        self.path_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Report &language:"), self.language_combo)
        form.addRow("", self.anonymise_check)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)  # a row holding a layout gets no buddy by itself
        form.addRow(file_label, path_row)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Export status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(kinds)
        layout.addLayout(form)
        layout.addWidget(self.csv_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.kind_group.buttonToggled.connect(self._kind_changed)
        self.selection_combo.currentIndexChanged.connect(self._update_enabled)
        self._kind_changed()

    # ----- state -------------------------------------------------------------------------------------------
    def kind(self) -> str:
        checked = self.kind_group.checkedButton()
        return str(checked.property("kind")) if checked is not None else PDF

    def report_language(self) -> Language:
        code = self.language_combo.currentData()
        return Language(code) if code else self.snapshot.workshop.language

    def csv_options(self) -> pipeline_csv.PipelineOptions:
        return pipeline_csv.PipelineOptions(
            selection=pipeline_csv.Selection(self.selection_combo.currentData()),
            row_per=pipeline_csv.RowPer(self.row_combo.currentData()),
            round_id=self.round_combo.currentData(),
            top=self.top_spin.value(),
            language=self.report_language(),
        )

    def _kind_changed(self, *_: object) -> None:
        kind = self.kind()
        current = self.path_edit.text().strip()
        if not current or Path(current).suffix.lower() in SUFFIXES.values():
            base = Path(current).with_suffix("") if current else Path.home() / _file_stem(self.snapshot)
            self.path_edit.setText(str(base) + SUFFIXES[kind])
        self._update_enabled()

    def _update_enabled(self, *_: object) -> None:
        is_csv = self.kind() in PIPELINE
        self.csv_box.setEnabled(is_csv)
        top = self.selection_combo.currentData() == pipeline_csv.Selection.TOP.value
        self.round_combo.setEnabled(is_csv and top)
        self.top_spin.setEnabled(is_csv and top)
        self.language_combo.setEnabled(self.kind() != EXCHANGE)

    def _browse(self) -> None:
        kind = self.kind()
        filters = {
            PDF: self.tr("PDF (*.pdf)"),
            EXCHANGE: self.tr("JSON (*.json)"),
            CSV: self.tr("CSV (*.csv)"),
            PROPOSALS: self.tr("JSON (*.json)"),
            MEETING: self.tr("Text (*.txt)"),
            MEETING_JSON: self.tr("JSON (*.json)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path_edit.text(), filters[kind]
        )
        if path:
            self.path_edit.setText(path)

    # ----- exporting ---------------------------------------------------------------------------------------
    def export(self) -> None:
        path = self.path_edit.text().strip()
        if not path:
            self._show(self.tr("Choose a file to export to."), error=True)
            return
        top = self.csv_options().selection == pipeline_csv.Selection.TOP
        if self.kind() in PIPELINE and top and not self.snapshot.voting_rounds:
            self._show(self.tr("There is no voting round to take the top from."), error=True)
            return
        try:  # re-read: the facilitator may have edited since the dialog opened
            self.snapshot = snapshot_service.load(self.session.library, self.workshop_id)
        except (LibraryError, ValidationError) as error:
            self._show(self.session.describe(error), error=True)
            return
        snapshot, kind, language = self.snapshot, self.kind(), self.report_language()
        anonymise, options = self.anonymise_check.isChecked(), self.csv_options()
        describe = self.session.describe

        def job(progress: pdf_report.Progress) -> str:
            data = build_export(
                snapshot, kind, language=language, anonymise=anonymise, csv_options=options, progress=progress
            )
            try:
                write_atomically(path, data)
            except OSError as error:  # a full disk, a read-only folder: said in words, naming the file
                raise RuntimeError(describe(error_for_os_error(error, path))) from error
            return path

        self.worker = Worker(job)
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.finished.connect(self._finished)
        self.worker.signals.failed.connect(self._failed)
        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self._show(self.tr("Exporting…"))
        start(self.worker)

    def _progress(self, fraction: float) -> None:
        self.progress.setValue(int(round(fraction * 100)))

    def _finished(self, path: object) -> None:
        self.progress.setValue(100)
        self.export_button.setEnabled(True)
        self._show(self.tr("Saved to %1").replace("%1", str(path)))

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.progress.setValue(0)
        self._show(self.tr("The export failed; nothing was written: %1").replace("%1", message), error=True)

    def _show(self, message: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet("color: #b00020; font-weight: bold;" if error else "")
        self.status_label.setText(message)


def _file_stem(snapshot: WorkshopSnapshot) -> str:
    """A file name from the title: letters, digits and dashes only, so every file system accepts it."""
    words = "".join(ch if ch.isalnum() else " " for ch in snapshot.workshop.title).split()
    stem = "-".join(words)[:60] or "workshop"
    return f"{stem}-{snapshot.workshop.date}" if snapshot.workshop.date else stem
