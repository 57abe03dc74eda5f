"""The summary report read back as a reader (and a machine) would: text, fonts, metadata, attachment."""

from __future__ import annotations

import dataclasses
import json
from io import BytesIO

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from workshop.domain.action import Action
from workshop.domain.language import Language
from workshop.domain.snapshot import WorkshopSnapshot
from workshop.export import exchange
from workshop.export.import_file import pdf_attachment
from workshop.export.pdf_report import report_bytes
from workshop.export.pdfa import validate
from workshop.store.library import Library

STAMP = "2026-03-14T16:00:00.000+00:00"


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def fonts_of(pdf: bytes) -> list[tuple[str, bool]]:
    """(base font name, embedded?) for every font any page uses, also inside forms and drawings."""
    found: dict[str, bool] = {}
    for page in PdfReader(BytesIO(pdf)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[str(font["/BaseFont"])] = embedded
    return sorted(found.items())


def test_report_has_every_section_in_swedish(rich: WorkshopSnapshot) -> None:
    pdf = report_bytes(rich, exported_at=STAMP)
    text = text_of(pdf)
    for words in (
        "WORKSHOPRAPPORT",
        rich.workshop.title,
        "Sammanfattning",
        "Idéerna med flest röster",
        "Problemformulering",
        "[I fokus]",
        "Idéer per grupp",
        "Trygga gångvägar",
        "Idéer utanför grupper",
        "Röstning",
        "Prickröstning idéer",
        "Snabba vinster",
        "Handlingsplan",
        "Starta gående skolbuss",
        "Deltagare",
        "Anna Lindqvist",
        "Agenda",
        "Planerat (min)",
        "Sida 2 av",
    ):
        assert words in text, words
    assert len(PdfReader(BytesIO(pdf)).pages) >= 5


def test_merged_duplicate_votes_count_for_the_idea_it_was_merged_into(rich: WorkshopSnapshot) -> None:
    top_idea, dots = rich.top_ideas(1)[0]
    assert top_idea.id == rich.ideas[1].id  # the duplicate (idea 5) got 2 dots from each of 10 people
    assert dots > 20
    assert "Sammanslagen med: " + rich.ideas[5].text in text_of(report_bytes(rich, exported_at=STAMP))


def test_language_override_gives_an_english_report(rich: WorkshopSnapshot) -> None:
    text = text_of(report_bytes(rich, language=Language.EN, exported_at=STAMP))
    assert "WORKSHOP REPORT" in text
    assert "Page 2 of" in text
    assert "Action plan" in text
    assert "Sammanfattning" not in text


def test_only_the_bundled_font_is_used_and_it_is_embedded(rich: WorkshopSnapshot) -> None:
    fonts = fonts_of(report_bytes(rich, exported_at=STAMP))
    assert fonts, "no fonts found"
    assert all("DejaVuSans" in name and embedded for name, embedded in fonts), fonts
    assert not any("Helvetica" in name for name, _ in fonts)


def test_metadata_names_the_workshop_and_its_language(rich: WorkshopSnapshot) -> None:
    reader = PdfReader(BytesIO(report_bytes(rich, exported_at=STAMP)))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == rich.workshop.title
    assert meta.author == rich.workshop.facilitator
    assert meta.subject == "Sammanfattning av en innovationsworkshop"
    assert "workshop" in (meta.get("/Keywords") or "")
    assert reader.trailer["/Root"]["/Lang"] == "sv"


def test_attachment_is_exactly_the_exchange_export(rich: WorkshopSnapshot) -> None:
    attached = pdf_attachment(report_bytes(rich, exported_at=STAMP))[0]
    assert attached is not None
    assert json.loads(attached) == exchange.to_document(rich, exported_at=STAMP)


def test_anonymised_report_and_attachment_name_no_participant(rich: WorkshopSnapshot) -> None:
    pdf = report_bytes(rich, anonymise=True, exported_at=STAMP)
    text = text_of(pdf)
    attached = (pdf_attachment(pdf)[0] or b"").decode("utf-8")
    for person in rich.participants:
        assert person.name not in text
        assert person.name not in attached
        assert person.role not in attached
    assert "12 personer deltog." in text
    assert "Polisen, lokalpolisområde Söderort" in text  # organisations stay
    assert "Utbildningsförvaltningen" in text  # the action owner became their unit
    document = json.loads(attached)
    assert all(idea["author_id"] is None for idea in document["ideas"])
    assert all(action["owner_id"] is None for action in document["actions"])


def test_names_typed_into_free_text_are_replaced_when_anonymised(rich: WorkshopSnapshot) -> None:
    person = rich.participants[0]
    idea = dataclasses.replace(rich.ideas[0], text=f"Fråga {person.name.upper()} om skolbussen")
    snapshot = dataclasses.replace(rich, ideas=(idea, *rich.ideas[1:]))
    pdf = report_bytes(snapshot, anonymise=True, exported_at=STAMP)
    assert person.name.upper() not in text_of(pdf)
    assert "Fråga Deltagare 1 om skolbussen" in text_of(pdf)


HOSTILE = [
    "<b>öppen",
    "</i>",
    '<img src="/etc/passwd"/>',
    "&nbsp",
    "&amp;",
    "<font name='x'>",
    "]]>",
    "\x00\x07\x1b",
    "\ud800",
    "مرحبا بالعالم",
    "שלום",
    "😀👍🏽👨‍👩‍👧",
    "Ελληνικά",
    "Кириллица",
    "中文",
    "\u202e",
    "\t",
    "\n\n",
    "\r\n",
    '"',
    ";",
    "\\",
    "%PDF-",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
]
hostile_text = st.lists(
    st.one_of(st.sampled_from(HOSTILE), st.text(max_size=20)), min_size=1, max_size=12
).map("".join)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=hostile_text, long=st.booleans())
def test_any_text_renders_and_markup_shows_literally(rich: WorkshopSnapshot, text: str, long: bool) -> None:
    body = (text * (10_000 // max(1, len(text)) + 1))[:10_000] if long else text
    w = dataclasses.replace(rich.workshop, title=text[:200] or "x", goal=body)
    idea = dataclasses.replace(rich.ideas[0], text=text[:1000] or "x", description=body)
    person = dataclasses.replace(rich.participants[0], name=text[:200] or "x", role=body[:200])
    cluster = dataclasses.replace(rich.clusters[0], title=text[:200])
    action = Action("a-hostile", w.id, text[:1000] or "x", owner_text=text[:200], next_step=body)
    snapshot = dataclasses.replace(
        rich,
        workshop=w,
        ideas=(idea, *rich.ideas[1:]),
        participants=(person, *rich.participants[1:]),
        clusters=(cluster, *rich.clusters[1:]),
        actions=(action,),
    )
    pdf = report_bytes(snapshot, exported_at=STAMP)
    assert pdf.startswith(b"%PDF-")
    assert pdf_attachment(pdf)[0] is not None
    report = validate(pdf)  # any text, any script: still PDF/A-3b (no .notdef glyph, widths that agree…)
    assert report.passed, report.findings


def test_markup_in_user_text_is_shown_not_obeyed(rich: WorkshopSnapshot) -> None:
    idea = dataclasses.replace(rich.ideas[0], text='<b>fet</b> <img src="/etc/passwd"/> &nbsp; </i>')
    pdf = report_bytes(dataclasses.replace(rich, ideas=(idea, *rich.ideas[1:])), exported_at=STAMP)
    assert '<b>fet</b> <img src="/etc/passwd"/> &nbsp; </i>' in text_of(pdf)


def test_a_ten_thousand_character_table_cell_splits_across_pages(rich: WorkshopSnapshot) -> None:
    long_step = " ".join(["nästa steg"] * 1000)
    action = dataclasses.replace(rich.actions[0], next_step=long_step)
    pdf = report_bytes(dataclasses.replace(rich, actions=(action,)), exported_at=STAMP)
    assert text_of(pdf).count("nästa") == 1000  # nothing lost where the cell splits across pages


def test_turnout_counts_those_present_and_names_who_did_not_vote(rich: WorkshopSnapshot) -> None:
    """Issue #11: "3 of 3 participants have voted" when 4 were present and one never voted."""
    dots_round = rich.voting_rounds[0]
    quiet = rich.participants[-1]  # present, and never got as far as a ballot
    present = [p for p in rich.participants if p.present]
    assert quiet in present
    kept = tuple(b for b in rich.ballots if (b.round_id, b.participant_id) != (dots_round.id, quiet.id))
    pdf = report_bytes(dataclasses.replace(rich, ballots=kept), exported_at=STAMP)
    text = " ".join(text_of(pdf).split())
    assert f"10 av {len(present)} närvarande har röstat." in text
    waiting = [p.name for p in present[10:]]
    assert quiet.name in waiting
    assert "Har inte röstat: " + ", ".join(waiting) + "." in text


def test_a_phase_running_at_export_shows_its_start(rich: WorkshopSnapshot) -> None:
    """Issue #11: the phase still running when the report was made was listed as "not run"."""
    last = dataclasses.replace(rich.agenda[-1], started_at="2026-03-14T15:20:00.000+00:00", ended_at="")
    running = dataclasses.replace(rich, agenda=(*rich.agenda[:-1], last))
    text = " ".join(text_of(report_bytes(running, exported_at=STAMP)).split())
    assert "pågår sedan 15:20 UTC" in text
    english = " ".join(text_of(report_bytes(running, language=Language.EN, exported_at=STAMP)).split())
    assert "running since 15:20 UTC" in english
    assert english.count("not run") == 0


def test_a_workshop_run_from_the_timer_is_reported_as_run(library: Library) -> None:
    """Issue #11, end to end: phases started on the timer make the cover say "Running" (then "Finished"),
    and the phase still running at export shows when it started instead of "not run"."""
    from datetime import UTC, datetime

    from workshop.domain.workshop import WorkshopStatus
    from workshop.services import agenda, timer, workshops
    from workshop.services import snapshot as snapshot_service
    from workshop.services.demo import create_demo

    demo, _ = create_demo(library)
    workshops.update(library, demo.id, status=WorkshopStatus.DRAFT)
    first, second = agenda.list_agenda(library, demo.id)[:2]
    timer.start_phase(library, demo.id, first.id, datetime(2026, 3, 14, 9, 0, tzinfo=UTC))
    timer.start_phase(library, demo.id, second.id, datetime(2026, 3, 14, 9, 12, tzinfo=UTC))
    text = " ".join(text_of(report_bytes(snapshot_service.load(library, demo.id), exported_at=STAMP)).split())
    assert "Status Pågår" in text
    assert "pågår sedan 09:12 UTC" in text
    timer.finish(library, demo.id, datetime(2026, 3, 14, 9, 40, tzinfo=UTC))
    text = " ".join(text_of(report_bytes(snapshot_service.load(library, demo.id), exported_at=STAMP)).split())
    assert "Status Avslutad" in text
