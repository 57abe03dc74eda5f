"""Where the facilitator left the board's view (zoom and the point in the middle), kept per workshop.

Reopening a workshop, or coming back to the board from another phase, shows the wall as it was left rather
than fitted anew. Kept in the user's settings (QSettings), not in the workshop: it is this screen's view,
not part of the workshop's record, and an exported or imported workshop does not carry it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings


@dataclass(frozen=True)
class BoardView:
    scale: float
    centre_x: float
    centre_y: float


class BoardViewMemory:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings()

    @staticmethod
    def _key(workshop_id: str) -> str:
        return f"board_view/{workshop_id}"

    def load(self, workshop_id: str) -> BoardView | None:
        value = self.settings.value(self._key(workshop_id))
        try:
            scale, x, y = (float(part) for part in str(value or "").split(","))
        except ValueError:
            return None  # never saved, or unreadable: the board is fitted as on its first showing
        return BoardView(scale, x, y) if scale > 0 else None

    def save(self, workshop_id: str, view: BoardView) -> None:
        self.settings.setValue(
            self._key(workshop_id), f"{view.scale:.6g},{view.centre_x:.1f},{view.centre_y:.1f}"
        )
