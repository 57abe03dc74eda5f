"""The room of phones in the console: open and close it, the join address and code, the phones joined.

Opened from Run ▸ Room of phones… It stays open beside the console (not modal). Opening the room starts
the server in the app's loop; the address is the laptop's LAN IP address (phones resolve ``.local`` names
unevenly). Without a network that is the laptop's own loopback address: the panel says plainly that no
phone can reach it until the laptop joins a network and the room is opened again. Which phones joined,
and in the round on the shared screen which of them has voted (never how), follow the session's change
sets like every other view. Lock keeps new phones out; Remove device stops one phone (what it wrote and
cast stays). The optional Wi-Fi name and password only make a second QR on the shared screen; they are
kept on this computer (in plain text, in this user's settings: the panel says so) only while "Remember"
is ticked, and unticking it removes them from the settings file.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.room import JoinMode
from workshop.domain.voting import BallotState
from workshop.services import room as room_service
from workshop.services import room_phone, voting
from workshop.services.changes import Area, ChangeSet
from workshop.ui.room.room_host import RoomHost
from workshop.ui.session import Session

DeviceIdRole = Qt.ItemDataRole.UserRole + 1
WIFI_GROUP = "room_wifi"  # in the app's settings, only when "Remember" is ticked


class RoomPanel(QDialog):
    wifi_changed = Signal()
    qr_shown_changed = Signal(bool)

    def __init__(self, session: Session, host: RoomHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.host = host
        self.workshop_id = host.workshop_id
        self.setWindowTitle(self.tr("Room of phones"))
        self.resize(620, 640)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.no_network = QLabel()  # the laptop found no network: the address is its own loopback
        self.no_network.setWordWrap(True)
        self.no_network.setTextFormat(Qt.TextFormat.PlainText)
        self.no_network.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.no_network.hide()
        self.open_button = QPushButton(self.tr("&Open the room"))
        self.open_button.clicked.connect(self.host.open_soon)
        self.close_room_button = QPushButton(self.tr("Close the &room"))
        self.close_room_button.clicked.connect(lambda: self.host.close_soon())
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.open_button)
        buttons_row.addWidget(self.close_room_button)
        buttons_row.addStretch(1)

        self.url = QLineEdit()
        self.url.setReadOnly(True)
        self.url.setAccessibleName(self.tr("Join address"))
        self.copy_button = QPushButton(self.tr("Cop&y"))
        self.copy_button.setToolTip(self.tr("Copy the join address"))
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.url.text()))
        url_row = QHBoxLayout()
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.copy_button)
        self.code = QLabel()
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code_font = self.code.font()
        code_font.setPointSizeF(code_font.pointSizeF() * 1.8)
        code_font.setBold(True)
        self.code.setFont(code_font)
        self.code.setAccessibleName(self.tr("Join code"))
        self.show_qr = QCheckBox(self.tr("Show the &QR code on the shared screen"))
        self.show_qr.setChecked(True)
        self.show_qr.toggled.connect(self.qr_shown_changed)
        self.join_mode = QComboBox()
        for mode, words in (
            (JoinMode.EITHER, self.tr("By their name from the list, or anonymously")),
            (JoinMode.ROSTER, self.tr("Only by their name from the list")),
            (JoinMode.ANONYMOUS, self.tr("Only anonymously")),
        ):
            self.join_mode.addItem(words, mode.value)
        self.join_mode.activated.connect(self._set_join_mode)
        self.lock = QCheckBox(self.tr("&Lock the room (no new phones)"))
        self.lock.clicked.connect(self._set_locked)
        form = QFormLayout()
        url_label = QLabel(self.tr("Join &address:"))
        url_label.setBuddy(self.url)
        form.addRow(url_label, url_row)
        form.addRow(self.tr("Join code:"), self.code)
        mode_label = QLabel(self.tr("Phones &join:"))
        mode_label.setBuddy(self.join_mode)
        form.addRow(mode_label, self.join_mode)

        self.devices_box = QGroupBox()
        self.devices = QListWidget()
        self.devices.setAccessibleName(self.tr("Phones joined"))
        self.devices.currentRowChanged.connect(lambda _row: self._enable())
        self.remove_button = QPushButton(self.tr("Re&move device"))
        self.remove_button.setToolTip(self.tr("The phone can no longer write or vote; what it sent stays"))
        self.remove_button.clicked.connect(self.remove_selected)
        devices_layout = QVBoxLayout(self.devices_box)
        devices_layout.addWidget(self.devices, 1)
        devices_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)

        wifi_box = QGroupBox(self.tr("Wi-Fi for the room (optional: a second QR code)"))
        self.wifi_name = QLineEdit()
        self.wifi_name.setMaxLength(32)  # an SSID is at most 32 bytes
        self.wifi_password = QLineEdit()
        self.wifi_password.setMaxLength(63)  # WPA passphrases are 8–63 characters
        self.wifi_password.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.remember_wifi = QCheckBox(self.tr("R&emember on this computer"))
        wifi_form = QFormLayout(wifi_box)
        name_label = QLabel(self.tr("&Network name:"))
        name_label.setBuddy(self.wifi_name)
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.wifi_password)
        wifi_form.addRow(name_label, self.wifi_name)
        wifi_form.addRow(password_label, self.wifi_password)
        wifi_form.addRow("", self.remember_wifi)
        # QSettings keeps it as it was typed (an INI file, the registry, a plist): say so where it is asked.
        self.remember_hint = QLabel(
            self.tr("Kept in plain text in this laptop's settings for your user account")
        )
        self.remember_hint.setWordWrap(True)
        self.remember_hint.setTextFormat(Qt.TextFormat.PlainText)
        hint_font = self.remember_hint.font()
        hint_font.setPointSizeF(hint_font.pointSizeF() * 0.9)
        self.remember_hint.setFont(hint_font)
        wifi_form.addRow("", self.remember_hint)
        self._load_wifi()
        self.wifi_name.editingFinished.connect(self._wifi_edited)
        self.wifi_password.editingFinished.connect(self._wifi_edited)
        self.remember_wifi.toggled.connect(lambda _on: self._wifi_edited())

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.no_network)
        layout.addLayout(buttons_row)
        layout.addLayout(form)
        layout.addWidget(self.show_qr)
        layout.addWidget(self.lock)
        layout.addWidget(self.devices_box, 1)
        layout.addWidget(wifi_box)
        layout.addWidget(close)

        host.opened.connect(self.refresh)
        host.closed.connect(self.refresh)
        host.failed.connect(self._failed)
        host.settled.connect(self._enable)
        session.changed.connect(self._on_changed)
        self.refresh()

    # --- following the room ----------------------------------------------------------------------------
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.concerns(self.workshop_id, Area.ROOM, Area.VOTES, Area.PARTICIPANTS, Area.WORKSHOP):
            self.refresh()

    def refresh(self) -> None:
        lib = self.session.library
        settings = room_service.settings(lib, self.workshop_id)
        is_open = self.host.is_open
        if is_open:
            self.status.setText(self.tr("The room is open: phones on the same network join at this address."))
        else:
            self.status.setText(self.tr("The room is closed. Open it to let phones join."))
        self.no_network.setVisible(self.host.no_network)
        self.status.setVisible(not self.host.no_network)  # not "phones join at this address": they cannot
        if self.host.no_network:
            self.no_network.setText(
                self.tr(
                    "No network found: phones cannot reach this laptop at %1. Connect the laptop to the "
                    "room's Wi-Fi or a travel router, then close the room and open it again: it then "
                    "takes the new address."
                ).replace("%1", self.host.address)
            )
        self.url.setText(self.host.join_url if is_open else "")
        self.code.setText(self.host.join_code if is_open else "—")
        self.lock.setChecked(settings.locked)
        self.join_mode.setCurrentIndex(max(0, self.join_mode.findData(settings.join_mode.value)))
        self._show_devices()
        self._enable()

    def _show_devices(self) -> None:
        lib = self.session.library
        shown = voting.round_on_screen(lib, self.workshop_id)
        if shown is not None and not room_phone.phone_can_vote(shown):
            shown = None  # a paper tally or the group's scores: typed in on the console, not on phones
        rows = room_service.devices(lib, self.workshop_id, shown.id if shown is not None else None)
        selected = self.selected_device()
        self.devices.clear()
        voted = {BallotState.DONE: self.tr("has voted ✓"), BallotState.VOTING: self.tr("voting now")}
        for row in rows:
            words = row.name  # an anonymous phone's is "Anonym 3": no name of a person
            if shown is not None:  # where its ballot stands, never what is on it
                words += " — " + voted.get(row.ballot, self.tr("not voted yet"))  # type: ignore[arg-type]
            entry = QListWidgetItem(words)
            entry.setData(DeviceIdRole, row.device.id)
            self.devices.addItem(entry)
            if row.device.id == selected:
                self.devices.setCurrentItem(entry)
        title = self.tr("Phones joined: %1").replace("%1", str(len(rows)))
        if shown is not None:
            done = sum(1 for row in rows if row.ballot == BallotState.DONE)
            title += " · " + self.tr("%1 voted in “%2”").replace("%1", str(done)).replace("%2", shown.title)
        self.devices_box.setTitle(title)

    def _enable(self) -> None:
        busy = self.host.busy
        self.open_button.setEnabled(not self.host.is_open and not busy)
        self.close_room_button.setEnabled(self.host.is_open and not busy)
        self.copy_button.setEnabled(self.host.is_open)
        self.remove_button.setEnabled(self.selected_device() is not None)

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self._enable()

    # --- the facilitator's actions ---------------------------------------------------------------------
    def selected_device(self) -> str | None:
        item = self.devices.currentItem()
        return str(item.data(DeviceIdRole)) if item is not None else None

    def remove_selected(self) -> None:
        device_id = self.selected_device()
        if device_id is not None:
            self.session.run(room_service.remove_device, device_id)

    def _set_locked(self, locked: bool) -> None:
        self.session.run(room_service.set_locked, self.workshop_id, locked)

    def _set_join_mode(self, index: int) -> None:
        self.session.run(room_service.set_join_mode, self.workshop_id, str(self.join_mode.itemData(index)))

    # --- the Wi-Fi QR --------------------------------------------------------------------------------
    def wifi(self) -> tuple[str, str] | None:
        name = self.wifi_name.text().strip()
        return (name, self.wifi_password.text()) if name else None

    def _load_wifi(self) -> None:
        stored = QSettings()
        stored.beginGroup(WIFI_GROUP)
        name = str(stored.value("name", "") or "")
        if name:
            self.wifi_name.setText(name)
            self.wifi_password.setText(str(stored.value("password", "") or ""))
            self.remember_wifi.setChecked(True)
        stored.endGroup()

    def _wifi_edited(self) -> None:
        stored = QSettings()
        stored.beginGroup(WIFI_GROUP)
        if self.remember_wifi.isChecked() and self.wifi() is not None:
            stored.setValue("name", self.wifi_name.text().strip())
            stored.setValue("password", self.wifi_password.text())
        else:
            stored.remove("")  # this group only: nothing typed here is kept
        stored.endGroup()
        stored.sync()  # on disk now: unticked, the password is gone from the file at once
        self.wifi_changed.emit()
