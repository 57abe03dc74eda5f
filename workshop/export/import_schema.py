"""The exchange schema's check of an import file, with bounded work and short messages.

A valid file is confirmed by fastjsonschema (the schema compiled once into Python code: ~7 ms for 2,000
ideas, against ~300 ms for jsonschema; jsonschema-rs was ~1 ms but added 15 MB to the bundle, a tenth of
its size); only a file with problems goes through jsonschema, whose
messages and paths the problem list is built from. jsonschema's own keywords put ``repr(instance)`` in
every message: for a 5 MB string that is a 5 MB copy per problem, and for a deeply nested list it is
Python's recursion limit. The keywords below say the same in a line that names no more than a glimpse of
the value. Counting stops at :data:`~workshop.export.import_limits.MAX_COUNTED_PROBLEMS` ("at least").
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterator
from functools import cache
from itertools import islice
from typing import Any

import fastjsonschema
import jsonschema
from jsonschema import ValidationError
from jsonschema._utils import equal, uniq

from workshop.export.import_limits import MAX_COUNTED_PROBLEMS, depth_problem, size_problems
from workshop.export.import_problems import ImportProblem
from workshop.resources import resource_dir

_REQUIRED = re.compile(r"^'(.*)' is a required property$")
MAX_PROBLEMS = 200  # listed; more are counted (see ImportResult.problem_count)

Schema = dict[str, Any]
Errors = Iterator[ValidationError]
Keyword = Callable[[Any, Any, Any, Schema], Errors]


@cache
def exchange_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads((resource_dir() / "exchange.schema.json").read_text(encoding="utf-8"))
    return schema


def _glimpse(instance: object) -> str:
    """A few characters of a value, for a message (never the whole of a big or deep value)."""
    if isinstance(instance, str):
        return repr(instance[:40] + ("…" if len(instance) > 40 else ""))
    if isinstance(instance, list):
        return f"a list of {len(instance)}"
    if isinstance(instance, dict):
        return f"an object of {len(instance)} fields"
    return repr(instance)[:40]


def _type(validator: Any, types: Any, instance: Any, schema: Schema) -> Errors:
    wanted = types if isinstance(types, list) else [types]
    if not any(validator.is_type(instance, kind) for kind in wanted):
        yield ValidationError(f"{_glimpse(instance)} is not of type {', '.join(map(repr, wanted))}")


def _max_length(validator: Any, limit: Any, instance: Any, schema: Schema) -> Errors:
    if validator.is_type(instance, "string") and len(instance) > limit:
        yield ValidationError(f"{_glimpse(instance)} is longer than {limit} characters")


def _min_length(validator: Any, limit: Any, instance: Any, schema: Schema) -> Errors:
    if validator.is_type(instance, "string") and len(instance) < limit:
        yield ValidationError(f"{_glimpse(instance)} is shorter than {limit} characters")


def _enum(validator: Any, choices: Any, instance: Any, schema: Schema) -> Errors:
    if isinstance(instance, (list, dict)) or all(not equal(each, instance) for each in choices):
        yield ValidationError(f"{_glimpse(instance)} is not one of {choices!r}"[:300])


def _const(validator: Any, value: Any, instance: Any, schema: Schema) -> Errors:
    if isinstance(instance, (list, dict)) or not equal(instance, value):
        yield ValidationError(f"{value!r} was expected")


def _maximum(validator: Any, limit: Any, instance: Any, schema: Schema) -> Errors:
    if validator.is_type(instance, "number") and instance > limit:
        yield ValidationError(f"{_glimpse(instance)} is greater than the maximum of {limit!r}")


def _minimum(validator: Any, limit: Any, instance: Any, schema: Schema) -> Errors:
    if validator.is_type(instance, "number") and instance < limit:
        yield ValidationError(f"{_glimpse(instance)} is less than the minimum of {limit!r}")


def _max_items(validator: Any, limit: Any, instance: Any, schema: Schema) -> Errors:
    if validator.is_type(instance, "array") and len(instance) > limit:
        yield ValidationError(f"{_glimpse(instance)} is longer than {limit} entries")


def _unique(validator: Any, unique: Any, instance: Any, schema: Schema) -> Errors:
    # Only scalars are compared: comparing nested lists recurses as deep as they go (the schema's
    # unique lists hold strings; a list or object in one is a type problem of its own).
    if not (unique and validator.is_type(instance, "array")):
        return
    if not uniq([item for item in instance if not isinstance(item, (list, dict))]):
        yield ValidationError(f"{_glimpse(instance)} has an entry twice")


def _pattern(validator: Any, pattern: Any, instance: Any, schema: Schema) -> Errors:
    if validator.is_type(instance, "string") and not re.search(pattern, instance):
        yield ValidationError(f"{_glimpse(instance)} does not match {pattern!r}")


def _finite_number(checker: Any, instance: object) -> bool:
    """JSON has no NaN or infinity; a number that is one is not a number of the file."""
    base: bool = jsonschema.Draft202012Validator.TYPE_CHECKER.is_type(instance, "number")
    return base and not (isinstance(instance, float) and not math.isfinite(instance))


@cache
def _validator() -> Any:
    keywords: dict[str, Keyword] = {
        "type": _type,
        "maxLength": _max_length,
        "minLength": _min_length,
        "enum": _enum,
        "const": _const,
        "maximum": _maximum,
        "minimum": _minimum,
        "maxItems": _max_items,
        "uniqueItems": _unique,
        "pattern": _pattern,
    }
    checker = jsonschema.Draft202012Validator.TYPE_CHECKER.redefine("number", _finite_number)
    bounded = jsonschema.validators.extend(
        jsonschema.Draft202012Validator, validators=keywords, type_checker=checker
    )
    return bounded(exchange_schema())


@cache
def _fast_check() -> Callable[..., bool]:
    """True for a document the schema accepts. Formats are not checked (jsonschema, which lists the
    problems, does not check them either); the schema uses only draft-07 keywords, so draft-07 code is
    the 2020-12 schema's meaning."""
    validate = fastjsonschema.compile(exchange_schema(), use_formats=False)

    def is_valid(document: object, numbers_checked: bool = False) -> bool:
        try:
            validate(document)
            if not numbers_checked:
                # fastjsonschema lets NaN and infinities through "number" (every comparison with NaN is
                # false); the C encoder refuses them at once (~4 ms for 1,000 ideas: a file's parser
                # has refused them already). Deep lists end in RecursionError in either.
                json.dumps(document, allow_nan=False)
        except (fastjsonschema.JsonSchemaException, RecursionError, ValueError, TypeError):
            return False  # jsonschema, below, says what is wrong (or that nothing is)
        return True

    return is_valid


