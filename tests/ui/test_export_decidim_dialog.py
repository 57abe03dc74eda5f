"""File → Export… writes Decidim's meeting report (text and JSON) and the proposals as Decidim JSON."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot

from workshop.domain.workshop import Workshop
from workshop.ui.dialogs.export_dialog import ExportDialog
from workshop.ui.session import Session


def export_as(qtbot: QtBot, dialog: ExportDialog, radio: QRadioButton, target: Path) -> None:
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and dialog.export_button.isEnabled(), timeout=15_000)


def test_meeting_report_text_and_json_and_proposals_json(
    qtbot: QtBot, session: Session, demo: Workshop, tmp_path: Path
) -> None:
    dialog = ExportDialog(session, demo.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(
        dialog.meeting_radio, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.meeting_radio.height() // 2)
    )
    assert dialog.path_edit.text().endswith(".txt")
    assert not dialog.csv_box.isEnabled()
    export_as(qtbot, dialog, dialog.meeting_radio, tmp_path / "mote.txt")
    text = (tmp_path / "mote.txt").read_text(encoding="utf-8")
    assert text.startswith("Mötesrapport för Decidim")  # the workshop's language
    assert "Antal bidrag: 45" in text

    export_as(qtbot, dialog, dialog.meeting_json_radio, tmp_path / "mote.json")
    assert json.loads((tmp_path / "mote.json").read_text(encoding="utf-8"))["contributions_count"] == 45

    qtbot.mouseClick(
        dialog.proposals_radio, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.proposals_radio.height() // 2)
    )
    assert dialog.csv_box.isEnabled()  # the pipeline's options apply to the JSON proposals too
    export_as(qtbot, dialog, dialog.proposals_radio, tmp_path / "forslag.json")
    proposals = json.loads((tmp_path / "forslag.json").read_text(encoding="utf-8"))
    assert len(proposals) == 45
    assert set(proposals[0]["title"]) == {"sv"}
