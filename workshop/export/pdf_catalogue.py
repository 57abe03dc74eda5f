"""The report's own words in Swedish and English.

The report is written in the workshop's language (or the one asked for on export), not the language of
the app's window: a Swedish city office files a Swedish report even if the facilitator runs the app in
English. These strings therefore live here, not in Qt's translation files.
"""

from __future__ import annotations

from typing import Any

from workshop.domain.language import Language

TEXTS: dict[str, tuple[str, str]] = {  # key: (sv, en)
    "report": ("Workshoprapport", "Workshop report"),
    "subject": ("Sammanfattning av en innovationsworkshop", "Summary of an innovation workshop"),
    "date": ("Datum", "Date"),
    "place": ("Plats", "Place"),
    "facilitator": ("Facilitator", "Facilitator"),
    "organisation": ("Organisation", "Organisation"),
    "goal": ("Mål", "Goal"),
    "status": ("Status", "Status"),
    "not_set": ("–", "–"),
    "made_with": ("Skapad med Idéverkstad {version}, {stamp}", "Made with Idéverkstad {version}, {stamp}"),
    "anonymised_note": (
        "Rapporten är anonymiserad: deltagarnas namn visas inte.",
        "This report is anonymised: participants' names are not shown.",
    ),
    "attachment_note": (
        "Workshopens data finns bifogad i PDF-filen som workshop.json.",
        "The workshop's data is attached to this PDF as workshop.json.",
    ),
    "summary": ("Sammanfattning", "Summary"),
    "n_participants": ("Deltagare", "Participants"),
    "n_ideas": ("Idéer", "Ideas"),
    "n_clusters": ("Grupper", "Clusters"),
    "n_votes": ("Röster (prickar)", "Votes (dots)"),
    "n_actions": ("Åtgärder", "Actions"),
    "top_ideas": ("Idéerna med flest röster", "Ideas with the most votes"),
    "no_votes_yet": ("Inga röster har lagts än.", "No votes have been cast yet."),
    "votes_n": ("{n} röster", "{n} votes"),
    "vote_1": ("1 röst", "1 vote"),
    "framing": ("Problemformulering", "Problem framing"),
    "problem_statement": ("Problemet", "The problem"),
    "context": ("Sammanhang", "Context"),
    "target_groups": ("Målgrupper", "Target groups"),
    "constraints": ("Begränsningar", "Constraints"),
    "success_criteria": ("Framgångskriterier", "Success criteria"),
    "questions": ("Frågor (Hur skulle vi kunna …?)", "Questions (How might we …?)"),
    "in_focus": ("I fokus", "In focus"),
    "nothing_framed": ("Ingen problemformulering har skrivits.", "No problem framing was written."),
    "ideas": ("Idéer per grupp", "Ideas by cluster"),
    "untitled_cluster": ("Namnlös grupp", "Untitled cluster"),
    "unclustered": ("Idéer utanför grupper", "Ideas outside clusters"),
    "cluster_votes": ("Gruppen fick {n} röster", "The cluster got {n} votes"),
    "merged": ("Sammanslagen med", "Merged with"),
    "by": ("av", "by"),
    "question_short": ("Fråga", "Question"),
    "no_ideas": ("Inga idéer.", "No ideas."),
    "tag_economic": ("ekonomisk", "economic"),
    "tag_social": ("social", "social"),
    "tag_ecological": ("ekologisk", "ecological"),
    "voting": ("Röstning", "Voting"),
    "no_rounds": ("Ingen röstning har hållits.", "No voting was held."),
    "method_dots": ("Prickröstning.", "Dot voting."),
    "method_tally": ("Räknade pappersprickar.", "Counted paper dots."),
    "method_scoring": ("Bedömning 1–5 på två kriterier.", "Scoring 1–5 on two criteria."),
    "rule_dots": (
        "{dots} prickar per person, högst {max} per {target}.",
        "{dots} dots per person, at most {max} per {target}.",
    ),
    "rule_own_yes": ("Egna idéer fick röstas på.", "Own ideas could be voted for."),
    "rule_own_no": ("Egna idéer fick inte röstas på.", "Own ideas could not be voted for."),
    "rule_anonymous": ("Rösterna är anonyma.", "Votes are anonymous."),
    "rule_named": ("Rösterna är öppna.", "Votes are open."),
    "rule_scoring_each": ("Varje deltagare bedömde.", "Each participant scored."),
    "rule_scoring_group": ("Gruppen enades om en bedömning.", "The group agreed one score."),
    "target_ideas": ("idé", "idea"),
    "target_clusters": ("grupp", "cluster"),
    "turnout": ("{done} av {total} närvarande har röstat.", "{done} of {total} present have voted."),
    "not_voted": ("Har inte röstat:", "Did not vote:"),
    "round_open": (
        "Omgången är öppen; resultatet är preliminärt.",
        "The round is open; results are provisional.",
    ),
    "rank": ("Plats", "Rank"),
    "item": ("Förslag", "Proposal"),
    "dots": ("Prickar", "Dots"),
    "impact": ("Nytta", "Impact"),
    "effort": ("Insats", "Effort"),
    "quick_wins": ("Snabba vinster", "Quick wins"),
    "big_bets": ("Stora satsningar", "Big bets"),
    "fill_ins": ("Småsaker", "Fill-ins"),
    "money_pits": ("Tidstjuvar", "Money pits"),
    "not_scored": ("ej bedömd", "not scored"),
    "shown_top": ("Diagrammet visar de {n} främsta.", "The chart shows the top {n}."),
    "tied": ("delad", "tied"),
    "actions": ("Handlingsplan", "Action plan"),
    "no_actions": ("Inga åtgärder har planerats.", "No actions were planned."),
    "action": ("Åtgärd", "Action"),
    "owner": ("Ansvarig", "Owner"),
    "due": ("Klart senast", "Due"),
    "next_step": ("Nästa steg", "Next step"),
    "action_not_started": ("Ej påbörjad", "Not started"),
    "action_in_progress": ("Pågår", "In progress"),
    "action_done": ("Klar", "Done"),
    "participants": ("Deltagare", "Participants"),
    "name": ("Namn", "Name"),
    "role": ("Roll", "Role"),
    "present": ("Närvarande", "Present"),
    "yes": ("ja", "yes"),
    "no_participants": ("Inga deltagare registrerades.", "No participants were registered."),
    "anonymous_count": ("{n} personer deltog.", "{n} people took part."),
    "people_n": ("{n} personer", "{n} people"),
    "person_1": ("1 person", "1 person"),
    "agenda": ("Agenda", "Agenda"),
    "no_agenda": ("Ingen agenda.", "No agenda."),
    "phase": ("Fas", "Phase"),
    "planned": ("Planerat (min)", "Planned (min)"),
    "actual": ("Faktiskt (min)", "Actual (min)"),
    "difference": ("Skillnad", "Difference"),
    "total": ("Totalt", "Total"),
    "extra": ("inkl. +{n} under passet", "incl. +{n} during the phase"),
    "not_run": ("ej genomförd", "not run"),
    "method_prefix": ("metod: ", "method: "),
    "rounds_n": ("{n} omgångar", "{n} rounds"),
    "running_since": ("pågår sedan {time} UTC", "running since {time} UTC"),
    "page": ("Sida {n} av {total}", "Page {n} of {total}"),
    "status_draft": ("Planeras", "Being planned"),
    "status_running": ("Pågår", "Running"),
    "status_finished": ("Avslutad", "Finished"),
    "keywords": ("workshop, innovation, idéer, handlingsplan", "workshop, innovation, ideas, action plan"),
    "missing_glyphs": (
        "Tecken som inget av rapportens typsnitt kan visa står som �: {codes}.",
        "Characters none of the report's fonts can show appear as �: {codes}.",
    ),
    "attachment": ("Workshoppens data (utbytesfil)", "The workshop's data (exchange file)"),
}


def text(language: Language, key: str, **params: Any) -> str:
    """The report's wording for *key*; numbers are formatted by the caller."""
    swedish, english = TEXTS[key]
    template = swedish if language == Language.SV else english
    return template.format(**params) if params else template


def votes_label(language: Language, n: int) -> str:
    return text(language, "vote_1") if n == 1 else text(language, "votes_n", n=n)


def people_label(language: Language, n: int) -> str:
    return text(language, "person_1") if n == 1 else text(language, "people_n", n=n)
