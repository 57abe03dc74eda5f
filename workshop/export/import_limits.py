"""Sizes no workshop has: the limits an import file is held to before its records are checked one by one.

A hostile or broken file must cost little to refuse. So before the schema's record-by-record check runs,
three cheap checks look at the file as a whole: its size in bytes (before reading it), the length of each
list against the ``maxItems`` the exchange schema gives it (200,000 ideas are refused at once, instead of
collecting their 400,000 missing fields one by one), and how deep lists and objects nest (the schema
never goes deeper than a few levels; a 1,000-deep array would otherwise reach Python's recursion limit
in the checks). Each refusal says the limit. The board's extent bounds coordinates in the schema itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, cast

from workshop.export.import_problems import ImportProblem

MAX_FILE_BYTES = 32 * 2**20  # a 20,000-idea workshop with long descriptions stays well below this
MAX_DEPTH = 16  # the exchange schema nests at most 6 levels deep
DEPTH_WALK_BUDGET = 50_000  # lists and objects the walk that names a too-deep place looks at, at most
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


_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_ONE_KIND = bytes.maketrans(b"{}", b"[]")  # for depth alone, an object is a list


def nests_too_deep(data: bytes) -> bool:
    """Whether the JSON text in *data* nests lists and objects deeper than :data:`MAX_DEPTH`, read from
    its brackets at C speed (strings dropped, then one innermost level removed per pass), without
    parsing it: a nesting 1,000 deep never reaches a parser's or a checker's recursion limit."""
    brackets = _JSON_STRING.sub(b"", data).translate(_ONE_KIND, _NOT_BRACKETS)
    if brackets.count(b"[") != brackets.count(b"]"):
        return False  # not JSON at all: the parser says where
    for _ in range(MAX_DEPTH + 1):  # the file's top object, and MAX_DEPTH levels inside it
        if not brackets:
            return False
        brackets = brackets.replace(b"[]", b"")
    return bool(brackets)


def _containers(value: list[Any] | dict[str, Any]) -> Iterator[tuple[str | int, object]]:
    """The non-empty lists and objects directly inside *value*, with their keys; a list of scalars is
    skipped whole (its element types are collected at C speed)."""
    items: Iterable[Any] = value.values() if isinstance(value, dict) else value
    kinds = set(map(type, items))
    if list not in kinds and dict not in kinds:
        return iter(())
    pairs: Iterable[tuple[str | int, object]] = value.items() if isinstance(value, dict) else enumerate(value)
    return ((key, item) for key, item in pairs if item and isinstance(item, (list, dict)))


def depth_problem(document: object, budget: int = DEPTH_WALK_BUDGET) -> ImportProblem | None:
    """The first place where lists and objects nest deeper than :data:`MAX_DEPTH`, if it is found among
    the first *budget* non-empty lists and objects (None otherwise: the checks that follow never recurse
    into a value, so a deep value they meet is a plain type problem; an empty list one level too deep is
    found by :func:`nests_too_deep` in the file's bytes).

    Depth first, one iterator per level: the memory it holds grows with the depth (at most MAX_DEPTH
    levels), not with the number of lists in the file.
    """
    if not isinstance(document, (list, dict)):
        return None
    levels = [_containers(document)]
    keys: list[str | int] = []
    while levels and budget > 0:
        for key, item in levels[-1]:
            if len(levels) > MAX_DEPTH:  # *item* lies len(levels) deep
                return ImportProblem(_parts_path((*keys, key)), "too_deep", {"limit": MAX_DEPTH})
            budget -= 1
            keys.append(key)
            levels.append(_containers(cast(list[Any] | dict[str, Any], item)))
            break
        else:
            levels.pop()
            if keys:
                keys.pop()
    return None


def deep_problem_in(document: object) -> ImportProblem:
    """Where a document already known to nest too deep does (``$`` if the walk's budget runs out first)."""
    return depth_problem(document) or ImportProblem("$", "too_deep", {"limit": MAX_DEPTH})
