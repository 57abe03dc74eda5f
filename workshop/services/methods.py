"""The method library: the methods shipped with the app and the facilitator's own, and what they do to an
agenda (insert a method's phases, save phases as a method, share and import method files).

Every change is one transaction and returns a ChangeSet; inserting is undone by removing exactly the
phases it made (:func:`remove_phases`) and redone by putting them back (:func:`restore_phases`).
"""

from __future__ import annotations

import dataclasses
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from workshop.domain.agenda import AgendaItem, PhaseKind
from workshop.domain.errors import NotFoundError, ValidationError
from workshop.domain.ids import new_id, now_iso
from workshop.domain.language import Language
from workshop.domain.method import (
    Method,
    MethodGoal,
    MethodPhase,
    MethodRound,
    check_format,
    method_from_document,
    method_to_document,
    text,
)
from workshop.domain.rounds import Round, store_rounds
from workshop.domain.workshop import Workshop
from workshop.resources import resource_dir
from workshop.services import workshops
from workshop.services.changes import Area, ChangeSet
from workshop.store import own_methods
from workshop.store.library import Library
from workshop.store.tables import AGENDA, WORKSHOPS

MAX_METHOD_FILE_BYTES = 1_000_000  # a method with 30 phases in two languages is ~40 KB


class MethodFileError(ValidationError):
    """A method file that cannot be read: said in the user's language, with where the problem is."""


def methods_dir() -> Path:
    return resource_dir() / "methods"


