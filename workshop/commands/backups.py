# ruff: noqa: T201 - a command-line module prints its results
"""The ``backups`` command of the CLI: list the backups, make one, restore a workshop or the library.

It works on the library *file*, not an open library: listing and restoring the whole library must work
when the library cannot be opened (damaged), and replacing it needs it closed.
No Qt is imported here.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from workshop.domain.language import Language
from workshop.services import backups
from workshop.store.errors import LibraryError
from workshop.store.library import Library


def _say(lang: Language, sv: str, en: str) -> str:
    return sv if lang == Language.SV else en


def _local(backup: backups.Backup) -> str:
    return backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def run_backups(args: argparse.Namespace, library_path: Path, lang: Language) -> int:
    """Run ``backups ACTION``. LibraryError and ValidationError are reported by the caller."""
    if args.backups_command == "list":
        return _list(args, backups.list_backups(library_path), lang)
    if args.backups_command == "make":
        with Library.open(library_path) as lib:
            made = backups.make_backup(lib)
        print(_say(lang, "Säkerhetskopia gjord", "Backup made") + f": {made.path}")
        return 0
    backup = backups.find_backup(library_path, args.backup)
    if args.workshop:
        with Library.open(library_path) as lib:
            restored, _ = backups.restore_workshop(lib, backup, args.workshop, language=lang)
        print(_say(lang, "Workshop återställd", "Workshop restored") + f": {restored} ({_local(backup)})")
        return 0
    moved = backups.restore_library(library_path, backup)
    print(_say(lang, "Biblioteket återställt från", "Library restored from") + f" {_local(backup)}.")
    if moved is not None:
        print(
            _say(lang, "Det tidigare biblioteket sparades som", "The previous library was kept as")
            + f" {moved}"
        )
    return 0


def _list(args: argparse.Namespace, listed: list[backups.Backup], lang: Language) -> int:
    rows: list[dict[str, Any]] = []
    for number, backup in enumerate(listed, start=1):
        try:
            stored = [vars(w) for w in backup.contents()]
            readable = True
        except LibraryError:  # an unreadable backup is listed as such, not fatal
            stored, readable = [], False
        rows.append(
            {
                "number": number,
                "name": backup.name,
                "taken_at": backup.taken_at.isoformat(),
                "size": backup.size,
                "readable": readable,
                "workshops": stored,
            }
        )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(_say(lang, "Inga säkerhetskopior ännu.", "No backups yet."))
        return 0
    for backup, row in zip(listed, rows, strict=True):
        state = "" if row["readable"] else _say(lang, "  (går inte att läsa)", "  (cannot be read)")
        print(
            f"{row['number']:>3}  {_local(backup)}  {max(1, backup.size // 1024):>6} kB  {backup.name}{state}"
        )
        for w in row["workshops"]:
            trash = _say(lang, "  (i papperskorgen)", "  (in the trash)") if w["in_trash"] else ""
            date = w["date"] or "----------"
            print(
                f"       {w['id']}  {date}  {w['participants']:>3} p  {w['ideas']:>4} i  {w['title']}{trash}"
            )
    return 0
