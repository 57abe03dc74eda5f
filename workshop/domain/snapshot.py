"""Everything about one workshop at one moment, as plain immutable data.

The report, the exchange file and the pipeline CSV are all written from a snapshot. It is read in one
transaction, so the three agree with each other, and it is frozen, so a worker thread can lay out a PDF
from it while the facilitator keeps editing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from workshop.domain.action import Action
from workshop.domain.agenda import AgendaItem
from workshop.domain.cluster import Cluster
from workshop.domain.framing import FramingItem
from workshop.domain.idea import Idea
from workshop.domain.ids import new_id
from workshop.domain.language import Language
from workshop.domain.participant import Participant
from workshop.domain.personal_names import NameScrubber, name_key
from workshop.domain.question import Question
from workshop.domain.rounds import store_rounds
from workshop.domain.tags import SustainabilityTag
from workshop.domain.voting import Ballot, Vote, VotingMethod, VotingRound, VotingTarget
from workshop.domain.voting_rules import ItemResult, results
from workshop.domain.workshop import Workshop

PSEUDONYM = {Language.SV: "Deltagare {n}", Language.EN: "Participant {n}"}


@dataclass(frozen=True)
class WorkshopSnapshot:
    workshop: Workshop
    participants: tuple[Participant, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    questions: tuple[Question, ...] = ()
    framing: tuple[FramingItem, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    ideas: tuple[Idea, ...] = ()
    tags: Mapping[str, tuple[SustainabilityTag, ...]] = field(default_factory=dict)  # idea id → tags
    voting_rounds: tuple[VotingRound, ...] = ()
    ballots: tuple[Ballot, ...] = ()
    votes: tuple[Vote, ...] = ()
    actions: tuple[Action, ...] = ()
    anonymised: bool = False

    # ----- look-ups -------------------------------------------------------------------------------------
    @cached_property
    def participant_by_id(self) -> dict[str, Participant]:
        return {p.id: p for p in self.participants}

    @cached_property
    def idea_by_id(self) -> dict[str, Idea]:
        return {i.id: i for i in self.ideas}

    @cached_property
    def cluster_by_id(self) -> dict[str, Cluster]:
        return {c.id: c for c in self.clusters}

    @cached_property
    def question_by_id(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions}

    @cached_property
    def merged_into(self) -> dict[str, str]:
        """Duplicate idea id → the idea it was merged into."""
        return {i.id: i.merged_into for i in self.ideas if i.merged_into}

    @cached_property
    def visible_ideas(self) -> tuple[Idea, ...]:
        """Ideas that stand on their own (not merged into another)."""
        return tuple(i for i in self.ideas if not i.merged_into)

    @cached_property
    def _duplicates(self) -> dict[str, list[Idea]]:
        grouped: dict[str, list[Idea]] = {}
        for idea in self.ideas:
            if idea.merged_into:
                grouped.setdefault(idea.merged_into, []).append(idea)
        return grouped

    @cached_property
    def _by_cluster(self) -> dict[str | None, list[Idea]]:
        grouped: dict[str | None, list[Idea]] = {}
        for idea in self.visible_ideas:
            grouped.setdefault(idea.cluster_id, []).append(idea)
        return grouped

    def merged_duplicates(self, idea_id: str) -> list[Idea]:
        return list(self._duplicates.get(idea_id, ()))

    def ideas_in(self, cluster_id: str | None) -> list[Idea]:
        return list(self._by_cluster.get(cluster_id, ()))

    # ----- voting -----------------------------------------------------------------------------------------
    @cached_property
    def _votes_by_round(self) -> dict[str, list[Vote]]:
        grouped: dict[str, list[Vote]] = {}
        for vote in self.votes:
            grouped.setdefault(vote.round_id, []).append(vote)
        return grouped

    @cached_property
    def _ballots_by_round(self) -> dict[str, list[Ballot]]:
        grouped: dict[str, list[Ballot]] = {}
        for ballot in self.ballots:
            grouped.setdefault(ballot.round_id, []).append(ballot)
        return grouped

    def votes_in(self, round_id: str) -> list[Vote]:
        return list(self._votes_by_round.get(round_id, ()))

    def ballots_in(self, round_id: str) -> list[Ballot]:
        return list(self._ballots_by_round.get(round_id, ()))

    def items_of(self, voting_round: VotingRound) -> list[str]:
        if voting_round.target == VotingTarget.CLUSTERS:
            return [c.id for c in self.clusters]
        return [i.id for i in self.visible_ideas]

    @cached_property
    def _results(self) -> dict[str, list[ItemResult]]:
        return {}

    def round_results(self, voting_round: VotingRound) -> list[ItemResult]:
        """The round's results (computed once per snapshot: the snapshot never changes)."""
        if voting_round.id not in self._results:
            self._results[voting_round.id] = results(
                voting_round, self.votes_in(voting_round.id), self.items_of(voting_round), self.merged_into
            )
        return list(self._results[voting_round.id])

    @cached_property
    def idea_dots(self) -> dict[str, int]:
        """Dots per idea over all dot and tally rounds on ideas (a duplicate's dots count for its idea)."""
        totals = {i.id: 0 for i in self.visible_ideas}
        for voting_round in self.voting_rounds:
            if voting_round.method == VotingMethod.SCORING or voting_round.target != VotingTarget.IDEAS:
                continue
            for result in self.round_results(voting_round):
                totals[result.item_id] += result.dots
        return totals

    @cached_property
    def cluster_dots(self) -> dict[str, int]:
        """Dots given to clusters themselves in rounds that voted on clusters."""
        totals = {c.id: 0 for c in self.clusters}
        for voting_round in self.voting_rounds:
            if voting_round.method == VotingMethod.SCORING or voting_round.target != VotingTarget.CLUSTERS:
                continue
            for result in self.round_results(voting_round):
                totals[result.item_id] += result.dots
        return totals

    @property
    def total_dots(self) -> int:
        return sum(v.dots for v in self.votes)

    def top_ideas(self, limit: int = 5) -> list[tuple[Idea, int]]:
        """The ideas with the most dots, best first (ideas with no dots are not 'top')."""
        ranked = sorted(self.visible_ideas, key=lambda i: -self.idea_dots.get(i.id, 0))
        return [(i, self.idea_dots[i.id]) for i in ranked if self.idea_dots.get(i.id, 0) > 0][:limit]

    def item_title(self, item_id: str) -> str:
        if item_id in self.idea_by_id:
            return self.idea_by_id[item_id].text
        if item_id in self.cluster_by_id:
            return self.cluster_by_id[item_id].title
        return ""

    # ----- transformations --------------------------------------------------------------------------------
    def anonymise(self, language: Language) -> WorkshopSnapshot:
        """The same workshop with no participant's name in it, for reports that leave the room.

        Names become "Deltagare 1…", roles (often one person's job title) are dropped, organisations stay.
        Authorship is removed from ideas (who said what is the sensitive link). Votes and ballots keep
        their pseudonymous participant ids so counts and limits still add up. An action owner who is a
        participant is replaced by their organisation, because the city needs to know which unit carries
        the action, not which person. Any full name typed into free text is replaced by the pseudonym,
        by the one rule of :mod:`workshop.domain.personal_names` (any case, normalisation, diacritics).
        """
        pseudonyms = {
            p.id: PSEUDONYM[language].format(n=number) for number, p in enumerate(self.participants, 1)
        }
        scrub = NameScrubber.for_names({p.name: pseudonyms[p.id] for p in self.participants})
        by_name = {name_key(p.name): pseudonyms[p.id] for p in self.participants if name_key(p.name)}
        participants = tuple(
            dataclasses.replace(p, name=pseudonyms[p.id], role="", organisation=scrub(p.organisation))
            for p in self.participants
        )
        actions = []
        for action in self.actions:
            owner = self.participant_by_id.get(action.owner_id or "")
            owner_text = by_name.get(name_key(action.owner_text)) or scrub(action.owner_text)
            if owner is not None and owner.organisation:
                unit = scrub(owner.organisation)
                owner_text = f"{unit} ({owner_text})" if owner_text else unit
            actions.append(
                dataclasses.replace(
                    action,
                    owner_id=None,
                    owner_text=owner_text,
                    title=scrub(action.title),
                    next_step=scrub(action.next_step),
                )
            )
        workshop = dataclasses.replace(
            self.workshop,
            title=scrub(self.workshop.title),
            goal=scrub(self.workshop.goal),
            problem_statement=scrub(self.workshop.problem_statement),
            context=scrub(self.workshop.context),
            location=scrub(self.workshop.location),
            organisation=scrub(self.workshop.organisation),
            facilitator=scrub(self.workshop.facilitator),
        )
        return dataclasses.replace(
            self,
            workshop=workshop,
            participants=participants,
            agenda=tuple(
                dataclasses.replace(
                    a,
                    title=scrub(a.title),
                    instructions=scrub(a.instructions),
                    method=scrub(a.method),
                    facilitator_notes=scrub(a.facilitator_notes),
                    rounds=store_rounds(
                        [dataclasses.replace(r, text=scrub(r.text)) for r in a.round_list()]
                    ),
                )
                for a in self.agenda
            ),
            questions=tuple(dataclasses.replace(q, text=scrub(q.text)) for q in self.questions),
            framing=tuple(dataclasses.replace(f, text=scrub(f.text)) for f in self.framing),
            clusters=tuple(dataclasses.replace(c, title=scrub(c.title)) for c in self.clusters),
            ideas=tuple(
                dataclasses.replace(i, text=scrub(i.text), description=scrub(i.description), author_id=None)
                for i in self.ideas
            ),
            voting_rounds=tuple(
                dataclasses.replace(
                    r,
                    title=scrub(r.title),
                    criterion_a=scrub(r.criterion_a),
                    criterion_b=scrub(r.criterion_b),
                )
                for r in self.voting_rounds
            ),
            actions=tuple(actions),
            anonymised=True,
        )

    def with_new_ids(self) -> WorkshopSnapshot:
        """A copy where every record has a fresh id and every reference follows (import as a copy)."""
        fresh: dict[str, str] = {}

        def renew(old: str) -> str:
            fresh.setdefault(old, new_id())
            return fresh[old]

        def ref(old: str | None) -> str | None:
            return renew(old) if old else None

        workshop_id = renew(self.workshop.id)
        rounds = tuple(
            dataclasses.replace(r, id=renew(r.id), workshop_id=workshop_id) for r in self.voting_rounds
        )
        return dataclasses.replace(
            self,
            workshop=dataclasses.replace(self.workshop, id=workshop_id),
            participants=tuple(
                dataclasses.replace(p, id=renew(p.id), workshop_id=workshop_id) for p in self.participants
            ),
            agenda=tuple(
                dataclasses.replace(a, id=renew(a.id), workshop_id=workshop_id) for a in self.agenda
            ),
            questions=tuple(
                dataclasses.replace(q, id=renew(q.id), workshop_id=workshop_id) for q in self.questions
            ),
            framing=tuple(
                dataclasses.replace(f, id=renew(f.id), workshop_id=workshop_id) for f in self.framing
            ),
            clusters=tuple(
                dataclasses.replace(c, id=renew(c.id), workshop_id=workshop_id) for c in self.clusters
            ),
            ideas=tuple(
                dataclasses.replace(
                    i,
                    id=renew(i.id),
                    workshop_id=workshop_id,
                    author_id=ref(i.author_id),
                    question_id=ref(i.question_id),
                    cluster_id=ref(i.cluster_id),
                    merged_into=ref(i.merged_into),
                )
                for i in self.ideas
            ),
            tags={renew(idea_id): tags for idea_id, tags in self.tags.items()},
            voting_rounds=rounds,
            ballots=tuple(
                dataclasses.replace(b, round_id=renew(b.round_id), participant_id=renew(b.participant_id))
                for b in self.ballots
            ),
            votes=tuple(
                dataclasses.replace(
                    v,
                    id=renew(v.id),
                    round_id=renew(v.round_id),
                    item_id=renew(v.item_id),
                    participant_id=ref(v.participant_id),
                )
                for v in self.votes
            ),
            actions=tuple(
                dataclasses.replace(
                    a,
                    id=renew(a.id),
                    workshop_id=workshop_id,
                    idea_id=ref(a.idea_id),
                    cluster_id=ref(a.cluster_id),
                    owner_id=ref(a.owner_id),
                )
                for a in self.actions
            ),
        )

    def all_ids(self) -> dict[str, list[str]]:
        """Every record id, by table: what an import would add to the library."""
        return {
            "workshops": [self.workshop.id],
            "participants": [p.id for p in self.participants],
            "agenda_items": [a.id for a in self.agenda],
            "questions": [q.id for q in self.questions],
            "framing_items": [f.id for f in self.framing],
            "clusters": [c.id for c in self.clusters],
            "ideas": [i.id for i in self.ideas],
            "voting_rounds": [r.id for r in self.voting_rounds],
            "votes": [v.id for v in self.votes],
            "actions": [a.id for a in self.actions],
        }