@cache
def method_schema() -> jsonschema.Draft202012Validator:
    """The method file's JSON Schema (resources/method.schema.json), what a shared file is checked by."""
    schema = json.loads((resource_dir() / "method.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


@cache
def shipped_methods() -> tuple[Method, ...]:
    """The methods that come with the app, by name (English order is stable across languages enough)."""
    found = [
        method_from_document(json.loads(path.read_text(encoding="utf-8")))
        for path in sorted(methods_dir().glob("*.json"))
    ]
    return tuple(sorted(found, key=lambda m: m.name.get("en", m.key).casefold()))


def own_method_list(lib: Library) -> list[Method]:
    return [_own(stored) for stored in own_methods.all_stored(lib)]


def _own(stored: own_methods.StoredMethod) -> Method:
    return dataclasses.replace(method_from_document(json.loads(stored.document), own=True), key=stored.id)


def all_methods(lib: Library) -> list[Method]:
    """Shipped first, then the facilitator's own (their key is their id in the library)."""
    return list(shipped_methods()) + own_method_list(lib)


def get_method(lib: Library, key: str) -> Method:
    for method in shipped_methods():
        if method.key == key:
            return method
    stored = own_methods.get(lib, key)
    if stored is None:
        raise NotFoundError("method", key)
    return _own(stored)


# --- a method's phases on an agenda ---------------------------------------------------------------------


def phases_for(method: Method, workshop_id: str, language: Language) -> list[AgendaItem]:
    """The agenda items a method becomes, in the workshop's language (positions set on insert)."""
    name = text(method.name, language)
    items = []
    for phase in method.phases:
        rounds = [Round(r.minutes, 0, text(r.room, language)) for r in phase.rounds]
        items.append(
            AgendaItem.new(
                workshop_id,
                phase.kind,
                text(phase.title, language),
                instructions=text(phase.room, language),
                planned_minutes=phase.minutes,
                method=name,
                facilitator_notes=text(phase.facilitator, language),
                rounds=store_rounds(rounds),
            )
        )
    return items


def insert_method(
    lib: Library, workshop_id: str, method_key: str, at: int | None = None
) -> tuple[list[AgendaItem], ChangeSet]:
    """Put a method's phases into the agenda before position *at* (None: at the end)."""
    with lib.atomic():
        workshop = WORKSHOPS.get(lib, workshop_id)
        if workshop is None:
            raise NotFoundError("workshop", workshop_id)
        items = phases_for(get_method(lib, method_key), workshop_id, workshop.language)
        _put_phases(lib, workshop_id, items, at)
    return items, ChangeSet.of(workshop_id, Area.AGENDA, ids=[i.id for i in items])


def _put_phases(lib: Library, workshop_id: str, items: list[AgendaItem], at: int | None) -> None:
    existing = [item.id for item in AGENDA.for_workshop(lib, workshop_id)]
    where = len(existing) if at is None else max(0, min(at, len(existing)))
    for item in items:
        AGENDA.insert(lib, item)
    AGENDA.set_positions(lib, existing[:where] + [i.id for i in items] + existing[where:])


def remove_phases(lib: Library, workshop_id: str, ids: list[str]) -> ChangeSet:
    """Undo of an insert: those phases go, all or none (a phase that has run is kept, and says so)."""
    with lib.atomic():
        for item_id in ids:
            item = AGENDA.get(lib, item_id)
            if item is None or item.workshop_id != workshop_id:
                raise NotFoundError("agenda_item", item_id)
            AGENDA.delete(lib, item_id)
    return ChangeSet.of(workshop_id, Area.AGENDA, ids=ids)


def restore_phases(lib: Library, workshop_id: str, items: list[AgendaItem], at: int | None) -> ChangeSet:
    """Redo of an insert: the same phases (same ids) back at the same place."""
    with lib.atomic():
        _put_phases(lib, workshop_id, items, at)
    return ChangeSet.of(workshop_id, Area.AGENDA, ids=[i.id for i in items])


def create_workshop(
    lib: Library, title: str, method_keys: list[str], **options: Any
) -> tuple[Workshop, ChangeSet]:
    """A new workshop (``workshops.create``'s options) with the chosen methods' phases after the
    template's, all in one transaction: either the whole workshop is there or nothing is."""
    with lib.atomic():
        workshop, changes = workshops.create(lib, title, **options)
        for key in method_keys:
            changes = changes | insert_method(lib, workshop.id, key)[1]
    return workshop, changes


# --- the facilitator's own methods ----------------------------------------------------------------------


def method_from_phases(
    items: list[AgendaItem],
    name: str,
    language: Language,
    goal: MethodGoal = MethodGoal.DIVERGE,
    summary: str = "",
    when_to_use: str = "",
    group_min: int = 1,
    group_max: int = 200,
    materials: tuple[str, ...] = (),
) -> Method:
    """A method made of agenda phases (one phase, or a whole agenda), its texts in *language*."""
    if not items:
        raise ValidationError("empty", "agenda_item")
    lang = language.value

    def one(texts: str) -> dict[str, str]:
        return {lang: texts} if texts else {}

    phases = []
    for item in items:
        rounds = tuple(MethodRound(r.minutes + r.extra_minutes, one(r.text)) for r in item.round_list())
        phases.append(
            MethodPhase(
                kind=PhaseKind(item.kind),
                title={lang: item.title},
                minutes=item.planned_minutes,
                facilitator=one(item.facilitator_notes),
                room=one(item.instructions),
                rounds=rounds,
            )
        )
    draft = Method(
        key=_slug(name),
        name=one(name.strip()),
        goal=goal,
        summary=one(summary),
        when_to_use=one(when_to_use),
        phases=tuple(phases),
        group_min=group_min,
        group_max=group_max,
        materials={lang: materials} if materials else {},
        own=True,
    )
    return method_from_document(method_to_document(draft), own=True)  # the file format's rules, once


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:60]
    return slug or "method"


def save_own(lib: Library, method: Method, method_id: str | None = None) -> tuple[Method, ChangeSet]:
    """Keep a method in the library (a new one, or an edit of *method_id*). Names are unique."""
    name = text(method.name, Language.SV) if "sv" in method.name else text(method.name, Language.EN)
    with lib.atomic():
        clash = own_methods.find_by_name(lib, name)
        if clash is not None and clash.id != method_id:
            raise ValidationError("method_exists", "name", name=name)
        shipped_names = {n.casefold() for m in shipped_methods() for n in m.name.values()}
        if name.casefold() in shipped_names:
            raise ValidationError("method_exists", "name", name=name)
        before = own_methods.get(lib, method_id) if method_id else None
        stamp = now_iso()
        stored = own_methods.StoredMethod(
            id=method_id or new_id(),
            name=name,
            document=json.dumps(method_to_document(method), ensure_ascii=False),
            created_at=before.created_at if before else stamp,
            updated_at=stamp,
        )
        own_methods.put(lib, stored)
    return _own(stored), ChangeSet.of(None, Area.METHODS, ids=[stored.id])


def remove_own(lib: Library, method_id: str) -> tuple[Method, ChangeSet]:
    with lib.atomic():
        stored = own_methods.get(lib, method_id)
        if stored is None:
            raise NotFoundError("method", method_id)
        own_methods.delete(lib, method_id)
    return _own(stored), ChangeSet.of(None, Area.METHODS, ids=[method_id])


# --- method files ---------------------------------------------------------------------------------------


def method_file_bytes(method: Method) -> bytes:
    """The shareable file of a method (UTF-8 JSON, readable in any text editor)."""
    document = method_to_document(method)
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read_method_file(path: str | Path) -> Method:
    """A method from a file another facilitator shared; MethodFileError says what is wrong and where."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_METHOD_FILE_BYTES:
            raise MethodFileError("method_file_too_big", "file", limit=MAX_METHOD_FILE_BYTES // 1000)
        raw = file.read_bytes()
    except OSError as error:
        detail = error.strerror or type(error).__name__
        raise MethodFileError("method_file_unreadable", "file", path=str(file), detail=detail) from error
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise MethodFileError("method_file_not_json", "file", detail="UTF-8") from None
    except json.JSONDecodeError as error:
        raise MethodFileError(
            "method_file_not_json", "file", detail=f"{error.msg}, line {error.lineno}, column {error.colno}"
        ) from None
    except RecursionError:
        raise MethodFileError("method_file_not_json", "file", detail="nesting") from None
    try:
        check_format(data)
    except ValidationError as error:
        raise MethodFileError(error.code, error.field, **error.params) from None
    problem = next(iter(method_schema().iter_errors(data)), None)
    if problem is not None:  # the format's shape first (resources/method.schema.json), then the text rules
        raise MethodFileError("method_file_schema", "file", where=problem.json_path)
    try:
        return method_from_document(data, own=True)
    except ValidationError as error:
        raise MethodFileError(error.code, error.field, **error.params) from None


def import_method_file(lib: Library, path: str | Path) -> tuple[Method, ChangeSet]:
    """Read a shared method file into the facilitator's own methods; a bad file changes nothing."""
    return save_own(lib, read_method_file(path))
