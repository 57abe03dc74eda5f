"""The checks an import file must pass after the schema: the app's own rules and the references.

A file can have the right shape and still be wrong: a title of only spaces, a date like 2026-02-30, an
idea in a cluster that is not in the file, two votes by one person for one idea. Each such problem is
reported with the JSON path of the record, so the file can be fixed, and nothing is written.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Container, Iterable
from typing import TypeVar

from workshop.domain.errors import ValidationError
from workshop.domain.framing import FramingKind
from workshop.domain.language import Language
from workshop.domain.snapshot import WorkshopSnapshot
from workshop.domain.voting import VotingTarget
from workshop.domain.voting_rules import canonical_item
from workshop.export.exchange import FRAMING_LISTS
from workshop.export.import_problems import ImportProblem

T = TypeVar("T")


# The domain names a broken field in its own words; where that differs from the file's key, map it.
FIELD_KEYS = {
    "problem_statement": "framing.problem_statement",
    "context": "framing.context",
    "framing_item": "text",
    "question": "text",
    "action": "title",
    "owner": "owner_text",
}


def _invalid(path: str, error: ValidationError) -> ImportProblem:
    where = f"{path}.{FIELD_KEYS.get(error.field, error.field)}"
    return ImportProblem(
        where, "invalid", {"sv": error.message(Language.SV), "en": error.message(Language.EN)}
    )


PathOf = Callable[[int], str]  # the JSON path of record number n (built only when a problem is found)


def _at(prefix: str) -> PathOf:
    return lambda n: f"$.{prefix}[{n}]"


def _checked(items: Iterable[T], path_of: PathOf, problems: list[ImportProblem]) -> tuple[T, ...]:
    out = []
    for n, item in enumerate(items):
        try:
            out.append(item.validated())  # type: ignore[attr-defined]
        except ValidationError as error:
            problems.append(_invalid(path_of(n), error))
            out.append(item)
    return tuple(out)


def framing_paths(snapshot: WorkshopSnapshot) -> list[str]:
    seen: Counter[FramingKind] = Counter()
    paths = []
    for item in snapshot.framing:
        paths.append(f"$.workshop.framing.{FRAMING_LISTS[item.kind]}[{seen[item.kind]}]")
        seen[item.kind] += 1
    return paths


def validated_records(snapshot: WorkshopSnapshot) -> tuple[WorkshopSnapshot, list[ImportProblem]]:
    """The snapshot with every record cleaned by the domain's rules, and the records that broke them."""
    problems: list[ImportProblem] = []
    try:
        workshop = snapshot.workshop.validated()
    except ValidationError as error:
        problems.append(_invalid("$.workshop", error))
        workshop = snapshot.workshop
    checked = dataclasses.replace(
        snapshot,
        workshop=workshop,
        participants=_checked(snapshot.participants, _at("participants"), problems),
        agenda=_checked(snapshot.agenda, _at("agenda"), problems),
        questions=_checked(snapshot.questions, _at("questions"), problems),
        framing=_checked(snapshot.framing, framing_paths(snapshot).__getitem__, problems),
        clusters=_checked(snapshot.clusters, _at("clusters"), problems),
        ideas=_checked(snapshot.ideas, _at("ideas"), problems),
        actions=_checked(snapshot.actions, _at("actions"), problems),
    )
    return checked, problems


def _duplicates(ids: list[str], path_of: PathOf, field: str = "id") -> list[ImportProblem]:
    seen: set[str] = set()
    problems = []
    for n, item_id in enumerate(ids):
        if item_id in seen:
            problems.append(ImportProblem(f"{path_of(n)}.{field}", "duplicate_id", {"id": item_id}))
        seen.add(item_id)
    return problems


def check_references(s: WorkshopSnapshot) -> list[ImportProblem]:
    """Every id a record points at must be in the file; ids must be unique; one focus; one vote each."""
    problems: list[ImportProblem] = []
    for name, records in (
        ("participants", s.participants),
        ("agenda", s.agenda),
        ("questions", s.questions),
        ("clusters", s.clusters),
        ("ideas", s.ideas),
        ("voting_rounds", s.voting_rounds),
        ("actions", s.actions),
    ):
        problems += _duplicates([r.id for r in records], _at(name))
    problems += _duplicates([f.id for f in s.framing], framing_paths(s).__getitem__)

    def refs(
        prefix: str, records: Iterable[object], fields: tuple[tuple[str, str, Container[str]], ...]
    ) -> None:
        """For each record, each (attribute, kind of record it names, the ids of that kind in the file)."""
        for n, record in enumerate(records):
            for attribute, kind, known in fields:
                value = getattr(record, attribute)
                if value is not None and value not in known:
                    path = f"$.{prefix}[{n}].{attribute}"
                    problems.append(ImportProblem(path, "unknown_ref", {"kind": kind, "id": value}))

    people, ideas, clusters = s.participant_by_id, s.idea_by_id, s.cluster_by_id
    refs(
        "ideas",
        s.ideas,
        (
            ("author_id", "participant", people),
            ("question_id", "question", s.question_by_id),
            ("cluster_id", "cluster", clusters),
            ("merged_into", "idea", ideas),
        ),
    )
    for n, idea in enumerate(s.ideas):
        if idea.merged_into and canonical_item(idea.id, s.merged_into) in s.merged_into:
            problems.append(ImportProblem(f"$.ideas[{n}].merged_into", "merge_loop"))
    refs(
        "actions",
        s.actions,
        (
            ("idea_id", "idea", ideas),
            ("cluster_id", "cluster", clusters),
            ("owner_id", "participant", people),
        ),
    )
    vote_ids: set[str] = set()
    focused = [n for n, q in enumerate(s.questions) if q.focus]
    problems += [ImportProblem(f"$.questions[{n}].focus", "two_focus") for n in focused[1:]]
    for r_number, voting_round in enumerate(s.voting_rounds):
        prefix = f"$.voting_rounds[{r_number}]"
        items = clusters if voting_round.target == VotingTarget.CLUSTERS else ideas
        kind = "cluster" if voting_round.target == VotingTarget.CLUSTERS else "idea"
        ballots = s.ballots_in(voting_round.id)
        refs(f"{prefix[2:]}.ballots", ballots, (("participant_id", "participant", people),))
        voters: set[str] = set()
        for b_number, ballot in enumerate(ballots):
            if ballot.participant_id in voters:
                problems.append(ImportProblem(f"{prefix}.ballots[{b_number}]", "duplicate_ballot"))
            voters.add(ballot.participant_id)
        votes = s.votes_in(voting_round.id)
        refs(
            f"{prefix[2:]}.votes",
            votes,
            (("item_id", kind, items), ("participant_id", "participant", people)),
        )
        given: set[tuple[str, str]] = set()
        for v_number, vote in enumerate(votes):
            if vote.id in vote_ids:
                path = f"{prefix}.votes[{v_number}].id"
                problems.append(ImportProblem(path, "duplicate_id", {"id": vote.id}))
            vote_ids.add(vote.id)
            key = (vote.participant_id or "", vote.item_id)
            if key in given:
                problems.append(ImportProblem(f"{prefix}.votes[{v_number}]", "duplicate_vote"))
            given.add(key)
    return problems
