"""The summary PDF of a 1,000-idea workshop (10 voting rounds with charts), target <= 1.5x a bare script.

The bare baseline is a plain reportlab script laying out the same paragraphs (every paragraph of the
report, table cells included, with the same text and style) one after another, measured in the same run:
what any PDF of this content must cost. The figure is the whole report: sanitising and font fallback,
sections, tables, charts, page "n of m", and the PDF/A-3b work (pikepdf: the exchange file as an
associated file, XMP metadata, sRGB output intent, saved as PDF/A). A second baseline, only the ideas'
texts in plain paragraphs, is printed for scale, and so is the PDF/A step alone and what validating the
finished file would add (the tests validate; an export does not).

Run: python -m benchmarks.pdf_export
"""

from __future__ import annotations

import statistics
import time
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from benchmarks._big_workshop import big_workshop
from workshop.export import exchange
from workshop.export.pdf_context import ReportContext
from workshop.export.pdf_fonts import register_fonts
from workshop.export.pdf_report import _story, render_pdf, report_bytes, report_metadata
from workshop.export.pdf_styles import make_styles
from workshop.export.pdfa import archive, validate

IDEAS = 1_000
REPEATS = 3
TARGET_RATIO = 1.5


def paragraphs(flowables: list[Any]) -> list[Paragraph]:
    """Every paragraph of a story, also inside KeepTogether blocks and table cells."""
    found: list[Paragraph] = []
    for item in flowables:
        if isinstance(item, Paragraph):
            found.append(item)
        elif isinstance(item, Table):
            for row in item._cellvalues:
                for cell in row:
                    found += paragraphs(list(cell) if isinstance(cell, list | tuple) else [cell])
        elif hasattr(item, "_content"):
            found += paragraphs(list(item._content))
    return found


def bare(texts: list[tuple[str, ParagraphStyle]]) -> float:
    font = register_fonts()
    start = time.perf_counter()
    doc = SimpleDocTemplate(BytesIO(), pagesize=A4, initialFontName=font)
    doc.build([Paragraph(text, style) for text, style in texts])
    return time.perf_counter() - start


def run() -> list[dict]:
    snapshot = big_workshop(IDEAS)
    ctx = ReportContext(snapshot, snapshot.workshop.language, make_styles(), "2026-03-14T16:00:00")
    same = [(p.text, p.style) for p in paragraphs(_story(ctx))]
    plain_style = ParagraphStyle("plain", fontName=register_fonts(), fontSize=10, leading=13.5)
    ideas_only = [(escape(i.text), plain_style) for i in snapshot.ideas]
    report_bytes(snapshot)  # warm up fonts and caches for all three
    bare(same)
    ours, base, small = [], [], []
    for _ in range(REPEATS):
        start = time.perf_counter()
        report_bytes(snapshot)
        ours.append(time.perf_counter() - start)
        base.append(bare(same))
        small.append(bare(ideas_only))
    figure, baseline = statistics.median(ours), statistics.median(base)
    pages = render_pdf(snapshot)
    meta = report_metadata(snapshot, snapshot.workshop.language, "2026-03-14T16:00:00+00:00")
    data = exchange.to_bytes(exchange.to_document(snapshot))
    start = time.perf_counter()
    archived = archive(pages, data, meta, data_description="data")
    pdfa_step = time.perf_counter() - start
    start = time.perf_counter()
    passed = validate(archived).passed
    print(
        f"(of the figure, the PDF/A step takes {pdfa_step:.3f} s; validating the file would add "
        f"{time.perf_counter() - start:.2f} s; validator: {'pass' if passed else 'FAIL'})"
    )
    print(
        f"(for scale: {IDEAS} idea texts alone in plain paragraphs take {statistics.median(small):.2f} s; "
        f"the report has {len(same)} paragraphs)"
    )
    return [
        {
            "name": f"pdf report: {IDEAS} ideas, 10 charts",
            "figure": round(figure, 2),
            "baseline": round(baseline, 2),
            "unit": "s",
            "target": f"<= {TARGET_RATIO}x baseline (now {figure / baseline:.2f}x)",
        }
    ]


if __name__ == "__main__":
    from benchmarks.table import print_table

    print_table(run())
