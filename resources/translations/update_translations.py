"""Refresh the UI translations: extract every message, fill in the translations, compile the .qm files.

Run from the repository root, after adding or changing UI strings:

    python -m resources.translations.update_translations          # refresh .ts, build .qm
    python -m resources.translations.update_translations --check  # also fail if a message is untranslated

What it does, in order:

1. ``pyside6-lupdate`` reads every ``.py`` under ``workshop/`` and merges the messages into
   ``ideverkstad_sv.ts`` and ``ideverkstad_en.ts``. The English file keeps only the plural messages:
   English is the source language and needs a translation just for "%n idea(s)" → "1 idea" / "2 ideas".
2. The translations are filled in from the catalogues kept as Python data beside this script
   (``catalogue_sv.py``, ``catalogue_en.py``). The catalogues are the source of truth: lupdate only says
   which messages exist. A message that is not in the catalogue keeps what the .ts already had (so a
   translation made in Qt Linguist is not thrown away) and is listed as missing.
3. Every message whose source holds ``%n`` is made a plural ("numerus") message. lupdate's Python parser
   only sees plurals in ``self.tr(text, "", n)``, not in ``QCoreApplication.translate(ctx, text, "", n)``,
   and without this step the translation would only be used for n = 1.
4. ``pyside6-lrelease`` compiles each .ts into the .qm that ``workshop/ui/translation.py`` loads.

Running it twice gives the same files (no line numbers are stored, messages are written in a fixed form).
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = ROOT / "workshop"
LANGUAGES = {"sv": "sv_SE", "en": "en_GB"}
PLURAL_ONLY = {"en"}
FORMS = 2  # Swedish and English both have a singular and one plural form

Translation = str | tuple[str, str]


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    finished: bool = False
    forms: list[str] = field(default_factory=list)  # one entry unless numerus


def qt_tool(name: str) -> str:
    """The pyside6 tool next to this Python (the venv), else the one on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6 into this Python's environment")
    return found


def source_files(root: Path = SOURCES) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(ts_path: Path, language: str, files: list[Path] | None = None) -> None:
    """Merge the messages found in the sources into *ts_path* (created if missing)."""
    files = source_files() if files is None else files
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in files) + "\n", encoding="utf-8")
        command = [
            qt_tool("pyside6-lupdate"),
            f"@{listing}",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            LANGUAGES.get(language, language),
            "-ts",
            str(ts_path),
        ]
        subprocess.run(command, check=True, capture_output=True, text=True)


def read_ts(path: Path) -> list[Message]:
    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for node in context.iter("message"):
            translation = node.find("translation")
            numerus = node.get("numerus") == "yes"
            if translation is None:
                forms: list[str] = []
            elif numerus:
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            kind = translation.get("type") if translation is not None else "unfinished"
            messages.append(
                Message(
                    context=name,
                    source=node.findtext("source") or "",
                    comment=node.findtext("comment") or "",
                    numerus=numerus,
                    finished=kind not in ("unfinished", "vanished", "obsolete"),
                    forms=forms,
                )
            )
    return messages


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def write_ts(path: Path, language: str, messages: list[Message]) -> None:
    """Write the messages sorted by context, in lupdate's own layout (so lupdate's next pass is a no-op)."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{LANGUAGES.get(language, language)}" sourcelanguage="en">',
    ]
    contexts: dict[str, list[Message]] = {}
    for message in messages:
        contexts.setdefault(message.context, []).append(message)
    for name in sorted(contexts):
        lines += ["<context>", f"    <name>{_escape(name)}</name>"]
        for m in contexts[name]:
            lines.append('    <message numerus="yes">' if m.numerus else "    <message>")
            lines.append(f"        <source>{_escape(m.source)}</source>")
            if m.comment:
                lines.append(f"        <comment>{_escape(m.comment)}</comment>")
            kind = "" if m.finished else ' type="unfinished"'
            if m.numerus:
                lines.append(f"        <translation{kind}>")
                for form in m.forms:
                    lines.append(f"            <numerusform>{_escape(form)}</numerusform>")
                lines.append("        </translation>")
            else:
                text = m.forms[0] if m.forms else ""
                lines.append(f"        <translation{kind}>{_escape(text)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def load_catalogue(language: str) -> dict[str | tuple[str, str], Translation]:
    """The translations kept as data in ``catalogue_<language>.py`` (CATALOGUE)."""
    path = HERE / f"catalogue_{language}.py"
    if not path.exists():
        return {}
    spec = importlib.util.spec_from_file_location(f"_ideverkstad_catalogue_{language}", path)
    assert spec is not None
    assert spec.loader is not None
    module: ModuleType = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.CATALOGUE)


def english_plural(source: str) -> tuple[str, str]:
    """'%n idea(s)' → ('%n idea', '%n ideas'); text without '(s)' is the same in both forms."""
    return re.sub(r"\(s\)", "", source), re.sub(r"\(s\)", "s", source)


def lookup(
    catalogue: dict[str | tuple[str, str], Translation], message: Message, language: str
) -> Translation | None:
    for key in ((message.context, message.source), message.source):
        if key in catalogue:
            return catalogue[key]
    if language == "en" and message.numerus:
        return english_plural(message.source)
    return None


def fill(
    messages: list[Message], catalogue: dict[str | tuple[str, str], Translation], language: str
) -> list[Message]:
    """Put the catalogue's translations into *messages*; return the messages still untranslated."""
    missing: list[Message] = []
    for m in messages:
        m.numerus = m.numerus or "%n" in m.source
        found = lookup(catalogue, m, language)
        if isinstance(found, tuple):
            m.forms, m.finished = list(found), True
        elif found is not None:  # one text for any number ("%n more")
            m.forms, m.finished = [found] * (FORMS if m.numerus else 1), True
        m.forms = (m.forms + [""] * FORMS)[:FORMS] if m.numerus else m.forms[-1:] or [""]
        if not m.finished or not all(m.forms):
            m.finished = False
            missing.append(m)
    return missing


def release(ts_path: Path, qm_path: Path) -> None:
    subprocess.run(
        [qt_tool("pyside6-lrelease"), str(ts_path), "-qm", str(qm_path)],
        check=True,
        capture_output=True,
        text=True,
    )


def update(language: str, out_dir: Path = HERE, files: list[Path] | None = None) -> list[Message]:
    """Refresh one language's .ts and .qm in *out_dir*; returns the messages still untranslated."""
    ts_path = out_dir / f"ideverkstad_{language}.ts"
    run_lupdate(ts_path, language, files)
    messages = read_ts(ts_path)
    if language in PLURAL_ONLY:  # not lupdate's -pluralonly: it misses plurals made with translate()
        messages = [m for m in messages if m.numerus or "%n" in m.source]
    missing = fill(messages, load_catalogue(language), language)
    write_ts(ts_path, language, messages)
    release(ts_path, out_dir / f"ideverkstad_{language}.qm")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit with 1 if a message is untranslated")
    args = parser.parse_args(argv)
    untranslated = 0
    for language in LANGUAGES:
        missing = update(language)
        untranslated += len(missing)
        for m in missing:
            sys.stdout.write(f"[{language}] untranslated: {m.context}: {m.source!r}\n")
        sys.stdout.write(f"ideverkstad_{language}: {len(missing)} untranslated\n")
    return 1 if args.check and untranslated else 0


if __name__ == "__main__":
    raise SystemExit(main())
