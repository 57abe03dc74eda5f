"""What every report section needs: the snapshot, the report's language and its styles."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from workshop.domain.language import Language
from workshop.domain.snapshot import WorkshopSnapshot
from workshop.export.pdf_catalogue import text
from workshop.export.pdf_styles import ReportStyles, mm, own


@dataclass(frozen=True)
class ReportContext:
    snapshot: WorkshopSnapshot
    language: Language
    styles: ReportStyles
    exported_at: str

    def t(self, key: str, **params: object) -> str:
        return text(self.language, key, **params)


def heading(ctx: ReportContext, key: str) -> list[Flowable]:
    """A section heading that never sits alone at the bottom of a page."""
    return [CondPageBreak(40 * mm), Paragraph(own(ctx.t(key)), ctx.styles.h1)]
