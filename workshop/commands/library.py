# ruff: noqa: T201 - a command-line module prints its results
"""The ``list`` and ``demo`` commands: what is in the library, and a realistic workshop to try things on."""

from __future__ import annotations

import argparse
import json

from workshop.domain.language import Language
from workshop.services import workshops
from workshop.store.library import Library


def list_workshops(args: argparse.Namespace, lib: Library, lang: Language) -> int:
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


def make_demo(args: argparse.Namespace, lib: Library, lang: Language) -> int:
    from workshop.services import demo  # deferred: the demo's many modules are not needed to open the window

    workshop, _ = demo.create_demo(lib, demo.DEMO_TITLE if args.title is None else args.title)
    done = "Demoworkshop skapad" if lang == Language.SV else "Demo workshop created"
    print(f"{done}: {workshop.title} ({workshop.id})")
    return 0
