"""What can be wrong with an import file, in Swedish and English.

A problem names the JSON path where it was found, so a facilitator (or whoever made the file) can go
straight to it. Schema problems fall back to jsonschema's English detail for rare keywords.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workshop.domain.language import Language

MESSAGES: dict[str, dict[Language, str]] = {
    "not_utf8": {
        Language.SV: "Filen är inte UTF-8-text (fel vid byte {offset}).",
        Language.EN: "The file is not UTF-8 text (error at byte {offset}).",
    },
    "not_json": {
        Language.SV: "Filen är inte giltig JSON (rad {line}, kolumn {column}).",
        Language.EN: "The file is not valid JSON (line {line}, column {column}).",
    },
    "not_json_value": {
        Language.SV: "Filen innehåller ett värde som JSON inte tillåter ({detail}).",
        Language.EN: "The file holds a value JSON does not allow ({detail}).",
    },
    "bad_pdf": {
        Language.SV: "PDF-filen går inte att läsa.",
        Language.EN: "The PDF file cannot be read.",
    },
    "pdf_without_data": {
        Language.SV: "PDF-filen har ingen bifogad {name}; den är inte en rapport från Idéverkstad.",
        Language.EN: "The PDF has no attached {name}; it is not a report made by Idéverkstad.",
    },
    "too_big": {
        Language.SV: "Filen är större än {limit_mb} MB; ingen workshopfil är så stor.",
        Language.EN: "The file is larger than {limit_mb} MB; no workshop file is that large.",
    },
    "too_many": {
        Language.SV: "Filen har {count} {records}; en workshopfil rymmer högst {limit}.",
        Language.EN: "The file has {count} {records}; a workshop file holds at most {limit}.",
    },
    "too_deep": {
        Language.SV: "Listor och objekt är nästlade djupare än {limit} nivåer; ingen workshopfil är det.",
        Language.EN: "Lists and objects are nested deeper than {limit} levels; no workshop file is.",
    },
    "more_problems": {
        Language.SV: "… och {count} till",
        Language.EN: "… and {count} more",
    },
    "more_problems_at_least": {
        Language.SV: "… och minst {count} till",
        Language.EN: "… and at least {count} more",
    },
    "schema_required": {
        Language.SV: 'Fältet "{name}" saknas.',
        Language.EN: 'The field "{name}" is missing.',
    },
    "schema_type": {
        Language.SV: "Fel typ av värde (väntat: {expected}).",
        Language.EN: "Wrong kind of value (expected: {expected}).",
    },
    "schema_enum": {
        Language.SV: "Värdet måste vara ett av: {choices}.",
        Language.EN: "The value must be one of: {choices}.",
    },
    "schema_const": {
        Language.SV: "Värdet måste vara {choices}.",
        Language.EN: "The value must be {choices}.",
    },
    "schema_minLength": {
        Language.SV: "Texten får inte vara tom.",
        Language.EN: "The text must not be empty.",
    },
    "schema_maxLength": {
        Language.SV: "Texten får vara högst {limit} tecken.",
        Language.EN: "The text may be at most {limit} characters.",
    },
    "schema_minimum": {
        Language.SV: "Talet måste vara minst {limit}.",
        Language.EN: "The number must be at least {limit}.",
    },
    "schema_maximum": {
        Language.SV: "Talet får vara högst {limit}.",
        Language.EN: "The number may be at most {limit}.",
    },
    "schema_additionalProperties": {
        Language.SV: "Okända fält: {names}.",
        Language.EN: "Unknown fields: {names}.",
    },
    "schema_other": {
        Language.SV: "Följer inte filformatet: {detail}",
        Language.EN: "Does not follow the file format: {detail}",
    },
    "invalid": {  # a rule of the app itself (text limits, dates); the domain words it in both languages
        Language.SV: "{sv}",
        Language.EN: "{en}",
    },
    "duplicate_id": {
        Language.SV: 'Id:t "{id}" förekommer mer än en gång.',
        Language.EN: 'The id "{id}" occurs more than once.',
    },
    "unknown_ref": {
        Language.SV: 'Hänvisar till {kind} "{id}" som inte finns i filen.',
        Language.EN: 'Refers to {kind} "{id}" that is not in the file.',
    },
    "merge_loop": {
        Language.SV: "Idén är sammanslagen med sig själv (direkt eller i en kedja).",
        Language.EN: "The idea is merged into itself (directly or through a chain).",
    },
    "two_focus": {
        Language.SV: "Bara en fråga kan vara i fokus.",
        Language.EN: "Only one question can be in focus.",
    },
    "duplicate_vote": {
        Language.SV: "Samma deltagare har två rader för samma sak i samma omgång.",
        Language.EN: "The same participant has two entries for the same item in the same round.",
    },
    "duplicate_ballot": {
        Language.SV: "Deltagaren har två valsedlar i samma omgång.",
        Language.EN: "The participant has two ballots in the same round.",
    },
}

# The records a list holds, as the "too many" message names them.
RECORD_NAMES: dict[str, dict[Language, str]] = {
    "agenda": {Language.SV: "punkter på agendan", Language.EN: "agenda items"},
    "participants": {Language.SV: "deltagare", Language.EN: "participants"},
    "questions": {Language.SV: "frågor", Language.EN: "questions"},
    "clusters": {Language.SV: "grupper", Language.EN: "clusters"},
    "ideas": {Language.SV: "idéer", Language.EN: "ideas"},
    "tags": {Language.SV: "taggar på en idé", Language.EN: "tags on one idea"},
    "voting_rounds": {Language.SV: "röstningsomgångar", Language.EN: "voting rounds"},
    "votes": {Language.SV: "röster i en omgång", Language.EN: "votes in one round"},
    "ballots": {Language.SV: "valsedlar i en omgång", Language.EN: "ballots in one round"},
    "actions": {Language.SV: "åtgärder", Language.EN: "actions"},
    "framing": {Language.SV: "rader i listan", Language.EN: "entries in the list"},
}


def count_text(number: int, language: Language) -> str:
    """A count as each language writes it: 200 000 in Swedish, 200,000 in English."""
    return f"{number:,}".replace(",", "\u00a0" if language == Language.SV else ",")


KIND_NAMES: dict[str, dict[Language, str]] = {
    "participant": {Language.SV: "deltagaren", Language.EN: "the participant"},
    "question": {Language.SV: "frågan", Language.EN: "the question"},
    "cluster": {Language.SV: "gruppen", Language.EN: "the cluster"},
    "idea": {Language.SV: "idén", Language.EN: "the idea"},
}


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong with the file, where it is, and why (code and parameters pick the wording)."""

    path: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, language: Language | str = Language.EN) -> str:
        lang = Language.parse(str(language), Language.EN)
        params = dict(self.params)
        if "kind" in params:
            params["kind"] = KIND_NAMES.get(str(params["kind"]), {}).get(lang, params["kind"])
        if "records" in params:
            params["records"] = RECORD_NAMES.get(str(params["records"]), {}).get(lang, params["records"])
        if self.code in ("too_many", "more_problems", "more_problems_at_least"):
            for name in ("count", "limit"):
                if isinstance(params.get(name), int):
                    params[name] = count_text(params[name], lang)
        template = MESSAGES.get(self.code) or MESSAGES["schema_other"]
        try:
            return template[lang].format(**params)
        except (KeyError, IndexError, ValueError):
            return MESSAGES["schema_other"][lang].format(detail=params.get("detail", self.code))

    def describe(self, language: Language | str = Language.EN) -> str:
        return f"{self.path}: {self.message(language)}"
