"""Workshop methods: proven ways to run one or more phases (1-2-4-All, Crazy 8s, dot voting…).

A method is a small document in two languages: what it is good for, the group size and materials it
needs, and its phases with their minutes, what the facilitator says and does (the console) and what the
room reads (the shared screen). A phase may run as timed rounds (Crazy 8s: eight rounds of one minute),
each round with its own instruction for the room. The app ships a library of them
(``resources/methods``); facilitators save their own and share them as files of the same format.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from workshop.domain.agenda import MAX_PHASE_MINUTES, PhaseKind
from workshop.domain.errors import ValidationError
from workshop.domain.language import Language
from workshop.domain.text import LONG_LIMIT, SHORT_LIMIT, clean_text

FORMAT = "ideverkstad-method"
FORMAT_VERSION = 1
MAX_PHASES = 30
MAX_ROUNDS = 60
LANGUAGES = tuple(language.value for language in Language)

Texts = dict[str, str]


class MethodGoal(StrEnum):
    """What a method does to the group's material: opens it up, narrows it, decides, or plans."""

    DIVERGE = "diverge"
    CONVERGE = "converge"
    DECIDE = "decide"
    PLAN = "plan"


@dataclass(frozen=True)
class MethodRound:
    minutes: int
    room: Texts = field(default_factory=dict)


@dataclass(frozen=True)
class MethodPhase:
    kind: PhaseKind
    title: Texts
    minutes: int
    facilitator: Texts = field(default_factory=dict)
    room: Texts = field(default_factory=dict)
    rounds: tuple[MethodRound, ...] = ()


@dataclass(frozen=True)
class Method:
    key: str
    name: Texts
    goal: MethodGoal
    summary: Texts
    when_to_use: Texts
    phases: tuple[MethodPhase, ...]
    origin: Texts = field(default_factory=dict)
    group_min: int = 1
    group_max: int = 200
    materials: dict[str, tuple[str, ...]] = field(default_factory=dict)
    own: bool = False  # made by a facilitator (stored in the library), not shipped with the app

    @property
    def total_minutes(self) -> int:
        return sum(phase.minutes for phase in self.phases)

    @property
    def round_count(self) -> int:
        return sum(len(phase.rounds) for phase in self.phases)

    def fits(
        self,
        query: str,
        language: Language,
        goal: MethodGoal | None = None,
        max_minutes: int | None = None,
        group_size: int | None = None,
    ) -> bool:
        """Whether the method answers a search: words in its texts, its goal, time and group size."""
        if goal is not None and self.goal != goal:
            return False
        if max_minutes is not None and self.total_minutes > max_minutes:
            return False
        if group_size is not None and not self.group_min <= group_size <= self.group_max:
            return False
        words = folded(query).split()
        if not words:
            return True
        haystack = folded(
            " ".join(
                [
                    text(self.name, language),
                    text(self.summary, language),
                    text(self.when_to_use, language),
                    text(self.origin, language),
                    self.key,
                ]
                + [text(phase.title, language) for phase in self.phases]
            )
        )
        return all(word in haystack for word in words)


