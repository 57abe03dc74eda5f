"""The summary report of a workshop as a PDF a city office can file, carrying its own data.

Sections: cover; summary figures and top ideas; problem framing; ideas by cluster; voting rounds; the
action plan; participants; the agenda with planned and actual minutes. The footer names the workshop and
the page ("Sida 3 av 9"). The exchange file of the same snapshot is attached as ``workshop.json``, so the
PDF alone can be imported again or fed to the city's pipeline. The file is PDF/A-3b, checked by
pikepdf's validator as it is written (see :mod:`workshop.export.pdfa`).

Everything here works on a frozen snapshot and touches no database or Qt, so it can run in a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from workshop import APP_NAME
from workshop.domain.ids import now_iso
from workshop.domain.language import Language
from workshop.domain.snapshot import WorkshopSnapshot
from workshop.export import exchange
from workshop.export.atomic_write import write_atomically
from workshop.export.pdf_catalogue import text
from workshop.export.pdf_context import ReportContext
from workshop.export.pdf_fonts import register_fonts
from workshop.export.pdf_sections import cover, framing, ideas, summary
from workshop.export.pdf_styles import BOTTOM_MARGIN, MARGIN, MUTED, PAGE, RULE, make_styles, own, para
from workshop.export.pdf_tables import actions, agenda, participants
from workshop.export.pdf_voting import voting
from workshop.export.pdfa import ReportMetadata, archive
from workshop.export.sanitise import missing_characters

FOOTER_TITLE_CHARS = 90

Progress = Callable[[float], None]


def _numbered_canvas(page_label: Callable[[int, int], str], font: str) -> type[Canvas]:
    """A canvas that holds pages back until the end, so each can say "page n of total"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    self.setFont(font, 8)
                    self.setFillColor(MUTED)
                    self.drawRightString(
                        PAGE[0] - MARGIN, BOTTOM_MARGIN - 12, page_label(self._pageNumber, total)
                    )
                super().showPage()
            super().save()

    return NumberedCanvas


def _footer(ctx: ReportContext) -> Callable[[Canvas, BaseDocTemplate], None]:
    title = ctx.snapshot.workshop.title
    if len(title) > FOOTER_TITLE_CHARS:
        title = title[: FOOTER_TITLE_CHARS - 1].rstrip() + "…"

    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, BOTTOM_MARGIN - 4, PAGE[0] - MARGIN, BOTTOM_MARGIN - 4)
        # A fresh paragraph per page: reportlab cannot wrap a shaped (e.g. Arabic) paragraph twice.
        footer = para(title, ctx.styles.footer)
        _, height = footer.wrap(PAGE[0] - 2 * MARGIN - 40 * 2.83, 20)
        footer.drawOn(canvas, MARGIN, BOTTOM_MARGIN - 6 - height)
        canvas.restoreState()

    return draw


def _story(ctx: ReportContext) -> list[Any]:
    missing_characters(reset=True)
    story: list[Any] = []
    for section in (cover, summary, framing, ideas, voting, actions, participants, agenda):
        story += section(ctx)
    missing = missing_characters(reset=True)
    if missing:  # said once, at the end, instead of a silent "�" here and there
        codes = ", ".join(f"U+{ord(ch):04X}" for ch in missing[:40]) + (" …" if len(missing) > 40 else "")
        story.append(Paragraph(own(ctx.t("missing_glyphs", codes=codes)), ctx.styles.muted))
    return story


def render_pdf(
    snapshot: WorkshopSnapshot,
    *,
    language: Language | None = None,
    exported_at: str | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The report's pages (without attachment) for a snapshot that is already anonymised if wanted."""
    lang = language or snapshot.workshop.language
    font = register_fonts()
    ctx = ReportContext(snapshot, lang, make_styles(), exported_at or now_iso())
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        lang=lang.value,  # the metadata is written by pdfa.archive, from the snapshot itself
        initialFontName=font,
        initialFontSize=10,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    on_page = _footer(ctx)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    if progress is not None:
        estimate = {"size": 1}

        def report(kind: str, value: int) -> None:
            if kind == "SIZE_EST":
                estimate["size"] = max(1, value)
            elif kind == "PROGRESS":
                progress(min(0.95, 0.1 + 0.85 * value / estimate["size"]))

        doc.setProgressCallBack(report)
    story = _story(ctx)
    if progress is not None:
        progress(0.1)

    def label(page: int, total: int) -> str:
        return text(lang, "page", n=page, total=total)

    doc.build(story, canvasmaker=_numbered_canvas(label, font))
    return buffer.getvalue()


def report_metadata(snapshot: WorkshopSnapshot, language: Language, exported_at: str) -> ReportMetadata:
    w = snapshot.workshop
    return ReportMetadata(
        title=w.title,
        author=w.facilitator or w.organisation,
        subject=text(language, "subject"),
        keywords=text(language, "keywords"),
        language=language.value,
        created=exported_at,
        creator_tool=APP_NAME,
    )


def report_bytes(
    snapshot: WorkshopSnapshot,
    *,
    language: Language | None = None,
    anonymise: bool = False,
    exported_at: str | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The finished report: pages plus the attached exchange file of the very same (anonymised) data."""
    lang = language or snapshot.workshop.language
    stamp = exported_at or now_iso()
    if anonymise and not snapshot.anonymised:
        snapshot = snapshot.anonymise(lang)
    pages = render_pdf(snapshot, language=lang, exported_at=stamp, progress=progress)
    data = exchange.to_bytes(exchange.to_document(snapshot, exported_at=stamp))
    finished = archive(
        pages, data, report_metadata(snapshot, lang, stamp), data_description=text(lang, "attachment")
    )
    if progress is not None:
        progress(1.0)
    return finished


def write_report(snapshot: WorkshopSnapshot, path: Path | str, **options: Any) -> None:
    write_atomically(path, report_bytes(snapshot, **options))