def _problem(error: ValidationError) -> ImportProblem:
    params: dict[str, Any] = {"detail": error.message[:300]}
    if error.validator == "required":
        named = _REQUIRED.match(error.message)
        params["name"] = named.group(1) if named else ""
    elif error.validator in ("enum", "const"):
        values = error.validator_value if error.validator == "enum" else [error.validator_value]
        params["choices"] = ", ".join(json.dumps(v, ensure_ascii=False) for v in values)
    elif error.validator in ("maxLength", "minLength", "minimum", "maximum"):
        params["limit"] = error.validator_value
    elif error.validator == "type":
        params["expected"] = error.validator_value
    elif error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = error.schema.get("properties", {})
        params["names"] = ", ".join(sorted(str(k) for k in error.instance if k not in allowed))[:300]
    return ImportProblem(error.json_path, f"schema_{error.validator}", params)


def schema_check(
    document: object, *, nesting_checked: bool = False, numbers_checked: bool = False
) -> tuple[list[ImportProblem], int]:
    """The first :data:`MAX_PROBLEMS` places where *document* breaks the schema (in document order), and
    how many there are in all, counted up to :data:`MAX_COUNTED_PROBLEMS` (a count that reached it means
    "at least"). A file the fast check finds invalid is first measured as a whole: lists longer than
    any workshop has, or nesting deeper than the schema's (unless *nesting_checked* says the file's
    bytes were already measured), are its only problems then. *numbers_checked*: the document comes from
    the file parser, which refuses NaN and infinities."""
    if _fast_check()(document, numbers_checked):
        return [], 0
    oversized = size_problems(document)  # before any record is looked at (200,000 empty ideas…)
    if oversized:
        return oversized[:MAX_PROBLEMS], len(oversized)
    deep = None if nesting_checked else depth_problem(document)
    if deep is not None:
        return [deep], 1
    found = list(islice(_validator().iter_errors(document), MAX_COUNTED_PROBLEMS))
    found.sort(key=lambda e: [str(p) for p in e.absolute_path])
    return [_problem(error) for error in found[:MAX_PROBLEMS]], len(found)
