"""Headless commands: list, demo, export, import, backups. No Qt is imported here.

Building the parser is cheap (the window's start-up parses its arguments with it too); what a command
needs (reportlab, the importers, the demo, the backups) is imported when that command runs.

Exit status: 0 success, 1 a one-line error on stderr, 2 wrong usage (argparse).
"""

from __future__ import annotations

import argparse
import json
import locale
import os
import sys
from collections.abc import Callable, Sequence

from workshop import APP_NAME, __version__
from workshop.cli.backup_commands import add_backups_parser, run_backups
from workshop.cli.exchange_commands import add_exchange_parsers, export_command, import_command
from workshop.domain.errors import ValidationError
from workshop.domain.language import Language
from workshop.services import workshops
from workshop.store.errors import LibraryError
from workshop.store.library import Library
from workshop.store.location import library_path, resolve_data_dir

Command = Callable[[argparse.Namespace, Library, Language], int]
COMMANDS: dict[str, Command] = {}


def command(name: str) -> Callable[[Command], Command]:
    def register(func: Command) -> Command:
        COMMANDS[name] = func
        return func

    return register


def system_language() -> Language:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(var):
            return Language.parse(os.environ[var], Language.EN)
    code = locale.getlocale()[0]
    return Language.parse(code, Language.EN)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ideverkstad",
        description=f"{APP_NAME}: run innovation workshops offline. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder of the library (default: the per-user data folder; or set IDEVERKSTAD_DATA_DIR)",
    )
    parser.add_argument("--lang", choices=["sv", "en"], help="language of messages (default: the system's)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    listing = sub.add_parser("list", help="list the workshops in the library")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.add_argument("--trash", action="store_true", help="list the workshops in the trash instead")
    make_demo = sub.add_parser("demo", help="create the demo workshop 'Tryggare skolvägar'")
    make_demo.add_argument("--title", help="title of the demo workshop (default: Tryggare skolvägar)")
    add_exchange_parsers(sub)
    add_backups_parser(sub)
    return parser


@command("list")
def list_command(args: argparse.Namespace, lib: Library, lang: Language) -> int:
    rows = workshops.list_workshops(lib, trash=args.trash)
    if args.json:
        data = [
            {
                "id": s.workshop.id,
                "title": s.workshop.title,
                "date": s.workshop.date,
                "status": s.workshop.status.value,
                "language": s.workshop.language.value,
                "participants": s.participants,
                "ideas": s.ideas,
                "in_trash": s.workshop.in_trash,
            }
            for s in rows
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("Inga workshoppar." if lang == Language.SV else "No workshops.")
        return 0
    for s in rows:
        w = s.workshop
        date = w.date or "----------"
        print(f"{w.id}  {date}  {w.status.value:<8}  {s.participants:>3} p  {s.ideas:>4} i  {w.title}")
    return 0


@command("demo")
def demo_command(args: argparse.Namespace, lib: Library, lang: Language) -> int:
    from workshop.services import demo  # deferred: the demo's many modules are not needed to open the window

    workshop, _ = demo.create_demo(lib, demo.DEMO_TITLE if args.title is None else args.title)
    done = "Demoworkshop skapad" if lang == Language.SV else "Demo workshop created"
    print(f"{done}: {workshop.title} ({workshop.id})")
    return 0


command("export")(export_command)
command("import")(import_command)


def run(args: argparse.Namespace) -> int:
    """Run one parsed command against the library; return the exit status."""
    lang = Language(args.lang) if args.lang else system_language()
    data_dir = resolve_data_dir(args.data_dir)
    try:
        if args.command == "backups":  # works on the file: also when the library is damaged or replaced
            return run_backups(args, library_path(data_dir), lang)
        with Library.open(library_path(data_dir)) as lib:
            return COMMANDS[args.command](args, lib, lang)
    except LibraryError as error:
        print(f"ideverkstad: {error.message(lang)}", file=sys.stderr)
        return 1
    except ValidationError as error:
        print(f"ideverkstad: {error.message(lang)}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"ideverkstad: {error.strerror or error}: {error.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not args.command:
        print("ideverkstad: no command given (see --help)", file=sys.stderr)
        return 2
    return run(args)
