"""Swedish translations of the UI, kept as data so that refreshing the .ts never loses them.

Keys are the English source text, or (context, source) where one English word needs different Swedish in
different places. A value is the Swedish text, or (singular, plural) for messages with %n.
Read by update_translations.py; vocabulary: workshop/workshoppen/workshoppar, idé/idéer, deltagare,
grupp (cluster), prickröstning, handlingsplan, åtgärd, ansvarig, delad skärm (presenter), papperskorg.
"""

from __future__ import annotations

CATALOGUE: dict[str | tuple[str, str], str | tuple[str, str]] = {
    # ----- main window and menus (menu bar: &Arkiv &Redigera &Visa &Genomför &Hjälp)
    "&File": "&Arkiv",
    "&New workshop…": "&Ny workshop…",
    "&Library": "&Bibliotek",
    "&Quit": "&Avsluta",
    "&Edit": "&Redigera",
    "&Undo": "&Ångra",
    "&Redo": "&Gör om",
    "&View": "&Visa",
    "&Language": "&Språk",
    "&Shared screen (presenter)": "&Delad skärm (presentation)",
    "&Run": "&Genomför",
    "&Help": "&Hjälp",
    "&About Idéverkstad": "&Om Idéverkstad",
    "About Idéverkstad": "Om Idéverkstad",
    "%1 %2\nRuns innovation workshops offline. Library: %3": (
        "%1 %2\nLeder innovationsworkshoppar utan internet. Bibliotek: %3"
    ),
    "Dismiss": "Stäng",
    "Problem": "Problem",
    "&Export…": "&Exportera…",
    "&Import…": "&Importera…",
    "&Backups…": "Säkerhets&kopior…",
    "&Personal data…": "&Personuppgifter…",
    "The automatic backup failed: %1": "Den automatiska säkerhetskopieringen misslyckades: %1",
    # ----- library
    "Search workshops (Ctrl+F)": "Sök workshoppar (Ctrl+F)",
    "Search workshops": "Sök workshoppar",
    "&Trash": "&Papperskorg",
    "Show the workshops in the trash": "Visa workshopparna i papperskorgen",
    "Workshops": "Workshoppar",
    "&Open": "&Öppna",
    "D&uplicate": "&Duplicera",
    "&Rename…": "&Byt namn…",
    "Move to trash": "Flytta till papperskorgen",
    "Re&store": "&Återställ",
    "Delete for good…": "Radera för gott…",
    "&Empty trash…": "&Töm papperskorgen…",
    "Library status": "Bibliotekets status",
    "Trash": "Papperskorg",
    "%n workshop(s)": ("%n workshop", "%n workshoppar"),
    "Copied as “%1”": "Kopierad som ”%1”",
    "Rename workshop": "Byt namn på workshop",
    "New title:": "Nytt namn:",
    "“%1” moved to the trash. Restore it from Trash.": (
        "”%1” flyttades till papperskorgen. Du kan återställa den därifrån."
    ),
    "Delete for good": "Radera för gott",
    "Delete “%1” and everything in it for good? This cannot be undone.": (
        "Radera ”%1” och allt innehåll för gott? Det går inte att ångra."
    ),
    "Try the &demo workshop": "Prova &demoworkshoppen",
    "Creates “Tryggare skolvägar”, a Swedish workshop with people and ideas": (
        "Skapar ”Tryggare skolvägar”, en svensk workshop med deltagare och idéer"
    ),
    "Create a &new workshop…": "Skapa en &ny workshop…",
    "No workshops yet.\nStart from a template, or look around in the demo workshop first.": (
        "Inga workshoppar än.\nBörja från en mall, eller titta runt i demoworkshoppen först."
    ),
    "The trash is empty.": "Papperskorgen är tom.",
    "The trash is already empty.": "Papperskorgen är redan tom.",
    "Empty trash": "Töm papperskorgen",
    (
        "Delete the %1 workshop(s) in the trash for good? Their data is wiped from the library file and "
        "cannot be brought back, except from a backup made earlier."
    ): (
        "Radera allt i papperskorgen för gott (antal workshoppar: %1)? Uppgifterna raderas ur "
        "biblioteksfilen och kan inte tas tillbaka, utom från en säkerhetskopia som gjorts tidigare."
    ),
    (
        "Trash emptied: %1 workshop(s) deleted and wiped from the library file. Backups made earlier still "
        "hold them until they roll out (at most 30 days)."
    ): (
        "Papperskorgen är tömd: %1 st. workshoppar raderade ur biblioteksfilen. Tidigare "
        "säkerhetskopior innehåller dem tills kopiorna gallras bort (högst 30 dagar)."
    ),
    ("WorkshopTable", "Planned"): "Planerad",
    "Running": "Pågår",
    "Finished": "Avslutad",
    "Title": "Titel",
    "Date": "Datum",
    "Status": "Status",
    "Participants": "Deltagare",
    "Ideas": "Idéer",
    # ----- new workshop dialog
    "New workshop": "Ny workshop",
    "For example: Safer routes to school": "Till exempel: Tryggare skolvägar",
    "%1 (%2 min)": "%1 (%2 min)",
    "Empty workshop (no agenda)": "Tom workshop (ingen agenda)",
    "Date decided": "Datum bestämt",
    ("NewWorkshopDialog", "&Title:"): "&Titel:",
    "Te&mplate:": "&Mall:",
    "&Language of the workshop:": "Workshoppens &språk:",
    "Da&te:": "&Datum:",
    "&Place:": "&Plats:",
    "&Facilitator:": "Pr&ocessledare:",
    "Create": "Skapa",
    # ----- console
    "← Library": "← Bibliotek",
    "Back to the library (Ctrl+L)": "Tillbaka till biblioteket (Ctrl+L)",
    "Agenda": "Agenda",
    "&Agenda": "Ag&enda",
    "&Participants…": "&Deltagare…",
    "Participants…": "Deltagare…",
    "Add, edit and mark present (Ctrl+Shift+P)": "Lägg till, ändra och markera närvaro (Ctrl+Shift+P)",
    "Workshop details": "Om workshoppen",
    "▶ now: ": "▶ nu: ",
    "%1. %2 (%3 min)": "%1. %2 (%3 min)",
    # timer
    "Time": "Tid",
    "&Start selected phase": "&Starta vald fas",
    "&Pause / resume": "&Pausa / fortsätt",
    "+&1 minute": "+&1 minut",
    "+&5 minutes": "+&5 minuter",
    "&Next phase": "&Nästa fas",
    "&Finish the workshop run": "&Avsluta workshoppen",
    "No phase running. Select one and press Start (F6).": "Ingen fas pågår. Välj en och tryck Starta (F6).",
    "Running: %1": "Pågår: %1",
    "Paused: %1": "Pausad: %1",
    "&Pause": "&Pausa",
    "&Resume": "&Fortsätt",
    "Time is up! +%1": "Tiden är ute! +%1",
    "%1 left": "%1 kvar",
    "%1 of %2 min": "%1 av %2 min",
    "Add %n minute(s)": ("Lägg till %n minut", "Lägg till %n minuter"),
    # agenda editor
    "Introduction": "Inledning",
    "Problem framing": "Problemformulering",
    "Idea collection": "Idéinsamling",
    "Clustering": "Gruppering",
    "Voting": "Röstning",
    "Action plan": "Handlingsplan",
    "Break": "Paus",
    "Other": "Annat",
    " min": " min",
    "Phase &title:": "Fasens &namn:",
    "Planned mi&nutes:": "Planerade &minuter:",
    "&Kind:": "&Typ:",
    "Add p&hase": "Lägg till &fas",
    "Remo&ve phase": "Ta &bort fas",
    "Move up": "Flytta upp",
    "Move the phase up (Ctrl+Up in the agenda)": "Flytta upp fasen (Ctrl+Upp i agendan)",
    "Move down": "Flytta ned",
    "Move the phase down (Ctrl+Down in the agenda)": "Flytta ned fasen (Ctrl+Ned i agendan)",
    "Rename phase": "Byt namn på fas",
    "Change planned minutes": "Ändra planerade minuter",
    "Change phase kind": "Ändra fastyp",
    "Add phase": "Lägg till fas",
    "New phase": "Ny fas",
    "Remove phase": "Ta bort fas",
    "Move phase": "Flytta fas",
    "Planned: %n minute(s)": ("Planerat: %n minut", "Planerat: %n minuter"),
    # details
    ("DetailsWorkspace", "&Title:"): "T&itel:",
    "&Date (YYYY-MM-DD):": "&Datum (ÅÅÅÅ-MM-DD):",
    "&Organisation:": "Organi&sation:",
    "&Goal:": "Må&l:",
    "&Language of the workshop and report:": "Spr&åk för workshoppen och rapporten:",
    "&Status:": "Stat&us:",
    "Edit title": "Ändra titel",
    "Edit goal": "Ändra mål",
    "Edit date": "Ändra datum",
    "Edit place": "Ändra plats",
    "Edit facilitator": "Ändra processledare",
    "Edit organisation": "Ändra organisation",
    "Change language": "Byt språk",
    "Change status": "Ändra status",
    # ----- participants
    "Name, Enter": "Namn, Enter",
    "Organisation (optional)": "Organisation (valfritt)",
    "Organisation": "Organisation",
    "Add &person:": "Lägg till &person:",
    "Name": "Namn",
    "Role": "Roll",
    "Present": "Närvarande",
    "present": "närvarande",
    "absent": "frånvarande",
    "%1 of %2 present": "%1 av %2 närvarande",
    "Add participant": "Lägg till deltagare",
    "Mark present": "Markera närvaro",
    "Edit participant": "Ändra deltagare",
    "Remove participant": "Ta bort deltagare",
    # ----- framing
    "Problem statement": "Problembeskrivning",
    "Context": "Bakgrund",
    "&Problem statement:": "&Problembeskrivning:",
    "C&ontext:": "Ba&kgrund:",
    "&Target groups": "Må&lgrupper",
    "Add a target group, Enter": "Lägg till en målgrupp, Enter",
    "Co&nstraints": "Begr&änsningar",
    "Add a constraint, Enter": "Lägg till en begränsning, Enter",
    "&Success criteria": "Framgång&skriterier",
    "Add a success criterion, Enter": "Lägg till ett framgångskriterium, Enter",
    "&How might we…? questions": "H&ur skulle vi kunna…? frågor",
    "How might we…? Enter": "Hur skulle vi kunna…? Enter",
    "Put in &focus": "Sätt i f&okus",
    "Show the selected question to the room (Ctrl+Shift+F)": (
        "Visa den valda frågan för rummet (Ctrl+Shift+F)"
    ),
    "In focus (bold): %1": "I fokus (fetstil): %1",
    "No question in focus.": "Ingen fråga i fokus.",
    "Edit problem statement": "Ändra problembeskrivning",
    "Edit context": "Ändra bakgrund",
    "Add framing item": "Lägg till punkt",
    "Edit framing item": "Ändra punkt",
    "Remove framing item": "Ta bort punkt",
    "Move framing item": "Flytta punkt",
    "Add question": "Lägg till fråga",
    "Edit question": "Ändra fråga",
    "Remove question": "Ta bort fråga",
    "Move question": "Flytta fråga",
    "Put question in focus": "Sätt fråga i fokus",
    "New entry: %1": "Ny punkt: %1",
    # ----- ideas
    "Type an idea and press Enter": "Skriv en idé och tryck Enter",
    "New idea": "Ny idé",
    "Author": "Idégivare",
    "anonymous": "anonym",
    "Question": "Fråga",
    "&Idea:": "&Idé:",
    "A&uthor:": "I&dégivare:",
    "&Question:": "Fr&åga:",
    "(no question)": "(ingen fråga)",
    "%1 (in focus)": "%1 (i fokus)",
    "&Keep author": "Behå&ll idégivaren",
    "Credit the next ideas to the same author too": "Ge även nästa idéer samma idégivare",
    "Keep author for the next idea": "Behåll idégivaren för nästa idé",
    "Last saved idea": "Senast sparade idé",
    "✓ %n idea(s) saved, anonymous.": ("✓ %n idé sparad, anonym.", "✓ %n idéer sparade, anonyma."),
    "✓ %n idea(s) saved, credited to %1.": ("✓ %n idé sparad, från %1.", "✓ %n idéer sparade, från %1."),
    "The author stays for the next idea.": "Idégivaren står kvar för nästa idé.",
    "The author field is empty for the next idea.": "Fältet Idégivare är tomt för nästa idé.",
    "There is no participant called “%1”. Pick a name from the list, or leave it empty.": (
        "Det finns ingen deltagare som heter ”%1”. Välj ett namn i listan, eller lämna fältet tomt."
    ),
    "“%1” fits %2. Pick one with the arrow keys and Enter.": (
        "”%1” passar %2. Välj ett namn med piltangenterna och Enter."
    ),
    "Paste several ideas": "Klistra in flera idéer",
    "The pasted text has %n line(s). Add one idea per line?": (
        "Den inklistrade texten har %n rad. Lägga till en idé per rad?",
        "Den inklistrade texten har %n rader. Lägga till en idé per rad?",
    ),
    "shown": "visas",
    "hidden": "dold",
    "Idea": "Idé",
    "Tags": "Taggar",
    "On screen": "På skärmen",
    "Economic": "Ekonomisk",
    "Social": "Social",
    "Ecological": "Ekologisk",
    "%n idea(s)": ("%n idé", "%n idéer"),
    "%1 — %n more written in silence, shown when revealed": (
        "%1 — %n till skriven i tysthet, visas när den avslöjas",
        "%1 — %n till skrivna i tysthet, visas när de avslöjas",
    ),
    "%1 — silent writing: new ideas appear when revealed": (
        "%1 — tyst skrivande: nya idéer visas när de avslöjas"
    ),
    "Message": "Meddelande",
    "Search ideas and authors": "Sök idéer och idégivare",
    "Search ideas": "Sök idéer",
    "Show ideas with tag": "Visa idéer med tagg",
    "All tags": "Alla taggar",
    "Number of ideas": "Antal idéer",
    "Silent &writing": "T&yst skrivande",
    "New ideas stay off the shared screen until revealed (Ctrl+Shift+W)": (
        "Nya idéer visas inte på den delade skärmen förrän de avslöjas (Ctrl+Shift+W)"
    ),
    "Show the hidden ideas on the shared screen (Ctrl+Shift+R)": (
        "Visa de dolda idéerna på den delade skärmen (Ctrl+Shift+R)"
    ),
    "&Find:": "Sö&k:",
    "Silent &writing: on": "T&yst skrivande: på",
    "Silent &writing: off": "T&yst skrivande: av",
    "&Reveal %n hidden idea(s)": ("Vi&sa %n dold idé", "Vi&sa %n dolda idéer"),
    "%1 of %2 ideas": "%1 av %2 idéer",
    "&Reveal hidden ideas": "Vi&sa dolda idéer",
    "Add idea": "Lägg till idé",
    "Add %n idea(s)": ("Lägg till %n idé", "Lägg till %n idéer"),
    "Edit idea": "Ändra idé",
    "Delete idea": "Radera idé",
    "Delete %n idea(s)": ("Radera %n idé", "Radera %n idéer"),
    "Tag idea %1": "Tagga idé: %1",
    "Silent writing on": "Tyst skrivande på",
    "Silent writing off": "Tyst skrivande av",
    "Reveal ideas": "Avslöja idéer",
    # ----- board
    "Affinity board": "Grupperingstavla",
    "Cluster title": "Gruppens namn",
    "Move to cluster": "Flytta till grupp",
    "&0 No cluster": "&0 Ingen grupp",
    "+%n more": "+%n till",
    "Move note": "Flytta lapp",
    "Move notes": "Flytta lappar",
    "Make cluster": "Skapa grupp",
    "Not grouped yet (%n)": "Inte grupperade än (%n)",
    "Board helpers": "Hjälp för tavlan",
    "Suggestions": "Förslag",
    "Duplicates": "Dubbletter",
    "Board tools": "Verktyg för tavlan",
    "&Group selection": "Gr&uppera markerade",
    "&Rename cluster": "&Byt namn på grupp",
    "&Tidy cluster": "S&täda grupp",
    "&Delete cluster": "Ta b&ort grupp",
    "Zoom &in": "Zooma &in",
    "Zoom &out": "Zooma u&t",
    "&Fit all": "Visa &allt",
    "&Colour notes by:": "Färga &lappar efter:",
    "One colour": "En färg",
    (
        "Arrows: move between notes · Ctrl+Space: select · M or Ctrl+1…9: move to a cluster · Space+drag: pan"
    ): (
        "Pilar: flytta mellan lappar · Ctrl+Mellanslag: markera · M eller Ctrl+1…9: flytta till en grupp · "
        "Mellanslag+dra: panorera"
    ),
    "Group notes": "Gruppera lappar",
    "Rename cluster": "Byt namn på grupp",
    "Tidy cluster": "Städa grupp",
    "Delete cluster": "Ta bort grupp",
    "(untitled cluster)": "(grupp utan namn)",
    "&Find duplicates": "Hitta &dubbletter",
    "Near-identical notes": "Nästan likadana lappar",
    "Result of the search for duplicates": "Resultat av sökningen efter dubbletter",
    "%n pair(s) of near-identical notes.": (
        "%n par nästan likadana lappar.",
        "%n par nästan likadana lappar.",
    ),
    "No duplicates found.": "Inga dubbletter hittades.",
    "&Merge into the first note": "&Slå ihop med den första lappen",
    "Merged notes:": "Hopslagna lappar:",
    "Merged notes": "Hopslagna lappar",
    "&Unmerge": "Dela &upp",
    "Merge duplicates": "Slå ihop dubbletter",
    "Unmerge note": "Dela upp lapp",
    "&Suggest groups": "F&öreslå grupper",
    "Progress of the suggestions": "Förslagens förlopp",
    "Suggestions group the notes not yet in a cluster.": (
        "Förslagen grupperar lappar som inte ligger i en grupp än."
    ),
    "Suggested groups": "Föreslagna grupper",
    "&Accept": "G&odta",
    "&Reject": "Avv&isa",
    "%1 (%2 notes)": "%1 (lappar: %2)",
    "%n suggested group(s). Accept or reject each.": (
        "%n föreslagen grupp. Godta eller avvisa den.",
        "%n föreslagna grupper. Godta eller avvisa var och en.",
    ),
    "No groups to suggest: the loose notes share too few words.": (
        "Inga grupper att föreslå: de lösa lapparna har för få ord gemensamt."
    ),
    "Accept suggested group": "Godta föreslagen grupp",
    "… and %n more (hover to see all)": (
        "… och %n till (håll pekaren här för att se alla)",
        "… och %n till (håll pekaren här för att se alla)",
    ),
    "Every suggested group is accepted or rejected.": "Alla föreslagna grupper är godtagna eller avvisade.",
    # board: cluster menu and frame colours
    "Cluster": "Grupp",
    "&Tidy": "&Städa",
    "&Colour": "&Färg",
    "&Yellow": "&Gul",
    "&Orange": "&Orange",
    "&Red": "&Röd",
    "&Pink": "Ro&sa",
    "P&urple": "&Lila",
    "&Blue": "&Blå",
    "&Teal": "&Turkos",
    "&Green": "Gr&ön",
    "Gr&ey": "Gr&å",
    "Resize cluster": "Ändra gruppens storlek",
    "Change cluster colour": "Byt gruppens färg",
    (
        "Arrows: move between notes · Ctrl+Space: select · M or Ctrl+1…9: move to a cluster · Menu key or "
        "right click: cluster menu (colour) · drag a frame's corner: resize · Space+drag: pan"
    ): (
        "Pilar: flytta mellan lappar · Ctrl+Mellanslag: markera · M eller Ctrl+1…9: flytta till en grupp · "
        "Menytangenten eller högerklick: gruppens meny (färg) · dra i ett hörn av ramen: ändra storlek · "
        "Mellanslag+dra: panorera"
    ),
    # ----- voting
    "Items to vote on": "Att rösta på",
    "Ballot for %1": "Röstsedel för %1",
    "Dots": "Prickar",
    "Scores 1–5; – means not scored.": "Poäng 1–5; – betyder ingen poäng.",
    "At most %1 dots in all, %2 on one item.": "Högst %1 prickar totalt, %2 på samma alternativ.",
    "Show on the shared screen": "Visa på den delade skärmen",
    "Show totals &here (not on the shared screen)": "Vi&sa summor här (inte på den delade skärmen)",
    "Who has voted": "Vem har röstat",
    "S&kip (absent)": "Hoppa över (frånvaran&de)",
    "Let them &redo": "Låt &personen rösta om",
    "&Enter ballot on their behalf…": "Fyll &i röstsedel åt personen…",
    "Paper tally": "Räkning av pappersprickar",
    "Enter the &group's scores…": "Fyll i gr&uppens poäng…",
    "Result": "Resultat",
    "Hidden until the reveal.": "Dolt tills det visas.",
    "How many winners": "Hur många vinnare",
    "Create &actions for the top": "Skapa &åtgärder för de främsta",
    "Show round on screen": "Visa omgång på skärmen",
    "Skip": "Hoppa över",
    "Redo ballot": "Rösta om",
    "Create a voting round to begin.": "Skapa en röstningsomgång för att börja.",
    "No voting round yet. Create one with “New round…” to begin.": (
        "Ingen röstningsomgång än. Skapa en med ”Ny omgång…” för att börja."
    ),
    "%1 of %2 present have voted.": "%1 av %2 närvarande har röstat.",
    "Not voted: %1.": "Har inte röstat: %1.",
    "Not everyone present has voted yet. Still waiting: %1.\nReveal anyway?": (
        "Alla närvarande har inte röstat än. Väntar fortfarande: %1.\nVisa resultatet ändå?"
    ),
    "&Close voting": "Stäng r&östningen",
    "Re&open voting": "&Öppna röstningen igen",
    "&Hide result": "Dö&lj resultatet",
    "Re&veal result": "Visa resu&ltatet",
    "clusters": "grupper",
    "ideas": "idéer",
    "Dot voting on %1: %2 dots each, at most %3 per item": (
        "Prickröstning på %1: %2 prickar var, högst %3 per alternativ"
    ),
    ", not on one's own ideas": ", inte på egna idéer",
    "Paper tally on %1": "Räkning av pappersprickar för %1",
    "by the group": "av gruppen",
    "by each participant": "av varje deltagare",
    "Scoring %1 on %2 and %3, %4": "Poängsättning av %1 efter %2 och %3, %4",
    "open": "öppen",
    "closed": "stängd",
    "revealed": "visad",
    "named": "med namn",
    "waiting": "väntar",
    "voting now": "röstar nu",
    "has voted ✓": "har röstat ✓",
    "skipped": "hoppades över",
    "Place": "Plats",
    "Item": "Alternativ",
    "Who": "Vem",
    "Close voting": "Stäng röstningen",
    "Reopen voting": "Öppna röstningen igen",
    "Hide result": "Dölj resultatet",
    "Reveal result": "Visa resultatet",
    "Ballot entered for %1": "Röstsedel ifylld för %1",
    "the group": "gruppen",
    "Group scores": "Gruppens poäng",
    "Actions for the top %1": "Åtgärder för de %1 främsta",
    "Results": "Resultat",
    "No votes yet.": "Inga röster än.",
    "= shared place (a tie)": "= delad placering (lika många röster)",
    "%n more with fewer votes": "%n till med färre röster",
    "This has %n vote(s) in voting rounds. Remove it and its votes? You can undo this.": (
        "Det här har %n röst i röstningsomgångar. Ta bort det och rösten? Du kan ångra det.",
        "Det här har %n röster i röstningsomgångar. Ta bort det och rösterna? Du kan ångra det.",
    ),
    "Remove with votes?": "Ta bort med röster?",
    "Impact and effort matrix": "Matris för effekt och insats",
    "Quick wins": "Snabba vinster",
    "Big bets": "Stora projekt",
    "Fill-ins": "Småsaker",
    "Money pits": "Resursslukare",
    "%1: low → high": "%1: låg → hög",
    "Nothing scored yet.": "Inget har fått poäng än.",
    "Items and counted dots": "Alternativ och räknade prickar",
    "0 to %1": "0 till %1",
    "Type the number and press Enter": "Skriv antalet och tryck Enter",
    "&Counted dots for the selected item:": "&Räknade prickar för valt alternativ:",
    "Counted dots": "Räknade prickar",
    "Edit voting round": "Ändra röstningsomgång",
    "New voting round": "Ny röstningsomgång",
    "For example: Which ideas do we take further?": "Till exempel: Vilka idéer går vi vidare med?",
    "Dot voting in turns on the shared screen": "Prickröstning i tur och ordning på den delade skärmen",
    "Paper dots on the wall, counted and typed in": "Pappersprickar på väggen, räknade och inskrivna",
    "Scoring 1–5 on two criteria": "Poäng 1–5 efter två kriterier",
    "Clusters": "Grupper",
    "Participants may vote for their own ideas": "Deltagarna får rösta på sina egna idéer",
    "Anonymous (nobody sees who voted for what)": "Anonym (ingen ser vem som röstade på vad)",
    "Each participant, in turns": "Varje deltagare, i tur och ordning",
    "Once, by the whole group": "En gång, av hela gruppen",
    ("VotingRoundDialog", "&Title:"): "&Titel:",
    "&Method:": "&Metod:",
    "&Vote on:": "&Rösta på:",
    "&Dots per person:": "&Prickar per person:",
    "&At most per item:": "&Högst per alternativ:",
    "&First criterion:": "&Första kriteriet:",
    "&Second criterion:": "&Andra kriteriet:",
    "&Scored by:": "Poäng &ges av:",
    "The method cannot change once there are votes.": "Metoden kan inte ändras när det finns röster.",
    ("VotingView", "Done"): "Klar",
    "No voting round yet.": "Ingen röstningsomgång än.",
    "Voting is closed. The result comes soon.": "Röstningen är stängd. Resultatet kommer snart.",
    "Place your paper dots on the wall.\nThe facilitator counts them.": (
        "Sätt era pappersprickar på väggen.\nProcessledaren räknar dem."
    ),
    "We score together.\nThe facilitator enters the scores.": (
        "Vi sätter poäng tillsammans.\nProcessledaren fyller i poängen."
    ),
    "Everyone has voted. Thank you!\nThe result is shown soon.": (
        "Alla har röstat. Tack!\nResultatet visas snart."
    ),
    "Pass to the next person": "Lämna över till nästa person",
    "Next: %1": "Nästa: %1",
    "I am %1 – start (Enter)": "Jag är %1 – börja (Enter)",
    "%1's turn": "Tur: %1",
    "Score each item 1–5: tap a number, or ← → to choose an item, ↑ ↓ for %1 or %2, a digit to score, − to "
    "clear · Enter when done": (
        "Ge varje alternativ 1–5: tryck på en siffra, eller ← → för att välja, ↑ ↓ för %1 eller %2, "
        "en siffra för poängen, − för att rensa · Enter när du är klar"
    ),
    "Dots left: %1 of %2 · at most %3 on one item · tap a card, or ← → ↑ ↓ to choose, + or Space for a dot, "
    "− to take one back, a digit for that many · Enter when done": (
        "Prickar kvar: %1 av %2 · högst %3 på samma alternativ · tryck på ett kort, eller ← → ↑ ↓ för att "
        "välja, + eller mellanslag för en prick, − för att ta tillbaka en, en siffra för så många · "
        "Enter när du är klar"
    ),
    "Score": "Poäng",
    "Done voting": "Klar med röstningen",
    "Voting &rounds": "Röstnings&omgångar",
    "&New round…": "N&y omgång…",
    "E&dit…": "&Ändra…",
    "Delete": "Radera",
    "dots": "prickar",
    "paper tally": "pappersprickar",
    "scoring": "poäng",
    "on screen": "på skärmen",
    "Delete “%1” and all its votes? You can undo this.": (
        "Radera ”%1” och alla dess röster? Du kan ångra det."
    ),
    "Delete voting round": "Radera röstningsomgång",
    # ----- actions
    "Not started": "Inte påbörjad",
    "In progress": "Pågår",
    ("Actions", "Done"): "Klar",
    "What": "Vad",
    "Owner": "Ansvarig",
    "Due": "Klart senast",
    "Next step": "Nästa steg",
    "%n action(s) agreed": ("%n åtgärd beslutad", "%n åtgärder beslutade"),
    "Actions created": "Skapade åtgärder",
    "%n action(s) created.": ("%n åtgärd skapad.", "%n åtgärder skapade."),
    "%n already had an action and got no second one.": (
        "%n hade redan en åtgärd och fick ingen till.",
        "%n hade redan en åtgärd och fick ingen till.",
    ),
    "What will be done? Enter adds it": "Vad ska göras? Enter lägger till",
    "participant or free text": "deltagare eller fritext",
    "&Add action": "&Lägg till åtgärd",
    "&What:": "Va&d:",
    "Linked &idea:": "Kopplad &idé:",
    "&Owner:": "An&svarig:",
    "D&ue:": "&Klart senast:",
    "&Next step:": "N&ästa steg:",
    "Due date": "Klart senast",
    "Linked idea": "Kopplad idé",
    "Type 2027-02-15, 20270215 or 15/2, or pick a day (Alt+Down)": (
        "Skriv 2027-02-15, 20270215 eller 15/2, eller välj en dag (Alt+Nedpil)"
    ),
    "Pick a due date": "Välj slutdatum",
    "Pick a day in the calendar (Alt+Down)": "Välj en dag i kalendern (Alt+Nedpil)",
    "“%1” is not a date. Type it as 2027-02-15, 20270215 or 15/2.": (
        "”%1” är inget datum. Skriv det som 2027-02-15, 20270215 eller 15/2."
    ),
    "Write what will be done first.": "Skriv först vad som ska göras.",
    "No idea matches “%1”. Pick one from the list or leave it empty.": (
        "Ingen idé matchar ”%1”. Välj en i listan eller lämna fältet tomt."
    ),
    "Add action": "Lägg till åtgärd",
    "Edit action": "Ändra åtgärd",
    "Remove action": "Ta bort åtgärd",
    "Move action": "Flytta åtgärd",
    "no date": "inget datum",
    # ----- presenter
    "Shared screen": "Delad skärm",
    "Time left": "Tid kvar",
    "Time is up": "Tiden är ute",
    "paused": "pausad",
    "%1 · +%n earlier, not shown": ("%1 · +%n tidigare, visas inte", "%1 · +%n tidigare, visas inte"),
    "Time is up  +%1": "Tiden är ute  +%1",
    "%1 (paused)": "%1 (pausad)",
    # ----- the room of phones (#13): the console's panel and the join screen on the shared screen
    "&Room of phones…": "&Mobiler i rummet…",
    "Let the room join from their phones: write ideas and vote at once": (
        "Låt deltagarna vara med från sina mobiler: skriva idéer och rösta samtidigt"
    ),
    "Room of phones": "Mobiler i rummet",
    "&Open the room": "&Öppna rummet",
    "Close the &room": "S&täng rummet",
    "Join &address:": "&Webbadress:",
    "Join address": "Webbadress att ansluta till",
    "Cop&y": "&Kopiera",
    "Copy the join address": "Kopiera adressen att ansluta till",
    "Join code:": "Kod:",
    "Join code": "Kod för att ansluta",
    "Show the &QR code on the shared screen": "Visa &QR-koden på den delade skärmen",
    "Phones &join:": "Mobiler &ansluter:",
    "By their name from the list, or anonymously": "Med sitt namn från listan, eller anonymt",
    "Only by their name from the list": "Bara med sitt namn från listan",
    "Only anonymously": "Bara anonymt",
    "&Lock the room (no new phones)": "&Lås rummet (inga nya mobiler)",
    "Phones joined": "Anslutna mobiler",
    "Phones joined: %1": "Anslutna mobiler: %1",
    "%1 voted in “%2”": "%1 har röstat i ”%2”",
    "not voted yet": "har inte röstat än",
    "Re&move device": "Ta bort &enhet",
    "The phone can no longer write or vote; what it sent stays": (
        "Mobilen kan inte längre skriva eller rösta; det den har skickat finns kvar"
    ),
    "Wi-Fi for the room (optional: a second QR code)": "Wifi för rummet (valfritt: en andra QR-kod)",
    "&Network name:": "&Nätverksnamn:",
    "&Password:": "Lösen&ord:",
    "R&emember on this computer": "Kom i&håg på den här datorn",
    "The room is open: phones on the same network join at this address.": (
        "Rummet är öppet: mobiler på samma nätverk ansluter på den här adressen."
    ),
    "The room is closed. Open it to let phones join.": (
        "Rummet är stängt. Öppna det så att mobiler kan ansluta."
    ),
    "The room could not open: %1": "Rummet kunde inte öppnas: %1",
    "Join from your phone: scan the code or type the address": (
        "Delta från mobilen: skanna koden eller skriv adressen"
    ),
    "Code: %1": "Kod: %1",
    "%n phone(s) joined": ("%n mobil ansluten", "%n mobiler anslutna"),
    "QR code of the join address": "QR-kod för adressen att ansluta till",
    "First join the Wi-Fi": "Anslut först till wifi-nätet",
    "Network: %1": "Nätverk: %1",
    "Password: %1": "Lösenord: %1",
    "QR code of the Wi-Fi network": "QR-kod för wifi-nätet",
    "Kept in plain text in this laptop's settings for your user account": (
        "Sparas i klartext i den här datorns inställningar för ditt användarkonto"
    ),
    (
        "No network found: phones cannot reach this laptop at %1. Connect the laptop to the room's Wi-Fi "
        "or a travel router, then close the room and open it again: it then takes the new address."
    ): (
        "Inget nätverk hittades: mobilerna kan inte nå den här datorn på %1. Anslut datorn till rummets "
        "wifi eller en reserouter, stäng sedan rummet och öppna det igen: då används den nya adressen."
    ),
    "No network yet: phones cannot reach this laptop": (
        "Inget nätverk än: mobilerna kan inte nå den här datorn"
    ),
    (
        "The laptop is not on a network. Connect it to the room's Wi-Fi or a travel router, then close the "
        "room and open it again: a new code and address appear here."
    ): (
        "Datorn är inte ansluten till något nätverk. Anslut den till rummets wifi eller en reserouter, stäng "
        "sedan rummet och öppna det igen: då visas en ny kod och adress här."
    ),
    # the shared screen in a hidden round while phones vote (ui/presenter/phone_turnout.py)
    "Vote on your phone": "Rösta på mobilen",
    "Or vote on your phone": "Eller rösta på mobilen",
    "%1 of %2 have voted": "%1 av %2 har röstat",
    # ----- help overlay
    "Save what you typed and start the next one": "Spara det du skrev och börja på nästa",
    "Edit the selected entry in place": "Ändra den valda raden direkt",
    "Remove the selected idea, entry, action or person": (
        "Ta bort den valda idén, punkten, åtgärden eller personen"
    ),
    "Move the selected phase, entry or action": "Flytta den valda fasen, punkten eller åtgärden",
    "Ideas: search": "Idéer: sök",
    "Ideas: tag economic / social / ecological": "Idéer: tagga ekonomisk / social / ekologisk",
    "Ideas: silent writing on or off": "Idéer: tyst skrivande på eller av",
    "Ideas: reveal the hidden ideas": "Idéer: visa de dolda idéerna",
    "Framing: put the selected question in focus": "Problemformulering: sätt den valda frågan i fokus",
    "Participants: mark present or absent": "Deltagare: markera närvarande eller frånvarande",
    "Shared screen: full screen on / off": "Delad skärm: helskärm på / av",
    "Move between fields": "Flytta mellan fälten",
    "Keyboard shortcuts": "Kortkommandon",
    "Keys": "Tangenter",
    "What it does": "Vad den gör",
    "&Keyboard shortcuts": "&Kortkommandon",
    # ----- backups, corrupt library, personal data
    "Backups": "Säkerhetskopior",
    (
        "A backup is made when the library is opened, every 10 minutes while you make changes, and when "
        "you quit. The 10 newest are kept, plus one a day for 30 days. Folder: %1"
    ): (
        "En säkerhetskopia görs när biblioteket öppnas, var 10:e minut medan du gör ändringar och när du "
        "avslutar. De 10 senaste sparas, plus en per dag i 30 dagar. Mapp: %1"
    ),
    "Backups and the workshops in them": "Säkerhetskopior och workshopparna i dem",
    "Backup / workshop": "Säkerhetskopia / workshop",
    "Restore &workshop": "Återställ &workshop",
    "Restore whole &library…": "Återställ hela &biblioteket…",
    "Backup status": "Säkerhetskopiornas status",
    "%1 — cannot be read": "%1 — går inte att läsa",
    "%1 — %n workshop(s), %2 kB": ("%1 — %n workshop, %2 kB", "%1 — %n workshoppar, %2 kB"),
    " (in the trash)": " (i papperskorgen)",
    "There are no backups yet.": "Det finns inga säkerhetskopior än.",
    "The workshop could not be restored; see the message above.": (
        "Workshoppen kunde inte återställas; se meddelandet ovan."
    ),
    "“%1” is back in the library (from the backup of %2).": (
        "”%1” finns i biblioteket igen (från säkerhetskopian %2)."
    ),
    "Restore whole library": "Återställ hela biblioteket",
    (
        "Replace the whole library with the backup of %1? The current library is kept beside it under a "
        "new name, so nothing is deleted."
    ): (
        "Ersätta hela biblioteket med säkerhetskopian från %1? Det nuvarande biblioteket sparas bredvid "
        "under ett nytt namn, så inget raderas."
    ),
    "The library now holds the backup of %1. The previous library was kept as %2.": (
        "Biblioteket innehåller nu säkerhetskopian från %1. Det tidigare biblioteket sparades som %2."
    ),
    (
        "A good backup from %1 holds %2 workshop(s): %3.\n\nRestore it? The damaged library is kept beside "
        "it under a new name; nothing is deleted."
    ): (
        "En hel säkerhetskopia från %1 innehåller workshoppar (%2 st.): %3.\n\nÅterställa den? Det "
        "skadade biblioteket sparas bredvid under ett nytt namn; inget raderas."
    ),
    "&Restore the backup": "&Återställ säkerhetskopian",
    "The backup from %1 was restored. The damaged library was kept as %2.": (
        "Säkerhetskopian från %1 återställdes. Det skadade biblioteket sparades som %2."
    ),
    "Personal data": "Personuppgifter",
    "This workshop": "Den här workshoppen",
    "&Anonymise participant names": "&Anonymisera deltagarnas namn",
    "&Undo anonymisation": "&Ångra anonymiseringen",
    "&Confirm: remove the names for good": "&Bekräfta: ta bort namnen för gott",
    (
        "Replaces every participant's name with “Participant 1”, “Participant 2”… in the roster, in action "
        "owners and where a full name was typed in the workshop's texts. You can undo it until you confirm."
    ): (
        "Ersätter varje deltagares namn med ”Deltagare 1”, ”Deltagare 2”… i deltagarlistan, som ansvarig "
        "för åtgärder och där ett fullständigt namn skrivits i workshoppens texter. Du kan ångra det tills "
        "du bekräftar."
    ),
    "Anonymisation status": "Anonymiseringens status",
    "Erase a person (a GDPR request)": "Radera en person (begäran enligt GDPR)",
    "&Find": "&Sök",
    "&Erase from all workshops…": "&Radera från alla workshoppar…",
    (
        "The full name is removed from every workshop: participant entries, action owners, the facilitator "
        "field and the texts. Ideas and votes stay, anonymous. This cannot be undone."
    ): (
        "Det fullständiga namnet tas bort från alla workshoppar: deltagare, ansvariga för åtgärder, fältet "
        "för processledare och texterna. Idéer och röster finns kvar, anonymt. Det går inte att ångra."
    ),
    "Erasure status": "Raderingens status",
    "Full &name:": "Fullständigt &namn:",
    "Anonymise participant names": "Anonymisera deltagarnas namn",
    "%1 name(s) replaced. Check the workshop, then confirm — or undo.": (
        "Antal ersatta namn: %1. Kontrollera workshoppen och bekräfta sedan — eller ångra."
    ),
    "The names are back.": "Namnen är tillbaka.",
    (
        "Confirmed. The names are gone from the library file; backups made earlier still hold them until "
        "they roll out (at most 30 days)."
    ): (
        "Bekräftat. Namnen är borta ur biblioteksfilen; tidigare säkerhetskopior innehåller dem tills "
        "kopiorna gallras bort (högst 30 dagar)."
    ),
    "“%1” was not found in any workshop.": "”%1” hittades inte i någon workshop.",
    "Erased “%1” from %2 workshop(s): ": "”%1” raderades från workshoppar (%2 st.): ",
    "“%1” is in %2 workshop(s): ": "”%1” finns i workshoppar (%2 st.): ",
    "%1 participant entries, %2 action owners, %3 facilitator fields, %4 texts.": (
        "deltagare: %1, ansvariga för åtgärder: %2, processledarfält: %3, texter: %4."
    ),
    "Erase a person": "Radera en person",
    "Erase “%1” from every workshop? This cannot be undone.": (
        "Radera ”%1” från alla workshoppar? Det går inte att ångra."
    ),
    "Backups made earlier still hold the name until they roll out (at most 30 days).": (
        "Tidigare säkerhetskopior innehåller namnet tills kopiorna gallras bort (högst 30 dagar)."
    ),
    # ----- export and import
    "Export workshop": "Exportera workshop",
    "What to export": "Vad som ska exporteras",
    "&Report (PDF, with the data attached)": "&Rapport (PDF, med data bifogade)",
    "E&xchange file (JSON)": "&Utbytesfil (JSON)",
    "&Pipeline CSV (Decidim proposals)": "&CSV för idéflödet (förslag i Decidim)",
    "Decidim proposals (&JSON import)": "Förslag i Decidim (&JSON-import)",
    "Decidim &meeting report (text for the form)": "&Mötesrapport för Decidim (text till formuläret)",
    "Decidim meeting report (J&SON)": "Mötesrapport för Decidim (JSO&N)",
    "Text (*.txt)": "Text (*.txt)",
    "&Anonymise: leave out participants' names": "&Anonymisera: utelämna deltagarnas namn",
    "The workshop's language": "Workshoppens språk",
    "Pipeline CSV": "CSV för idéflödet",
    "All ideas": "Alla idéer",
    "Only ideas with votes": "Bara idéer med röster",
    "The top of a voting round": "De främsta i en röstningsomgång",
    "One row per idea": "En rad per idé",
    "One row per cluster": "En rad per grupp",
    "&Ideas:": "&Idéer:",
    "&Voting round:": "Röstnings&omgång:",
    "&How many:": "&Hur många:",
    "R&ows:": "Ra&der:",
    "&Browse…": "&Bläddra…",
    "Report &language:": "Rapportens &språk:",
    "&File:": "&Fil:",
    "Export progress": "Exportens förlopp",
    "Export status": "Exportens status",
    "&Export": "&Exportera",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "JSON (*.json)": "JSON (*.json)",
    "CSV (*.csv)": "CSV (*.csv)",
    "Export to": "Exportera till",
    "Choose a file to export to.": "Välj en fil att exportera till.",
    "There is no voting round to take the top from.": (
        "Det finns ingen röstningsomgång att ta de främsta från."
    ),
    "Exporting…": "Exporterar…",
    "Saved to %1": "Sparat i %1",
    "The export failed; nothing was written: %1": "Exporten misslyckades; inget skrevs: %1",
    "Import workshop": "Importera workshop",
    "Choose an exchange file (.json) or a report (.pdf) made by Idéverkstad.": (
        "Välj en utbytesfil (.json) eller en rapport (.pdf) som gjorts i Idéverkstad."
    ),
    "File to import": "Fil att importera",
    "&Check": "&Kontrollera",
    "Checking the file": "Kontrollerar filen",
    "Import status": "Importens status",
    "Problems in the file": "Problem i filen",
    "&Import": "&Importera",
    "Workshop files (*.json *.pdf)": "Workshopfiler (*.json *.pdf)",
    "There is no file %1.": "Filen %1 finns inte.",
    "Checking…": "Kontrollerar…",
    "The file cannot be imported (%1 problems). Nothing was changed.": (
        "Filen kan inte importeras (antal problem: %1). Inget ändrades."
    ),
    "Ready to import “%1”: %2 ideas, %3 participants.": "Redo att importera ”%1”: %2 idéer, %3 deltagare.",
    "Already in the library": "Finns redan i biblioteket",
    "Import as &copy": "Importera som &kopia",
    "Not imported.": "Inte importerad.",
    # ----- the method library (#16)
    "What the facilitator does": "Vad facilitatorn gör",
    "Insert method…": "Infoga metod…",
    "Add a method's phases after the selected phase (Ctrl+M)": (
        "Lägg till en metods faser efter den valda fasen (Ctrl+M)"
    ),
    "Save as method…": "Spara som metod…",
    "This phase…": "Den här fasen…",
    "The whole agenda…": "Hela agendan…",
    "Method: %1": "Metod: %1",
    "%1 rounds: %2 min": "%1 omgångar: %2 min",
    "Insert method": "Infoga metod",
    "Method library": "Metodbibliotek",
    "Name, goal, words…": "Namn, mål, ord…",
    "Any goal": "Alla mål",
    "any time": "valfri tid",
    " min at most": " min som mest",
    "any size": "valfri storlek",
    " people": " personer",
    "&Search:": "&Sök:",
    "&Time:": "&Tid:",
    "Group si&ze:": "&Gruppstorlek:",
    "Methods": "Metoder",
    "About the method": "Om metoden",
    "I&mport method file…": "I&mportera metodfil…",
    "S&hare as file…": "&Dela som fil…",
    "&Edit…": "&Ändra…",
    "&Remove": "Ta &bort",
    "&Insert": "&Infoga",
    "%1 · %2 min": "%1 · %2 min",
    " · own": " · egen",
    "No method matches. Try fewer words or another goal.": (
        "Ingen metod passar. Pröva färre ord eller ett annat mål."
    ),
    "Import a method": "Importera en metod",
    "Method files (*.json)": "Metodfiler (*.json)",
    "Import method": "Importera metod",
    "Share the method as a file": "Dela metoden som en fil",
    "%1 could not be written (%2).": "%1 kunde inte skrivas (%2).",
    "Remove method": "Ta bort metod",
    "Open up (many ideas)": "Öppna upp (många idéer)",
    "Narrow down (sort, choose)": "Smalna av (sortera, välja)",
    "Decide": "Besluta",
    "Plan and follow up": "Planera och följa upp",
    "%1 min": "%1 min",
    "groups of %1–%2": "grupper om %1–%2",
    "When to use it": "När metoden passar",
    "Materials": "Material",
    "Phases": "Faser",
    "The facilitator:": "Facilitatorn:",
    "The room reads:": "Rummet läser:",
    "Origin:": "Ursprung:",
    "One of your own methods.": "En av dina egna metoder.",
    "None: the template's phases only.": "Inga: bara mallens faser.",
    "Add a met&hod…": "&Lägg till en metod…",
    "Its phases come after the template's": "Metodens faser kommer efter mallens",
    "Clear": "Rensa",
    "Methods:": "Metoder:",
    "Methods added": "Tillagda metoder",
    "&Add": "&Lägg till",
    "Edit the method": "Ändra metoden",
    "Save as a method": "Spara som metod",
    "One per line": "En per rad",
    "&Name:": "&Namn:",
    "&What it does:": "&Vad den gör:",
    "W&hen to use it:": "N&är den passar:",
    "Smallest gro&up:": "Minsta &grupp:",
    "&Largest group:": "&Största grupp:",
    "&Materials:": "&Material:",
    "Edit method": "Ändra metod",
    "Save as method": "Spara som metod",
    "S&kip to the next phase": "&Hoppa till nästa fas",
    "%1 — round %2 of %3": "%1 — omgång %2 av %3",
    "&Next round": "&Nästa omgång",
    "%1 left in the round": "%1 kvar av omgången",
    "Agenda: insert a method from the library": "Agenda: infoga en metod från biblioteket",
    "Round %1 of %2": "Omgång %1 av %2",
    "Round": "Omgång",
}
