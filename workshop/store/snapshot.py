"""Read a whole workshop in one go, and write one back (import).

Votes and ballots have no ``workshop_id`` column, so they are reached through their rounds here; idea
tags are a plain link table. Everything else goes through the typed record sets in tables.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from workshop.domain.snapshot import WorkshopSnapshot
from workshop.domain.tags import SustainabilityTag
from workshop.domain.voting import Ballot, Vote
from workshop.store.library import Library
from workshop.store.records import column_names, from_row, insert_sql, row_values
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


def _insert_records(lib: Library, table: str, items: Sequence[object], *, unlinked: str = "") -> None:
    """Insert records of one type in one executemany, numbering positions (if they have one) in list order.

    *unlinked*: a column written as NULL, to be set afterwards (a link to a record of the same table).
    """
    if not items:
        return
    columns = column_names(type(items[0]))
    rows = [row_values(item) for item in items]
    if "position" in columns:
        at = columns.index("position")
        for position, row in enumerate(rows):
            row[at] = position
    if unlinked:
        at = columns.index(unlinked)
        for row in rows:
            row[at] = None
    lib.db.conn.executemany(insert_sql(table, columns), rows)


def insert(lib: Library, snapshot: WorkshopSnapshot) -> None:
    """Write every record of *snapshot*; positions follow the order of each list. Call inside atomic()."""
    db = lib.db
    _insert_records(lib, WORKSHOPS.table, [snapshot.workshop])
    for table, items in (
        (PARTICIPANTS.table, snapshot.participants),
        (AGENDA.table, snapshot.agenda),
        (QUESTIONS.table, snapshot.questions),
        (FRAMING.table, snapshot.framing),
        (CLUSTERS.table, snapshot.clusters),
    ):
        _insert_records(lib, table, items)
    # Merged duplicates point at other ideas: insert ideas first without the link, then set it.
    _insert_records(lib, IDEAS.table, snapshot.ideas, unlinked="merged_into")
    for idea in snapshot.ideas:
        if idea.merged_into:
            db.execute("UPDATE ideas SET merged_into = ? WHERE id = ?", [idea.merged_into, idea.id])
    tag_rows = [(idea_id, tag.value) for idea_id, tags in snapshot.tags.items() for tag in tags]
    lib.db.conn.executemany("INSERT INTO idea_tags (idea_id, tag) VALUES (?, ?)", tag_rows)
    _insert_records(lib, VOTING_ROUNDS.table, snapshot.voting_rounds)
    _insert_records(lib, "ballots", snapshot.ballots)
    _insert_records(lib, "votes", snapshot.votes)
    _insert_records(lib, ACTIONS.table, snapshot.actions)
