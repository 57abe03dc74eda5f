"""The exchange file: a whole workshop as one JSON object (format ``ideverkstad-workshop``, version 1).

It travels to another laptop, into the city's pipeline, and inside the PDF report. The shape is fixed by
``resources/exchange.schema.json``; ids are the store's UUIDs, times UTC ISO-8601, lists are in the order
the facilitator arranged them. :func:`to_document` writes it; :func:`from_document` reads a document that
already passed the schema (see import_file.py) back into a snapshot, filling in what a minimal file omits.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

from workshop import __version__
from workshop.domain.action import Action, ActionStatus
from workshop.domain.agenda import AgendaItem, PhaseKind
from workshop.domain.cluster import Cluster
from workshop.domain.framing import FramingItem, FramingKind
from workshop.domain.idea import Idea
from workshop.domain.ids import new_id, now_iso
from workshop.domain.language import Language
from workshop.domain.participant import Participant
from workshop.domain.question import Question
from workshop.domain.rounds import Round, store_rounds
from workshop.domain.snapshot import WorkshopSnapshot
from workshop.domain.tags import SustainabilityTag
from workshop.domain.voting import (
    Ballot,
    BallotState,
    RoundStatus,
    ScoringBy,
    Vote,
    VotingMethod,
    VotingRound,
    VotingTarget,
)
from workshop.domain.workshop import Workshop, WorkshopStatus

FORMAT = "ideverkstad-workshop"
FORMAT_VERSION = 1
FRAMING_LISTS = {
    FramingKind.TARGET_GROUP: "target_groups",
    FramingKind.CONSTRAINT: "constraints",
    FramingKind.SUCCESS_CRITERION: "success_criteria",
}


def to_document(snapshot: WorkshopSnapshot, *, exported_at: str | None = None) -> dict[str, Any]:
    """The exchange document of *snapshot* (already anonymised if the export asks for that)."""
    w = snapshot.workshop
    framing: dict[str, Any] = {"problem_statement": w.problem_statement, "context": w.context}
    for kind, key in FRAMING_LISTS.items():
        framing[key] = [{"id": f.id, "text": f.text} for f in snapshot.framing if f.kind == kind]
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": exported_at or now_iso(),
        "app_version": __version__,
        "workshop": {
            "id": w.id,
            "title": w.title,
            "goal": w.goal,
            "language": w.language.value,
            "date": w.date,
            "location": w.location,
            "facilitator": w.facilitator,
            "organisation": w.organisation,
            "status": w.status.value,
            "framing": framing,
        },
        "agenda": [
            {
                "id": a.id,
                "kind": a.kind.value,
                "title": a.title,
                "instructions": a.instructions,
                "planned_minutes": a.planned_minutes,
                "extra_minutes": a.extra_minutes,
                "started_at": a.started_at,
                "ended_at": a.ended_at,
                "method": a.method,
                "facilitator_notes": a.facilitator_notes,
                "rounds": [
                    {"minutes": r.minutes, "extra_minutes": r.extra_minutes, "text": r.text}
                    for r in a.round_list()
                ],
            }
            for a in snapshot.agenda
        ],
        "participants": [
            {
                "id": p.id,
                "name": p.name,
                "organisation": p.organisation,
                "role": p.role,
                "present": p.present,
                "created_at": p.created_at,
            }
            for p in snapshot.participants
        ],
        "questions": [{"id": q.id, "text": q.text, "focus": q.focus} for q in snapshot.questions],
        "clusters": [
            {
                "id": c.id,
                "title": c.title,
                "colour": c.colour,
                "board": {"x": c.x, "y": c.y, "width": c.width, "height": c.height},
                "created_at": c.created_at,
            }
            for c in snapshot.clusters
        ],
        "ideas": [
            {
                "id": i.id,
                "text": i.text,
                "description": i.description,
                "question_id": i.question_id,
                "cluster_id": i.cluster_id,
                "author_id": i.author_id,
                "merged_into": i.merged_into,
                "tags": [t.value for t in snapshot.tags.get(i.id, ())],
                "revealed": i.revealed,
                "board": None if i.board_x is None or i.board_y is None else {"x": i.board_x, "y": i.board_y},
                "created_at": i.created_at,
                "updated_at": i.updated_at,
            }
            for i in snapshot.ideas
        ],
        "voting_rounds": [_round_document(snapshot, r) for r in snapshot.voting_rounds],
        "actions": [
            {
                "id": a.id,
                "title": a.title,
                "idea_id": a.idea_id,
                "cluster_id": a.cluster_id,
                "owner_id": a.owner_id,
                "owner_text": a.owner_text,
                "due_date": a.due_date,
                "next_step": a.next_step,
                "status": a.status.value,
                "created_at": a.created_at,
            }
            for a in snapshot.actions
        ],
    }


def _round_document(snapshot: WorkshopSnapshot, r: VotingRound) -> dict[str, Any]:
    return {
        "id": r.id,
        "title": r.title,
        "method": r.method.value,
        "target": r.target.value,
        "rules": {
            "dots_per_person": r.dots_per_person,
            "max_per_item": r.max_per_item,
            "allow_own": r.allow_own,
            "anonymous": r.anonymous,
            "criterion_a": r.criterion_a,
            "criterion_b": r.criterion_b,
            "scoring_by": r.scoring_by.value,
        },
        "status": r.status.value,
        "revealed": r.revealed,
        "created_at": r.created_at,
        "ballots": [
            {"participant_id": b.participant_id, "state": b.state.value, "updated_at": b.updated_at}
            for b in snapshot.ballots_in(r.id)
        ],
        "votes": [
            {
                "id": v.id,
                "item_id": v.item_id,
                "participant_id": v.participant_id,
                "dots": v.dots,
                "score_a": v.score_a,
                "score_b": v.score_b,
                "created_at": v.created_at,
            }
            for v in snapshot.votes_in(r.id)
        ],
    }


def to_bytes(document: dict[str, Any]) -> bytes:
    """The file's bytes: UTF-8 JSON, keys in the documented order, on one line (any editor formats JSON).

    Written by orjson (~7x faster than the json module on a big workshop). Text from the library is
    always valid Unicode; anything else that slipped into a snapshot (a lone surrogate), which orjson
    refuses, goes through the json module and becomes U+FFFD rather than failing the export.
    """
    try:
        return orjson.dumps(document)
    except TypeError:
        return json.dumps(document, ensure_ascii=False).encode("utf-8", errors="replace")


def from_document(document: dict[str, Any]) -> WorkshopSnapshot:
    """A snapshot from a schema-valid document. Records are not yet validated (see import_file.py)."""
    stamp = now_iso()
    w = document["workshop"]
    framing_doc = w.get("framing") or {}
    workshop_id = w.get("id") or new_id()
    workshop = Workshop(
        id=workshop_id,
        title=w["title"],
        goal=w.get("goal", ""),
        language=Language(w.get("language", Language.SV.value)),
        date=w.get("date", ""),
        location=w.get("location", ""),
        facilitator=w.get("facilitator", ""),
        organisation=w.get("organisation", ""),
        status=WorkshopStatus(w.get("status", WorkshopStatus.DRAFT.value)),
        created_at=stamp,
        updated_at=stamp,
        problem_statement=framing_doc.get("problem_statement", ""),
        context=framing_doc.get("context", ""),
    )
    framing = [
        FramingItem(f.get("id") or new_id(), workshop_id, kind, f["text"])
        for kind, key in FRAMING_LISTS.items()
        for f in framing_doc.get(key, [])
    ]
    rounds: list[VotingRound] = []
    ballots: list[Ballot] = []
    votes: list[Vote] = []
    for r in document.get("voting_rounds", []):
        rules = r.get("rules", {})
        rounds.append(
            VotingRound(
                id=r["id"],
                workshop_id=workshop_id,
                title=r["title"],
                method=VotingMethod(r["method"]),
                target=VotingTarget(r.get("target", VotingTarget.IDEAS.value)),
                dots_per_person=rules.get("dots_per_person", 5),
                max_per_item=rules.get("max_per_item", 3),
                allow_own=rules.get("allow_own", True),
                anonymous=rules.get("anonymous", True),
                criterion_a=rules.get("criterion_a", ""),
                criterion_b=rules.get("criterion_b", ""),
                scoring_by=ScoringBy(rules.get("scoring_by", ScoringBy.EACH.value)),
                status=RoundStatus(r.get("status", RoundStatus.OPEN.value)),
                revealed=r.get("revealed", False),
                created_at=r.get("created_at") or stamp,
            )
        )
        ballots.extend(
            Ballot(
                r["id"], b["participant_id"], BallotState(b.get("state", "waiting")), b.get("updated_at", "")
            )
            for b in r.get("ballots", [])
        )
        votes.extend(
            Vote(
                id=v.get("id") or new_id(),
                round_id=r["id"],
                item_id=v["item_id"],
                participant_id=v.get("participant_id"),
                dots=v.get("dots", 0),
                score_a=v.get("score_a"),
                score_b=v.get("score_b"),
                created_at=v.get("created_at", ""),
            )
            for v in r.get("votes", [])
        )
    return WorkshopSnapshot(
        workshop=workshop,
        participants=tuple(
            Participant(
                id=p["id"],
                workshop_id=workshop_id,
                name=p["name"],
                organisation=p.get("organisation", ""),
                role=p.get("role", ""),
                present=p.get("present", False),
                created_at=p.get("created_at", ""),
            )
            for p in document.get("participants", [])
        ),
        agenda=tuple(
            AgendaItem(
                id=a.get("id") or new_id(),
                workshop_id=workshop_id,
                kind=PhaseKind(a["kind"]),
                title=a["title"],
                instructions=a.get("instructions", ""),
                planned_minutes=a.get("planned_minutes", 10),
                extra_minutes=a.get("extra_minutes", 0),
                started_at=a.get("started_at", ""),
                ended_at=a.get("ended_at", ""),
                method=a.get("method", ""),
                facilitator_notes=a.get("facilitator_notes", ""),
                rounds=store_rounds([Round(**r) for r in a.get("rounds", [])]),
            )
            for a in document.get("agenda", [])
        ),
        questions=tuple(
            Question(q["id"], workshop_id, q["text"], q.get("focus", False))
            for q in document.get("questions", [])
        ),
        framing=tuple(framing),
        clusters=tuple(
            Cluster(
                id=c["id"],
                workshop_id=workshop_id,
                title=c.get("title", ""),
                colour=c.get("colour", ""),
                x=(c.get("board") or {}).get("x", 0.0),
                y=(c.get("board") or {}).get("y", 0.0),
                width=(c.get("board") or {}).get("width", 0.0),
                height=(c.get("board") or {}).get("height", 0.0),
                created_at=c.get("created_at", ""),
            )
            for c in document.get("clusters", [])
        ),
        ideas=tuple(_idea(i, workshop_id, stamp) for i in document["ideas"]),
        tags={
            i["id"]: tuple(SustainabilityTag(t) for t in dict.fromkeys(i["tags"]))
            for i in document["ideas"]
            if i.get("tags")
        },
        voting_rounds=tuple(rounds),
        ballots=tuple(ballots),
        votes=tuple(votes),
        actions=tuple(
            Action(
                id=a.get("id") or new_id(),
                workshop_id=workshop_id,
                title=a["title"],
                idea_id=a.get("idea_id"),
                cluster_id=a.get("cluster_id"),
                owner_id=a.get("owner_id"),
                owner_text=a.get("owner_text", ""),
                due_date=a.get("due_date", ""),
                next_step=a.get("next_step", ""),
                status=ActionStatus(a.get("status", ActionStatus.NOT_STARTED.value)),
                created_at=a.get("created_at") or stamp,
            )
            for a in document.get("actions", [])
        ),
    )


def _idea(i: dict[str, Any], workshop_id: str, stamp: str) -> Idea:
    board = i.get("board") or {}
    return Idea(
        id=i["id"],
        workshop_id=workshop_id,
        text=i["text"],
        description=i.get("description", ""),
        author_id=i.get("author_id"),
        question_id=i.get("question_id"),
        cluster_id=i.get("cluster_id"),
        merged_into=i.get("merged_into"),
        revealed=i.get("revealed", True),
        board_x=board.get("x"),
        board_y=board.get("y"),
        created_at=i.get("created_at") or stamp,
        updated_at=i.get("updated_at") or i.get("created_at") or stamp,
    )
