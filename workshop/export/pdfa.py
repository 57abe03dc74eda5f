"""Turn reportlab's pages into a PDF/A-3b file a city archive can keep, carrying the workshop's data.

reportlab writes neither PDF/A nor file attachments. pikepdf does both: the exchange file becomes an
*associated file* of the document (``/AF``, ``/AFRelationship /Data``, ``/F`` and ``/UF``, MIME type
``application/json``), the metadata is written once as XMP (title, author, subject, keywords, language,
dates; ``pdfaid`` part 3, conformance B) and mirrored in the document information dictionary, and
``pikepdf.pdfa.prepare`` adds the sRGB output intent. pikepdf's validator (:func:`validate`, which
follows veraPDF's rule ids; it is not a certification) checks every kind of report in the tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

import pikepdf
from pikepdf import Array, Name, String, pdfa

from workshop.export.sanitise import clean_for_metadata

ATTACHMENT_NAME = "workshop.json"
ATTACHMENT_MIME = "application/json"
FLAVOUR = "3b"


@dataclass(frozen=True)
class ReportMetadata:
    """What a catalogue or a search engine reads about the report without opening its pages."""

    title: str
    author: str
    subject: str
    keywords: str
    language: str  # BCP 47, e.g. "sv"
    created: str  # ISO 8601 with zone, the export's time stamp
    creator_tool: str


def _drop_forbidden(pdf: pikepdf.Pdf) -> None:
    """reportlab gives every page an empty transition dictionary (``/Trans``), which PDF/A forbids."""
    for page in pdf.pages:
        if Name.Trans in page.obj:
            del page.obj[Name.Trans]


def _associate(pdf: pikepdf.Pdf, data: bytes, description: str) -> None:
    spec = pikepdf.AttachedFileSpec(
        pdf,
        data,
        description=description,
        filename=ATTACHMENT_NAME,
        mime_type=ATTACHMENT_MIME,
        relationship=Name.Data,
    )
    pdf.attachments[ATTACHMENT_NAME] = spec
    pdf.Root.AF = Array([spec.obj])


def _describe(pdf: pikepdf.Pdf, meta: ReportMetadata) -> None:
    """One set of metadata, in XMP and (synchronised by pikepdf) in the information dictionary.

    reportlab's own information dictionary is dropped first: it is written from text prepared for the
    page (where a character without a glyph was once replaced), while the metadata keeps every
    character, an emoji in the title too.
    """
    if Name.Info in pdf.trailer:
        del pdf.trailer[Name.Info]
    pdf.Root.Lang = String(meta.language)
    with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
        xmp["dc:title"] = clean_for_metadata(meta.title)
        if meta.author.strip():
            xmp["dc:creator"] = [clean_for_metadata(meta.author)]
        xmp["dc:description"] = clean_for_metadata(meta.subject)
        xmp["dc:language"] = [meta.language]
        xmp["pdf:Keywords"] = clean_for_metadata(meta.keywords)
        xmp["xmp:CreatorTool"] = meta.creator_tool
        xmp["xmp:CreateDate"] = meta.created
        xmp["xmp:ModifyDate"] = meta.created


def archive(pages: bytes, data: bytes, meta: ReportMetadata, *, data_description: str) -> bytes:
    """The PDF/A-3b file: *pages* (as reportlab wrote them) with *data* as ``workshop.json``.

    ``pikepdf.pdfa.prepare`` adds the sRGB output intent and the ``pdfaid`` declaration, and the file is
    saved with the settings the flavour needs. Validating what was written (``pikepdf.pdfa.save`` does)
    walks every page's content again and costs about half as much as laying the report out (1.1–2 s
    for 1,000 ideas), so every kind of report, and any text, is validated by the tests
    (tests/export/test_pdf_archive.py, test_pdf_scripts.py, test_pdf_report.py), not on each export.
    """
    with pikepdf.open(BytesIO(pages)) as pdf:
        _drop_forbidden(pdf)
        _associate(pdf, data, data_description)
        _describe(pdf, meta)
        pdfa.prepare(pdf, FLAVOUR, output_intent="sRGB")
        out = BytesIO()
        pdf.save(out, **pdfa.resolve_save_kwargs(FLAVOUR))
    return out.getvalue()


def validate(pdf: bytes) -> pdfa.Report:
    """The validator's report on a finished file (what the tests and the README quote)."""
    return pdfa.validate_written(BytesIO(pdf), FLAVOUR)
