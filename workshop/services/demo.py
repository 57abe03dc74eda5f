"""The demo workshop: a realistic Swedish co-creation workshop to try every feature on.

"Tryggare skolvägar" gathers staff from several city administrations, a residents' association, a
company and a university around how children can walk and cycle to school safely.
"""

from __future__ import annotations

from workshop.domain.workshop import Workshop, WorkshopStatus
from workshop.services import ideas, participants, questions
from workshop.services import workshops as workshop_service
from workshop.services.changes import Area, ChangeSet
from workshop.services.demo_board import add_demo_clusters
from workshop.services.demo_run import add_demo_run
from workshop.services.demo_voting import add_demo_voting
from workshop.store.library import Library

DEMO_TITLE = "Tryggare skolvägar"

PARTICIPANTS: list[tuple[str, str, str]] = [
    ("Anna Lindqvist", "Trafikkontoret", "Trafikplanerare"),
    ("Mehmet Yilmaz", "Utbildningsförvaltningen", "Rektor, Hagsätra skola"),
    ("Sara Nilsson", "Stadsbyggnadskontoret", "Arkitekt"),
    ("Johan Berg", "Polisen, lokalpolisområde Söderort", "Kommunpolis"),
    ("Leila Haddad", "Föräldraföreningen Hagsätra", "Förälder"),
    ("Erik Johansson", "Idrottsförvaltningen", "Fritidsledare"),
    ("Karin Åberg", "Kungliga Tekniska högskolan", "Forskare, trafiksäkerhet"),
    ("Oskar Eriksson", "Stockholm Parkering", "Projektledare"),
    ("Fatima Ali", "Socialförvaltningen", "Fältassistent"),
    ("Per Holm", "Cykelfrämjandet", "Ordförande Stockholm"),
    ("Maja Sundström", "Elevrådet, Hagsätra skola", "Elev, årskurs 8"),
    ("Ingrid Olofsson", "Stadsdelsförvaltning Enskede-Årsta-Vantör", "Trygghetssamordnare"),
]

QUESTIONS = [
    "Hur skulle vi kunna göra det tryggt och roligt för barn att gå och cykla till skolan?",
    "Hur skulle vi kunna minska bilkörningen precis utanför skolan vid lämning och hämtning?",
]

IDEAS_Q1 = [
    "Gående skolbuss med vuxna som turas om att gå en fast slinga",
    "Cykelbuss på fredagar med poliseskort första månaden",
    "Bättre belysning på gångvägen genom parken",
    "Klipp buskarna vid tunneln så att man ser vem som kommer",
    "Målade fotspår på trottoaren som visar den säkraste vägen",
    "Skolvägskarta som eleverna själva ritar och uppdaterar",
    "Trygghetsvandring med elever, föräldrar och polis varje höst",
    "Fler övergångsställen med refug på Hagsätravägen",
    "Farthinder och 30 km/h på alla gator runt skolan",
    "Cykelparkering med tak och ramlås vid skolan",
    "Låna cykelhjälm gratis på biblioteket",
    "Cykelkurs för alla i årskurs 3",
    "Reflexvästar i roliga färger som eleverna själva designar",
    "App där föräldrar kan se var den gående skolbussen är",
    "Belöning för klasser som går eller cyklar mest, till exempel en utflykt",
    "Skolvärdar från fritidsgården vid busshållplatsen på morgonen",
    "Vinterväghållning som prioriterar gång- och cykelvägar till skolor",
    "Samarbete med butiker längs vägen som 'trygga platser' barn kan gå in i",
    "Ta bort parkeringsplatserna närmast skolan och gör en skolgata",
    "Glasögon-VR där vuxna ser trafiken ur ett barns höjd",
    "Elevrådet gör en enkät om var eleverna känner sig otrygga",
    "Sensorer som räknar gående och cyklister vid skolan",
    "Belysning som tänds när någon går förbi, för att spara energi",
    "Konstprojekt som gör tunneln ljusare och roligare",
    "Cykelverkstad på skolan en gång i månaden",
]

IDEAS_Q2 = [
    "Hämta-och-lämna-zon 300 meter från skolan, sista biten går man",
    "Stäng gatan utanför skolan för biltrafik 07.45–08.15",
    "Föräldrar som kör får en vänlig lapp med gångtips",
    "Kampanjvecka 'Gå till skolan' varje september",
    "Samåkningsgrupp för familjer som måste köra",
    "Tydligare skyltar om stoppförbud vid skolan",
    "Trafikvakter bland äldre elever med utbildning från polisen",
    "Information om skolvägar på flera språk till nya familjer",
    "Fler busslinjer som stannar nära skolan på morgonen",
    "Mät luftkvaliteten utanför skolan och visa den på en skärm",
    "Gör parkeringen till skolgård på dagtid",
    "Låt förskolebarnen gå till skolan med syskon i följe",
    "Prata om skolvägar på föräldramötet i förskoleklass",
    "Följ upp med ny mätning av biltrafiken efter ett år",
    "Cykelbanor som är fysiskt skilda från bilvägen",
    "Kartlägg vilka familjer som kör och varför",
    "Utlåning av lådcyklar till familjer med små syskon",
    "Gemensam frukost i skolan för dem som kommer gående",
    "Skolgata med lekgata-skyltar och lekredskap på asfalten",
    "Rödljuskamera vid korsningen vid Hagsätra torg",
]


def create_demo(lib: Library, title: str = DEMO_TITLE) -> tuple[Workshop, ChangeSet]:
    """Create the demo workshop in one transaction and return it."""
    with lib.atomic():
        workshop, changes = workshop_service.create(
            lib,
            title,
            template="innovation-workshop",
            language="sv",
            goal="Fler barn ska gå eller cykla till skolan – och känna sig trygga på vägen.",
            date="2026-03-14",
            location="Hagsätra bibliotek, Stockholm",
            facilitator="Lena Ström",
            organisation="Stockholms stad, Innovationsenheten",
        )
        workshop, _ = workshop_service.update(lib, workshop.id, status=WorkshopStatus.RUNNING)
        for question in questions.list_questions(lib, workshop.id):
            questions.remove(lib, question.id)
        people = [
            participants.add(lib, workshop.id, name, organisation=org, role=role, present=True)[0]
            for name, org, role in PARTICIPANTS
        ]
        q1, _ = questions.add(lib, workshop.id, QUESTIONS[0], focus=True)
        q2, _ = questions.add(lib, workshop.id, QUESTIONS[1], focus=False)
        for number, text in enumerate(IDEAS_Q1 + IDEAS_Q2):
            question = q1 if number < len(IDEAS_Q1) else q2
            author = people[(number * 5) % len(people)] if number % 4 else None
            ideas.add(
                lib, workshop.id, text, question_id=question.id, author_id=author.id if author else None
            )
    all_areas = ChangeSet.of(workshop.id, Area.LIBRARY, Area.PARTICIPANTS, Area.QUESTIONS, Area.IDEAS)
    all_areas = all_areas | add_demo_clusters(lib, workshop.id)
    all_areas = all_areas | add_demo_voting(lib, workshop.id)
    all_areas = all_areas | add_demo_run(lib, workshop.id)  # framing, and actions for the winners
    return workshop, changes | all_areas
