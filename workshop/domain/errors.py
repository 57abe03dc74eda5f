"""Validation errors that can speak to the facilitator in Swedish or English.

The domain raises :class:`ValidationError` with a code and parameters; whoever shows it picks the language.
Keeping the wording here (not in Qt's catalogue) lets the CLI and the services explain themselves too.
"""

from __future__ import annotations

from typing import Any

from workshop.domain.language import Language

MESSAGES: dict[str, dict[Language, str]] = {
    "empty": {
        Language.SV: "{field} får inte vara tomt.",
        Language.EN: "{field} must not be empty.",
    },
    "too_long": {
        Language.SV: "{field} får vara högst {limit} tecken (nu {length}).",
        Language.EN: "{field} may be at most {limit} characters (now {length}).",
    },
    "bad_choice": {
        Language.SV: "{field} måste vara en av: {choices}.",
        Language.EN: "{field} must be one of: {choices}.",
    },
    "bad_date": {
        Language.SV: "{field} måste vara ett datum som 2026-03-14.",
        Language.EN: "{field} must be a date such as 2026-03-14.",
    },
    "out_of_range": {
        Language.SV: "{field} måste vara mellan {low} och {high}.",
        Language.EN: "{field} must be between {low} and {high}.",
    },
    "not_found": {
        Language.SV: "{field} finns inte (längre).",
        Language.EN: "{field} does not exist (any more).",
    },
    "in_trash": {
        Language.SV: "Workshopen ligger i papperskorgen. Återställ den först.",
        Language.EN: "The workshop is in the trash. Restore it first.",
    },
    "no_template": {
        Language.SV: "Mallen {name} finns inte.",
        Language.EN: "There is no template called {name}.",
    },
    "no_dots_left": {
        Language.SV: "Inga prickar kvar: högst {limit} per person.",
        Language.EN: "No dots left: at most {limit} per person.",
    },
    "item_full": {
        Language.SV: "Högst {limit} prickar på samma punkt.",
        Language.EN: "At most {limit} dots on one item.",
    },
    "own_idea": {
        Language.SV: "I den här omgången får man inte rösta på sin egen idé.",
        Language.EN: "In this round you may not vote for your own idea.",
    },
    "round_closed": {
        Language.SV: "Röstningsomgången är stängd. Öppna den igen först.",
        Language.EN: "The voting round is closed. Reopen it first.",
    },
    "ballot_done": {
        Language.SV: "{name} har redan röstat. Välj ”Gör om” för att ändra rösten.",
        Language.EN: "{name} has already voted. Choose “Redo” to change the ballot.",
    },
    "wrong_method": {
        Language.SV: "Det passar inte den här omgångens röstningsmetod.",
        Language.EN: "That does not fit this round's voting method.",
    },
    "round_has_votes": {
        Language.SV: "Metoden och vad man röstar på kan inte ändras när det finns röster.",
        Language.EN: "The method and what is voted on cannot change once there are votes.",
    },
    "not_a_method_file": {
        Language.SV: "Filen är inte en metodfil från Idéverkstad.",
        Language.EN: "The file is not an Idéverkstad method file.",
    },
    "method_version": {
        Language.SV: "Metodfilen har version {version}; den här versionen av appen läser version 1.",
        Language.EN: "The method file is version {version}; this version of the app reads version 1.",
    },
    "bad_method_field": {
        Language.SV: "{field} i metodfilen har fel form.",
        Language.EN: "{field} in the method file has the wrong form.",
    },
    "method_file_too_big": {
        Language.SV: "Metodfilen är för stor: högst {limit} kB. Ingenting har ändrats.",
        Language.EN: "The method file is too big: at most {limit} kB. Nothing was changed.",
    },
    "method_file_unreadable": {
        Language.SV: "{path} kunde inte läsas ({detail}). Ingenting har ändrats.",
        Language.EN: "{path} could not be read ({detail}). Nothing was changed.",
    },
    "method_file_not_json": {
        Language.SV: "Metodfilen är inte giltig JSON ({detail}). Ingenting har ändrats.",
        Language.EN: "The method file is not valid JSON ({detail}). Nothing was changed.",
    },
    "method_file_schema": {
        Language.SV: "Metodfilen följer inte metodfilens format vid {where}. Ingenting har ändrats.",
        Language.EN: "The method file does not follow the format of method files at {where}. "
        "Nothing was changed.",
    },
    "method_exists": {
        Language.SV: "Det finns redan en metod som heter ”{name}”. Byt namn på den ena först.",
        Language.EN: "There is already a method called “{name}”. Rename one of them first.",
    },
    "merge_into_itself": {
        Language.SV: "En lapp kan inte slås ihop med sig själv. Välj en annan lapp att slå ihop den med.",
        Language.EN: "A note cannot be merged into itself. Choose another note to merge it with.",
    },
    "merge_into_merged": {
        Language.SV: "Lappen är redan ihopslagen med en annan. Slå ihop med den lappen i stället.",
        Language.EN: "That note is already merged into another. Merge with that note instead.",
    },
}