def folded(value: str) -> str:
    """Case- and accent-blind form for searching ("ide" finds "idé", "TRIZ" finds "triz")."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def text(texts: Texts, language: Language) -> str:
    """A text in the language asked for, else English, else whichever there is."""
    return texts.get(language.value) or texts.get("en") or next(iter(texts.values()), "")


def complete_in(method: Method, language: Language) -> list[str]:
    """The texts a method lacks in a language (an empty list when it is complete)."""
    lang = language.value
    missing = [
        name
        for name, texts in (
            ("name", method.name),
            ("summary", method.summary),
            ("when_to_use", method.when_to_use),
        )
        if not texts.get(lang)
    ]
    if not method.materials.get(lang):
        missing.append("materials")
    for n, phase in enumerate(method.phases):
        for name, texts in (("title", phase.title), ("facilitator", phase.facilitator), ("room", phase.room)):
            if not texts.get(lang):
                missing.append(f"phases[{n}].{name}")
        missing.extend(
            f"phases[{n}].rounds[{r}].room" for r, rnd in enumerate(phase.rounds) if not rnd.room.get(lang)
        )
    return missing


# --- the file format -------------------------------------------------------------------------------------


def _texts(value: Any, path: str, limit: int, required: bool = False) -> Texts:
    if value is None and not required:
        return {}
    if not isinstance(value, dict):
        raise ValidationError("bad_method_field", path)
    result: Texts = {}
    for lang, raw in value.items():
        if lang not in LANGUAGES or not isinstance(raw, str):
            raise ValidationError("bad_method_field", f"{path}.{lang}")
        cleaned = clean_text(raw, multiline=limit > SHORT_LIMIT)
        if len(cleaned) > limit:
            raise ValidationError("too_long", f"{path}.{lang}", limit=limit, length=len(cleaned))
        if cleaned:
            result[lang] = cleaned
    if required and not result:
        raise ValidationError("empty", path)
    return result


def _minutes(value: Any, path: str, low: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= MAX_PHASE_MINUTES:
        raise ValidationError("out_of_range", path, low=low, high=MAX_PHASE_MINUTES)
    return value


def _phase(data: Any, path: str) -> MethodPhase:
    if not isinstance(data, dict):
        raise ValidationError("bad_method_field", path)
    try:
        kind = PhaseKind(str(data.get("kind")))
    except ValueError:
        raise ValidationError("bad_method_field", f"{path}.kind") from None
    raw_rounds = data.get("rounds") or []
    if not isinstance(raw_rounds, list) or len(raw_rounds) > MAX_ROUNDS:
        raise ValidationError("bad_method_field", f"{path}.rounds")
    rounds = []
    for r, item in enumerate(raw_rounds):
        if not isinstance(item, dict):
            raise ValidationError("bad_method_field", f"{path}.rounds[{r}]")
        rounds.append(
            MethodRound(
                minutes=_minutes(item.get("minutes"), f"{path}.rounds[{r}].minutes", low=1),
                room=_texts(item.get("room"), f"{path}.rounds[{r}].room", LONG_LIMIT),
            )
        )
    if rounds:
        minutes = sum(r.minutes for r in rounds)
        if minutes > MAX_PHASE_MINUTES:
            raise ValidationError("out_of_range", f"{path}.rounds", low=1, high=MAX_PHASE_MINUTES)
    else:
        minutes = _minutes(data.get("minutes"), f"{path}.minutes")
    return MethodPhase(
        kind=kind,
        title=_texts(data.get("title"), f"{path}.title", SHORT_LIMIT, required=True),
        minutes=minutes,
        facilitator=_texts(data.get("facilitator"), f"{path}.facilitator", LONG_LIMIT),
        room=_texts(data.get("room"), f"{path}.room", LONG_LIMIT),
        rounds=tuple(rounds),
    )


def _materials(value: Any) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValidationError("bad_method_field", "materials")
    result: dict[str, tuple[str, ...]] = {}
    for lang, items in value.items():
        if lang not in LANGUAGES or not isinstance(items, list) or len(items) > 50:
            raise ValidationError("bad_method_field", f"materials.{lang}")
        cleaned = []
        for n, item in enumerate(items):
            if not isinstance(item, str):
                raise ValidationError("bad_method_field", f"materials.{lang}[{n}]")
            line = clean_text(item)
            if len(line) > SHORT_LIMIT:
                raise ValidationError(
                    "too_long", f"materials.{lang}[{n}]", limit=SHORT_LIMIT, length=len(line)
                )
            if line:
                cleaned.append(line)
        result[lang] = tuple(cleaned)
    return result


def check_format(data: Any) -> dict[str, Any]:
    """*data* if it says it is a method file of the version this app reads (else ValidationError)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError("not_a_method_file", "format")
    if data.get("format_version") != FORMAT_VERSION:
        raise ValidationError("method_version", "format_version", version=str(data.get("format_version")))
    return data


def method_from_document(data: Any, own: bool = False) -> Method:
    """A method from its file's content, with the app's text rules; ValidationError names the field."""
    check_format(data)
    key = data.get("key")
    if not isinstance(key, str) or not 1 <= len(key) <= 100 or not key.replace("-", "").isalnum():
        raise ValidationError("bad_method_field", "key")
    try:
        goal = MethodGoal(str(data.get("goal")))
    except ValueError:
        raise ValidationError("bad_method_field", "goal") from None
    group = data.get("group_size") or {}
    if not isinstance(group, dict):
        raise ValidationError("bad_method_field", "group_size")
    group_min, group_max = group.get("min", 1), group.get("max", 200)
    sizes_ok = all(
        isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 10_000 for v in (group_min, group_max)
    )
    if not sizes_ok or group_min > group_max:
        raise ValidationError("bad_method_field", "group_size")
    phases = data.get("phases")
    if not isinstance(phases, list) or not 1 <= len(phases) <= MAX_PHASES:
        raise ValidationError("bad_method_field", "phases")
    return Method(
        key=key,
        name=_texts(data.get("name"), "name", SHORT_LIMIT, required=True),
        goal=goal,
        summary=_texts(data.get("summary"), "summary", LONG_LIMIT),
        when_to_use=_texts(data.get("when_to_use"), "when_to_use", LONG_LIMIT),
        origin=_texts(data.get("origin"), "origin", SHORT_LIMIT),
        group_min=group_min,
        group_max=group_max,
        materials=_materials(data.get("materials")),
        phases=tuple(_phase(item, f"phases[{n}]") for n, item in enumerate(phases)),
        own=own,
    )


def method_to_document(method: Method) -> dict[str, Any]:
    """The file form of a method (what `method_from_document` reads back)."""

    def phase(p: MethodPhase) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": p.kind.value, "title": dict(p.title)}
        if p.rounds:
            out["rounds"] = [{"minutes": r.minutes, "room": dict(r.room)} for r in p.rounds]
        else:
            out["minutes"] = p.minutes
        out["facilitator"] = dict(p.facilitator)
        out["room"] = dict(p.room)
        return out

    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "key": method.key,
        "name": dict(method.name),
        "goal": method.goal.value,
        "summary": dict(method.summary),
        "when_to_use": dict(method.when_to_use),
        "origin": dict(method.origin),
        "group_size": {"min": method.group_min, "max": method.group_max},
        "materials": {lang: list(items) for lang, items in method.materials.items()},
        "phases": [phase(p) for p in method.phases],
    }
