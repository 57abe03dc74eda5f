"""Read a whole workshop in one go, and write one back (import).

Votes and ballots have no ``workshop_id`` column, so they are reached through their rounds here; idea
tags are a plain link table. Everything else goes through the typed record sets in tables.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from workshop.domain.snapshot import WorkshopSnapshot
from workshop.domain.tags import SustainabilityTag
from workshop.domain.voting import Ballot, Vote
from workshop.store.library import Library
from workshop.store.records import from_row, to_row
from workshop.store.tables import (
    ACTIONS,
    AGENDA,
    CLUSTERS,
    FRAMING,
    IDEAS,
    PARTICIPANTS,
    QUESTIONS,
    VOTING_ROUNDS,
    WORKSHOPS,
)

_TAG_ORDER = {tag: number for number, tag in enumerate(SustainabilityTag)}

_VOTES_SQL = """
SELECT v.* FROM votes v JOIN voting_rounds r ON r.id = v.round_id
WHERE r.workshop_id = ? ORDER BY r.position, r.rowid, v.created_at, v.rowid
"""
_BALLOTS_SQL = """
SELECT b.* FROM ballots b JOIN voting_rounds r ON r.id = b.round_id
WHERE r.workshop_id = ? ORDER BY r.position, r.rowid, b.rowid
"""
_TAGS_SQL = """
SELECT t.idea_id, t.tag FROM idea_tags t JOIN ideas i ON i.id = t.idea_id WHERE i.workshop_id = ?
"""


def _dict_rows(lib: Library, sql: str, params: list[str]) -> list[dict[str, object]]:
    cursor = lib.db.execute(sql, params)
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, values, strict=True)) for values in cursor.fetchall()]


def load(lib: Library, workshop_id: str) -> WorkshopSnapshot | None:
    """The whole workshop, or None if there is no such workshop. Call inside one transaction."""
    workshop = WORKSHOPS.get(lib, workshop_id)
    if workshop is None:
        return None
    tags: dict[str, list[SustainabilityTag]] = defaultdict(list)
    for idea_id, tag in lib.db.execute(_TAGS_SQL, [workshop_id]).fetchall():
        tags[idea_id].append(SustainabilityTag(tag))
    return WorkshopSnapshot(
        workshop=workshop,
        participants=tuple(PARTICIPANTS.for_workshop(lib, workshop_id)),
        agenda=tuple(AGENDA.for_workshop(lib, workshop_id)),
        questions=tuple(QUESTIONS.for_workshop(lib, workshop_id)),
        framing=tuple(FRAMING.for_workshop(lib, workshop_id)),
        clusters=tuple(CLUSTERS.for_workshop(lib, workshop_id)),
        ideas=tuple(IDEAS.for_workshop(lib, workshop_id)),
        tags={idea_id: tuple(sorted(found, key=_TAG_ORDER.__getitem__)) for idea_id, found in tags.items()},
        voting_rounds=tuple(VOTING_ROUNDS.for_workshop(lib, workshop_id)),
        ballots=tuple(from_row(Ballot, row) for row in _dict_rows(lib, _BALLOTS_SQL, [workshop_id])),
        votes=tuple(from_row(Vote, row) for row in _dict_rows(lib, _VOTES_SQL, [workshop_id])),
        actions=tuple(ACTIONS.for_workshop(lib, workshop_id)),
    )


def taken_ids(lib: Library, snapshot: WorkshopSnapshot) -> dict[str, list[str]]:
    """The ids of *snapshot* that some record in the library already has, by table."""
    taken: dict[str, list[str]] = {}
    for table, ids in snapshot.all_ids().items():
        found: list[str] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            rows = lib.db.execute(f"SELECT id FROM [{table}] WHERE id IN ({marks})", chunk).fetchall()
            found.extend(row[0] for row in rows)
        if found:
            taken[table] = found
    return taken


def _insert_all(lib: Library, table: str, rows: Sequence[Mapping[str, object]]) -> None:
    """Plain executemany: sqlite-utils' insert_all inspects types row by row, 3x slower for an import."""
    if not rows:
        return
    columns = list(rows[0])
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" for _ in columns)
    lib.db.conn.executemany(
        f"INSERT INTO [{table}] ({names}) VALUES ({marks})", [[row[c] for c in columns] for row in rows]
    )


def insert(lib: Library, snapshot: WorkshopSnapshot) -> None:
    """Write every record of *snapshot*; positions follow the order of each list. Call inside atomic()."""
    db = lib.db

    def rows(items: tuple[object, ...]) -> list[dict[str, object]]:
        out = []
        for position, item in enumerate(items):
            row = to_row(item)
            if "position" in row:
                row["position"] = position
            out.append(row)
        return out

    _insert_all(lib, WORKSHOPS.table, [to_row(snapshot.workshop)])
    for table, items in (
        (PARTICIPANTS.table, snapshot.participants),
        (AGENDA.table, snapshot.agenda),
        (QUESTIONS.table, snapshot.questions),
        (FRAMING.table, snapshot.framing),
        (CLUSTERS.table, snapshot.clusters),
    ):
        if items:
            _insert_all(lib, table, rows(items))
    # Merged duplicates point at other ideas: insert ideas first without the link, then set it.
    idea_rows = rows(snapshot.ideas)
    for row in idea_rows:
        row["merged_into"] = None
    if idea_rows:
        _insert_all(lib, IDEAS.table, idea_rows)
    for idea in snapshot.ideas:
        if idea.merged_into:
            db.execute("UPDATE ideas SET merged_into = ? WHERE id = ?", [idea.merged_into, idea.id])
    tag_rows = [
        {"idea_id": idea_id, "tag": tag.value} for idea_id, tags in snapshot.tags.items() for tag in tags
    ]
    if tag_rows:
        _insert_all(lib, "idea_tags", tag_rows)
    if snapshot.voting_rounds:
        _insert_all(lib, VOTING_ROUNDS.table, rows(snapshot.voting_rounds))
    if snapshot.ballots:
        _insert_all(lib, "ballots", [to_row(b) for b in snapshot.ballots])
    if snapshot.votes:
        _insert_all(lib, "votes", [to_row(v) for v in snapshot.votes])
    if snapshot.actions:
        _insert_all(lib, ACTIONS.table, rows(snapshot.actions))