FIELD_NAMES: dict[str, dict[Language, str]] = {
    "title": {Language.SV: "Titeln", Language.EN: "The title"},
    "goal": {Language.SV: "Målet", Language.EN: "The goal"},
    "language": {Language.SV: "Språket", Language.EN: "The language"},
    "date": {Language.SV: "Datumet", Language.EN: "The date"},
    "location": {Language.SV: "Platsen", Language.EN: "The location"},
    "facilitator": {Language.SV: "Facilitatorn", Language.EN: "The facilitator"},
    "organisation": {Language.SV: "Organisationen", Language.EN: "The organisation"},
    "status": {Language.SV: "Statusen", Language.EN: "The status"},
    "name": {Language.SV: "Namnet", Language.EN: "The name"},
    "role": {Language.SV: "Rollen", Language.EN: "The role"},
    "text": {Language.SV: "Texten", Language.EN: "The text"},
    "description": {Language.SV: "Beskrivningen", Language.EN: "The description"},
    "instructions": {Language.SV: "Instruktionerna", Language.EN: "The instructions"},
    "planned_minutes": {Language.SV: "Planerade minuter", Language.EN: "Planned minutes"},
    "kind": {Language.SV: "Fastypen", Language.EN: "The phase kind"},
    "workshop": {Language.SV: "Workshopen", Language.EN: "The workshop"},
    "participant": {Language.SV: "Deltagaren", Language.EN: "The participant"},
    "question": {Language.SV: "Frågan", Language.EN: "The question"},
    "idea": {Language.SV: "Idén", Language.EN: "The idea"},
    "agenda_item": {Language.SV: "Agendapunkten", Language.EN: "The agenda item"},
    "problem_statement": {Language.SV: "Problembeskrivningen", Language.EN: "The problem statement"},
    "context": {Language.SV: "Sammanhanget", Language.EN: "The context"},
    "framing_item": {Language.SV: "Punkten", Language.EN: "The item"},
    "action": {Language.SV: "Åtgärden", Language.EN: "The action"},
    "owner": {Language.SV: "Ansvarig", Language.EN: "The owner"},
    "due_date": {Language.SV: "Klart senast", Language.EN: "The due date"},
    "next_step": {Language.SV: "Nästa steg", Language.EN: "The next step"},
    "cluster": {Language.SV: "Gruppen", Language.EN: "The cluster"},
    "voting_round": {Language.SV: "Röstningsomgången", Language.EN: "The voting round"},
    "dots": {Language.SV: "Prickarna", Language.EN: "The dots"},
    "score": {Language.SV: "Poängen", Language.EN: "The score"},
    "criterion": {Language.SV: "Kriteriet", Language.EN: "The criterion"},
    "dots_per_person": {Language.SV: "Prickar per person", Language.EN: "Dots per person"},
    "max_per_item": {Language.SV: "Högst per punkt", Language.EN: "Most dots per item"},
    "tally": {Language.SV: "Antalet prickar", Language.EN: "The counted dots"},
    "method": {Language.SV: "Metoden", Language.EN: "The method"},
    "file": {Language.SV: "Filen", Language.EN: "The file"},
}


class ValidationError(ValueError):
    """Input that breaks a rule. Nothing has been changed when this is raised."""

    def __init__(self, code: str, field: str, **params: Any) -> None:
        self.code = code
        self.field = field
        self.params = params
        super().__init__(self.message(Language.EN))

    def message(self, language: Language | str = Language.EN) -> str:
        lang = Language.parse(str(language), Language.EN)
        field_name = FIELD_NAMES.get(self.field, {}).get(lang, self.field)
        template = MESSAGES[self.code][lang]
        return template.format(field=field_name, **self.params)


class NotFoundError(ValidationError):
    """The thing acted on is gone, for example deleted in another window."""

    def __init__(self, field: str, item_id: str) -> None:
        self.item_id = item_id
        super().__init__("not_found", field)
