# ruff: noqa: T201 - a command-line module prints its results
"""The command line: list, demo, export, import, backups. No Qt is imported here.

Parsing is cheap, because the window's start-up parses its arguments with the same parser: this module
imports only argparse. What a command does lives in :mod:`workshop.commands` and is imported when the
command runs (with it, reportlab, the importers, the demo or the backups).

Exit status: 0 success, 1 a one-line error on stderr, 2 wrong usage (argparse).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from workshop import APP_NAME, __version__

if TYPE_CHECKING:
    from workshop.domain.language import Language

# command → (module in workshop.commands, function): the function takes (args, library, language).
COMMANDS: dict[str, tuple[str, str]] = {
    "list": ("library", "list_workshops"),
    "demo": ("library", "make_demo"),
    "export": ("exchange", "export_workshop"),
    "import": ("exchange", "import_workshop"),
    "room": ("room", "serve_room"),
}


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The parsed command line; ``command`` is None when the window is to open.

    The usual start of the window (no arguments, or only ``--data-dir``/``--lang``) is parsed without
    building the parsers of the commands (~4 ms of the window's start-up), and in its plainest forms
    without argparse at all (~2 ms more); anything else, including help, a command or a mistake, goes to
    the full parser and gets its answers and messages.
    """
    plain = window_options(argv)
    if plain is not None:
        return plain
    return _parse_with_argparse(argv)


WINDOW_OPTIONS = {"--data-dir": "data_dir", "--lang": "lang"}
LANGUAGES = ("sv", "en")


def window_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The window's own options when they are given plainly (each at most once, ``--name value`` or
    ``--name=value``, a known language); None for anything else, which argparse then reads. The answer
    is the one argparse gives for the same arguments."""
    found: dict[str, str | None] = dict.fromkeys(WINDOW_OPTIONS.values())
    tokens = list(argv)
    while tokens:
        name, equals, value = tokens.pop(0).partition("=")
        key = WINDOW_OPTIONS.get(name)
        if key is None or found[key] is not None:
            return None
        if not equals:
            if not tokens or tokens[0].startswith("-"):
                return None
            value = tokens.pop(0)
        if not value or (key == "lang" and value not in LANGUAGES):
            return None
        found[key] = value
    return argparse.Namespace(**found, command=None)


def _parse_with_argparse(argv: Sequence[str]) -> argparse.Namespace:
    options = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    _add_global_options(options)
    try:
        args, rest = options.parse_known_args(list(argv))
    except argparse.ArgumentError:
        rest = list(argv)
    if rest:
        return build_parser().parse_args(list(argv))
    args.command = None
    return args


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ideverkstad",
        description=f"{APP_NAME}: run innovation workshops offline. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    listing = sub.add_parser("list", help="list the workshops in the library")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.add_argument("--trash", action="store_true", help="list the workshops in the trash instead")
    make_demo = sub.add_parser("demo", help="create the demo workshop 'Tryggare skolvägar'")
    make_demo.add_argument("--title", help="title of the demo workshop (default: Tryggare skolvägar)")
    _add_exchange_parsers(sub)
    _add_backups_parser(sub)
    room = sub.add_parser("room", help="serve a workshop's room of phones without a window (Ctrl+C stops)")
    room.add_argument("workshop", metavar="WORKSHOP", help="the workshop's id or exact title")
    room.add_argument("--host", metavar="H", help="address to listen on (default: every address)")
    room.add_argument("--port", metavar="P", type=int, help="port (default: the last one, else a free one)")
    return parser


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder of the library (default: the per-user data folder; or set IDEVERKSTAD_DATA_DIR)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="language of messages (default: the system's)")


def _add_exchange_parsers(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser("export", help="write the report PDF, the exchange JSON and/or the pipeline CSV")
    export.add_argument("workshop", metavar="WORKSHOP", help="the workshop's id or exact title")
    export.add_argument("--pdf", metavar="FILE", help="the summary report (with the data attached)")
    export.add_argument("--json", metavar="FILE", help="the exchange file (format ideverkstad-workshop 1)")
    export.add_argument("--csv", metavar="FILE", help="the ideas for the city's pipeline (Decidim CSV)")
    export.add_argument(
        "--proposals-json", metavar="FILE", help="the same ideas as Decidim's JSON proposal import"
    )
    export.add_argument("--meeting", metavar="FILE", help="Decidim's meeting report, as text for its form")
    export.add_argument("--meeting-json", metavar="FILE", help="Decidim's meeting report, as JSON")
    export.add_argument(
        "--anonymize", "--anonymise", action="store_true", help="leave out participants' names"
    )
    export.add_argument(
        "--report-lang",
        "--lang",
        dest="report_lang",
        choices=["sv", "en"],
        help="language of the report and CSV (default: the workshop's)",
    )
    importing = sub.add_parser("import", help="import a workshop from an exchange JSON or a report PDF")
    importing.add_argument("file", metavar="FILE", help="a .json exchange file or a .pdf made by Idéverkstad")
    importing.add_argument("--as-copy", action="store_true", help="import with new ids, beside the original")


def _add_backups_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("backups", help="list backups, make one, or restore from one")
    actions = parser.add_subparsers(dest="backups_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the backups with their time and the workshops in them")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    actions.add_parser("make", help="make a backup now")
    restore = actions.add_parser(
        "restore", help="restore the whole library, or one workshop with --workshop, from a backup"
    )
    restore.add_argument(
        "backup", metavar="BACKUP", help="the backup's number or file name in the list, or a path"
    )
    restore.add_argument(
        "--workshop", metavar="ID", help="restore only this workshop into the current library"
    )


def system_language() -> Language:
    """The system's language: the one rule in :mod:`workshop.domain.language`, also used by the window."""
    from workshop.domain.language import system_language as from_system

    return from_system()


def run(args: argparse.Namespace) -> int:
    """Run one parsed command against the library; return the exit status."""
    from workshop.domain.errors import ValidationError
    from workshop.domain.language import Language
    from workshop.store.errors import LibraryError
    from workshop.store.library import Library, discard_if_unused
    from workshop.store.location import library_path, resolve_data_dir

    lang = Language(args.lang) if args.lang else system_language()
    try:
        path = library_path(resolve_data_dir(args.data_dir))
        if args.command == "backups":  # works on the file: also when the library is damaged or replaced
            from workshop.commands.backups import run_backups

            return run_backups(args, path, lang)
        module_name, function_name = COMMANDS[args.command]
        command = getattr(importlib.import_module(f"workshop.commands.{module_name}"), function_name)
        made_now = not path.exists()
        status = 1
        try:
            with Library.open(path) as lib:
                status = command(args, lib, lang)
        finally:
            if status != 0 and made_now and path.exists():
                discard_if_unused(path)  # a failed command (an import of a bad file) leaves no new library
        return status
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
