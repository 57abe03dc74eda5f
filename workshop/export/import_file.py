"""Read an exchange file (or an Idéverkstad PDF carrying one) and say exactly what is wrong with it.

Nothing here writes to the library: the result is either a checked snapshot, ready for
``services.import_workshop``, or a list of problems, each with the JSON path where it was found
(``$.ideas[3].text``) and a message in Swedish or English. Checks run in three layers: the JSON Schema
(shape and types), the domain's own rules (the same text limits and cleaning as typing in the app), and
references (an idea's cluster must be in the file, a vote must be for an idea or cluster of the file…).
Before all of them, sizes no workshop has (bytes, list lengths, nesting) are refused at once, so a hostile
file costs little to refuse (see import_limits.py).
"""

from __future__ import annotations

import codecs
import json
import math
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import orjson

from workshop.domain.language import Language
from workshop.domain.snapshot import WorkshopSnapshot
from workshop.export.exchange import from_document
from workshop.export.import_checks import check_references, validated_records
from workshop.export.import_limits import (
    MAX_COUNTED_PROBLEMS,
    MAX_DEPTH,
    deep_problem_in,
    nests_too_deep,
    too_big,
)
from workshop.export.import_problems import ImportProblem
from workshop.export.import_schema import MAX_PROBLEMS, exchange_schema, schema_check

__all__ = ["ImportResult", "exchange_schema", "read_bytes", "read_document", "read_file", "schema_problems"]

ATTACHMENT_NAME = "workshop.json"
ORJSON_MAX_BYTES = 4 * 2**20


@dataclass(frozen=True)
class ImportResult:
    """A checked snapshot, or the problems: the first MAX_PROBLEMS listed, and how many were found."""

    snapshot: WorkshopSnapshot | None
    problems: tuple[ImportProblem, ...] = ()
    found: int | None = None  # problems found in all (None: as many as are listed)
    counted_all: bool = True  # False: counting stopped at MAX_COUNTED_PROBLEMS, there are more

    @property
    def ok(self) -> bool:
        return self.snapshot is not None and not self.problems

    @property
    def problem_count(self) -> int:
        return len(self.problems) if self.found is None else max(self.found, len(self.problems))

    @property
    def count_is_exact(self) -> bool:
        """False when counting stopped at MAX_COUNTED_PROBLEMS: there are at least that many."""
        return self.counted_all

    def count_label(self) -> str:
        """The number of problems for a short status line: "12", or "2000+" when counting stopped."""
        return str(self.problem_count) if self.count_is_exact else f"{self.problem_count}+"

    def unlisted_line(self, listed: int, language: Language | str = Language.EN) -> str | None:
        """The line after the first *listed* problems: "… and 290 more" (or "… and at least 1,990 more")."""
        rest = self.problem_count - min(listed, len(self.problems))
        if rest <= 0:
            return None
        code = "more_problems" if self.count_is_exact else "more_problems_at_least"
        return ImportProblem("$", code, {"count": rest}).message(language)


def _refused(problems: list[ImportProblem], found: int | None = None) -> ImportResult:
    """The first problems, and how many there are (*found*: as counted by the schema check, which
    stops counting at MAX_COUNTED_PROBLEMS)."""
    if found is None:
        return ImportResult(None, tuple(problems[:MAX_PROBLEMS]), len(problems))
    return ImportResult(None, tuple(problems[:MAX_PROBLEMS]), found, found < MAX_COUNTED_PROBLEMS)


def schema_problems(document: object) -> list[ImportProblem]:
    """The first places where *document* breaks the exchange schema, in document order."""
    return schema_check(document)[0]


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"{text} is too large")
    return number


def parse_json(data: bytes) -> tuple[object, list[ImportProblem]]:
    """The JSON value in *data*, or the problems that stop it from being read at all.

    orjson reads a well-formed file (~2x faster than the json module). It refuses everything the json
    module below refuses (invalid UTF-8, NaN, numbers too large for a float) and a little more (a lone
    surrogate escape, which the text rules remove later), so a file it refuses is read again by the json
    module, which accepts it or says where the problem is. orjson's parser holds about 13 times the
    file's size at its peak (the json module: about twice), so a file above ORJSON_MAX_BYTES (3x a
    2,000-idea workshop) goes to the json module at once.
    """
    if len(data) <= ORJSON_MAX_BYTES:
        try:
            return orjson.loads(data.removeprefix(codecs.BOM_UTF8)), []
        except orjson.JSONDecodeError:
            pass
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return None, [ImportProblem("$", "not_utf8", {"offset": error.start})]
    try:
        return json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float), []
    except json.JSONDecodeError as error:
        return None, [ImportProblem("$", "not_json", {"line": error.lineno, "column": error.colno})]
    except RecursionError:
        return None, [ImportProblem("$", "too_deep", {"limit": MAX_DEPTH})]
    except ValueError as error:
        return None, [ImportProblem("$", "not_json_value", {"detail": str(error)[:200]})]


def pdf_attachment(data: bytes) -> tuple[bytes | None, list[ImportProblem]]:
    """The embedded workshop.json of a PDF made by Idéverkstad."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        attachments = PdfReader(BytesIO(data)).attachments
        content = attachments.get(ATTACHMENT_NAME)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError, OSError):
        return None, [ImportProblem("$", "bad_pdf")]
    if not content:
        return None, [ImportProblem("$", "pdf_without_data", {"name": ATTACHMENT_NAME})]
    oversized = too_big(len(content[0]))
    if oversized is not None:
        return None, [oversized]
    return content[0], []


def read_document(document: object, *, nesting_checked: bool = False) -> ImportResult:
    """Check a parsed JSON value and turn it into a snapshot (or the problems). *nesting_checked*: it was
    parsed from a file's bytes here (their nesting measured, NaN and infinities refused)."""
    problems, found = schema_check(document, nesting_checked=nesting_checked, numbers_checked=nesting_checked)
    if problems:
        return _refused(problems, found)
    assert isinstance(document, dict)
    snapshot = from_document(document)
    checked, problems = validated_records(snapshot)
    problems += check_references(checked)
    if problems:
        return _refused(problems)
    return ImportResult(checked)


def read_bytes(data: bytes) -> ImportResult:
    """A JSON exchange file or a PDF report carrying one, as bytes."""
    oversized = too_big(len(data))
    if oversized is not None:
        return _refused([oversized])
    if data.lstrip()[:5] == b"%PDF-":
        data_or_none, problems = pdf_attachment(data)
        if data_or_none is None:
            return _refused(problems)
        data = data_or_none
    deep = nests_too_deep(data)
    document, problems = parse_json(data)
    if problems:
        return _refused(problems)
    if deep:
        return _refused([deep_problem_in(document)])
    return read_document(document, nesting_checked=True)


def read_file(path: Path | str) -> ImportResult:
    """Read and check the file at *path*. Raises OSError only if the file cannot be read at all.

    A file larger than any workshop file is refused by its size, before a byte of it is read.
    """
    path = Path(path)
    oversized = too_big(path.stat().st_size)
    if oversized is not None:
        return _refused([oversized])
    return read_bytes(path.read_bytes())
