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
from dataclasses import dataclass
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


@dataclass(frozen=True)
class _Plan:
    """Where limited lists are, below one place of the schema: its own limit, its keys', its items'."""

    pattern: str
    limit: int | None
    keys: dict[str, _Plan]
    items: _Plan | None


@cache
def _plan() -> _Plan:
    limits = list_limits()
    wanted = {pattern[:n] for pattern in limits for n in range(1, len(pattern) + 1)}

    def plan(node: dict[str, Any], pattern: str) -> _Plan:
        keys = {
            name: plan(sub, f"{pattern}.{name}")
            for name, sub in node.get("properties", {}).items()
            if f"{pattern}.{name}" in wanted
        }
        inner, each = node.get("items"), f"{pattern}[*]"
        items = plan(inner, each) if isinstance(inner, dict) and each in wanted else None
        return _Plan(pattern, limits.get(pattern), keys, items)

    return plan(_schema(), "$")


def _parts_path(parts: tuple[str | int, ...]) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)


def _too_many(value: object, plan: _Plan, parts: tuple[str | int, ...], out: list[ImportProblem]) -> None:
    if isinstance(value, list):
        if plan.limit is not None and len(value) > plan.limit:
            params = {"count": len(value), "limit": plan.limit, "records": RECORD_NAMES[plan.pattern]}
            out.append(ImportProblem(_parts_path(parts), "too_many", params))
        elif plan.items is not None:
            for n, item in enumerate(value):
                if isinstance(item, (list, dict)):
                    _too_many(item, plan.items, (*parts, n), out)
    elif isinstance(value, dict):
        for key, sub in plan.keys.items():
            child = value.get(key)
            if isinstance(child, (list, dict)):
                _too_many(child, sub, (*parts, key), out)


def size_problems(document: object) -> list[ImportProblem]:
    """Lists longer than the schema allows, found by their length alone (no record is looked at)."""
    problems: list[ImportProblem] = []
    _too_many(document, _plan(), (), problems)
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
