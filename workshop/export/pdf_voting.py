"""The voting section: each round with its rules, how many voted, a chart and the ranked proposals.

Dot and tally rounds get a bar chart; scoring rounds get the impact/effort matrix. Results come from
the domain's voting rules (merged duplicates count for the idea they were merged into; ties share a rank).
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from workshop.domain.voting import (
    RoundStatus,
    ScoringBy,
    VotingMethod,
    VotingRound,
    VotingTarget,
)
from workshop.domain.voting_rules import ItemResult, count_turnout
from workshop.export.pdf_charts import bar_chart, impact_effort_matrix
from workshop.export.pdf_context import ReportContext, heading
from workshop.export.pdf_styles import FRAME_WIDTH, bold, mm, own, para, report_table
from workshop.export.pdf_tables import grid_style

CHART_ITEMS = 12
TABLE_ITEMS = 30


def _rank_label(result: ItemResult) -> str:
    return f"{result.rank}=" if result.tied else str(result.rank)


def _rules(ctx: ReportContext, voting_round: VotingRound) -> list[str]:
    t = ctx.t
    lines = [t(f"method_{voting_round.method.value}")]
    target = t("target_clusters" if voting_round.target == VotingTarget.CLUSTERS else "target_ideas")
    if voting_round.method == VotingMethod.DOTS:
        lines.append(
            t("rule_dots", dots=voting_round.dots_per_person, max=voting_round.max_per_item, target=target)
        )
        lines.append(t("rule_own_yes" if voting_round.allow_own else "rule_own_no"))
    if voting_round.method == VotingMethod.SCORING:
        lines.append(
            t("rule_scoring_group" if voting_round.scoring_by == ScoringBy.GROUP else "rule_scoring_each")
        )
    if voting_round.method != VotingMethod.TALLY:
        lines.append(t("rule_anonymous" if voting_round.anonymous else "rule_named"))
    return lines


def _one_round(ctx: ReportContext, voting_round: VotingRound, lead: list[Flowable]) -> list[Flowable]:
    """The round's flowables; *lead* (the section title, for the first round) stays on the chart's page."""
    snap, s = ctx.snapshot, ctx.styles
    head: list[Flowable] = [
        para(voting_round.title, s.h2),
        Paragraph(own(" ".join(_rules(ctx, voting_round))), s.small),
    ]
    head += _turnout(ctx, voting_round)
    if voting_round.status == RoundStatus.OPEN:
        head.append(Paragraph(own(ctx.t("round_open")), s.muted))
    results = snap.round_results(voting_round)
    scoring = voting_round.method == VotingMethod.SCORING
    if scoring:
        shown = [r for r in results if r.score_a is not None and r.score_b is not None][:TABLE_ITEMS]
    else:
        shown = [r for r in results if r.dots > 0][:TABLE_ITEMS]
    if not shown:
        return [*lead, *head, Paragraph(own(ctx.t("no_votes_yet")), s.body)]
    if scoring:
        names = (ctx.t("quick_wins"), ctx.t("big_bets"), ctx.t("fill_ins"), ctx.t("money_pits"))
        points = [(_rank_label(r), float(r.score_b or 0), float(r.score_a or 0)) for r in shown]
        criterion_a = voting_round.criterion_a or ctx.t("impact")
        criterion_b = voting_round.criterion_b or ctx.t("effort")
        axes = report_table(
            [
                [para(criterion_a, s.muted, prefix="↑ ")],
                [impact_effort_matrix(points, names, FRAME_WIDTH)],
                [para(criterion_b, s.muted, suffix=" →")],
            ],
            [FRAME_WIDTH],
        )
        axes.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)])
        chart: Flowable = axes
        header = [
            Paragraph(bold(ctx.t("rank")), s.cell),
            Paragraph(bold(ctx.t("item")), s.cell),
            para(criterion_a, s.cell_bold),
            para(criterion_b, s.cell_bold),
        ]
        rows = [header] + [
            [
                Paragraph(own(_rank_label(r)), s.cell),
                para(snap.item_title(r.item_id), s.cell),
                Paragraph(own(_mean(r.score_a)), s.cell_right),
                Paragraph(own(_mean(r.score_b)), s.cell_right),
            ]
            for r in shown
        ]
        widths = [14 * mm, FRAME_WIDTH - 64 * mm, 25 * mm, 25 * mm]
    else:
        top = shown[:CHART_ITEMS]
        chart = bar_chart([_rank_label(r) for r in top], [r.dots for r in top], FRAME_WIDTH)
        header = [
            Paragraph(bold(ctx.t("rank")), s.cell),
            Paragraph(bold(ctx.t("item")), s.cell),
            Paragraph(bold(ctx.t("dots")), s.cell_right),
        ]
        rows = [header] + [
            [
                Paragraph(own(_rank_label(r)), s.cell),
                para(snap.item_title(r.item_id), s.cell),
                Paragraph(own(str(r.dots)), s.cell_right),
            ]
            for r in shown
        ]
        widths = [14 * mm, FRAME_WIDTH - 34 * mm, 20 * mm]
    table = report_table(rows, widths, repeat_rows=1)
    table.setStyle(grid_style())
    keep = KeepTogether([*lead, *head, Spacer(1, 2 * mm), chart])
    return [keep, Spacer(1, 3 * mm), table, Spacer(1, 4 * mm)]


def _turnout(ctx: ReportContext, voting_round: VotingRound) -> list[Flowable]:
    """Of those present, how many voted, and who did not: the same count as the console's."""
    if voting_round.method == VotingMethod.TALLY or voting_round.scoring_by == ScoringBy.GROUP:
        return []  # nobody votes in turns: the facilitator enters the whole count
    snap, s = ctx.snapshot, ctx.styles
    states = {b.participant_id: b.state for b in snap.ballots_in(voting_round.id)}
    count = count_turnout(snap.participants, states)
    if not count.total:
        return []
    out = [Paragraph(own(ctx.t("turnout", done=len(count.voted), total=count.total)), s.small)]
    if count.not_voted:
        names = ", ".join(p.name for p in count.not_voted)
        out.append(para(names, s.small, prefix=own(ctx.t("not_voted")) + " ", suffix="."))
    return out


def _mean(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def voting(ctx: ReportContext) -> list[Flowable]:
    out = heading(ctx, "voting")
    if not ctx.snapshot.voting_rounds:
        return [*out, Paragraph(own(ctx.t("no_rounds")), ctx.styles.body)]
    title = out.pop()  # kept on the page of the first round's chart, never alone at the bottom
    for number, voting_round in enumerate(ctx.snapshot.voting_rounds):
        out += _one_round(ctx, voting_round, [title] if number == 0 else [])
    return out
