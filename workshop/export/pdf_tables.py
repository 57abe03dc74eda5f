"""The report's tables: the action plan, the participants and the agenda with planned and actual minutes.

Tables use ``splitInRow=1`` so one very long cell (a 10,000-character next step) splits across pages
instead of failing the whole export with a LayoutError.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Table

from workshop.domain.timer import actual_minutes, parse_stamp
from workshop.export.pdf_catalogue import people_label
from workshop.export.pdf_context import ReportContext, heading
from workshop.export.pdf_styles import (
    FRAME_WIDTH,
    HEADER_FILL,
    RULE,
    ZEBRA,
    bold,
    mm,
    own,
    para,
    report_table,
)


def grid_style(zebra: bool = True, rows: int = 0) -> list[tuple[Any, ...]]:
    style: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra:
        style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), ["white", ZEBRA]))
    return style


def _header(ctx: ReportContext, *keys: str, numeric: int = 0) -> list[Flowable]:
    """Header cells; the last *numeric* columns hold numbers and are right-aligned like their values."""
    first = len(keys) - numeric
    return [
        Paragraph(bold(ctx.t(key)), ctx.styles.cell_right if n >= first else ctx.styles.cell)
        for n, key in enumerate(keys)
    ]


def _table(rows: list[list[Flowable]], widths: list[float]) -> Table:
    table = report_table(rows, widths, repeat_rows=1)
    table.setStyle(grid_style())
    return table


def actions(ctx: ReportContext) -> list[Flowable]:
    snap, s = ctx.snapshot, ctx.styles
    out = heading(ctx, "actions")
    if not snap.actions:
        return [*out, Paragraph(own(ctx.t("no_actions")), s.body)]
    rows = [_header(ctx, "action", "owner", "due", "next_step", "status")]
    for action in snap.actions:
        owner = snap.participant_by_id.get(action.owner_id or "")
        owner_text = owner.name if owner is not None else action.owner_text
        if owner is not None and action.owner_text:
            owner_text = f"{owner.name} ({action.owner_text})"
        title_cell = para(action.title, s.cell_bold)
        source = snap.idea_by_id.get(action.idea_id or "") or None
        cells: list[Flowable] = [title_cell]
        if source is not None and source.text != action.title:
            nested = report_table([[title_cell], [para(source.text, s.muted, prefix="↳ ")]], [55 * mm])
            nested.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)])
            cells = [nested]
        rows.append(
            [
                cells[0],
                para(owner_text or ctx.t("not_set"), s.cell),
                Paragraph(own(action.due_date or ctx.t("not_set")), s.cell),
                para(action.next_step or ctx.t("not_set"), s.cell),
                Paragraph(own(ctx.t(f"action_{action.status.value}")), s.cell),
            ]
        )
    widths = [58 * mm, 32 * mm, 22 * mm, FRAME_WIDTH - 134 * mm, 22 * mm]
    return [*out, _table(rows, widths)]


def participants(ctx: ReportContext) -> list[Flowable]:
    snap, s = ctx.snapshot, ctx.styles
    out = heading(ctx, "participants")
    if not snap.participants:
        return [*out, Paragraph(own(ctx.t("no_participants")), s.body)]
    if snap.anonymised:
        out.append(Paragraph(own(ctx.t("anonymous_count", n=len(snap.participants))), s.body))
        counts = Counter(p.organisation for p in snap.participants if p.organisation)
        rows = [_header(ctx, "organisation", "n_participants")]
        rows += [
            [para(org, s.cell), Paragraph(own(people_label(ctx.language, n)), s.cell)]
            for org, n in sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))
        ]
        return [*out, _table(rows, [FRAME_WIDTH - 35 * mm, 35 * mm])] if counts else out
    rows = [_header(ctx, "name", "organisation", "role")]
    rows += [
        [para(p.name, s.cell), para(p.organisation, s.cell), para(p.role, s.cell)] for p in snap.participants
    ]
    return [*out, _table(rows, [50 * mm, 65 * mm, FRAME_WIDTH - 115 * mm])]


def agenda(ctx: ReportContext) -> list[Flowable]:
    snap, s = ctx.snapshot, ctx.styles
    out = heading(ctx, "agenda")
    if not snap.agenda:
        return [*out, Paragraph(own(ctx.t("no_agenda")), s.body)]
    rows = [_header(ctx, "phase", "planned", "actual", "difference", numeric=3)]
    planned_total, actual_total = 0, 0.0
    for item in snap.agenda:
        actual = actual_minutes(item.started_at, item.ended_at)
        planned = own(str(item.planned_minutes))
        if item.extra_minutes:
            planned += "<br/>" + own(ctx.t("extra", n=item.extra_minutes))
        planned_total += item.planned_minutes
        if actual is None and item.started_at:  # still running when the report was made
            actual_cell, diff = own(ctx.t("running_since", time=_clock_time(item.started_at))), ""
        elif actual is None:
            actual_cell, diff = own(ctx.t("not_run")), ""
        else:
            actual_total += actual
            actual_cell, diff = own(_minutes(actual)), own(_signed(actual - item.planned_minutes))
        rounds = len(item.round_list())
        method_note = own(ctx.t("method_prefix")) if item.method else ""
        if rounds:
            method_note = own(ctx.t("rounds_n", n=rounds)) + (" · " + method_note if method_note else "")
        rows.append(
            [
                para(item.title, s.cell, note_prefix=method_note, note=item.method or None),
                Paragraph(planned, s.cell_right),
                Paragraph(actual_cell, s.cell_right),
                Paragraph(diff, s.cell_right),
            ]
        )
    rows.append(
        [
            Paragraph(bold(ctx.t("total")), s.cell),
            Paragraph(bold(str(planned_total)), s.cell_right),
            Paragraph(bold(_minutes(actual_total)), s.cell_right),
            Paragraph("", s.cell_right),
        ]
    )
    table = _table(rows, [FRAME_WIDTH - 105 * mm, 40 * mm, 35 * mm, 30 * mm])
    table.setStyle(
        [("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE), ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL)]
    )
    return [*out, table]


def _clock_time(stamp: str) -> str:
    """HH:MM (UTC, as the cover's export time) of a recorded start."""
    try:
        moment = parse_stamp(stamp)
    except ValueError:  # an imported file's odd stamp still gives a report
        return stamp
    return moment.astimezone(UTC).strftime("%H:%M") if moment is not None else stamp


def _minutes(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def _signed(value: float) -> str:
    return ("+" if value > 0 else "") + _minutes(value) if value else "±0"
