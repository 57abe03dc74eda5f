"""An anonymised export holds no participant's name, wherever and however it was typed.

Names are typed into every free-text field a report carries (ideas, descriptions, questions, framing,
cluster titles, actions, agenda, the workshop's own texts, voting rounds), in any letter case, in NFC or
NFD, with or without diacritics, with any spacing; the anonymised exchange file, the pipeline CSV, the
PDF's text and the file attached to the PDF are then searched for each name. The search here is written
independently of the rule in workshop/domain/personal_names.py (words compared after folding), so a
break in the rule, or a field the rule is not applied to, fails here.
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from io import BytesIO

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from workshop.domain.rounds import Round, store_rounds
from workshop.domain.snapshot import WorkshopSnapshot
from workshop.export import exchange
from workshop.export.import_file import pdf_attachment
from workshop.export.pdf_report import report_bytes
from workshop.export.pipeline_csv import to_bytes as csv_bytes
from workshop.services import ideas, participants, privacy, questions, workshops
from workshop.store.library import Library

LETTERS = "abcdefghijklmnoprstuvyåäöéüèçñ"
NOT_NAMES = {"deltagare", "participant", "borttagen", "person", "erased"}
Variant = Callable[[str], str]


def strip_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The words of *text*, compared as a reader would: without marks, any case, any normalisation."""
    folded = strip_marks(unicodedata.normalize("NFKC", text)).casefold()
    return re.findall(r"[^\W_]+", folded)


def survives(name: str, text: str) -> bool:
    """Whether *name*'s words stand one after another anywhere in *text*."""
    wanted, found = words(name), words(text)
    return any(found[n : n + len(wanted)] == wanted for n in range(len(found) - len(wanted) + 1))


word = st.text(alphabet=LETTERS, min_size=3, max_size=8).filter(lambda w: strip_marks(w) not in NOT_NAMES)
full_name = st.lists(word, min_size=2, max_size=3).map(lambda ws: " ".join(w.capitalize() for w in ws))
variant: st.SearchStrategy[Variant] = st.sampled_from(
    [
        lambda n: n,
        str.upper,
        str.lower,
        lambda n: unicodedata.normalize("NFD", n),
        lambda n: unicodedata.normalize("NFD", n.upper()),
        strip_marks,
        lambda n: strip_marks(n).upper(),
        lambda n: n.replace(" ", "  "),
        lambda n: unicodedata.normalize("NFD", n).replace(" ", "\u00a0"),
    ]
)


def mention(name: str, how: Variant) -> str:
    return f"Som {how(name)} sa: fler bänkar vid skolan"


def with_names(rich: WorkshopSnapshot, names: list[str], how: list[Variant]) -> WorkshopSnapshot:
    """*rich* whose first participants are called *names*, each name typed into every free-text field."""
    people = tuple(
        dataclasses.replace(p, name=names[n]) if n < len(names) else p
        for n, p in enumerate(rich.participants)
    )
    texts = iter(mention(names[n % len(names)], how[n % len(how)]) for n in range(10_000))

    def typed() -> str:
        return next(texts)

    w = rich.workshop
    workshop = dataclasses.replace(
        w, goal=typed(), problem_statement=typed(), context=typed(), location=typed(), facilitator=typed()
    )
    ideas = tuple(dataclasses.replace(i, text=typed(), description=typed()) for i in rich.ideas)
    return dataclasses.replace(
        rich,
        workshop=workshop,
        participants=people,
        ideas=ideas,
        questions=tuple(dataclasses.replace(q, text=typed()) for q in rich.questions),
        framing=tuple(dataclasses.replace(f, text=typed()) for f in rich.framing),
        clusters=tuple(dataclasses.replace(c, title=typed()[:60]) for c in rich.clusters),
        agenda=tuple(
            dataclasses.replace(
                a,
                title=typed(),
                instructions=typed(),
                method=typed()[:100],
                facilitator_notes=typed(),
                rounds=store_rounds([Round(2, 0, typed()), Round(3, 0, typed())]),
                planned_minutes=5,
            )
            for a in rich.agenda
        ),
        actions=tuple(
            dataclasses.replace(a, title=typed(), next_step=typed(), owner_text=typed()) for a in rich.actions
        ),
        voting_rounds=tuple(dataclasses.replace(r, title=typed()) for r in rich.voting_rounds),
    )


