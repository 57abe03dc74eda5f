"""The `export` and `import` commands of the command line (parsed in workshop/cli.py).

    ideverkstad export WORKSHOP [--pdf FILE] [--json FILE] [--csv FILE] [--proposals-json FILE]
                                [--meeting FILE] [--meeting-json FILE] [--anonymize] [--lang sv|en]
    ideverkstad import FILE [--as-copy]

WORKSHOP is an id or an exact title. Exit status: 0 done, 1 a problem (not found, ambiguous title, a
file that does not pass the checks, a workshop already in the library), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from workshop.domain.ids import now_iso
from workshop.domain.language import Language
from workshop.services import workshops
from workshop.store.errors import error_for_os_error
from workshop.store.library import Library

MAX_LISTED_PROBLEMS = 50


def _say(lang: Language, sv: str, en: str) -> str:
    return sv if lang == Language.SV else en


def _fail(message: str) -> int:
    print(f"ideverkstad: {message}", file=sys.stderr)
    return 1


def export_workshop(args: argparse.Namespace, lib: Library, lang: Language) -> int:
    from workshop.export import decidim_meeting, decidim_proposals, exchange, pdf_report, pipeline_csv
    from workshop.export.atomic_write import write_atomically
    from workshop.services import snapshot as snapshot_service

    decidim_files = (args.proposals_json, args.meeting, args.meeting_json)
    if not (args.pdf or args.json or args.csv or any(decidim_files)):
        flags = "--pdf, --json, --csv, --proposals-json, --meeting, --meeting-json"
        print(
            _say(lang, f"ideverkstad: ange minst en av {flags}", f"ideverkstad: give one or more of {flags}"),
            file=sys.stderr,
        )
        return 2
    found = [w for w in workshops.find(lib, args.workshop) if not w.in_trash] or workshops.find(
        lib, args.workshop
    )
    if not found:
        return _fail(
            _say(
                lang,
                f"ingen workshop med id eller titel \u201d{args.workshop}\u201d",
                f"no workshop with id or title \u201c{args.workshop}\u201d",
            )
        )
    if len(found) > 1 and not any(w.id == args.workshop for w in found):
        ids = ", ".join(w.id for w in found)
        return _fail(
            _say(
                lang,
                f"flera workshoppar heter \u201d{args.workshop}\u201d; ange ett id: {ids}",
                f"several workshops are called \u201c{args.workshop}\u201d; give an id: {ids}",
            )
        )
    chosen = next((w for w in found if w.id == args.workshop), found[0])
    snapshot = snapshot_service.load(lib, chosen.id)
    report_lang = Language(args.report_lang) if args.report_lang else snapshot.workshop.language
    if args.anonymize:
        snapshot = snapshot.anonymise(report_lang)
    stamp = now_iso()
    # Everything is made first: a problem while making a file (a bug, a missing font) is not a file that
    # could not be written. Then each is written, and one that cannot be is named with the reason.
    options = pipeline_csv.PipelineOptions(language=report_lang)
    makers: list[tuple[str | None, Callable[[], bytes]]] = [
        (args.json, lambda: exchange.to_bytes(exchange.to_document(snapshot, exported_at=stamp))),
        (args.csv, lambda: pipeline_csv.to_bytes(snapshot, options)),
        (args.proposals_json, lambda: decidim_proposals.to_bytes(snapshot, options)),
        (args.meeting, lambda: decidim_meeting.text_bytes(snapshot, report_lang)),
        (args.meeting_json, lambda: decidim_meeting.json_bytes(snapshot, report_lang)),
        (args.pdf, lambda: pdf_report.report_bytes(snapshot, language=report_lang, exported_at=stamp)),
    ]
    outputs = [(target, make()) for target, make in makers if target]
    for target, data in outputs:
        try:  # a full disk, a read-only folder: said in words, naming the file
            write_atomically(target, data)
        except OSError as error:
            raise error_for_os_error(error, target) from error
    written = ", ".join(path for path in (args.pdf, args.json, args.csv, *decidim_files) if path)
    print(
        _say(
            lang,
            f"Exporterade \u201d{snapshot.workshop.title}\u201d till {written}",
            f"Exported \u201c{snapshot.workshop.title}\u201d to {written}",
        )
    )
    return 0


def import_workshop(args: argparse.Namespace, lib: Library, lang: Language) -> int:
    from workshop.export import import_file
    from workshop.services.import_workshop import AlreadyInLibrary, import_snapshot

    result = import_file.read_file(args.file)
    if result.snapshot is None or result.problems:
        print(
            _say(
                lang,
                f"ideverkstad: {args.file} kan inte importeras; inget har ändrats:",
                f"ideverkstad: {args.file} cannot be imported; nothing was changed:",
            ),
            file=sys.stderr,
        )
        for problem in result.problems[:MAX_LISTED_PROBLEMS]:
            print(f"  {problem.describe(lang)}", file=sys.stderr)
        unlisted = result.unlisted_line(MAX_LISTED_PROBLEMS, lang)
        if unlisted:
            print(f"  {unlisted}", file=sys.stderr)
        return 1
    try:
        workshop, _ = import_snapshot(lib, result.snapshot, copy=args.as_copy)
    except AlreadyInLibrary as error:
        hint = _say(lang, " (använd --as-copy)", " (use --as-copy)")
        return _fail(error.message(lang) + hint)
    print(
        _say(
            lang,
            f"Importerade \u201d{workshop.title}\u201d ({workshop.id})",
            f"Imported \u201c{workshop.title}\u201d ({workshop.id})",
        )
    )
    return 0
