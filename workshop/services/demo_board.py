"""The demo workshop's affinity board: its ideas grouped into six named clusters, a few left loose.

Kept apart from demo.py so the board can be built (and changed) without touching the rest of the demo.
"""

from __future__ import annotations

from workshop.domain.board_layout import GAP, Frame, NotePlace, tidy
from workshop.services import clusters
from workshop.services.changes import ChangeSet
from workshop.store.library import Library
from workshop.store.tables import IDEAS

# Each cluster names its ideas by the start of their text, so the demo's wording can change a little.
DEMO_CLUSTERS: list[tuple[str, list[str]]] = [
    (
        "Gå och cykla tillsammans",
        [
            "Gående skolbuss",
            "Cykelbuss",
            "App där föräldrar",
            "Kampanjvecka",
            "Belöning för klasser",
            "Gemensam frukost",
            "Låt förskolebarnen",
        ],
    ),
    (
        "Ljus och trygga platser",
        [
            "Bättre belysning",
            "Klipp buskarna",
            "Trygghetsvandring",
            "Skolvärdar",
            "Samarbete med butiker",
            "Belysning som tänds",
            "Konstprojekt",
        ],
    ),
    (
        "Säkrare gator och korsningar",
        [
            "Fler övergångsställen",
            "Farthinder",
            "Cykelbanor som",
            "Rödljuskamera",
            "Vinterväghållning",
            "Tydligare skyltar",
        ],
    ),
    (
        "Bilfritt vid skolan",
        [
            "Ta bort parkeringsplatserna",
            "Stäng gatan",
            "Hämta-och-lämna-zon",
            "Gör parkeringen",
            "Skolgata med lekgata",
            "Föräldrar som kör",
        ],
    ),
    (
        "Cykeln som vardag",
        [
            "Cykelparkering",
            "Låna cykelhjälm",
            "Cykelkurs",
            "Cykelverkstad",
            "Utlåning av lådcyklar",
            "Reflexvästar",
        ],
    ),
    (
        "Kunskap och uppföljning",
        [
            "Skolvägskarta",
            "Elevrådet gör",
            "Sensorer som",
            "Mät luftkvaliteten",
            "Följ upp med",
            "Kartlägg vilka",
            "Glasögon-VR",
            "Information om skolvägar",
            "Prata om skolvägar",
            "Målade fotspår",
        ],
    ),
]
COLUMNS = 3


def add_demo_clusters(lib: Library, workshop_id: str) -> ChangeSet:
    """Group the demo's ideas on the board; ideas not named stay loose below the clusters."""
    with lib.atomic():
        ideas = IDEAS.for_workshop(lib, workshop_id)
        changes = ChangeSet.of(workshop_id)
        left, top, row_height = 0.0, 0.0, 0.0
        for number, (title, starts) in enumerate(DEMO_CLUSTERS):
            members = [i for i in ideas if any(i.text.startswith(start) for start in starts)]
            frame, corners = tidy(Frame(left, top, 0.0, 0.0), len(members))
            notes = [NotePlace(i.id, None, x, y) for i, (x, y) in zip(members, corners, strict=True)]
            changes = changes | clusters.create(lib, workshop_id, title, frame=frame, notes=notes)[1]
            row_height = max(row_height, frame.height)
            left += frame.width + 3 * GAP
            if number % COLUMNS == COLUMNS - 1:
                left, top, row_height = 0.0, top + row_height + 3 * GAP, 0.0
        loose = clusters.lay_out_new_notes(lib, workshop_id)
    return changes | loose if loose is not None else changes
