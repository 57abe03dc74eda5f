"""The File menu's Export… (Ctrl+E, for the open workshop) and Import… actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from workshop.ui.main_window import MainWindow


def add_exchange_actions(window: MainWindow, menu: QMenu) -> tuple[QAction, QAction]:
    export_action = QAction(QCoreApplication.translate("ExchangeActions", "&Export…"), window)
    export_action.setShortcut(QKeySequence("Ctrl+E"))
    export_action.setEnabled(window.console is not None)
    export_action.triggered.connect(lambda: open_export(window))
    import_action = QAction(QCoreApplication.translate("ExchangeActions", "&Import…"), window)
    import_action.triggered.connect(lambda: open_import(window))
    menu.addAction(export_action)
    menu.addAction(import_action)
    return export_action, import_action


def open_export(window: MainWindow) -> None:
    from workshop.ui.dialogs.export_dialog import ExportDialog

    if window.console is None:
        return
    ExportDialog(window.session, window.console.workshop_id, window).exec()


def open_import(window: MainWindow) -> None:
    from workshop.ui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(window.session, window)
    dialog.imported.connect(window.open_workshop)
    dialog.exec()
