"""The report's first sections: cover, summary, problem framing and the ideas by cluster.

Each function returns the flowables of one section. Every text a person typed goes through
:func:`~workshop.export.pdf_styles.para`; the report's own words come from the catalogue.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable

from workshop import __version__
from workshop.domain.framing import FramingKind
from workshop.domain.idea import Idea
from workshop.export.pdf_catalogue import votes_label
from workshop.export.pdf_context import ReportContext, heading
from workshop.export.pdf_styles import (
    ACCENT,
    FRAME_WIDTH,
    HEADER_FILL,
    RULE,
    bold,
    mm,
    own,
    para,
    report_table,
)
from workshop.export.pdf_tables import grid_style


def cover(ctx: ReportContext) -> list[Flowable]:
    w, s = ctx.snapshot.workshop, ctx.styles
    facts = [
        ("date", w.date),
        ("place", w.location),
        ("facilitator", w.facilitator),
        ("organisation", w.organisation),
        ("status", ctx.t(f"status_{w.status.value}")),
    ]
    rows = [
        [Paragraph(bold(ctx.t(key)), s.body), para(value or ctx.t("not_set"), s.body)] for key, value in facts
    ]
    table = report_table(rows, [40 * mm, FRAME_WIDTH - 40 * mm])
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)])
    out: list[Flowable] = [
        Spacer(1, 30 * mm),
        Paragraph(own(ctx.t("report").upper()), s.cover_label),
        Spacer(1, 3 * mm),
        para(w.title, s.cover_title),
        HRFlowable(width="100%", thickness=2, color=ACCENT, spaceBefore=2, spaceAfter=10),
        table,
        Spacer(1, 8 * mm),
    ]
    if w.goal:
        out += [Paragraph(own(ctx.t("goal")), s.h2), para(w.goal, s.body)]
    notes = [ctx.t("made_with", version=__version__, stamp=ctx.exported_at[:16].replace("T", " ") + " UTC")]
    if ctx.snapshot.anonymised:
        notes.insert(0, ctx.t("anonymised_note"))
    notes.append(ctx.t("attachment_note"))
    out += [Spacer(1, 12 * mm)] + [Paragraph(own(note), s.muted) for note in notes]
    return [*out, PageBreak()]


def summary(ctx: ReportContext) -> list[Flowable]:
    snap, s = ctx.snapshot, ctx.styles
    figures = [
        ("n_participants", len(snap.participants)),
        ("n_ideas", len(snap.visible_ideas)),
        ("n_clusters", len(snap.clusters)),
        ("n_votes", snap.total_dots),
        ("n_actions", len(snap.actions)),
    ]
    cells = [
        [Paragraph(own(str(value)), s.figure), Paragraph(own(ctx.t(key)), s.figure_label)]
        for key, value in figures
    ]
    width = FRAME_WIDTH / len(figures)
    boxes = report_table([cells], [width] * len(figures))
    boxes.setStyle(
        [
            ("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL),
            ("LINEAFTER", (0, 0), (-2, -1), 2, "white"),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]
    )
    out: list[Flowable] = [*heading(ctx, "summary"), boxes, Paragraph(own(ctx.t("top_ideas")), s.h2)]
    top = snap.top_ideas(5)
    if not top:
        return [*out, Paragraph(own(ctx.t("no_votes_yet")), s.body)]
    rows = [
        [
            Paragraph(bold(ctx.t("rank")), s.cell),
            Paragraph(bold(ctx.t("item")), s.cell),
            Paragraph(bold(ctx.t("dots")), s.cell_right),
        ]
    ]
    rows += [
        [Paragraph(own(str(n)), s.cell), para(idea.text, s.cell), Paragraph(own(str(dots)), s.cell_right)]
        for n, (idea, dots) in enumerate(top, 1)
    ]
    table = report_table(rows, [14 * mm, FRAME_WIDTH - 34 * mm, 20 * mm], repeat_rows=1)
    table.setStyle(grid_style())
    return [*out, table]


def framing(ctx: ReportContext) -> list[Flowable]:
    snap, s = ctx.snapshot, ctx.styles
    w = snap.workshop
    out = heading(ctx, "framing")
    empty = True
    for key, value in (("problem_statement", w.problem_statement), ("context", w.context)):
        if value:
            out += [Paragraph(own(ctx.t(key)), s.h2), para(value, s.body)]
            empty = False
    lists = (
        (FramingKind.TARGET_GROUP, "target_groups"),
        (FramingKind.CONSTRAINT, "constraints"),
        (FramingKind.SUCCESS_CRITERION, "success_criteria"),
    )
    for kind, key in lists:
        items = [f for f in snap.framing if f.kind == kind]
        if items:
            out.append(Paragraph(own(ctx.t(key)), s.h2))
            out += [para(f.text, s.body, prefix="• ") for f in items]
            empty = False
    if snap.questions:
        out.append(Paragraph(own(ctx.t("questions")), s.h2))
        for number, q in enumerate(snap.questions, 1):
            mark = f"  <b>[{own(ctx.t('in_focus'))}]</b>" if q.focus else ""
            out.append(para(q.text, s.body, prefix=f"{number}. ", suffix=mark))
        empty = False
    if empty:
        out.append(Paragraph(own(ctx.t("nothing_framed")), s.body))
    return out


def _idea_lines(ctx: ReportContext, idea: Idea) -> list[Flowable]:
    snap, s = ctx.snapshot, ctx.styles
    dots = snap.idea_dots.get(idea.id, 0)
    votes = f"  <b>({own(votes_label(ctx.language, dots))})</b>" if dots else ""
    author = snap.participant_by_id.get(idea.author_id or "")
    meta = own(", ".join(ctx.t(f"tag_{tag.value}") for tag in snap.tags.get(idea.id, ())))
    if author is not None:
        meta = (meta + " · " if meta else "") + own(ctx.t("by") + " ")
    note = author.name if author is not None else None
    indent = "\u2003" if meta else ""
    lines: list[Flowable] = [
        para(idea.text, s.body, prefix="• ", suffix=votes, note_prefix=indent + meta, note=note)
    ]
    if idea.description:
        lines.append(para(idea.description, s.small, prefix="\u2003"))
    for duplicate in snap.merged_duplicates(idea.id):
        lines.append(para(duplicate.text, s.muted, prefix="\u2003" + own(ctx.t("merged") + ": ")))
    return lines


def ideas(ctx: ReportContext) -> list[Flowable]:
    snap, s = ctx.snapshot, ctx.styles
    out = heading(ctx, "ideas")
    if not snap.visible_ideas:
        return [*out, Paragraph(own(ctx.t("no_ideas")), s.body)]
    groups: list[tuple[Flowable, list[Idea]]] = []
    for cluster in snap.clusters:
        members = sorted(snap.ideas_in(cluster.id), key=lambda i: -snap.idea_dots.get(i.id, 0))
        count = f"  ({len(members)})"
        title = para(cluster.title or ctx.t("untitled_cluster"), s.h2, suffix=own(count))
        groups.append((title, members))
    loose = sorted(snap.ideas_in(None), key=lambda i: -snap.idea_dots.get(i.id, 0))
    if loose:
        groups.append((Paragraph(own(ctx.t("unclustered") + f"  ({len(loose)})"), s.h2), loose))
    for number, (title, members) in enumerate(groups):
        cluster_id = snap.clusters[number].id if number < len(snap.clusters) else None
        first = [title]
        if cluster_id and snap.cluster_dots.get(cluster_id):
            first.append(Paragraph(own(ctx.t("cluster_votes", n=snap.cluster_dots[cluster_id])), s.muted))
        lines = [_idea_lines(ctx, idea) for idea in members]
        # Keep the heading with its first idea; later ideas flow freely across pages.
        out.append(KeepTogether(first + (lines[0] if lines else [])))
        for block in lines[1:]:
            out.extend(block)
    return out
