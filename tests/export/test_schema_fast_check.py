"""The fast schema check (fastjsonschema) and the one that lists problems (jsonschema) agree on every
document: a file the fast check lets through must be one jsonschema finds nothing wrong with, and the
other way round, or an import would either take a broken file or refuse a good one without a reason."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop.domain.snapshot import WorkshopSnapshot
from workshop.export import import_schema
from workshop.export.exchange import to_document

ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.floats(),  # NaN and infinities too: neither check may let them through
    st.text(max_size=30),
    st.text(min_size=5_000, max_size=5_100),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside *node* (dict keys and list positions)."""
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += places(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += places(value, (*path, index))
    return found


def replaced(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    changed = copy.deepcopy(document)
    if not path:
        return value
    parent = changed
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return changed


def jsonschema_finds_nothing(document: Any) -> bool:
    return next(import_schema._validator().iter_errors(document), None) is None


def test_an_exported_workshop_passes_both_checks(rich: WorkshopSnapshot) -> None:
    document = to_document(rich)
    assert import_schema._fast_check()(document)
    assert jsonschema_finds_nothing(document)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_both_checks_agree_on_any_one_changed_value(rich: WorkshopSnapshot, data: st.DataObject) -> None:
    document = to_document(rich)
    path = data.draw(st.sampled_from(places(document)))
    value = data.draw(ODD_VALUES)
    changed = replaced(document, path, value)
    assert import_schema._fast_check()(changed) == jsonschema_finds_nothing(changed), (path, value)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_both_checks_agree_when_a_field_is_taken_away_or_added(
    rich: WorkshopSnapshot, data: st.DataObject
) -> None:
    document = to_document(rich)
    objects = [p for p in places(document) if isinstance(_at(document, p), dict)]
    path = data.draw(st.sampled_from(objects))
    changed = copy.deepcopy(document)
    target = _at(changed, path)
    if target and data.draw(st.booleans()):
        del target[data.draw(st.sampled_from(sorted(target)))]
    else:
        target[data.draw(st.text(min_size=1, max_size=8))] = data.draw(ODD_VALUES)
    assert import_schema._fast_check()(changed) == jsonschema_finds_nothing(changed), path


def _at(document: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        document = document[step]
    return document
