"""Problem framing and a started action plan for the demo workshop, so every phase has something to show.

The actions carry the winners of the demo's dot vote forward (when there is one), with owners from the
room, due dates and next steps, as a room would agree them at the end of the day. ``create_demo`` calls
:func:`add_demo_run` after the board and the votes exist.
"""

from __future__ import annotations

from typing import Any

from workshop.domain.action import ActionStatus
from workshop.domain.framing import FramingKind
from workshop.domain.voting import VotingMethod, VotingTarget
from workshop.services import actions, framing, ideas, participants, voting
from workshop.services.changes import Area, ChangeSet
from workshop.store.library import Library

PROBLEM = (
    "Allt fler barn i Hagsätra skjutsas till skolan med bil. Trafiken vid skolan blir tätare och "
    "otryggare, och barnen missar den vardagsrörelse som en promenad eller cykeltur ger."
)
CONTEXT = (
    "Hagsätra skola har 480 elever i förskoleklass till årskurs 9. Skolvägarna korsar Hagsätravägen och "
    "går genom en park och en gångtunnel som många upplever som otrygga, särskilt under vintern."
)
ITEMS: list[tuple[FramingKind, str]] = [
    (FramingKind.TARGET_GROUP, "Elever i förskoleklass till årskurs 6"),
    (FramingKind.TARGET_GROUP, "Föräldrar som skjutsar med bil"),
    (FramingKind.TARGET_GROUP, "Elever på högstadiet som cyklar"),
    (FramingKind.CONSTRAINT, "Ingen ny budget i år; befintliga medel för trafiksäkerhet"),
    (FramingKind.CONSTRAINT, "Förändringar i gatumiljön kräver beslut i trafiknämnden"),
    (FramingKind.SUCCESS_CRITERION, "Fler barn går eller cyklar – mätt i resvaneenkät efter ett år"),
    (FramingKind.SUCCESS_CRITERION, "Färre bilar vid skolan 07.45–08.15"),
]


def add_demo_framing(lib: Library, workshop_id: str) -> ChangeSet:
    with lib.atomic():
        framing.set_text(lib, workshop_id, "problem_statement", PROBLEM)
        framing.set_text(lib, workshop_id, "context", CONTEXT)
        for kind, text in ITEMS:
            framing.add(lib, workshop_id, kind, text)
    return ChangeSet.of(workshop_id, Area.FRAMING, Area.PRESENTER)


# Per idea of the demo: what the room agreed to do about it (title, owner, due, next step, status).
PLANS: dict[str, tuple[str, str, str, str, ActionStatus]] = {
    "Gående skolbuss med vuxna som turas om att gå en fast slinga": (
        "Starta gående skolbuss på två slingor efter påsklovet",
        "Leila Haddad",
        "2026-04-20",
        "Bjuda in föräldrar i F–3 till ett uppstartsmöte och rita slingorna",
        ActionStatus.IN_PROGRESS,
    ),
    "Bättre belysning på gångvägen genom parken": (
        "Inventera och förbättra belysningen i parken och gångtunneln",
        "Ingrid Olofsson",
        "2026-05-29",
        "Trygghetsvandring en kväll med elevrådet för att peka ut de mörka platserna",
        ActionStatus.NOT_STARTED,
    ),
    "Fler övergångsställen med refug på Hagsätravägen": (
        "Ta fram förslag på övergångsställe med refug på Hagsätravägen",
        "Anna Lindqvist",
        "2026-06-12",
        "Trafikmätning vecka 16 som underlag till trafiknämnden",
        ActionStatus.NOT_STARTED,
    ),
    "Hämta-och-lämna-zon 300 meter från skolan, sista biten går man": (
        "Pröva en hämta-och-lämna-zon vid Hagsätra torg i fyra veckor",
        "Mehmet Yilmaz",
        "2026-09-30",
        "Informera föräldrarna i veckobrevet före sommarlovet",
        ActionStatus.NOT_STARTED,
    ),
}
LINKED_ACTIONS = 3
FOLLOW_UP = (
    "Återkoppla resultatet till alla deltagare och elevrådet",
    "Innovationsenheten",
    "2026-03-27",
    "Skicka rapporten och handlingsplanen",
    ActionStatus.NOT_STARTED,
)


def _chosen_ideas(lib: Library, workshop_id: str) -> list[str]:
    """The ideas to act on: the dot vote's winners, best first; without a vote, the planned ideas."""
    texts = {idea.id: idea.text for idea in ideas.list_ideas(lib, workshop_id)}
    dot_round = next(
        (
            r
            for r in voting.list_rounds(lib, workshop_id)
            if r.method == VotingMethod.DOTS and r.target == VotingTarget.IDEAS
        ),
        None,
    )
    if dot_round is not None:
        ranked = [r.item_id for r in voting.winners(lib, dot_round.id, len(PLANS))]
    else:
        by_text = {text: idea_id for idea_id, text in texts.items()}
        ranked = [by_text[text] for text in PLANS if text in by_text]
    return [idea_id for idea_id in ranked if texts.get(idea_id) in PLANS][:LINKED_ACTIONS]


def _draft(plan: tuple[str, str, str, str, ActionStatus], people: dict[str, str]) -> dict[str, Any]:
    title, owner, due, next_step, status = plan
    who = {"owner_id": people[owner]} if owner in people else {"owner_text": owner}
    return {"title": title, "due_date": due, "next_step": next_step, "status": status, **who}


def add_demo_actions(lib: Library, workshop_id: str) -> ChangeSet:
    """A few agreed actions, linked to the winning ideas, with owners, due dates and next steps."""
    with lib.atomic():
        texts = {idea.id: idea.text for idea in ideas.list_ideas(lib, workshop_id)}
        people = {p.name: p.id for p in participants.list_participants(lib, workshop_id)}
        drafts = [
            {**_draft(PLANS[texts[idea_id]], people), "idea_id": idea_id}
            for idea_id in _chosen_ideas(lib, workshop_id)
        ]
        drafts.append(_draft(FOLLOW_UP, people))
        _, changes = actions.add_many(lib, workshop_id, drafts)
    return changes


def add_demo_run(lib: Library, workshop_id: str) -> ChangeSet:
    """Everything of the run itself: the framing and the action plan (after the votes exist)."""
    return add_demo_framing(lib, workshop_id) | add_demo_actions(lib, workshop_id)
