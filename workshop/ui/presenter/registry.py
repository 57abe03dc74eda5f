"""Which view the presenter (projector) window shows for which kind of phase.

A presenter view is a QWidget made with ``(session, workshop_id)``; it must show only what the whole room
may see (no hidden ideas, no vote totals before the reveal, no facilitator notes). If it has
``show_phase(item)``, the presenter calls it when that phase becomes current. Phases whose view module does
not exist get the presenter's plain phase slide (title, instructions, timer).
"""

from __future__ import annotations

from workshop.domain.agenda import PhaseKind

PRESENTER_VIEWS: dict[PhaseKind, str] = {
    PhaseKind.FRAMING: "workshop.ui.presenter.framing_view:FramingView",
    PhaseKind.IDEAS: "workshop.ui.presenter.ideas_view:IdeasView",
    PhaseKind.CLUSTERING: "workshop.ui.presenter.board_view:BoardView",
    PhaseKind.VOTING: "workshop.ui.presenter.voting_view:VotingView",
    PhaseKind.ACTIONS: "workshop.ui.presenter.actions_view:ActionsView",
}
