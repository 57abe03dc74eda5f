"""Which workspace widget serves which kind of phase.

A workspace is a QWidget made with ``(session, workshop_id)``. If it has a ``show_phase(item)`` method, the
console calls it with the agenda item whenever that phase is selected. Phases whose workspace module does
not exist (yet) get the plain :class:`PhaseOverview`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from workshop.domain.agenda import PhaseKind
from workshop.ui import lazy_factory
from workshop.ui.phases.details_workspace import DetailsWorkspace
from workshop.ui.phases.phase_overview import PhaseOverview
from workshop.ui.session import Session

WORKSPACES: dict[PhaseKind, str] = {
    PhaseKind.FRAMING: "workshop.ui.phases.framing_workspace:FramingWorkspace",
    PhaseKind.IDEAS: "workshop.ui.phases.ideas_workspace:IdeasWorkspace",
    PhaseKind.CLUSTERING: "workshop.ui.phases.board_workspace:BoardWorkspace",
    PhaseKind.VOTING: "workshop.ui.phases.voting_workspace:VotingWorkspace",
    PhaseKind.ACTIONS: "workshop.ui.phases.actions_workspace:ActionsWorkspace",
}


def create_workspace(kind: PhaseKind, session: Session, workshop_id: str) -> QWidget:
    path = WORKSPACES.get(kind)
    if path is None or not lazy_factory.exists(path):
        return PhaseOverview(session, workshop_id)
    widget: QWidget = lazy_factory.load(path)(session, workshop_id)
    return widget


def details_workspace(session: Session, workshop_id: str) -> QWidget:
    return DetailsWorkspace(session, workshop_id)
