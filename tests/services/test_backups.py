"""Automatic backups: consistent, checked copies; the rolling set; restoring a workshop or the library."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from workshop.domain.errors import NotFoundError
from workshop.domain.workshop import Workshop
from workshop.services import actions, backups, ideas, participants, workshops
from workshop.store.errors import LibraryError, Problem
from workshop.store.library import Library

T0 = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)


def _rows(lib: Library, sql: str, *params: object) -> list[tuple[object, ...]]:
    return [tuple(r) for r in lib.db.execute(sql, list(params)).fetchall()]


def test_backup_is_a_healthy_copy_listing_its_workshops(library: Library, demo: Workshop) -> None:
    made = backups.make_backup(library, now=T0)
    assert made.path.parent == library.path.parent / "backups"
    assert made.healthy()
    [stored] = made.contents()
    assert (stored.title, stored.participants, stored.ideas) == (demo.title, 12, 45)
    assert backups.list_backups(library.path) == [made]


def test_backup_taken_while_another_connection_writes_is_consistent(library: Library, demo: Workshop) -> None:
    other = Library.open(library.path)
    try:
        other.db.conn.execute("BEGIN IMMEDIATE")
        other.db.execute("UPDATE ideas SET text = 'half-done' WHERE workshop_id = ?", [demo.id])
        made = backups.make_backup(library, now=T0)  # the uncommitted write must not be in the copy
        other.db.conn.rollback()
    finally:
        other.close()
    with Library.open(made.path) as copy:
        texts = {t for (t,) in _rows(copy, "SELECT text FROM ideas")}
    assert "half-done" not in texts
    assert len(texts) == 45


def test_restore_a_purged_workshop_brings_back_everything_with_its_ids(
    library: Library, demo: Workshop
) -> None:
    person = participants.list_participants(library, demo.id)[0]
    idea = ideas.list_ideas(library, demo.id)[0]
    actions.add(library, demo.id, "Prata med rektorn", idea_id=idea.id, owner_id=person.id)
    library.db.execute("INSERT INTO idea_tags (idea_id, tag) VALUES (?, 'social')", [idea.id])
    before = {
        t: _rows(library, f"SELECT * FROM {t} ORDER BY rowid") for t in ("ideas", "actions", "idea_tags")
    }
    made = backups.make_backup(library, now=T0)
    workshops.move_to_trash(library, demo.id)
    workshops.purge(library, demo.id)
    assert workshops.list_workshops(library) == []

    restored, changes = backups.restore_workshop(library, made, demo.id)

    assert restored == demo.id
    assert changes.workshop_id == demo.id
    assert workshops.get(library, demo.id).title == demo.title
    for table, rows in before.items():
        assert sorted(_rows(library, f"SELECT * FROM {table}")) == sorted(rows), table
    assert library.integrity_ok()
    assert _rows(library, "PRAGMA foreign_key_check") == []


def test_restoring_a_workshop_that_still_exists_adds_a_copy_beside_it(
    library: Library, demo: Workshop
) -> None:
    made = backups.make_backup(library, now=T0)
    ideas.add(library, demo.id, "Skriven efter säkerhetskopian")

    restored, _ = backups.restore_workshop(library, made, demo.id)

    assert restored != demo.id
    copy = workshops.get(library, restored)
    assert copy.title == f"{demo.title} (återställd)"
    assert ideas.count(library, demo.id) == 46  # the current workshop is untouched
    assert ideas.count(library, restored) == 45
    copied_authors = {i.author_id for i in ideas.list_ideas(library, restored)} - {None}
    own_people = {p.id for p in participants.list_participants(library, restored)}
    assert copied_authors
    assert copied_authors <= own_people
    assert _rows(library, "PRAGMA foreign_key_check") == []


def test_restore_of_unknown_workshop_changes_nothing(library: Library, demo: Workshop) -> None:
    made = backups.make_backup(library, now=T0)
    with pytest.raises(NotFoundError):
        backups.restore_workshop(library, made, "no-such-id")
    assert len(workshops.list_workshops(library)) == 1


def _fake(folder: Path, taken: datetime, size: int = 100) -> backups.Backup:
    return backups.Backup(folder / f"library-{taken.strftime(backups.STAMP)}.sqlite", taken, size)


def test_rolling_set_keeps_recent_ones_and_one_a_day(tmp_path: Path) -> None:
    now = T0
    hourly = [_fake(tmp_path, now - timedelta(hours=h)) for h in range(24 * 40)]  # 40 days, every hour
    kept = backups.choose_kept(hourly, now=now)
    assert kept[: backups.KEEP_RECENT] == hourly[: backups.KEEP_RECENT]
    days = [b.taken_at.date() for b in kept[backups.KEEP_RECENT :]]
    assert len(days) == len(set(days))  # one a day beyond the recent ones
    assert min(b.taken_at for b in kept) >= now - timedelta(days=backups.KEEP_DAYS + 1)
    assert len(kept) <= backups.KEEP_RECENT + backups.KEEP_DAYS + 1


def test_rolling_set_is_bounded_in_size_but_keeps_the_newest(tmp_path: Path) -> None:
    big = backups.MAX_TOTAL_BYTES // 3
    listed = [_fake(tmp_path, T0 - timedelta(days=d), size=big) for d in range(10)]
    kept = backups.choose_kept(listed, now=T0)
    assert kept == listed[:3]
    huge = [_fake(tmp_path, T0, size=backups.MAX_TOTAL_BYTES * 2)]
    assert backups.choose_kept(huge, now=T0) == huge


def test_prune_removes_files_the_policy_drops(library: Library) -> None:
    for minute in range(backups.KEEP_RECENT + 3):
        backups.make_backup(library, now=T0 + timedelta(minutes=minute))
    listed = backups.list_backups(library.path)
    assert len(listed) == backups.KEEP_RECENT  # all on one day: the recent ones already cover it
    assert listed[0].taken_at == T0 + timedelta(minutes=backups.KEEP_RECENT + 2)
    assert listed[-1].taken_at == T0 + timedelta(minutes=3)


def test_backup_clock_is_due_only_after_a_change_and_the_period() -> None:
    clock = backups.BackupClock(last_backup=T0)
    assert not clock.due(T0 + timedelta(hours=5))  # nothing changed
    clock.note_change()
    assert not clock.due(T0 + backups.PERIOD - timedelta(seconds=1))
    assert clock.due(T0 + backups.PERIOD)
    clock.done(T0 + backups.PERIOD)
    assert not clock.due(T0 + 3 * backups.PERIOD)


def test_restore_library_keeps_the_replaced_file(library: Library, demo: Workshop) -> None:
    made = backups.make_backup(library, now=T0)
    ideas.add(library, demo.id, "Bara i det nuvarande biblioteket")
    path = library.path
    library.close()
    moved = backups.restore_library(path, made)
    assert moved is not None
    assert moved.exists()
    assert "replaced" in moved.name
    with Library.open(moved) as old, Library.open(path) as new:
        assert ideas.count(old, demo.id) == 46
        assert ideas.count(new, demo.id) == 45
    library.conn = Library.open(path).conn  # the fixture closes it again
    library._db = None


def test_a_library_open_in_a_window_is_not_replaced(library: Library, demo: Workshop) -> None:
    made = backups.make_backup(library, now=T0)
    ideas.add(library, demo.id, "Skrivet i fönstret som fortfarande är öppet")
    with pytest.raises(LibraryError) as raised:
        backups.restore_library(library.path, made)
    assert raised.value.problem == Problem.LOCKED
    assert "in use" in raised.value.message("en")
    assert not [p for p in library.path.parent.iterdir() if ".replaced-" in p.name]
    assert ideas.count(library, demo.id) == 46  # the open library goes on as it was
    ideas.add(library, demo.id, "Och det går att fortsätta skriva")


def _damage(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.seek(100)  # the first page's b-tree: the schema itself
        handle.write(b"\xff" * 2000)


def test_damaged_library_recovers_from_the_newest_good_backup(library: Library, demo: Workshop) -> None:
    good = backups.make_backup(library, now=T0)
    bad = backups.make_backup(library, now=T0 + timedelta(minutes=1))
    _damage(bad.path)
    path = library.path
    library.close()
    _damage(path)
    with pytest.raises(LibraryError) as raised:
        Library.open(path)
    assert raised.value.problem == Problem.DAMAGED

    recovery = backups.recover_damaged_library(path)

    assert recovery.restored_from == good
    assert recovery.damaged_moved_to is not None
    assert recovery.damaged_moved_to.exists()
    assert "damaged" in recovery.damaged_moved_to.name
    with Library.open(path) as lib:
        assert lib.integrity_ok()
        assert ideas.count(lib, demo.id) == 45
    library.conn = Library.open(path).conn
    library._db = None


def test_no_good_backup_means_a_clear_error_and_nothing_moved(library_path: Path) -> None:
    library_path.parent.mkdir(parents=True)
    library_path.write_bytes(b"not a database at all")
    with pytest.raises(LibraryError):
        backups.recover_damaged_library(library_path)
    assert library_path.read_bytes() == b"not a database at all"


def test_backup_folder_that_cannot_be_written_is_a_library_error(library: Library) -> None:
    (library.path.parent / "backups").write_text("a file where the folder should be")
    with pytest.raises(LibraryError) as raised:
        backups.make_backup(library, now=T0)
    assert raised.value.problem == Problem.FOLDER_NOT_WRITABLE
