"""On the shared screen while phones join: the join URL as a QR code, the URL and the code in words, very
large, and (when the facilitator typed them) the room's Wi-Fi as a second QR with its name and password.

It speaks the workshop's language like the rest of the shared screen, and takes the place of the phase's
view until the facilitator hides it (the timer and titles stay above it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workshop.services import room as room_service
from workshop.services.changes import Area, ChangeSet
from workshop.ui.presenter.room_language import SpeaksTheRoom, workshop_language
from workshop.ui.presenter.room_type import room_font
from workshop.ui.room.join_qr import qr_code, qr_image, scaled_to, wifi_data
from workshop.ui.session import Session

SPACING = 8


def _label(accessible: str = "") -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if accessible:
        label.setAccessibleName(accessible)
    return label


class RoomJoinScreen(SpeaksTheRoom, QWidget):
    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room_language = workshop_language(session, workshop_id)
        self.session = session
        self.workshop_id = workshop_id
        self.setObjectName("roomJoinScreen")
        self.url = ""
        self.address = ""
        self.code = ""
        self.wifi: tuple[str, str] | None = None
        self.reachable = True  # False: the laptop found no network, the address is its own loopback
        self.join_image = QImage()
        self.wifi_image = QImage()
        self.heading = _label()
        self.heading.setProperty("role", "accent")
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address_label = _label()  # typed by hand: the address without the code, which is said below
        self.code_label = _label()
        self.code_label.setProperty("role", "accent")
        self.joined_label = _label()  # how many phones are in: the room sees joining work
        self.no_network = _label()  # in the QR code's place while no phone can reach the laptop
        self.no_network.hide()
        self.wifi_heading = _label()
        self.wifi_qr = QLabel()
        self.wifi_qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wifi_label = _label()
        self.wifi_box = QWidget()
        wifi_layout = QVBoxLayout(self.wifi_box)
        wifi_layout.setContentsMargins(0, 0, 0, 0)
        wifi_layout.addWidget(self.wifi_heading)
        wifi_layout.addWidget(self.wifi_qr)
        wifi_layout.addWidget(self.wifi_label)
        wifi_layout.addStretch(1)
        join_box = QWidget()
        join_layout = QVBoxLayout(join_box)
        join_layout.setContentsMargins(0, 0, 0, 0)
        join_layout.addWidget(self.qr)
        join_layout.addWidget(self.no_network)
        join_layout.addWidget(self.address_label)
        join_layout.addWidget(self.code_label)
        join_layout.addWidget(self.joined_label)
        join_layout.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(join_box, 3)
        columns.addWidget(self.wifi_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.heading)
        layout.addLayout(columns, 1)
        self.wifi_box.hide()
        session.changed.connect(self._on_changed)

    def _on_changed(self, changes: ChangeSet) -> None:
        """The workshop's language was changed: the room reads the join screen in the new one."""
        if changes.concerns(self.workshop_id, Area.ROOM):
            self._count_joined()
        if changes.concerns(self.workshop_id, Area.WORKSHOP):
            language = workshop_language(self.session, self.workshop_id)
            if language != self.room_language and self.url:
                self.room_language = language
                self.show_join(self.url, self.address, self.code, self.wifi, reachable=self.reachable)

    def show_join(
        self,
        url: str,
        address: str,
        code: str,
        wifi: tuple[str, str] | None = None,
        *,
        reachable: bool = True,
    ) -> None:
        """*url*: what the QR code holds (the address with the code); *address*: the address to type;
        *wifi*: (network name, password), or None for no Wi-Fi QR; *reachable*: False when the laptop found
        no network (its address is its own loopback): then no join QR or address is shown as if it worked,
        only what to do."""
        self.url, self.address, self.code = url, address, code
        self.reachable = reachable
        self.wifi = wifi if wifi and wifi[0] else None
        self.join_image = qr_image(qr_code(url)) if url and reachable else QImage()
        self.wifi_image = qr_image(qr_code(wifi_data(*self.wifi))) if self.wifi else QImage()
        self.heading.setText(self.tr("Join from your phone: scan the code or type the address"))
        self.address_label.setText(address)
        self.address_label.setAccessibleName(self.tr("Join address"))
        self.code_label.setText(self.tr("Code: %1").replace("%1", code))
        self.qr.setAccessibleName(self.tr("QR code of the join address"))
        for shown in (self.qr, self.address_label, self.code_label):
            shown.setVisible(reachable)
        self.no_network.setVisible(not reachable)
        if not reachable:
            self.heading.setText(self.tr("No network yet: phones cannot reach this laptop"))
            self.no_network.setText(
                self.tr(
                    "The laptop is not on a network. Connect it to the room's Wi-Fi or a travel router, "
                    "then close the room and open it again: a new code and address appear here."
                )
            )
        self._count_joined()
        self.wifi_box.setVisible(self.wifi is not None)
        if self.wifi is not None:
            network, password = self.wifi
            self.wifi_heading.setText(self.tr("First join the Wi-Fi"))
            words = self.tr("Network: %1").replace("%1", network)
            if password:
                words += "\n" + self.tr("Password: %1").replace("%1", password)
            self.wifi_label.setText(words)
            self.wifi_qr.setAccessibleName(self.tr("QR code of the Wi-Fi network"))
        self._fit()

    def _count_joined(self) -> None:
        joined = len(room_service.devices(self.session.library, self.workshop_id))
        self.joined_label.setText(self.tr("%n phone(s) joined", "", joined) if joined else "")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The QR codes as large as the words under them leave room for (the join code the larger)."""
        fonts = {
            self.heading: room_font(self, 0.04, bold=True),
            self.address_label: room_font(self, 0.055, bold=True),
            self.code_label: room_font(self, 0.075, bold=True),
            self.joined_label: room_font(self, 0.035),
            self.no_network: room_font(self, 0.045, bold=True),
            self.wifi_heading: room_font(self, 0.04),
            self.wifi_label: room_font(self, 0.04),
        }
        for label, font in fonts.items():
            label.setFont(font)

        def lines(label: QLabel, count: int = 1) -> int:
            return QFontMetrics(label.font()).lineSpacing() * count + SPACING

        below_heading = self.height() - lines(self.heading) - 2 * SPACING
        width = self.width() * (0.6 if self.wifi is not None else 1.0)
        words = lines(self.address_label) + lines(self.code_label) + lines(self.joined_label)
        side = min(below_heading - words, int(width) - SPACING)
        self._draw(self.qr, self.join_image, side)
        wifi_room = below_heading - lines(self.wifi_heading) - lines(self.wifi_label, 2)
        self._draw(self.wifi_qr, self.wifi_image, min(wifi_room, side * 3 // 4, int(self.width() * 0.38)))

    @staticmethod
    def _draw(label: QLabel, image: QImage, side: int) -> None:
        if image.isNull():
            label.clear()
            return
        label.setPixmap(QPixmap.fromImage(scaled_to(image, max(side, image.width()))))

    def drawn_join_image(self) -> QImage:
        """The join QR as it is on screen (for a test: one pixel per screen pixel)."""
        pixmap = self.qr.pixmap()
        return pixmap.toImage() if pixmap is not None else QImage()
