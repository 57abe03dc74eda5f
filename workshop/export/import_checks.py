"""The checks an import file must pass after the schema: the app's own rules and the references.

A file can have the right shape and still be wrong: a title of only spaces, a date like 2026-02-30, an
idea in a cluster that is not in the file, two votes by one person for one idea. Each such problem is
reported with the JSON path of the record, so the file can be fixed, and nothing is written.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable
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


def _checked(items: Iterable[T], paths: list[str], problems: list[ImportProblem]) -> tuple[T, ...]:
    out = []
    for item, path in zip(items, paths, strict=True):
        try:
            out.append(item.validated())  # type: ignore[attr-defined]
        except ValidationError as error:
            problems.append(_invalid(path, error))
            out.append(item)
    return tuple(out)


def framing_paths(snapshot: WorkshopSnapshot) -> list[str]:
    seen: Counter[FramingKind] = Counter()
    paths = []
    for item in snapshot.framing:
        paths.append(f"$.workshop.framing.{FRAMING_LISTS[item.kind]}[{seen[item.kind]}]")
        seen[item.kind] += 1
    return paths


def _indexed(prefix: str, count: int) -> list[str]:
    return [f"$.{prefix}[{n}]" for n in range(count)]


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
        participants=_checked(
            snapshot.participants, _indexed("participants", len(snapshot.participants)), problems
        ),
        agenda=_checked(snapshot.agenda, _indexed("agenda", len(snapshot.agenda)), problems),
        questions=_checked(snapshot.questions, _indexed("questions", len(snapshot.questions)), problems),
        framing=_checked(snapshot.framing, framing_paths(snapshot), problems),
        clusters=_checked(snapshot.clusters, _indexed("clusters", len(snapshot.clusters)), problems),
        ideas=_checked(snapshot.ideas, _indexed("ideas", len(snapshot.ideas)), problems),
        actions=_checked(snapshot.actions, _indexed("actions", len(snapshot.actions)), problems),
    )
    return checked, problems


def _duplicates(ids: list[str], paths: list[str], field: str = "id") -> list[ImportProblem]:
    seen: set[str] = set()
    problems = []
    for item_id, path in zip(ids, paths, strict=True):
        if item_id in seen:
            problems.append(ImportProblem(f"{path}.{field}", "duplicate_id", {"id": item_id}))
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
        problems += _duplicates([r.id for r in records], _indexed(name, len(records)))
    problems += _duplicates([f.id for f in s.framing], framing_paths(s))

    def ref(path: str, kind: str, value: str | None, known: Callable[[str], bool]) -> None:
        if value is not None and not known(value):
            problems.append(ImportProblem(path, "unknown_ref", {"kind": kind, "id": value}))

    people, ideas, clusters = s.participant_by_id, s.idea_by_id, s.cluster_by_id
    for n, idea in enumerate(s.ideas):
        ref(f"$.ideas[{n}].author_id", "participant", idea.author_id, people.__contains__)
        ref(f"$.ideas[{n}].question_id", "question", idea.question_id, s.question_by_id.__contains__)
        ref(f"$.ideas[{n}].cluster_id", "cluster", idea.cluster_id, clusters.__contains__)
        ref(f"$.ideas[{n}].merged_into", "idea", idea.merged_into, ideas.__contains__)
        if idea.merged_into and canonical_item(idea.id, s.merged_into) in s.merged_into:
            problems.append(ImportProblem(f"$.ideas[{n}].merged_into", "merge_loop"))
    for n, action in enumerate(s.actions):
        ref(f"$.actions[{n}].idea_id", "idea", action.idea_id, ideas.__contains__)
        ref(f"$.actions[{n}].cluster_id", "cluster", action.cluster_id, clusters.__contains__)
        ref(f"$.actions[{n}].owner_id", "participant", action.owner_id, people.__contains__)
    vote_ids: set[str] = set()
    focused = [n for n, q in enumerate(s.questions) if q.focus]
    problems += [ImportProblem(f"$.questions[{n}].focus", "two_focus") for n in focused[1:]]
    for r_number, voting_round in enumerate(s.voting_rounds):
        prefix = f"$.voting_rounds[{r_number}]"
        items = clusters if voting_round.target == VotingTarget.CLUSTERS else ideas
        kind = "cluster" if voting_round.target == VotingTarget.CLUSTERS else "idea"
        voters: set[str] = set()
        for b_number, ballot in enumerate(s.ballots_in(voting_round.id)):
            b_path = f"{prefix}.ballots[{b_number}]"
            ref(f"{b_path}.participant_id", "participant", ballot.participant_id, people.__contains__)
            if ballot.participant_id in voters:
                problems.append(ImportProblem(b_path, "duplicate_ballot"))
            voters.add(ballot.participant_id)
        given: set[tuple[str, str]] = set()
        votes = s.votes_in(voting_round.id)
        for v_number, vote in enumerate(votes):
            path = f"{prefix}.votes[{v_number}]"
            if vote.id in vote_ids:
                problems.append(ImportProblem(f"{path}.id", "duplicate_id", {"id": vote.id}))
            vote_ids.add(vote.id)
            ref(f"{path}.item_id", kind, vote.item_id, items.__contains__)
            ref(f"{path}.participant_id", "participant", vote.participant_id, people.__contains__)
            key = (vote.participant_id or "", vote.item_id)
            if key in given:
                problems.append(ImportProblem(path, "duplicate_vote"))
            given.add(key)
    return problems
