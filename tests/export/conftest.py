"""A fully run workshop for the export tests: the demo plus framing, clusters, tags, three voting rounds
(dots, a paper tally on clusters, impact/effort scoring), ballots, merged duplicates, actions and an agenda
that really ran. Other engineers build the services for these areas; the tests write them as one import."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from workshop.domain.action import Action, ActionStatus
from workshop.domain.cluster import Cluster
from workshop.domain.framing import FramingItem, FramingKind
from workshop.domain.ids import new_id
from workshop.domain.snapshot import WorkshopSnapshot
from workshop.domain.tags import SustainabilityTag
from workshop.domain.voting import (
    Ballot,
    BallotState,
    RoundStatus,
    Vote,
    VotingMethod,
    VotingRound,
    VotingTarget,
)
from workshop.domain.workshop import WorkshopStatus
from workshop.services import snapshot as snapshot_service
from workshop.services.demo import create_demo
from workshop.services.import_workshop import import_snapshot
from workshop.store.library import Library

RICH_TITLE = "Rapporttest: Tryggare skolvägar"


def enrich(base: WorkshopSnapshot) -> WorkshopSnapshot:
    """The demo as it looks after a whole day: deterministic, so tests can name what they expect."""
    base = base.with_new_ids()
    wid = base.workshop.id
    people, ideas = base.participants, base.ideas
    cluster_titles = ["Trygga gångvägar", "Cykla till skolan", "Färre bilar vid skolan", "Elevernas röst"]
    clusters = tuple(
        Cluster(
            new_id(),
            wid,
            title,
            colour="#88aadd",
            x=100.0 * n,
            y=50.0,
            width=300.0,
            height=200.0,
            position=n,
            created_at="2026-03-14T10:00:00.000+00:00",
        )
        for n, title in enumerate(cluster_titles)
    )
    placed = []
    for n, idea in enumerate(ideas):
        cluster = clusters[n % 4].id if n < 36 else None
        placed.append(dataclasses.replace(idea, cluster_id=cluster, board_x=10.0 * n, board_y=20.0))
    placed[5] = dataclasses.replace(placed[5], merged_into=placed[1].id, cluster_id=placed[1].cluster_id)
    ideas = tuple(placed)
    tags = {
        ideas[0].id: (SustainabilityTag.SOCIAL,),
        ideas[2].id: (SustainabilityTag.ECOLOGICAL, SustainabilityTag.SOCIAL),
    }
    stamp = "2026-03-14T13:00:00.000+00:00"
    dots = VotingRound(
        new_id(),
        wid,
        "Prickröstning idéer",
        VotingMethod.DOTS,
        dots_per_person=5,
        max_per_item=3,
        status=RoundStatus.CLOSED,
        revealed=True,
        position=0,
        created_at=stamp,
    )
    tally = VotingRound(
        new_id(),
        wid,
        "Pappersprickar grupper",
        VotingMethod.TALLY,
        target=VotingTarget.CLUSTERS,
        status=RoundStatus.CLOSED,
        position=1,
        created_at=stamp,
    )
    scoring = VotingRound(
        new_id(),
        wid,
        "Nytta och insats",
        VotingMethod.SCORING,
        criterion_a="Nytta",
        criterion_b="Insats",
        status=RoundStatus.OPEN,
        position=2,
        created_at=stamp,
    )
    votes: list[Vote] = []
    ballots: list[Ballot] = []
    for p_number, person in enumerate(people):
        ballots.append(
            Ballot(dots.id, person.id, BallotState.DONE if p_number < 10 else BallotState.WAITING, stamp)
        )
        if p_number < 10:
            spread = [0, 1, 2, 3, 4, 6, 7, 8]  # index 5 is the merged duplicate: its dots count for idea 1
            for k, index in enumerate((5, spread[p_number % 8], spread[(p_number + 3) % 8])):
                votes.append(
                    Vote(new_id(), dots.id, ideas[index].id, person.id, dots=1 + (k == 0), created_at=stamp)
                )
    for n, cluster in enumerate(clusters):
        votes.append(Vote(new_id(), tally.id, cluster.id, None, dots=12 - 3 * n, created_at=stamp))
    for n in range(6):
        votes.append(
            Vote(
                new_id(),
                scoring.id,
                ideas[n + 10].id,
                None,
                score_a=1 + (n * 2) % 5,
                score_b=1 + (n * 3) % 5,
                created_at=stamp,
            )
        )
    start = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)
    agenda = []
    for n, item in enumerate(base.agenda):
        begin = start + timedelta(minutes=sum(a.planned_minutes for a in base.agenda[:n]))
        took = item.planned_minutes + (5 if n == 2 else -2 if n == 3 else 0)
        ran = n < len(base.agenda) - 1
        agenda.append(
            dataclasses.replace(
                item,
                started_at=begin.isoformat(timespec="milliseconds") if ran else "",
                ended_at=(begin + timedelta(minutes=took)).isoformat(timespec="milliseconds") if ran else "",
                extra_minutes=5 if n == 2 else 0,
            )
        )
    actions = (
        Action(
            new_id(),
            wid,
            "Starta gående skolbuss på Hagsätravägen",
            idea_id=ideas[0].id,
            owner_id=people[1].id,
            due_date="2026-05-01",
            next_step="Bjud in föräldrar till möte",
            status=ActionStatus.IN_PROGRESS,
            position=0,
            created_at=stamp,
        ),
        Action(
            new_id(),
            wid,
            "Utred skolgata vid entrén",
            cluster_id=clusters[2].id,
            owner_text="Trafikkontoret",
            due_date="2026-09-30",
            next_step="Trafikmätning under två veckor",
            position=1,
            created_at=stamp,
        ),
        Action(
            new_id(),
            wid,
            "Trygghetsvandring i oktober",
            owner_id=people[3].id,
            owner_text="samordnar",
            status=ActionStatus.NOT_STARTED,
            position=2,
            created_at=stamp,
        ),
    )
    framing = (
        FramingItem(new_id(), wid, FramingKind.TARGET_GROUP, "Elever i årskurs 1–9 och deras föräldrar", 0),
        FramingItem(new_id(), wid, FramingKind.CONSTRAINT, "Budget under 500 000 kr det första året", 1),
        FramingItem(
            new_id(), wid, FramingKind.SUCCESS_CRITERION, "Hälften av eleverna går eller cyklar 2027", 2
        ),
    )
    workshop = dataclasses.replace(
        base.workshop,
        title=RICH_TITLE,
        status=WorkshopStatus.FINISHED,
        problem_statement="Många barn skjutsas till skolan med bil, vilket gör skolvägen mindre trygg "
        "för dem som går och cyklar.",
        context="Hagsätra skola har 600 elever. Trafiken på Hagsätravägen är tät mellan 07.30 och 08.15.",
    )
    return dataclasses.replace(
        base,
        workshop=workshop,
        clusters=clusters,
        ideas=ideas,
        tags=tags,
        voting_rounds=(dots, tally, scoring),
        votes=tuple(votes),
        ballots=tuple(ballots),
        agenda=tuple(agenda),
        actions=actions,
        framing=framing,
    )


def make_rich(library: Library) -> WorkshopSnapshot:
    demo, _ = create_demo(library)
    workshop, _ = import_snapshot(library, enrich(snapshot_service.load(library, demo.id)))
    return snapshot_service.load(library, workshop.id)


@pytest.fixture
def rich(library: Library) -> WorkshopSnapshot:
    """The enriched workshop, stored in the test's library and read back as a snapshot."""
    return make_rich(library)
