"""A large, fully run workshop built in memory for the export benchmarks (not a benchmark itself)."""

from __future__ import annotations

from workshop.domain.action import Action
from workshop.domain.agenda import AgendaItem, PhaseKind
from workshop.domain.cluster import Cluster
from workshop.domain.idea import Idea
from workshop.domain.ids import new_id
from workshop.domain.participant import Participant
from workshop.domain.question import Question
from workshop.domain.snapshot import WorkshopSnapshot
from workshop.domain.voting import RoundStatus, Vote, VotingMethod, VotingRound
from workshop.domain.workshop import Workshop

STAMP = "2026-03-14T10:00:00.000+00:00"
WORDS = [
    "trygg", "skolväg", "cykelbana", "belysning", "övergångsställe", "föräldrar", "elever", "buss",
    "parkering", "tunnel", "vinterväghållning", "skylt", "fartgräns", "samåkning", "lekgata",
]  # fmt: skip


def idea_text(n: int) -> str:
    picked = [WORDS[(n * 7 + k * 3) % len(WORDS)] for k in range(10 + n % 8)]
    return f"Idé {n}: " + " ".join(picked).capitalize() + " – så att fler barn går och cyklar."


def big_workshop(ideas: int, rounds: int = 10, people: int = 20, clusters: int = 10) -> WorkshopSnapshot:
    wid = new_id()
    workshop = Workshop(
        wid,
        "Benchmark: Tryggare skolvägar",
        goal="Fler barn ska gå och cykla.",
        date="2026-03-14",
        location="Hagsätra",
        facilitator="Lena Ström",
        created_at=STAMP,
        updated_at=STAMP,
    )
    persons = tuple(
        Participant(
            new_id(),
            wid,
            f"Person {n}",
            organisation=f"Förvaltning {n % 6}",
            role="Deltagare",
            position=n,
            created_at=STAMP,
        )
        for n in range(people)
    )
    question = Question(new_id(), wid, "Hur skulle vi kunna göra skolvägen trygg?", True)
    groups = tuple(
        Cluster(new_id(), wid, f"Grupp {n}", position=n, created_at=STAMP) for n in range(clusters)
    )
    made = tuple(
        Idea(
            new_id(),
            wid,
            idea_text(n),
            description="Beskrivning av idén. " * (n % 4),
            author_id=persons[n % people].id,
            question_id=question.id,
            cluster_id=groups[n % clusters].id if n % 5 else None,
            position=n,
            created_at=STAMP,
            updated_at=STAMP,
        )
        for n in range(ideas)
    )
    voting_rounds = tuple(
        VotingRound(
            new_id(),
            wid,
            f"Omgång {r + 1}",
            VotingMethod.DOTS,
            status=RoundStatus.CLOSED,
            position=r,
            created_at=STAMP,
        )
        for r in range(rounds)
    )
    votes = tuple(
        Vote(
            new_id(),
            vr.id,
            made[(p * 37 + k * 101 + r * 13) % ideas].id,
            persons[p].id,
            dots=1 + k % 2,
            created_at=STAMP,
        )
        for r, vr in enumerate(voting_rounds)
        for p in range(people)
        for k in range(3)
    )
    agenda = tuple(
        AgendaItem(new_id(), wid, PhaseKind.IDEAS, f"Fas {n}", planned_minutes=15, position=n)
        for n in range(8)
    )
    actions = tuple(
        Action(
            new_id(),
            wid,
            f"Åtgärd {n}",
            idea_id=made[n].id,
            owner_id=persons[n % people].id,
            next_step="Boka möte",
            position=n,
            created_at=STAMP,
        )
        for n in range(20)
    )
    return WorkshopSnapshot(
        workshop=workshop,
        participants=persons,
        agenda=agenda,
        questions=(question,),
        clusters=groups,
        ideas=made,
        voting_rounds=voting_rounds,
        votes=votes,
        actions=actions,
    )
