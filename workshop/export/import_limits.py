"""Sizes no workshop has: the limits an import file is held to before its records are checked one by one.

A hostile or broken file must cost little to refuse. So before the schema's record-by-record check runs,
three cheap checks look at the file as a whole: its size in bytes (before reading it), the length of each
list against the ``maxItems`` the exchange schema gives it (200,000 ideas are refused at once, instead of
collecting their 400,000 missing fields one by one), and how deep lists and objects nest (the schema
never goes deeper than a few levels; a 1,000-deep array would otherwise reach Python's recursion limit
in the checks). Each refusal says the limit. The board's extent bounds coordinates in the schema itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from workshop.export.import_problems import ImportProblem

MAX_FILE_BYTES = 32 * 2**20  # a 20,000-idea workshop with long descriptions stays well below this
MAX_DEPTH = 16  # the exchange schema nests at most 6 levels deep
MAX_COUNTED_PROBLEMS = 2_000  # past this, the count says "at least": counting costs as much as checking
BOARD_EXTENT = 1_000_000.0  # scene units either side of the board's origin (the schema's bounds)

# What a list holds, for the message ("the file has 200,000 ideas"), by the schema path of the list.
RECORD_NAMES = {
    "$.agenda": "agenda",
    "$.participants": "participants",
    "$.questions": "questions",
    "$.clusters": "clusters",
    "$.ideas": "ideas",
    "$.ideas[*].tags": "tags",
    "$.voting_rounds": "voting_rounds",
    "$.voting_rounds[*].votes": "votes",
    "$.voting_rounds[*].ballots": "ballots",
    "$.actions": "actions",
    "$.workshop.framing.target_groups": "framing",
    "$.workshop.framing.constraints": "framing",
    "$.workshop.framing.success_criteria": "framing",
}


def too_big(size: int) -> ImportProblem | None:
    if size <= MAX_FILE_BYTES:
        return None
    return ImportProblem("$", "too_big", {"limit_mb": MAX_FILE_BYTES // 2**20})


def _schema() -> dict[str, Any]:
    from workshop.export.import_schema import exchange_schema

    return exchange_schema()


def _types(node: dict[str, Any]) -> list[str]:
    kind = node.get("type", [])
    return kind if isinstance(kind, list) else [kind]


def _limited(node: dict[str, Any], path: str) -> Iterator[tuple[str, int]]:
    if "array" in _types(node) and "maxItems" in node:
        yield path, int(node["maxItems"])
    for name, sub in node.get("properties", {}).items():
        yield from _limited(sub, f"{path}.{name}")
    if isinstance(node.get("items"), dict):
        yield from _limited(node["items"], f"{path}[*]")


@cache
def list_limits() -> dict[str, int]:
    """The most entries each list of the exchange file may hold, by schema path (``$.ideas[*].tags``)."""
    return dict(_limited(_schema(), "$"))


def size_problems(document: object) -> list[ImportProblem]:
    """Lists longer than the schema allows, found by their length alone (no record is looked at)."""
    limits = list_limits()
    problems: list[ImportProblem] = []
    # (value, schema path, path in this document); the walk enters only what leads to a limited list.
    stack: list[tuple[object, str, str]] = [(document, "$", "$")]
    wanted = {pattern[:n] for pattern in limits for n in range(1, len(pattern) + 1)}
    while stack:
        value, pattern, path = stack.pop()
        if isinstance(value, list):
            limit = limits.get(pattern)
            if limit is not None and len(value) > limit:
                records = RECORD_NAMES.get(pattern, "framing")
                params = {"count": len(value), "limit": limit, "records": records}
                problems.append(ImportProblem(path, "too_many", params))
                continue
            inner = pattern + "[*]"
            if inner in wanted:
                stack.extend((item, inner, f"{path}[{n}]") for n, item in reversed(list(enumerate(value))))
        elif isinstance(value, dict):
            for key, item in value.items():
                inner = f"{pattern}.{key}"
                if inner in wanted and isinstance(item, (list, dict)):
                    stack.append((item, inner, f"{path}.{key}"))
    return problems


def depth_problem(document: object) -> ImportProblem | None:
    """The first place where lists and objects nest deeper than :data:`MAX_DEPTH`, if any."""
    # Each entry: (value, depth, index of the parent entry in *trail*, key in the parent).
    trail: list[tuple[int, object]] = []
    stack: list[tuple[object, int, int, object]] = [(document, 0, -1, None)]
    while stack:
        value, depth, parent, key = stack.pop()
        if depth > MAX_DEPTH:
            return ImportProblem(_path(trail, parent, key), "too_deep", {"limit": MAX_DEPTH})
        trail.append((parent, key))
        here = len(trail) - 1
        if isinstance(value, dict):
            children: Any = value.items()
        elif isinstance(value, list):
            children = enumerate(value)
        else:
            continue
        stack.extend(
            (item, depth + 1, here, name) for name, item in children if isinstance(item, (list, dict))
        )
    return None


def _path(trail: list[tuple[int, object]], parent: int, key: object) -> str:
    parts: list[str] = []
    while parent >= 0:
        parts.append(f"[{key}]" if isinstance(key, int) else f".{key}")
        parent, key = trail[parent]
    return "$" + "".join(reversed(parts))
