"""The demo workshop comes with a finished dot vote and a scoring round, with or without clusters."""

from __future__ import annotations

from workshop.domain.voting import BallotState, RoundStatus, VotingMethod, VotingTarget
from workshop.domain.workshop import Workshop
from workshop.services import ballots, ideas, participants, voting, workshops
from workshop.services.demo_voting import add_demo_voting
from workshop.store.library import Library


def test_demo_has_a_revealed_dot_round_and_a_scoring_round(library: Library, demo: Workshop) -> None:
    dots, scoring = voting.list_rounds(library, demo.id)
    assert (dots.method, scoring.method) == (VotingMethod.DOTS, VotingMethod.SCORING)
    assert all(r.revealed and r.status == RoundStatus.CLOSED for r in (dots, scoring))
    assert all(t.state == BallotState.DONE for t in ballots.turns(library, dots.id))
    outcome = voting.results_for(library, dots.id)
    assert outcome[0].dots > outcome[1].dots  # a clear winner
    assert any(r.tied and r.dots > 0 for r in outcome)  # and a tie to show
    assert sum(r.dots for r in outcome) == 5 * len(participants.list_participants(library, demo.id))
    assert any(r.score_a is not None for r in voting.results_for(library, scoring.id))


def test_demo_voting_works_without_clusters(library: Library) -> None:
    workshop, _ = workshops.create(library, "Liten", language="en")
    for name in ("Ann", "Bo", "Cy"):
        participants.add(library, workshop.id, name, present=True)
    ideas.add_many(library, workshop.id, [f"Idea {n}" for n in range(5)])
    add_demo_voting(library, workshop.id)
    dots, scoring = voting.list_rounds(library, workshop.id)
    assert scoring.target == VotingTarget.IDEAS
    assert (scoring.criterion_a, scoring.criterion_b) == ("Impact", "Effort")
    assert 0 < sum(r.dots for r in voting.results_for(library, dots.id)) <= 15  # few ideas: limits still kept
    scored = [r for r in voting.results_for(library, scoring.id) if r.score_a is not None]
    assert len(scored) == 5
