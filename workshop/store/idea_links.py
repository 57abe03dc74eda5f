"""What points at an idea: actions carrying it forward (actions.idea_id) and duplicates merged into it
(ideas.merged_into). Both foreign keys are ON DELETE SET NULL, so removing an idea silently unlinks them;
these queries let the remove/undo pair capture the links first and put them back afterwards."""

from __future__ import annotations

from workshop.store.library import Library


def linked_actions(lib: Library, idea_id: str) -> list[str]:
    rows = lib.db.execute("SELECT id FROM actions WHERE idea_id = ? ORDER BY position", [idea_id]).fetchall()
    return [row[0] for row in rows]


def merged_duplicates(lib: Library, idea_id: str) -> list[str]:
    rows = lib.db.execute(
        "SELECT id FROM ideas WHERE merged_into = ? ORDER BY position", [idea_id]
    ).fetchall()
    return [row[0] for row in rows]


def relink(lib: Library, idea_id: str, action_ids: tuple[str, ...], duplicate_ids: tuple[str, ...]) -> None:
    """Point the actions and duplicates at the idea again; rows removed meanwhile are skipped, and a
    duplicate that was merged elsewhere meanwhile stays where the facilitator put it."""
    for action_id in action_ids:
        lib.db.execute(
            "UPDATE actions SET idea_id = ? WHERE id = ? AND idea_id IS NULL", [idea_id, action_id]
        )
    for duplicate_id in duplicate_ids:
        lib.db.execute(
            "UPDATE ideas SET merged_into = ? WHERE id = ? AND merged_into IS NULL", [idea_id, duplicate_id]
        )
