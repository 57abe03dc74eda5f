"""QR codes for the shared screen: the room's join URL, and the room's Wi-Fi (name and password).

segno makes the symbol (no dependencies); it is written as a PNG at one pixel per module with the quiet
zone the standard asks for, and Qt scales that up by a whole number, so every module stays a crisp square a
phone's camera reads from the back of the room.
"""

from __future__ import annotations

import segno
import segno.helpers
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

QUIET_ZONE = 4  # modules of white around the symbol (ISO/IEC 18004)


def qr_code(data: str) -> segno.QRCode:
    """Error correction M (15 % of the symbol may be unreadable: a projector's glare, a head in front);
    segno raises it when that costs no extra size."""
    return segno.make(data, error="m", micro=False)


def wifi_data(network: str, password: str) -> str:
    """What a phone's camera understands as "join this Wi-Fi" (``WIFI:T:WPA;S:…;P:…;;``); an open
    network when no password is given."""
    if password:
        return str(segno.helpers.make_wifi_data(ssid=network, password=password, security="WPA"))
    return str(segno.helpers.make_wifi_data(ssid=network, password=None, security="nopass"))


def qr_image(code: segno.QRCode) -> QImage:
    """The symbol with its quiet zone, one pixel per module, black on white."""
    import io

    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=1, border=QUIET_ZONE, dark="black", light="white")
    image = QImage()
    image.loadFromData(buffer.getvalue(), "PNG")
    return image.convertToFormat(QImage.Format.Format_RGB32)


def scaled_to(image: QImage, side: int) -> QImage:
    """As large as fits in *side* pixels by a whole number of pixels per module (at least 1)."""
    factor = max(1, side // max(1, image.width()))
    return image.scaled(
        image.width() * factor,
        image.height() * factor,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )

