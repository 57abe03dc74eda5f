"""Idea queries beyond plain CRUD."""

from __future__ import annotations

from workshop.store.library import Library


def authored_by(lib: Library, participant_id: str) -> list[str]:
    rows = lib.db.execute("SELECT id FROM ideas WHERE author_id = ? ORDER BY position", [participant_id])
    return [row[0] for row in rows.fetchall()]


def set_author(lib: Library, idea_ids: list[str], participant_id: str | None) -> None:
    for idea_id in idea_ids:
        lib.db.execute("UPDATE ideas SET author_id = ? WHERE id = ?", [participant_id, idea_id])


def for_question(lib: Library, question_id: str) -> list[str]:
    rows = lib.db.execute("SELECT id FROM ideas WHERE question_id = ? ORDER BY position", [question_id])
    return [row[0] for row in rows.fetchall()]


def set_question(lib: Library, idea_ids: list[str], question_id: str | None) -> None:
    for idea_id in idea_ids:
        lib.db.execute("UPDATE ideas SET question_id = ? WHERE id = ?", [question_id, idea_id])
