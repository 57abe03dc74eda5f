"""Workshop templates: JSON files in resources/templates with Swedish and English texts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workshop.domain.agenda import PhaseKind
from workshop.domain.errors import ValidationError
from workshop.domain.language import Language
from workshop.resources import resource_dir


@dataclass(frozen=True)
class TemplatePhase:
    kind: PhaseKind
    minutes: int
    title: dict[str, str]
    instructions: dict[str, str]


@dataclass(frozen=True)
class StarterQuestion:
    """A question a template starts with. A *placeholder* ("How might we …?") is a prompt to rewrite, not
    a question to work on: it is never put in focus, so the room never sees it as the question."""

    text: str
    placeholder: bool = False


def _starter(entry: str | dict[str, Any]) -> StarterQuestion:
    if isinstance(entry, str):
        return StarterQuestion(entry)
    return StarterQuestion(str(entry["text"]), bool(entry.get("placeholder", False)))


@dataclass(frozen=True)
class Template:
    key: str
    name: dict[str, str]
    description: dict[str, str]
    goal: dict[str, str]
    questions: dict[str, list[StarterQuestion]]
    phases: tuple[TemplatePhase, ...]

    def text(self, field: dict[str, str], language: Language) -> str:
        return field.get(language.value) or field.get("en") or next(iter(field.values()), "")

    def display_name(self, language: Language) -> str:
        return self.text(self.name, language)

    @property
    def total_minutes(self) -> int:
        return sum(phase.minutes for phase in self.phases)


def templates_dir() -> Path:
    return resource_dir() / "templates"


def _parse(key: str, data: dict[str, Any]) -> Template:
    phases = tuple(
        TemplatePhase(
            kind=PhaseKind(item["kind"]),
            minutes=int(item["minutes"]),
            title=dict(item["title"]),
            instructions=dict(item.get("instructions", {})),
        )
        for item in data["phases"]
    )
    return Template(
        key=key,
        name=dict(data["name"]),
        description=dict(data.get("description", {})),
        goal=dict(data.get("goal", {})),
        questions={lang: [_starter(e) for e in items] for lang, items in data.get("questions", {}).items()},
        phases=phases,
    )


def load_templates() -> list[Template]:
    """All templates, the longest first (the full innovation workshop is the usual choice)."""
    result = []
    for path in sorted(templates_dir().glob("*.json")):
        result.append(_parse(path.stem, json.loads(path.read_text(encoding="utf-8"))))
    return sorted(result, key=lambda t: -t.total_minutes)


def get_template(key: str) -> Template:
    for template in load_templates():
        if template.key == key:
            return template
    raise ValidationError("no_template", "title", name=key)
