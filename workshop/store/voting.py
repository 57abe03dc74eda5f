"""Ballot and vote queries beyond plain CRUD: one participant's ballot, one idea's votes, who was where."""

from __future__ import annotations

from collections.abc import Iterable

from workshop.domain.voting import Ballot, Vote
from workshop.store.library import Library
from workshop.store.records import from_row, to_row
from workshop.store.tables import VOTES

_VOTE_ORDER = "created_at, rowid"


def votes_for_round(lib: Library, round_id: str) -> list[Vote]:
    rows = lib.db["votes"].rows_where("round_id = ?", [round_id], order_by=_VOTE_ORDER)
    return [from_row(Vote, row) for row in rows]


def votes_of(lib: Library, round_id: str, participant_id: str | None) -> list[Vote]:
    """One participant's votes in a round; None: the paper tally or the group's scores."""
    if participant_id is None:
        where, args = "round_id = ? AND participant_id IS NULL", [round_id]
    else:
        where, args = "round_id = ? AND participant_id = ?", [round_id, participant_id]
    rows = lib.db["votes"].rows_where(where, args, order_by=_VOTE_ORDER)
    return [from_row(Vote, row) for row in rows]


def votes_on_items(lib: Library, item_ids: Iterable[str]) -> list[Vote]:
    """Every vote (in any round) on these ideas or clusters: item_id has no foreign key to follow."""
    ids = list(item_ids)
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = lib.db["votes"].rows_where(f"item_id IN ({marks})", ids, order_by=_VOTE_ORDER)
    return [from_row(Vote, row) for row in rows]


def votes_by_participant(lib: Library, participant_id: str) -> list[Vote]:
    rows = lib.db["votes"].rows_where("participant_id = ?", [participant_id], order_by=_VOTE_ORDER)
    return [from_row(Vote, row) for row in rows]


def insert_votes(lib: Library, votes: Iterable[Vote]) -> None:
    for vote in votes:
        VOTES.insert(lib, vote)


def delete_votes(lib: Library, votes: Iterable[Vote]) -> None:
    for vote in votes:
        VOTES.delete(lib, vote.id)


def ballots_for_round(lib: Library, round_id: str) -> list[Ballot]:
    rows = lib.db["ballots"].rows_where("round_id = ?", [round_id], order_by="rowid")
    return [from_row(Ballot, row) for row in rows]


def ballot(lib: Library, round_id: str, participant_id: str) -> Ballot | None:
    rows = list(
        lib.db["ballots"].rows_where(
            "round_id = ? AND participant_id = ?", [round_id, participant_id], limit=1
        )
    )
    return from_row(Ballot, rows[0]) if rows else None


def ballots_by_participant(lib: Library, participant_id: str) -> list[Ballot]:
    rows = lib.db["ballots"].rows_where("participant_id = ?", [participant_id], order_by="rowid")
    return [from_row(Ballot, row) for row in rows]


def put_ballot(lib: Library, value: Ballot) -> None:
    lib.db.table("ballots").insert(to_row(value), replace=True)


def delete_ballot(lib: Library, round_id: str, participant_id: str) -> None:
    lib.db.execute(
        "DELETE FROM ballots WHERE round_id = ? AND participant_id = ?", [round_id, participant_id]
    )


def clear_on_screen(lib: Library, workshop_id: str) -> None:
    lib.db.execute("UPDATE voting_rounds SET on_screen = 0 WHERE workshop_id = ?", [workshop_id])


def merged_ideas(lib: Library, workshop_id: str) -> dict[str, str]:
    """Duplicate idea -> the note it was merged into, for counting their votes together."""
    rows = lib.db.execute(
        "SELECT id, merged_into FROM ideas WHERE workshop_id = ? AND merged_into IS NOT NULL", [workshop_id]
    )
    return {row[0]: row[1] for row in rows.fetchall()}


def idea_items(lib: Library, workshop_id: str) -> list[tuple[str, str, str | None]]:
    """(id, text, author) of the ideas a round votes on, in board order; a merged duplicate lives inside the
    note it was merged into. Three columns, not whole records: every ballot (a phone's too) reads them."""
    rows = lib.db.execute(
        "SELECT id, text, author_id FROM ideas WHERE workshop_id = ? AND merged_into IS NULL"
        " ORDER BY position, rowid",
        [workshop_id],
    )
    return [(row[0], row[1], row[2]) for row in rows.fetchall()]


def cluster_authors(lib: Library, workshop_id: str) -> dict[str, list[str | None]]:
    """The authors of the ideas in each cluster, for the own-idea rule on cluster rounds."""
    rows = lib.db.execute(
        "SELECT cluster_id, author_id FROM ideas WHERE workshop_id = ? AND cluster_id IS NOT NULL",
        [workshop_id],
    )
    out: dict[str, list[str | None]] = {}
    for cluster_id, author_id in rows.fetchall():
        out.setdefault(cluster_id, []).append(author_id)
    return out
