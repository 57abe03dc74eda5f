"""Decidim's meeting report: what closing a meeting asks for, from the workshop, in the workshop's language.

In Decidim a workshop lives as a meeting; closing it asks for a closing report, the number of attendees,
the attending organisations, the number of contributions and the proposals that came from it. One
workshop gives one report, as readable text to paste into that form and as JSON with the same fields
(for a script, or for the city's records). No participant is named: the form is public.

- attendees: the participants marked present (all participants if nobody was marked);
- organisations: theirs, each once, in alphabetical order;
- contributions: every idea collected, merged duplicates included (each was someone's contribution);
- proposals: the titles the proposals file gets (:mod:`workshop.export.decidim_proposals`), so the
  officer can link the imported proposals to the meeting.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from workshop.domain.language import Language
from workshop.domain.snapshot import WorkshopSnapshot
from workshop.export import decidim_proposals, pipeline_csv

LABELS = {  # key: (sv, en)
    "heading": ("Mötesrapport för Decidim", "Meeting report for Decidim"),
    "closing_report": ("Mötesprotokoll", "Closing report"),
    "attendees_count": ("Antal deltagare", "Number of attendees"),
    "attending_organizations": ("Deltagande organisationer", "Attending organisations"),
    "contributions_count": ("Antal bidrag", "Number of contributions"),
    "proposals": ("Förslag från mötet", "Proposals from the meeting"),
    "held": ("Workshoppen {title} hölls {date}{place}.", "The workshop {title} was held on {date}{place}."),
    "held_undated": ("Workshoppen {title} hölls{place}.", "The workshop {title} was held{place}."),
    "place": (" på {place}", " at {place}"),
    "goal": ("Mål: {goal}", "Goal: {goal}"),
    "problem": ("Problem: {text}", "Problem: {text}"),
    "questions": ("Frågor:", "Questions:"),
    "collected": (
        "{people} deltagare lämnade {ideas} idéer, som grupperades i {clusters} grupper.",
        "{people} participants contributed {ideas} ideas, grouped into {clusters} clusters.",
    ),
    "top": ("Idéerna med flest röster:", "The ideas with most votes:"),
    "votes": ("{n} röster", "{n} votes"),
    "actions": ("Handlingsplan:", "Action plan:"),
    "due": ("senast {date}", "by {date}"),
    "none": ("(inga)", "(none)"),
}


def _t(lang: Language, key: str, **params: object) -> str:
    sv, en = LABELS[key]
    return (sv if lang == Language.SV else en).format(**params)


@dataclass(frozen=True)
class MeetingReport:
    """The fields of Decidim's "Close meeting" form."""

    language: str
    closing_report: str
    attendees_count: int
    attending_organizations: list[str]
    contributions_count: int
    proposals: list[str]


def _closing_report(snapshot: WorkshopSnapshot, lang: Language, attendees: int) -> str:
    w = snapshot.workshop
    place = _t(lang, "place", place=w.location) if w.location else ""
    lines = [
        _t(lang, "held", title=w.title, date=w.date, place=place)
        if w.date
        else _t(lang, "held_undated", title=w.title, place=place)
    ]
    if w.goal:
        lines.append(_t(lang, "goal", goal=w.goal))
    if w.problem_statement:
        lines.append(_t(lang, "problem", text=w.problem_statement))
    if snapshot.questions:
        lines += ["", _t(lang, "questions"), *(f"- {q.text}" for q in snapshot.questions)]
    counts = {"people": attendees, "ideas": len(snapshot.ideas), "clusters": len(snapshot.clusters)}
    lines += ["", _t(lang, "collected", **counts)]
    top = [(idea, dots) for idea, dots in snapshot.top_ideas(5) if dots > 0]
    if top:
        lines += ["", _t(lang, "top")]
        lines += [f"{n}. {idea.text} ({_t(lang, 'votes', n=dots)})" for n, (idea, dots) in enumerate(top, 1)]
    if snapshot.actions:
        lines += ["", _t(lang, "actions")]
        for action in snapshot.actions:
            due = f" ({_t(lang, 'due', date=action.due_date)})" if action.due_date else ""
            lines.append(f"- {action.title}{due}")
    return "\n".join(lines)


def meeting_report(snapshot: WorkshopSnapshot, language: Language | None = None) -> MeetingReport:
    lang = language or snapshot.workshop.language
    present = [p for p in snapshot.participants if p.present] or list(snapshot.participants)
    organisations = sorted(
        {p.organisation.strip() for p in present if p.organisation.strip()}, key=str.casefold
    )
    options = pipeline_csv.PipelineOptions(language=lang)
    proposals = [item["title"][lang.value] for item in decidim_proposals.proposals(snapshot, options)]
    return MeetingReport(
        language=lang.value,
        closing_report=_closing_report(snapshot, lang, len(present)),
        attendees_count=len(present),
        attending_organizations=organisations,
        contributions_count=len(snapshot.ideas),
        proposals=proposals,
    )


def to_text(report: MeetingReport) -> str:
    """The report as text to paste into Decidim's form, field by field."""
    lang = Language(report.language)
    none = _t(lang, "none")
    parts = [
        _t(lang, "heading"),
        "",
        f"{_t(lang, 'closing_report')}:",
        report.closing_report,
        "",
        f"{_t(lang, 'attendees_count')}: {report.attendees_count}",
        f"{_t(lang, 'attending_organizations')}: {', '.join(report.attending_organizations) or none}",
        f"{_t(lang, 'contributions_count')}: {report.contributions_count}",
        "",
        f"{_t(lang, 'proposals')}:",
        *([f"- {title}" for title in report.proposals] or [none]),
    ]
    return "\n".join(parts) + "\n"


def to_json(report: MeetingReport) -> bytes:
    return (json.dumps(asdict(report), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def text_bytes(snapshot: WorkshopSnapshot, language: Language | None = None) -> bytes:
    return to_text(meeting_report(snapshot, language)).encode("utf-8")


def json_bytes(snapshot: WorkshopSnapshot, language: Language | None = None) -> bytes:
    return to_json(meeting_report(snapshot, language))