def strings_in(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


def fields(snapshot: WorkshopSnapshot) -> dict[str, list[str]]:
    """Every free text of a snapshot, by where it is (so a failure says which field kept the name)."""
    return {
        "workshop": [snapshot.workshop.goal, snapshot.workshop.problem_statement, snapshot.workshop.context],
        "ideas": [i.text for i in snapshot.ideas],
        "descriptions": [i.description for i in snapshot.ideas],
        "questions": [q.text for q in snapshot.questions],
        "framing": [f.text for f in snapshot.framing],
        "clusters": [c.title for c in snapshot.clusters],
        "actions": [t for a in snapshot.actions for t in (a.title, a.next_step, a.owner_text)],
        "agenda": [
            t for a in snapshot.agenda for t in (a.title, a.instructions, a.method, a.facilitator_notes)
        ],
        "rounds": [r.text for a in snapshot.agenda for r in a.round_list()],
        "voting_rounds": [r.title for r in snapshot.voting_rounds],
        "participants": [p.name for p in snapshot.participants],
    }


def assert_no_name(names: list[str], where: str, texts: list[str]) -> None:
    for name in names:
        kept = [text for text in texts if survives(name, text)]
        assert not kept, f"{name!r} survives in {where}: {kept[:2]!r}"


FIXTURE_OK = [HealthCheck.function_scoped_fixture]  # the rich snapshot is only read, never changed


@settings(max_examples=40, deadline=None, suppress_health_check=FIXTURE_OK)
@given(
    names=st.lists(full_name, min_size=1, max_size=3, unique_by=lambda n: tuple(words(n))),
    how=st.lists(variant, min_size=1),
)
def test_no_name_survives_in_any_field_of_the_exchange_file_or_the_csv(
    rich: WorkshopSnapshot, names: list[str], how: list[Variant]
) -> None:
    snapshot = with_names(rich, names, how)
    assert all(survives(n, mention(n, h)) for n in names for h in how)  # the search sees every variant
    anonymous = snapshot.anonymise(snapshot.workshop.language)
    for where, texts in fields(anonymous).items():
        assert_no_name(names, where, texts)
    document = exchange.to_document(anonymous)
    assert_no_name(names, "the exchange file", list(strings_in(json.loads(exchange.to_bytes(document)))))
    assert_no_name(names, "the pipeline CSV", [csv_bytes(anonymous).decode("utf-8")])


@settings(max_examples=6, deadline=None, suppress_health_check=FIXTURE_OK)
@given(
    names=st.lists(full_name, min_size=1, max_size=2, unique_by=lambda n: tuple(words(n))),
    how=st.lists(variant, min_size=1),
)
def test_no_name_survives_in_the_pdf_text_or_its_attachment(
    rich: WorkshopSnapshot, names: list[str], how: list[Variant]
) -> None:
    anonymous = with_names(rich, names, how).anonymise(rich.workshop.language)
    pdf = report_bytes(anonymous)
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    assert_no_name(names, "the PDF's text", [text])
    attached, problems = pdf_attachment(pdf)
    assert attached is not None, problems
    assert_no_name(names, "the PDF's attachment", list(strings_in(json.loads(attached))))


def test_a_name_is_found_however_it_is_written() -> None:
    from workshop.domain.personal_names import NameScrubber

    scrub = NameScrubber.for_names({"Åsa Öberg": "Deltagare 1", "Bo": "Deltagare 2"})
    for typed in (
        "Åsa Öberg",
        "ÅSA ÖBERG",
        "asa oberg",
        unicodedata.normalize("NFD", "Åsa Öberg"),
        "Åsa\n  Öberg",
        "Ａｓａ Ｏｂｅｒｇ",  # full-width (compatibility) letters
    ):
        assert scrub(f"Som {typed}, sa.") == "Som Deltagare 1, sa.", typed
    assert (
        scrub("Åsa Öbergsson och Bo bor här") == "Åsa Öbergsson och Bo bor här"
    )  # whole words; no 2-letter names


def test_the_library_is_anonymised_and_erased_by_the_same_rule(library: Library) -> None:
    """services/privacy.py finds a name as the export does: without diacritics, in any case or spacing."""
    workshop, _ = workshops.create(library, "Trygga skolvägar")
    participants.add(library, workshop.id, "Åsa Öberg")
    idea, _ = ideas.add(library, workshop.id, "Fler bänkar", description="Asa Oberg vill ha fler bänkar")
    question, _ = questions.add(library, workshop.id, "Vad vill ÅSA   ÖBERG ha?")
    privacy.anonymise_workshop(library, workshop.id)
    assert ideas.get(library, idea.id).description == "Deltagare 1 vill ha fler bänkar"
    assert [q.text for q in questions.list_questions(library, workshop.id)] == ["Vad vill Deltagare 1 ha?"]

    other, _ = workshops.create(library, "Parken")
    note, _ = ideas.add(library, other.id, "Som leila haddad sa", description="Leila Háddad igen")
    privacy.erase_person(library, "Leila Haddad")
    assert ideas.get(library, note.id).text == "Som Borttagen person sa"
    assert ideas.get(library, note.id).description == "Borttagen person igen"
