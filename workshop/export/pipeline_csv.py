"""The ideas as a CSV for the city's idea pipeline (Decidim's proposal import).

What Decidim's importer expects (read from its source, see PITFALLS.md): ``;``-separated UTF-8, the first
line is the header, matched exactly; ``title/<locale>`` and ``body/<locale>`` are required, other columns
are ignored; duplicate or empty header names, a blank line, a stray quote or an empty title or body reject
the whole file. So: the csv module does all quoting (text with ``;``, quotes and line breaks stays one
field), every row has a non-empty title and body, and the traceability columns have unique names.

The officer who receives the file may open it in a spreadsheet first, which runs any cell that starts
like a formula (``=HYPERLINK(…)``, ``+SUM(…)``, ``@cmd``, a DDE ``-2+cmd|…``). So every cell whose first
character, or first character after spaces, is one of ``= + - @``, a tab or a carriage return (or their
full-width forms, which some spreadsheets read as the same) gets a leading ``'`` (OWASP's advice for CSV
injection): the spreadsheet shows the text, and Decidim imports it with the quote in front, nothing lost.

Columns: ``title/<lang>``, ``body/<lang>``, then ``workshop_id``, ``workshop_title``, ``idea_id`` (for a
row per cluster: the ids of its ideas, space-separated), ``cluster_id``, ``cluster``, ``votes``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from enum import StrEnum

from workshop.domain.cluster import Cluster
from workshop.domain.idea import Idea
from workshop.domain.language import Language
from workshop.domain.snapshot import WorkshopSnapshot
from workshop.domain.voting import VotingMethod, VotingTarget

TITLE_LIMIT = 150  # Decidim's form limit; longer ideas keep their full text in the body


class Selection(StrEnum):
    ALL = "all"
    WITH_VOTES = "with_votes"
    TOP = "top"  # the top N of one voting round


class RowPer(StrEnum):
    IDEA = "idea"
    CLUSTER = "cluster"


@dataclass(frozen=True)
class PipelineOptions:
    selection: Selection = Selection.ALL
    row_per: RowPer = RowPer.IDEA
    round_id: str | None = None  # for Selection.TOP
    top: int = 10
    language: Language | None = None  # default: the workshop's


LABELS = {
    "question": ("Fråga", "Question"),
    "cluster": ("Grupp", "Cluster"),
    "votes": ("Röster", "Votes"),
    "merged": ("Liknande idéer", "Similar ideas"),
    "ideas": ("Idéer", "Ideas"),
    "workshop": ("Workshop", "Workshop"),
    "untitled": ("Namnlös grupp", "Untitled cluster"),
}


def _label(key: str, lang: Language) -> str:
    sv, en = LABELS[key]
    return sv if lang == Language.SV else en


def _title(text: str) -> str:
    if len(text) <= TITLE_LIMIT:
        return text
    cut = text[: TITLE_LIMIT - 1].rsplit(" ", 1)[0] or text[: TITLE_LIMIT - 1]
    return cut + "…"


FORMULA_STARTS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")


def spreadsheet_safe(cell: str) -> str:
    """*cell* so that a spreadsheet shows it as text and never runs it (a ``'`` before a formula).

    A text typed with quotes before a formula ("'@x") gets one more, so every cell reads back as typed by
    taking away exactly one quote from the cells that start with quotes and then a formula.
    """
    rest = cell.lstrip("'")
    if rest[:1] in FORMULA_STARTS or rest.lstrip()[:1] in FORMULA_STARTS:
        return "'" + cell
    return cell


def header(lang: Language) -> list[str]:
    return [
        f"title/{lang.value}",
        f"body/{lang.value}",
        "workshop_id",
        "workshop_title",
        "idea_id",
        "cluster_id",
        "cluster",
        "votes",
    ]


def _votes(snapshot: WorkshopSnapshot, options: PipelineOptions) -> tuple[dict[str, int], list[str] | None]:
    """Votes per item, and (for the top N of a round) the chosen item ids in rank order."""
    if options.selection != Selection.TOP:
        votes = dict(snapshot.idea_dots)
        for cluster in snapshot.clusters:
            members = snapshot.ideas_in(cluster.id)
            votes[cluster.id] = snapshot.cluster_dots.get(cluster.id, 0) + sum(votes[i.id] for i in members)
        return votes, None
    voting_round = next((r for r in snapshot.voting_rounds if r.id == options.round_id), None)
    if voting_round is None:
        return {}, []
    results = snapshot.round_results(voting_round)
    if voting_round.method == VotingMethod.SCORING:
        ranked = [r for r in results if r.score_a is not None]
    else:
        ranked = [r for r in results if r.dots > 0]
    chosen = [r for r in ranked if r.rank <= max(0, options.top)]
    return {r.item_id: r.dots for r in results}, [r.item_id for r in chosen]


def _idea_body(snapshot: WorkshopSnapshot, idea: Idea, votes: int, lang: Language) -> str:
    parts = [idea.text]
    if idea.description:
        parts.append(idea.description)
    context = [f"{_label('workshop', lang)}: {snapshot.workshop.title}"]
    question = snapshot.question_by_id.get(idea.question_id or "")
    if question is not None:
        context.append(f"{_label('question', lang)}: {question.text}")
    cluster = snapshot.cluster_by_id.get(idea.cluster_id or "")
    if cluster is not None:
        context.append(f"{_label('cluster', lang)}: {cluster.title or _label('untitled', lang)}")
    context.append(f"{_label('votes', lang)}: {votes}")
    duplicates = snapshot.merged_duplicates(idea.id)
    if duplicates:
        context.append(f"{_label('merged', lang)}: " + " | ".join(d.text for d in duplicates))
    return "\n\n".join(parts) + "\n\n" + "\n".join(context)


def _cluster_body(snapshot: WorkshopSnapshot, cluster: Cluster, votes: dict[str, int], lang: Language) -> str:
    members = snapshot.ideas_in(cluster.id)
    lines = [f"- {i.text} ({votes.get(i.id, 0)})" for i in members] or ["-"]
    context = [
        f"{_label('workshop', lang)}: {snapshot.workshop.title}",
        f"{_label('votes', lang)}: {votes.get(cluster.id, 0)}",
    ]
    return f"{_label('ideas', lang)}:\n" + "\n".join(lines) + "\n\n" + "\n".join(context)


def rows(snapshot: WorkshopSnapshot, options: PipelineOptions) -> list[list[str]]:
    """The data rows (without header) for *options*."""
    lang = options.language or snapshot.workshop.language
    w = snapshot.workshop
    votes, chosen = _votes(snapshot, options)
    ideas = list(snapshot.visible_ideas)
    clusters = list(snapshot.clusters)
    if chosen is not None:
        order = {item_id: n for n, item_id in enumerate(chosen)}
        ideas = sorted((i for i in ideas if i.id in order), key=lambda i: order[i.id])
        clusters = sorted((c for c in clusters if c.id in order), key=lambda c: order[c.id])
        voting_round = next(r for r in snapshot.voting_rounds if r.id == options.round_id)
        if voting_round.target == VotingTarget.CLUSTERS:
            ideas = []
        else:
            clusters = []
            if options.row_per == RowPer.CLUSTER:
                wanted = {i.cluster_id for i in ideas}
                clusters = [c for c in snapshot.clusters if c.id in wanted]
                ideas = [i for i in ideas if i.cluster_id is None]
    elif options.selection == Selection.WITH_VOTES:
        ideas = [i for i in ideas if votes.get(i.id, 0) > 0]
        clusters = [c for c in clusters if votes.get(c.id, 0) > 0]
    if chosen is None and options.row_per == RowPer.IDEA:
        clusters = []
    if chosen is None and options.row_per == RowPer.CLUSTER:
        ideas = [i for i in ideas if i.cluster_id is None]  # ideas outside clusters stand on their own
    out: list[list[str]] = []
    for cluster in clusters:
        title = cluster.title or _label("untitled", lang)
        member_ids = " ".join(i.id for i in snapshot.ideas_in(cluster.id))
        out.append(
            [
                _title(title),
                _cluster_body(snapshot, cluster, votes, lang),
                w.id,
                w.title,
                member_ids,
                cluster.id,
                title,
                str(votes.get(cluster.id, 0)),
            ]
        )
    for idea in ideas:
        home = snapshot.cluster_by_id.get(idea.cluster_id or "")
        cluster_title = (home.title or _label("untitled", lang)) if home else ""
        out.append(
            [
                _title(idea.text),
                _idea_body(snapshot, idea, votes.get(idea.id, 0), lang),
                w.id,
                w.title,
                idea.id,
                idea.cluster_id or "",
                cluster_title,
                str(votes.get(idea.id, 0)),
            ]
        )
    return out


def to_csv(snapshot: WorkshopSnapshot, options: PipelineOptions | None = None) -> str:
    """The whole CSV text. Line breaks inside fields are ``\\n``; rows end with ``\\r\\n`` (RFC 4180)."""
    options = options or PipelineOptions()
    lang = options.language or snapshot.workshop.language
    buffer = io.StringIO()
    writer = csv.writer(
        buffer, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n"
    )
    writer.writerow(header(lang))
    writer.writerows([spreadsheet_safe(cell) for cell in row] for row in rows(snapshot, options))
    return buffer.getvalue()


def to_bytes(snapshot: WorkshopSnapshot, options: PipelineOptions | None = None) -> bytes:
    """UTF-8 without a BOM (Decidim drops a BOM, but other tools then see it in the first header)."""
    return to_csv(snapshot, options).encode("utf-8", errors="replace")
