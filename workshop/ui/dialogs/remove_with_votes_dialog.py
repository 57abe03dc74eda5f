"""Ask before removing ideas or a participant that have votes: the result of a round would change.

Call :func:`confirm_removal` before pushing the removal command. It asks only when there are votes, and
says that undo brings them back (ideas.remove and participants.remove keep the votes for restore).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from workshop.services import voting
from workshop.ui.session import Session


def votes_affected(
    session: Session, *, idea_ids: list[str] | None = None, participant_id: str | None = None
) -> int:
    lib = session.library
    count = voting.votes_on_ideas(lib, idea_ids or [])
    if participant_id is not None:
        count += voting.votes_of_participant(lib, participant_id)
    return count


def confirm_removal(
    parent: QWidget | None,
    session: Session,
    *,
    idea_ids: list[str] | None = None,
    participant_id: str | None = None,
) -> bool:
    """True if the removal may go ahead: there are no votes, or the facilitator said yes."""
    count = votes_affected(session, idea_ids=idea_ids, participant_id=participant_id)
    if not count:
        return True
    question = QCoreApplication.translate(
        "RemoveWithVotes",
        "This has %n vote(s) in voting rounds. Remove it and its votes? You can undo this.",
        "",
        count,
    )
    title = QCoreApplication.translate("RemoveWithVotes", "Remove with votes?")
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes
