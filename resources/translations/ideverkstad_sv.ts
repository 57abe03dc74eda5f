<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message numerus="yes">
        <source>%n action(s) agreed</source>
        <translation>
            <numerusform>%n åtgärd beslutad</numerusform>
            <numerusform>%n åtgärder beslutade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · +%n earlier, not shown</source>
        <translation>
            <numerusform>%1 · +%n tidigare, visas inte</numerusform>
            <numerusform>%1 · +%n tidigare, visas inte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsWorkspace</name>
    <message>
        <source>What will be done? Enter adds it</source>
        <translation>Vad ska göras? Enter lägger till</translation>
    </message>
    <message>
        <source>participant or free text</source>
        <translation>deltagare eller fritext</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Linked idea</source>
        <translation>Kopplad idé</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>&amp;Lägg till åtgärd</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>Va&amp;d:</translation>
    </message>
    <message>
        <source>Linked &amp;idea:</source>
        <translation>Kopplad &amp;idé:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>An&amp;svarig:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Klart senast:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>N&amp;ästa steg:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) agreed</source>
        <translation>
            <numerusform>%n åtgärd beslutad</numerusform>
            <numerusform>%n åtgärder beslutade</numerusform>
        </translation>
    </message>
    <message>
        <source>Write what will be done first.</source>
        <translation>Skriv först vad som ska göras.</translation>
    </message>
    <message>
        <source>No idea matches “%1”. Pick one from the list or leave it empty.</source>
        <translation>Ingen idé matchar ”%1”. Välj en i listan eller lämna fältet tomt.</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Lägg till åtgärd</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Ändra åtgärd</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Ta bort åtgärd</translation>
    </message>
    <message>
        <source>Move action</source>
        <translation>Flytta åtgärd</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <source>Problem framing</source>
        <translation>Problemformulering</translation>
    </message>
    <message>
        <source>Idea collection</source>
        <translation>Idéinsamling</translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation>Gruppering</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Röstning</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What the facilitator does</source>
        <translation>Vad facilitatorn gör</translation>
    </message>
    <message>
        <source>Phase &amp;title:</source>
        <translation>Fasens &amp;namn:</translation>
    </message>
    <message>
        <source>Planned mi&amp;nutes:</source>
        <translation>Planerade &amp;minuter:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Add p&amp;hase</source>
        <translation>Lägg till &amp;fas</translation>
    </message>
    <message>
        <source>Remo&amp;ve phase</source>
        <translation>Ta &amp;bort fas</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move the phase up (Ctrl+Up in the agenda)</source>
        <translation>Flytta upp fasen (Ctrl+Upp i agendan)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Move the phase down (Ctrl+Down in the agenda)</source>
        <translation>Flytta ned fasen (Ctrl+Ned i agendan)</translation>
    </message>
    <message>
        <source>Add a method&apos;s phases after the selected phase (Ctrl+M)</source>
        <translation>Lägg till en metods faser efter den valda fasen (Ctrl+M)</translation>
    </message>
    <message>
        <source>Insert method…</source>
        <translation>Infoga metod…</translation>
    </message>
    <message>
        <source>Save as method…</source>
        <translation>Spara som metod…</translation>
    </message>
    <message>
        <source>This phase…</source>
        <translation>Den här fasen…</translation>
    </message>
    <message>
        <source>The whole agenda…</source>
        <translation>Hela agendan…</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Metod: %1</translation>
    </message>
    <message>
        <source>%1 rounds: %2 min</source>
        <translation>%1 omgångar: %2 min</translation>
    </message>
    <message>
        <source>Rename phase</source>
        <translation>Byt namn på fas</translation>
    </message>
    <message>
        <source>Change planned minutes</source>
        <translation>Ändra planerade minuter</translation>
    </message>
    <message>
        <source>Change phase kind</source>
        <translation>Ändra fastyp</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Lägg till fas</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Ny fas</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>Ta bort fas</translation>
    </message>
    <message>
        <source>Move phase</source>
        <translation>Flytta fas</translation>
    </message>
    <message>
        <source>Insert method</source>
        <translation>Infoga metod</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Den automatiska säkerhetskopieringen misslyckades: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>A backup is made when the library is opened, every 10 minutes while you make changes, and when you quit. The 10 newest are kept, plus one a day for 30 days. Folder: %1</source>
        <translation>En säkerhetskopia görs när biblioteket öppnas, var 10:e minut medan du gör ändringar och när du avslutar. De 10 senaste sparas, plus en per dag i 30 dagar. Mapp: %1</translation>
    </message>
    <message>
        <source>Backups and the workshops in them</source>
        <translation>Säkerhetskopior och workshopparna i dem</translation>
    </message>
    <message>
        <source>Backup / workshop</source>
        <translation>Säkerhetskopia / workshop</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>Restore &amp;workshop</source>
        <translation>Återställ &amp;workshop</translation>
    </message>
    <message>
        <source>Restore whole &amp;library…</source>
        <translation>Återställ hela &amp;biblioteket…</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Säkerhetskopiornas status</translation>
    </message>
    <message>
        <source>%1 — cannot be read</source>
        <translation>%1 — går inte att läsa</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n workshop(s), %2 kB</source>
        <translation>
            <numerusform>%1 — %n workshop, %2 kB</numerusform>
            <numerusform>%1 — %n workshoppar, %2 kB</numerusform>
        </translation>
    </message>
    <message>
        <source> (in the trash)</source>
        <translation> (i papperskorgen)</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Det finns inga säkerhetskopior än.</translation>
    </message>
    <message>
        <source>The workshop could not be restored; see the message above.</source>
        <translation>Workshoppen kunde inte återställas; se meddelandet ovan.</translation>
    </message>
    <message>
        <source>“%1” is back in the library (from the backup of %2).</source>
        <translation>”%1” finns i biblioteket igen (från säkerhetskopian %2).</translation>
    </message>
    <message>
        <source>Restore whole library</source>
        <translation>Återställ hela biblioteket</translation>
    </message>
    <message>
        <source>Replace the whole library with the backup of %1? The current library is kept beside it under a new name, so nothing is deleted.</source>
        <translation>Ersätta hela biblioteket med säkerhetskopian från %1? Det nuvarande biblioteket sparas bredvid under ett nytt namn, så inget raderas.</translation>
    </message>
    <message>
        <source>The library now holds the backup of %1. The previous library was kept as %2.</source>
        <translation>Biblioteket innehåller nu säkerhetskopian från %1. Det tidigare biblioteket sparades som %2.</translation>
    </message>
</context>
<context>
    <name>BallotCards</name>
    <message>
        <source>Items to vote on</source>
        <translation>Att rösta på</translation>
    </message>
</context>
<context>
    <name>BallotDialog</name>
    <message>
        <source>Ballot for %1</source>
        <translation>Röstsedel för %1</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prickar</translation>
    </message>
    <message>
        <source>Scores 1–5; – means not scored.</source>
        <translation>Poäng 1–5; – betyder ingen poäng.</translation>
    </message>
    <message>
        <source>At most %1 dots in all, %2 on one item.</source>
        <translation>Högst %1 prickar totalt, %2 på samma alternativ.</translation>
    </message>
</context>
<context>
    <name>BoardCanvas</name>
    <message>
        <source>&amp;Yellow</source>
        <translation>&amp;Gul</translation>
    </message>
    <message>
        <source>&amp;Orange</source>
        <translation>&amp;Orange</translation>
    </message>
    <message>
        <source>&amp;Red</source>
        <translation>&amp;Röd</translation>
    </message>
    <message>
        <source>&amp;Pink</source>
        <translation>Ro&amp;sa</translation>
    </message>
    <message>
        <source>P&amp;urple</source>
        <translation>&amp;Lila</translation>
    </message>
    <message>
        <source>&amp;Blue</source>
        <translation>&amp;Blå</translation>
    </message>
    <message>
        <source>&amp;Teal</source>
        <translation>&amp;Turkos</translation>
    </message>
    <message>
        <source>&amp;Green</source>
        <translation>Gr&amp;ön</translation>
    </message>
    <message>
        <source>Gr&amp;ey</source>
        <translation>Gr&amp;å</translation>
    </message>
    <message>
        <source>Affinity board</source>
        <translation>Grupperingstavla</translation>
    </message>
    <message>
        <source>Cluster title</source>
        <translation>Gruppens namn</translation>
    </message>
    <message>
        <source>Move to cluster</source>
        <translation>Flytta till grupp</translation>
    </message>
    <message>
        <source>&amp;0 No cluster</source>
        <translation>&amp;0 Ingen grupp</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Byt namn…</translation>
    </message>
    <message>
        <source>&amp;Tidy</source>
        <translation>&amp;Städa</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Färg</translation>
    </message>
    <message>
        <source>&amp;Delete cluster</source>
        <translation>Ta b&amp;ort grupp</translation>
    </message>
</context>
<context>
    <name>BoardCards</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n till</numerusform>
            <numerusform>+%n till</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardScene</name>
    <message>
        <source>Move note</source>
        <translation>Flytta lapp</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation>Flytta lappar</translation>
    </message>
    <message>
        <source>Make cluster</source>
        <translation>Skapa grupp</translation>
    </message>
    <message>
        <source>Resize cluster</source>
        <translation>Ändra gruppens storlek</translation>
    </message>
    <message>
        <source>Change cluster colour</source>
        <translation>Byt gruppens färg</translation>
    </message>
    <message>
        <source>Move to cluster</source>
        <translation>Flytta till grupp</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Affinity board</source>
        <translation>Grupperingstavla</translation>
    </message>
    <message numerus="yes">
        <source>Not grouped yet (%n)</source>
        <translation>
            <numerusform>Inte grupperade än (%n)</numerusform>
            <numerusform>Inte grupperade än (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardWorkspace</name>
    <message>
        <source>Board helpers</source>
        <translation>Hjälp för tavlan</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubbletter</translation>
    </message>
    <message>
        <source>Board tools</source>
        <translation>Verktyg för tavlan</translation>
    </message>
    <message>
        <source>&amp;Group selection</source>
        <translation>Gr&amp;uppera markerade</translation>
    </message>
    <message>
        <source>&amp;Rename cluster</source>
        <translation>&amp;Byt namn på grupp</translation>
    </message>
    <message>
        <source>&amp;Tidy cluster</source>
        <translation>S&amp;täda grupp</translation>
    </message>
    <message>
        <source>&amp;Delete cluster</source>
        <translation>Ta b&amp;ort grupp</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zooma u&amp;t</translation>
    </message>
    <message>
        <source>&amp;Fit all</source>
        <translation>Visa &amp;allt</translation>
    </message>
    <message>
        <source>&amp;Colour notes by:</source>
        <translation>Färga &amp;lappar efter:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Idégivare</translation>
    </message>
    <message>
        <source>One colour</source>
        <translation>En färg</translation>
    </message>
    <message>
        <source>Arrows: move between notes · Ctrl+Space: select · M or Ctrl+1…9: move to a cluster · Menu key or right click: cluster menu (colour) · drag a frame&apos;s corner: resize · Space+drag: pan</source>
        <translation>Pilar: flytta mellan lappar · Ctrl+Mellanslag: markera · M eller Ctrl+1…9: flytta till en grupp · Menytangenten eller högerklick: gruppens meny (färg) · dra i ett hörn av ramen: ändra storlek · Mellanslag+dra: panorera</translation>
    </message>
    <message>
        <source>Group notes</source>
        <translation>Gruppera lappar</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Byt namn på grupp</translation>
    </message>
    <message>
        <source>Tidy cluster</source>
        <translation>Städa grupp</translation>
    </message>
    <message>
        <source>Delete cluster</source>
        <translation>Ta bort grupp</translation>
    </message>
</context>
<context>
    <name>ClusterItem</name>
    <message>
        <source>(untitled cluster)</source>
        <translation>(grupp utan namn)</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <source>← Library</source>
        <translation>← Bibliotek</translation>
    </message>
    <message>
        <source>Back to the library (Ctrl+L)</source>
        <translation>Tillbaka till biblioteket (Ctrl+L)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Participants…</source>
        <translation>&amp;Deltagare…</translation>
    </message>
    <message>
        <source>Participants…</source>
        <translation>Deltagare…</translation>
    </message>
    <message>
        <source>Add, edit and mark present (Ctrl+Shift+P)</source>
        <translation>Lägg till, ändra och markera närvaro (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Ag&amp;enda</translation>
    </message>
    <message>
        <source>Workshop details</source>
        <translation>Om workshoppen</translation>
    </message>
    <message>
        <source>▶ now: </source>
        <translation>▶ nu: </translation>
    </message>
    <message>
        <source>%1. %2 (%3 min)</source>
        <translation>%1. %2 (%3 min)</translation>
    </message>
</context>
<context>
    <name>CorruptLibraryDialog</name>
    <message>
        <source>A good backup from %1 holds %2 workshop(s): %3.

Restore it? The damaged library is kept beside it under a new name; nothing is deleted.</source>
        <translation>En hel säkerhetskopia från %1 innehåller workshoppar (%2 st.): %3.

Återställa den? Det skadade biblioteket sparas bredvid under ett nytt namn; inget raderas.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Återställ säkerhetskopian</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>The backup from %1 was restored. The damaged library was kept as %2.</source>
        <translation>Säkerhetskopian från %1 återställdes. Det skadade biblioteket sparades som %2.</translation>
    </message>
</context>
<context>
    <name>DataSafetyMenu</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>Säkerhets&amp;kopior…</translation>
    </message>
    <message>
        <source>&amp;Personal data…</source>
        <translation>&amp;Personuppgifter…</translation>
    </message>
</context>
<context>
    <name>DetailsWorkspace</name>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Date (YYYY-MM-DD):</source>
        <translation>&amp;Datum (ÅÅÅÅ-MM-DD):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>Pr&amp;ocessledare:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Organi&amp;sation:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>Må&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Language of the workshop and report:</source>
        <translation>Spr&amp;åk för workshoppen och rapporten:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Ändra titel</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Ändra mål</translation>
    </message>
    <message>
        <source>Edit date</source>
        <translation>Ändra datum</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Ändra plats</translation>
    </message>
    <message>
        <source>Edit facilitator</source>
        <translation>Ändra processledare</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Ändra organisation</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Byt språk</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Ändra status</translation>
    </message>
</context>
<context>
    <name>DueDateField</name>
    <message>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>Type 2027-02-15, 20270215 or 15/2, or pick a day (Alt+Down)</source>
        <translation>Skriv 2027-02-15, 20270215 eller 15/2, eller välj en dag (Alt+Nedpil)</translation>
    </message>
    <message>
        <source>Pick a due date</source>
        <translation>Välj slutdatum</translation>
    </message>
    <message>
        <source>Pick a day in the calendar (Alt+Down)</source>
        <translation>Välj en dag i kalendern (Alt+Nedpil)</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as 2027-02-15, 20270215 or 15/2.</source>
        <translation>”%1” är inget datum. Skriv det som 2027-02-15, 20270215 eller 15/2.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>&amp;Find duplicates</source>
        <translation>Hitta &amp;dubbletter</translation>
    </message>
    <message>
        <source>Result of the search for duplicates</source>
        <translation>Resultat av sökningen efter dubbletter</translation>
    </message>
    <message>
        <source>Near-identical notes</source>
        <translation>Nästan likadana lappar</translation>
    </message>
    <message>
        <source>&amp;Merge into the first note</source>
        <translation>&amp;Slå ihop med den första lappen</translation>
    </message>
    <message>
        <source>Merged notes:</source>
        <translation>Hopslagna lappar:</translation>
    </message>
    <message>
        <source>Merged notes</source>
        <translation>Hopslagna lappar</translation>
    </message>
    <message>
        <source>&amp;Unmerge</source>
        <translation>Dela &amp;upp</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of near-identical notes.</source>
        <translation>
            <numerusform>%n par nästan likadana lappar.</numerusform>
            <numerusform>%n par nästan likadana lappar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Inga dubbletter hittades.</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Slå ihop dubbletter</translation>
    </message>
    <message>
        <source>Unmerge note</source>
        <translation>Dela upp lapp</translation>
    </message>
</context>
<context>
    <name>EmptyLibrary</name>
    <message>
        <source>Try the &amp;demo workshop</source>
        <translation>Prova &amp;demoworkshoppen</translation>
    </message>
    <message>
        <source>Creates “Tryggare skolvägar”, a Swedish workshop with people and ideas</source>
        <translation>Skapar ”Tryggare skolvägar”, en svensk workshop med deltagare och idéer</translation>
    </message>
    <message>
        <source>Create a &amp;new workshop…</source>
        <translation>Skapa en &amp;ny workshop…</translation>
    </message>
    <message>
        <source>No workshops yet.
Start from a template, or look around in the demo workshop first.</source>
        <translation>Inga workshoppar än.
Börja från en mall, eller titta runt i demoworkshoppen först.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Papperskorgen är tom.</translation>
    </message>
</context>
<context>
    <name>EmptyTrash</name>
    <message>
        <source>The trash is already empty.</source>
        <translation>Papperskorgen är redan tom.</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Töm papperskorgen</translation>
    </message>
    <message>
        <source>Delete the %1 workshop(s) in the trash for good? Their data is wiped from the library file and cannot be brought back, except from a backup made earlier.</source>
        <translation>Radera allt i papperskorgen för gott (antal workshoppar: %1)? Uppgifterna raderas ur biblioteksfilen och kan inte tas tillbaka, utom från en säkerhetskopia som gjorts tidigare.</translation>
    </message>
    <message>
        <source>Trash emptied: %1 workshop(s) deleted and wiped from the library file. Backups made earlier still hold them until they roll out (at most 30 days).</source>
        <translation>Papperskorgen är tömd: %1 st. workshoppar raderade ur biblioteksfilen. Tidigare säkerhetskopior innehåller dem tills kopiorna gallras bort (högst 30 dagar).</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export workshop</source>
        <translation>Exportera workshop</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Vad som ska exporteras</translation>
    </message>
    <message>
        <source>&amp;Report (PDF, with the data attached)</source>
        <translation>&amp;Rapport (PDF, med data bifogade)</translation>
    </message>
    <message>
        <source>E&amp;xchange file (JSON)</source>
        <translation>&amp;Utbytesfil (JSON)</translation>
    </message>
    <message>
        <source>&amp;Pipeline CSV (Decidim proposals)</source>
        <translation>&amp;CSV för idéflödet (förslag i Decidim)</translation>
    </message>
    <message>
        <source>Decidim proposals (&amp;JSON import)</source>
        <translation>Förslag i Decidim (&amp;JSON-import)</translation>
    </message>
    <message>
        <source>Decidim &amp;meeting report (text for the form)</source>
        <translation>&amp;Mötesrapport för Decidim (text till formuläret)</translation>
    </message>
    <message>
        <source>Decidim meeting report (J&amp;SON)</source>
        <translation>Mötesrapport för Decidim (JSO&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Anonymise: leave out participants&apos; names</source>
        <translation>&amp;Anonymisera: utelämna deltagarnas namn</translation>
    </message>
    <message>
        <source>The workshop&apos;s language</source>
        <translation>Workshoppens språk</translation>
    </message>
    <message>
        <source>Pipeline CSV</source>
        <translation>CSV för idéflödet</translation>
    </message>
    <message>
        <source>All ideas</source>
        <translation>Alla idéer</translation>
    </message>
    <message>
        <source>Only ideas with votes</source>
        <translation>Bara idéer med röster</translation>
    </message>
    <message>
        <source>The top of a voting round</source>
        <translation>De främsta i en röstningsomgång</translation>
    </message>
    <message>
        <source>One row per idea</source>
        <translation>En rad per idé</translation>
    </message>
    <message>
        <source>One row per cluster</source>
        <translation>En rad per grupp</translation>
    </message>
    <message>
        <source>&amp;Ideas:</source>
        <translation>&amp;Idéer:</translation>
    </message>
    <message>
        <source>&amp;Voting round:</source>
        <translation>Röstnings&amp;omgång:</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>&amp;Hur många:</translation>
    </message>
    <message>
        <source>R&amp;ows:</source>
        <translation>Ra&amp;der:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Rapportens &amp;språk:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportens förlopp</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportens status</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportera till</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Välj en fil att exportera till.</translation>
    </message>
    <message>
        <source>There is no voting round to take the top from.</source>
        <translation>Det finns ingen röstningsomgång att ta de främsta från.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Sparat i %1</translation>
    </message>
    <message>
        <source>The export failed; nothing was written: %1</source>
        <translation>Exporten misslyckades; inget skrevs: %1</translation>
    </message>
</context>
<context>
    <name>FramingList</name>
    <message>
        <source>New entry: %1</source>
        <translation>Ny punkt: %1</translation>
    </message>
</context>
<context>
    <name>FramingWorkspace</name>
    <message>
        <source>Problem statement</source>
        <translation>Problembeskrivning</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <source>&amp;Problem statement:</source>
        <translation>&amp;Problembeskrivning:</translation>
    </message>
    <message>
        <source>C&amp;ontext:</source>
        <translation>Ba&amp;kgrund:</translation>
    </message>
    <message>
        <source>&amp;Target groups</source>
        <translation>Må&amp;lgrupper</translation>
    </message>
    <message>
        <source>Add a target group, Enter</source>
        <translation>Lägg till en målgrupp, Enter</translation>
    </message>
    <message>
        <source>Co&amp;nstraints</source>
        <translation>Begr&amp;änsningar</translation>
    </message>
    <message>
        <source>Add a constraint, Enter</source>
        <translation>Lägg till en begränsning, Enter</translation>
    </message>
    <message>
        <source>&amp;Success criteria</source>
        <translation>Framgång&amp;skriterier</translation>
    </message>
    <message>
        <source>Add a success criterion, Enter</source>
        <translation>Lägg till ett framgångskriterium, Enter</translation>
    </message>
    <message>
        <source>&amp;How might we…? questions</source>
        <translation>H&amp;ur skulle vi kunna…? frågor</translation>
    </message>
    <message>
        <source>How might we…? Enter</source>
        <translation>Hur skulle vi kunna…? Enter</translation>
    </message>
    <message>
        <source>Put in &amp;focus</source>
        <translation>Sätt i f&amp;okus</translation>
    </message>
    <message>
        <source>Show the selected question to the room (Ctrl+Shift+F)</source>
        <translation>Visa den valda frågan för rummet (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>In focus (bold): %1</source>
        <translation>I fokus (fetstil): %1</translation>
    </message>
    <message>
        <source>No question in focus.</source>
        <translation>Ingen fråga i fokus.</translation>
    </message>
    <message>
        <source>Edit problem statement</source>
        <translation>Ändra problembeskrivning</translation>
    </message>
    <message>
        <source>Edit context</source>
        <translation>Ändra bakgrund</translation>
    </message>
    <message>
        <source>Add framing item</source>
        <translation>Lägg till punkt</translation>
    </message>
    <message>
        <source>Edit framing item</source>
        <translation>Ändra punkt</translation>
    </message>
    <message>
        <source>Remove framing item</source>
        <translation>Ta bort punkt</translation>
    </message>
    <message>
        <source>Move framing item</source>
        <translation>Flytta punkt</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Lägg till fråga</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Ändra fråga</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Ta bort fråga</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Flytta fråga</translation>
    </message>
    <message>
        <source>Put question in focus</source>
        <translation>Sätt fråga i fokus</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Save what you typed and start the next one</source>
        <translation>Spara det du skrev och börja på nästa</translation>
    </message>
    <message>
        <source>Edit the selected entry in place</source>
        <translation>Ändra den valda raden direkt</translation>
    </message>
    <message>
        <source>Remove the selected idea, entry, action or person</source>
        <translation>Ta bort den valda idén, punkten, åtgärden eller personen</translation>
    </message>
    <message>
        <source>Move the selected phase, entry or action</source>
        <translation>Flytta den valda fasen, punkten eller åtgärden</translation>
    </message>
    <message>
        <source>Agenda: insert a method from the library</source>
        <translation>Agenda: infoga en metod från biblioteket</translation>
    </message>
    <message>
        <source>Ideas: search</source>
        <translation>Idéer: sök</translation>
    </message>
    <message>
        <source>Ideas: tag economic / social / ecological</source>
        <translation>Idéer: tagga ekonomisk / social / ekologisk</translation>
    </message>
    <message>
        <source>Ideas: silent writing on or off</source>
        <translation>Idéer: tyst skrivande på eller av</translation>
    </message>
    <message>
        <source>Ideas: reveal the hidden ideas</source>
        <translation>Idéer: visa de dolda idéerna</translation>
    </message>
    <message>
        <source>Framing: put the selected question in focus</source>
        <translation>Problemformulering: sätt den valda frågan i fokus</translation>
    </message>
    <message>
        <source>Participants: mark present or absent</source>
        <translation>Deltagare: markera närvarande eller frånvarande</translation>
    </message>
    <message>
        <source>Shared screen: full screen on / off</source>
        <translation>Delad skärm: helskärm på / av</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Flytta mellan fälten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Vad den gör</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
</context>
<context>
    <name>IdeaCaptureBar</name>
    <message>
        <source>Type an idea and press Enter</source>
        <translation>Skriv en idé och tryck Enter</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Ny idé</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Idégivare</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>&amp;Keep author</source>
        <translation>Behå&amp;ll idégivaren</translation>
    </message>
    <message>
        <source>Credit the next ideas to the same author too</source>
        <translation>Ge även nästa idéer samma idégivare</translation>
    </message>
    <message>
        <source>Keep author for the next idea</source>
        <translation>Behåll idégivaren för nästa idé</translation>
    </message>
    <message>
        <source>Last saved idea</source>
        <translation>Senast sparade idé</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>&amp;Idea:</source>
        <translation>&amp;Idé:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>I&amp;dégivare:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>Fr&amp;åga:</translation>
    </message>
    <message>
        <source>(no question)</source>
        <translation>(ingen fråga)</translation>
    </message>
    <message>
        <source>%1 (in focus)</source>
        <translation>%1 (i fokus)</translation>
    </message>
    <message>
        <source>“%1” fits %2. Pick one with the arrow keys and Enter.</source>
        <translation>”%1” passar %2. Välj ett namn med piltangenterna och Enter.</translation>
    </message>
    <message>
        <source>There is no participant called “%1”. Pick a name from the list, or leave it empty.</source>
        <translation>Det finns ingen deltagare som heter ”%1”. Välj ett namn i listan, eller lämna fältet tomt.</translation>
    </message>
    <message numerus="yes">
        <source>✓ %n idea(s) saved, anonymous.</source>
        <translation>
            <numerusform>✓ %n idé sparad, anonym.</numerusform>
            <numerusform>✓ %n idéer sparade, anonyma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ %n idea(s) saved, credited to %1.</source>
        <translation>
            <numerusform>✓ %n idé sparad, från %1.</numerusform>
            <numerusform>✓ %n idéer sparade, från %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The author stays for the next idea.</source>
        <translation>Idégivaren står kvar för nästa idé.</translation>
    </message>
    <message>
        <source>The author field is empty for the next idea.</source>
        <translation>Fältet Idégivare är tomt för nästa idé.</translation>
    </message>
    <message>
        <source>Paste several ideas</source>
        <translation>Klistra in flera idéer</translation>
    </message>
    <message numerus="yes">
        <source>The pasted text has %n line(s). Add one idea per line?</source>
        <translation>
            <numerusform>Den inklistrade texten har %n rad. Lägga till en idé per rad?</numerusform>
            <numerusform>Den inklistrade texten har %n rader. Lägga till en idé per rad?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdeasModel</name>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>dold</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Idégivare</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Shared screen</source>
        <translation>Delad skärm</translation>
    </message>
</context>
<context>
    <name>IdeasView</name>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idé</numerusform>
            <numerusform>%n idéer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · +%n earlier, not shown</source>
        <translation>
            <numerusform>%1 · +%n tidigare, visas inte</numerusform>
            <numerusform>%1 · +%n tidigare, visas inte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n more written in silence, shown when revealed</source>
        <translation>
            <numerusform>%1 — %n till skriven i tysthet, visas när den avslöjas</numerusform>
            <numerusform>%1 — %n till skrivna i tysthet, visas när de avslöjas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — silent writing: new ideas appear when revealed</source>
        <translation>%1 — tyst skrivande: nya idéer visas när de avslöjas</translation>
    </message>
</context>
<context>
    <name>IdeasWorkspace</name>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Search ideas and authors</source>
        <translation>Sök idéer och idégivare</translation>
    </message>
    <message>
        <source>Search ideas</source>
        <translation>Sök idéer</translation>
    </message>
    <message>
        <source>Show ideas with tag</source>
        <translation>Visa idéer med tagg</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alla taggar</translation>
    </message>
    <message>
        <source>Number of ideas</source>
        <translation>Antal idéer</translation>
    </message>
    <message>
        <source>Silent &amp;writing</source>
        <translation>T&amp;yst skrivande</translation>
    </message>
    <message>
        <source>New ideas stay off the shared screen until revealed (Ctrl+Shift+W)</source>
        <translation>Nya idéer visas inte på den delade skärmen förrän de avslöjas (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Show the hidden ideas on the shared screen (Ctrl+Shift+R)</source>
        <translation>Visa de dolda idéerna på den delade skärmen (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Sö&amp;k:</translation>
    </message>
    <message>
        <source>Silent &amp;writing: on</source>
        <translation>T&amp;yst skrivande: på</translation>
    </message>
    <message>
        <source>Silent &amp;writing: off</source>
        <translation>T&amp;yst skrivande: av</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reveal %n hidden idea(s)</source>
        <translation>
            <numerusform>Vi&amp;sa %n dold idé</numerusform>
            <numerusform>Vi&amp;sa %n dolda idéer</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reveal hidden ideas</source>
        <translation>Vi&amp;sa dolda idéer</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idé</numerusform>
            <numerusform>%n idéer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 ideas</source>
        <translation>%1 av %2 idéer</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>Lägg till idé</translation>
    </message>
    <message numerus="yes">
        <source>Add %n idea(s)</source>
        <translation>
            <numerusform>Lägg till %n idé</numerusform>
            <numerusform>Lägg till %n idéer</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit idea</source>
        <translation>Ändra idé</translation>
    </message>
    <message>
        <source>Delete idea</source>
        <translation>Radera idé</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n idea(s)</source>
        <translation>
            <numerusform>Radera %n idé</numerusform>
            <numerusform>Radera %n idéer</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag idea %1</source>
        <translation>Tagga idé: %1</translation>
    </message>
    <message>
        <source>Silent writing on</source>
        <translation>Tyst skrivande på</translation>
    </message>
    <message>
        <source>Silent writing off</source>
        <translation>Tyst skrivande av</translation>
    </message>
    <message>
        <source>Reveal ideas</source>
        <translation>Avslöja idéer</translation>
    </message>
</context>
<context>
    <name>ImpactEffortMatrix</name>
    <message>
        <source>Impact and effort matrix</source>
        <translation>Matris för effekt och insats</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Snabba vinster</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Stora projekt</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Småsaker</translation>
    </message>
    <message>
        <source>Money pits</source>
        <translation>Resursslukare</translation>
    </message>
    <message>
        <source>%1: low → high</source>
        <translation>%1: låg → hög</translation>
    </message>
    <message>
        <source>Nothing scored yet.</source>
        <translation>Inget har fått poäng än.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import workshop</source>
        <translation>Importera workshop</translation>
    </message>
    <message>
        <source>Choose an exchange file (.json) or a report (.pdf) made by Idéverkstad.</source>
        <translation>Välj en utbytesfil (.json) eller en rapport (.pdf) som gjorts i Idéverkstad.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fil att importera</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Kontrollera</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Kontrollerar filen</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Importens status</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problem i filen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Workshop files (*.json *.pdf)</source>
        <translation>Workshopfiler (*.json *.pdf)</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>The file cannot be imported (%1 problems). Nothing was changed.</source>
        <translation>Filen kan inte importeras (antal problem: %1). Inget ändrades.</translation>
    </message>
    <message>
        <source>Ready to import “%1”: %2 ideas, %3 participants.</source>
        <translation>Redo att importera ”%1”: %2 idéer, %3 deltagare.</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>Finns redan i biblioteket</translation>
    </message>
    <message>
        <source>Import as &amp;copy</source>
        <translation>Importera som &amp;kopia</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Inte importerad.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Search workshops (Ctrl+F)</source>
        <translation>Sök workshoppar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search workshops</source>
        <translation>Sök workshoppar</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Papperskorg</translation>
    </message>
    <message>
        <source>Show the workshops in the trash</source>
        <translation>Visa workshopparna i papperskorgen</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshoppar</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny workshop…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplicera</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Byt namn…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Flytta till papperskorgen</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Radera för gott…</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Töm papperskorgen…</translation>
    </message>
    <message>
        <source>Library status</source>
        <translation>Bibliotekets status</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papperskorg</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshoppar</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as “%1”</source>
        <translation>Kopierad som ”%1”</translation>
    </message>
    <message>
        <source>Rename workshop</source>
        <translation>Byt namn på workshop</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <source>“%1” moved to the trash. Restore it from Trash.</source>
        <translation>”%1” flyttades till papperskorgen. Du kan återställa den därifrån.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Radera för gott</translation>
    </message>
    <message>
        <source>Delete “%1” and everything in it for good? This cannot be undone.</source>
        <translation>Radera ”%1” och allt innehåll för gott? Det går inte att ångra.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny workshop…</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotek</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Shared screen (presenter)</source>
        <translation>&amp;Delad skärm (presentation)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Genomför</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Idéverkstad</source>
        <translation>&amp;Om Idéverkstad</translation>
    </message>
    <message>
        <source>About Idéverkstad</source>
        <translation>Om Idéverkstad</translation>
    </message>
    <message>
        <source>%1 %2
Runs innovation workshops offline. Library: %3</source>
        <translation>%1 %2
Leder innovationsworkshoppar utan internet. Bibliotek: %3</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>MethodLibraryDialog</name>
    <message>
        <source>Method library</source>
        <translation>Metodbibliotek</translation>
    </message>
    <message>
        <source>Name, goal, words…</source>
        <translation>Namn, mål, ord…</translation>
    </message>
    <message>
        <source>Any goal</source>
        <translation>Alla mål</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>valfri tid</translation>
    </message>
    <message>
        <source> min at most</source>
        <translation> min som mest</translation>
    </message>
    <message>
        <source>any size</source>
        <translation>valfri storlek</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personer</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>Må&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <source>Group si&amp;ze:</source>
        <translation>&amp;Gruppstorlek:</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Metoder</translation>
    </message>
    <message>
        <source>About the method</source>
        <translation>Om metoden</translation>
    </message>
    <message>
        <source>I&amp;mport method file…</source>
        <translation>I&amp;mportera metodfil…</translation>
    </message>
    <message>
        <source>S&amp;hare as file…</source>
        <translation>&amp;Dela som fil…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Infoga</translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 min</translation>
    </message>
    <message>
        <source> · own</source>
        <translation> · egen</translation>
    </message>
    <message>
        <source>No method matches. Try fewer words or another goal.</source>
        <translation>Ingen metod passar. Pröva färre ord eller ett annat mål.</translation>
    </message>
    <message>
        <source>Import a method</source>
        <translation>Importera en metod</translation>
    </message>
    <message>
        <source>Method files (*.json)</source>
        <translation>Metodfiler (*.json)</translation>
    </message>
    <message>
        <source>Import method</source>
        <translation>Importera metod</translation>
    </message>
    <message>
        <source>Share the method as a file</source>
        <translation>Dela metoden som en fil</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>%1 kunde inte skrivas (%2).</translation>
    </message>
    <message>
        <source>Remove method</source>
        <translation>Ta bort metod</translation>
    </message>
</context>
<context>
    <name>Methods</name>
    <message>
        <source>Open up (many ideas)</source>
        <translation>Öppna upp (många idéer)</translation>
    </message>
    <message>
        <source>Narrow down (sort, choose)</source>
        <translation>Smalna av (sortera, välja)</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Besluta</translation>
    </message>
    <message>
        <source>Plan and follow up</source>
        <translation>Planera och följa upp</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>groups of %1–%2</source>
        <translation>grupper om %1–%2</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>När metoden passar</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>%1 rounds: %2 min</source>
        <translation>%1 omgångar: %2 min</translation>
    </message>
    <message>
        <source>The facilitator:</source>
        <translation>Facilitatorn:</translation>
    </message>
    <message>
        <source>The room reads:</source>
        <translation>Rummet läser:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Ursprung:</translation>
    </message>
    <message>
        <source>One of your own methods.</source>
        <translation>En av dina egna metoder.</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <source>For example: Safer routes to school</source>
        <translation>Till exempel: Tryggare skolvägar</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Empty workshop (no agenda)</source>
        <translation>Tom workshop (ingen agenda)</translation>
    </message>
    <message>
        <source>Date decided</source>
        <translation>Datum bestämt</translation>
    </message>
    <message>
        <source>None: the template&apos;s phases only.</source>
        <translation>Inga: bara mallens faser.</translation>
    </message>
    <message>
        <source>Add a met&amp;hod…</source>
        <translation>&amp;Lägg till en metod…</translation>
    </message>
    <message>
        <source>Its phases come after the template&apos;s</source>
        <translation>Metodens faser kommer efter mallens</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Mall:</translation>
    </message>
    <message>
        <source>Methods:</source>
        <translation>Metoder:</translation>
    </message>
    <message>
        <source>Methods added</source>
        <translation>Tillagda metoder</translation>
    </message>
    <message>
        <source>&amp;Language of the workshop:</source>
        <translation>Workshoppens &amp;språk:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>Pr&amp;ocessledare:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Name, Enter</source>
        <translation>Namn, Enter</translation>
    </message>
    <message>
        <source>Organisation (optional)</source>
        <translation>Organisation (valfritt)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Add &amp;person:</source>
        <translation>Lägg till &amp;person:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>present</source>
        <translation>närvarande</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>frånvarande</translation>
    </message>
    <message>
        <source>%1 of %2 present</source>
        <translation>%1 av %2 närvarande</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Lägg till deltagare</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Markera närvaro</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Ändra deltagare</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Ta bort deltagare</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <source>This workshop</source>
        <translation>Den här workshoppen</translation>
    </message>
    <message>
        <source>&amp;Anonymise participant names</source>
        <translation>&amp;Anonymisera deltagarnas namn</translation>
    </message>
    <message>
        <source>&amp;Undo anonymisation</source>
        <translation>&amp;Ångra anonymiseringen</translation>
    </message>
    <message>
        <source>&amp;Confirm: remove the names for good</source>
        <translation>&amp;Bekräfta: ta bort namnen för gott</translation>
    </message>
    <message>
        <source>Replaces every participant&apos;s name with “Participant 1”, “Participant 2”… in the roster, in action owners and where a full name was typed in the workshop&apos;s texts. You can undo it until you confirm.</source>
        <translation>Ersätter varje deltagares namn med ”Deltagare 1”, ”Deltagare 2”… i deltagarlistan, som ansvarig för åtgärder och där ett fullständigt namn skrivits i workshoppens texter. Du kan ångra det tills du bekräftar.</translation>
    </message>
    <message>
        <source>Anonymisation status</source>
        <translation>Anonymiseringens status</translation>
    </message>
    <message>
        <source>Erase a person (a GDPR request)</source>
        <translation>Radera en person (begäran enligt GDPR)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Erase from all workshops…</source>
        <translation>&amp;Radera från alla workshoppar…</translation>
    </message>
    <message>
        <source>The full name is removed from every workshop: participant entries, action owners, the facilitator field and the texts. Ideas and votes stay, anonymous. This cannot be undone.</source>
        <translation>Det fullständiga namnet tas bort från alla workshoppar: deltagare, ansvariga för åtgärder, fältet för processledare och texterna. Idéer och röster finns kvar, anonymt. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Erasure status</source>
        <translation>Raderingens status</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Fullständigt &amp;namn:</translation>
    </message>
    <message>
        <source>Anonymise participant names</source>
        <translation>Anonymisera deltagarnas namn</translation>
    </message>
    <message>
        <source>%1 name(s) replaced. Check the workshop, then confirm — or undo.</source>
        <translation>Antal ersatta namn: %1. Kontrollera workshoppen och bekräfta sedan — eller ångra.</translation>
    </message>
    <message>
        <source>The names are back.</source>
        <translation>Namnen är tillbaka.</translation>
    </message>
    <message>
        <source>Confirmed. The names are gone from the library file; backups made earlier still hold them until they roll out (at most 30 days).</source>
        <translation>Bekräftat. Namnen är borta ur biblioteksfilen; tidigare säkerhetskopior innehåller dem tills kopiorna gallras bort (högst 30 dagar).</translation>
    </message>
    <message>
        <source>“%1” was not found in any workshop.</source>
        <translation>”%1” hittades inte i någon workshop.</translation>
    </message>
    <message>
        <source>Erased “%1” from %2 workshop(s): </source>
        <translation>”%1” raderades från workshoppar (%2 st.): </translation>
    </message>
    <message>
        <source>“%1” is in %2 workshop(s): </source>
        <translation>”%1” finns i workshoppar (%2 st.): </translation>
    </message>
    <message>
        <source>%1 participant entries, %2 action owners, %3 facilitator fields, %4 texts.</source>
        <translation>deltagare: %1, ansvariga för åtgärder: %2, processledarfält: %3, texter: %4.</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Radera en person</translation>
    </message>
    <message>
        <source>Erase “%1” from every workshop? This cannot be undone.</source>
        <translation>Radera ”%1” från alla workshoppar? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Backups made earlier still hold the name until they roll out (at most 30 days).</source>
        <translation>Tidigare säkerhetskopior innehåller namnet tills kopiorna gallras bort (högst 30 dagar).</translation>
    </message>
</context>
<context>
    <name>PhaseOverview</name>
    <message numerus="yes">
        <source>Planned: %n minute(s)</source>
        <translation>
            <numerusform>Planerat: %n minut</numerusform>
            <numerusform>Planerat: %n minuter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneTurnout</name>
    <message>
        <source>Or vote on your phone</source>
        <translation>Eller rösta på mobilen</translation>
    </message>
    <message>
        <source>Vote on your phone</source>
        <translation>Rösta på mobilen</translation>
    </message>
    <message>
        <source>%1 of %2 have voted</source>
        <translation>%1 av %2 har röstat</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Shared screen</source>
        <translation>Delad skärm</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tid kvar</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tiden är ute</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausad</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Omgång %1 av %2</translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>RankedBars</name>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>No votes yet.</source>
        <translation>Inga röster än.</translation>
    </message>
    <message>
        <source>= shared place (a tie)</source>
        <translation>= delad placering (lika många röster)</translation>
    </message>
    <message numerus="yes">
        <source>%n more with fewer votes</source>
        <translation>
            <numerusform>%n till med färre röster</numerusform>
            <numerusform>%n till med färre röster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveWithVotes</name>
    <message numerus="yes">
        <source>This has %n vote(s) in voting rounds. Remove it and its votes? You can undo this.</source>
        <translation>
            <numerusform>Det här har %n röst i röstningsomgångar. Ta bort det och rösten? Du kan ångra det.</numerusform>
            <numerusform>Det här har %n röster i röstningsomgångar. Ta bort det och rösterna? Du kan ångra det.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove with votes?</source>
        <translation>Ta bort med röster?</translation>
    </message>
</context>
<context>
    <name>RoomHost</name>
    <message>
        <source>The room could not open: %1</source>
        <translation>Rummet kunde inte öppnas: %1</translation>
    </message>
</context>
<context>
    <name>RoomJoinScreen</name>
    <message>
        <source>Join from your phone: scan the code or type the address</source>
        <translation>Delta från mobilen: skanna koden eller skriv adressen</translation>
    </message>
    <message>
        <source>Join address</source>
        <translation>Webbadress att ansluta till</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Kod: %1</translation>
    </message>
    <message>
        <source>QR code of the join address</source>
        <translation>QR-kod för adressen att ansluta till</translation>
    </message>
    <message>
        <source>No network yet: phones cannot reach this laptop</source>
        <translation>Inget nätverk än: mobilerna kan inte nå den här datorn</translation>
    </message>
    <message>
        <source>The laptop is not on a network. Connect it to the room&apos;s Wi-Fi or a travel router, then close the room and open it again: a new code and address appear here.</source>
        <translation>Datorn är inte ansluten till något nätverk. Anslut den till rummets wifi eller en reserouter, stäng sedan rummet och öppna det igen: då visas en ny kod och adress här.</translation>
    </message>
    <message>
        <source>First join the Wi-Fi</source>
        <translation>Anslut först till wifi-nätet</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Nätverk: %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Lösenord: %1</translation>
    </message>
    <message>
        <source>QR code of the Wi-Fi network</source>
        <translation>QR-kod för wifi-nätet</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) joined</source>
        <translation>
            <numerusform>%n mobil ansluten</numerusform>
            <numerusform>%n mobiler anslutna</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomOfPhones</name>
    <message>
        <source>&amp;Room of phones…</source>
        <translation>&amp;Mobiler i rummet…</translation>
    </message>
    <message>
        <source>Let the room join from their phones: write ideas and vote at once</source>
        <translation>Låt deltagarna vara med från sina mobiler: skriva idéer och rösta samtidigt</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>Room of phones</source>
        <translation>Mobiler i rummet</translation>
    </message>
    <message>
        <source>&amp;Open the room</source>
        <translation>&amp;Öppna rummet</translation>
    </message>
    <message>
        <source>Close the &amp;room</source>
        <translation>S&amp;täng rummet</translation>
    </message>
    <message>
        <source>Join address</source>
        <translation>Webbadress att ansluta till</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy the join address</source>
        <translation>Kopiera adressen att ansluta till</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Kod för att ansluta</translation>
    </message>
    <message>
        <source>Show the &amp;QR code on the shared screen</source>
        <translation>Visa &amp;QR-koden på den delade skärmen</translation>
    </message>
    <message>
        <source>By their name from the list, or anonymously</source>
        <translation>Med sitt namn från listan, eller anonymt</translation>
    </message>
    <message>
        <source>Only by their name from the list</source>
        <translation>Bara med sitt namn från listan</translation>
    </message>
    <message>
        <source>Only anonymously</source>
        <translation>Bara anonymt</translation>
    </message>
    <message>
        <source>&amp;Lock the room (no new phones)</source>
        <translation>&amp;Lås rummet (inga nya mobiler)</translation>
    </message>
    <message>
        <source>Join &amp;address:</source>
        <translation>&amp;Webbadress:</translation>
    </message>
    <message>
        <source>Join code:</source>
        <translation>Kod:</translation>
    </message>
    <message>
        <source>Phones &amp;join:</source>
        <translation>Mobiler &amp;ansluter:</translation>
    </message>
    <message>
        <source>Phones joined</source>
        <translation>Anslutna mobiler</translation>
    </message>
    <message>
        <source>Re&amp;move device</source>
        <translation>Ta bort &amp;enhet</translation>
    </message>
    <message>
        <source>The phone can no longer write or vote; what it sent stays</source>
        <translation>Mobilen kan inte längre skriva eller rösta; det den har skickat finns kvar</translation>
    </message>
    <message>
        <source>Wi-Fi for the room (optional: a second QR code)</source>
        <translation>Wifi för rummet (valfritt: en andra QR-kod)</translation>
    </message>
    <message>
        <source>R&amp;emember on this computer</source>
        <translation>Kom i&amp;håg på den här datorn</translation>
    </message>
    <message>
        <source>&amp;Network name:</source>
        <translation>&amp;Nätverksnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Lösen&amp;ord:</translation>
    </message>
    <message>
        <source>Kept in plain text in this laptop&apos;s settings for your user account</source>
        <translation>Sparas i klartext i den här datorns inställningar för ditt användarkonto</translation>
    </message>
    <message>
        <source>The room is open: phones on the same network join at this address.</source>
        <translation>Rummet är öppet: mobiler på samma nätverk ansluter på den här adressen.</translation>
    </message>
    <message>
        <source>The room is closed. Open it to let phones join.</source>
        <translation>Rummet är stängt. Öppna det så att mobiler kan ansluta.</translation>
    </message>
    <message>
        <source>No network found: phones cannot reach this laptop at %1. Connect the laptop to the room&apos;s Wi-Fi or a travel router, then close the room and open it again: it then takes the new address.</source>
        <translation>Inget nätverk hittades: mobilerna kan inte nå den här datorn på %1. Anslut datorn till rummets wifi eller en reserouter, stäng sedan rummet och öppna det igen: då används den nya adressen.</translation>
    </message>
    <message>
        <source>has voted ✓</source>
        <translation>har röstat ✓</translation>
    </message>
    <message>
        <source>voting now</source>
        <translation>röstar nu</translation>
    </message>
    <message>
        <source>not voted yet</source>
        <translation>har inte röstat än</translation>
    </message>
    <message>
        <source>Phones joined: %1</source>
        <translation>Anslutna mobiler: %1</translation>
    </message>
    <message>
        <source>%1 voted in “%2”</source>
        <translation>%1 har röstat i ”%2”</translation>
    </message>
</context>
<context>
    <name>RoundPanel</name>
    <message>
        <source>Show on the shared screen</source>
        <translation>Visa på den delade skärmen</translation>
    </message>
    <message>
        <source>Show totals &amp;here (not on the shared screen)</source>
        <translation>Vi&amp;sa summor här (inte på den delade skärmen)</translation>
    </message>
    <message>
        <source>Who has voted</source>
        <translation>Vem har röstat</translation>
    </message>
    <message>
        <source>S&amp;kip (absent)</source>
        <translation>Hoppa över (frånvaran&amp;de)</translation>
    </message>
    <message>
        <source>Let them &amp;redo</source>
        <translation>Låt &amp;personen rösta om</translation>
    </message>
    <message>
        <source>&amp;Enter ballot on their behalf…</source>
        <translation>Fyll &amp;i röstsedel åt personen…</translation>
    </message>
    <message>
        <source>Paper tally</source>
        <translation>Räkning av pappersprickar</translation>
    </message>
    <message>
        <source>Enter the &amp;group&apos;s scores…</source>
        <translation>Fyll i gr&amp;uppens poäng…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Hidden until the reveal.</source>
        <translation>Dolt tills det visas.</translation>
    </message>
    <message>
        <source>How many winners</source>
        <translation>Hur många vinnare</translation>
    </message>
    <message>
        <source>Create &amp;actions for the top</source>
        <translation>Skapa &amp;åtgärder för de främsta</translation>
    </message>
    <message>
        <source>Show round on screen</source>
        <translation>Visa omgång på skärmen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <source>Redo ballot</source>
        <translation>Rösta om</translation>
    </message>
    <message>
        <source>&amp;Close voting</source>
        <translation>Stäng r&amp;östningen</translation>
    </message>
    <message>
        <source>Re&amp;open voting</source>
        <translation>&amp;Öppna röstningen igen</translation>
    </message>
    <message>
        <source>&amp;Hide result</source>
        <translation>Dö&amp;lj resultatet</translation>
    </message>
    <message>
        <source>Re&amp;veal result</source>
        <translation>Visa resu&amp;ltatet</translation>
    </message>
    <message>
        <source>Actions created</source>
        <translation>Skapade åtgärder</translation>
    </message>
    <message>
        <source>No voting round yet. Create one with “New round…” to begin.</source>
        <translation>Ingen röstningsomgång än. Skapa en med ”Ny omgång…” för att börja.</translation>
    </message>
    <message>
        <source>clusters</source>
        <translation>grupper</translation>
    </message>
    <message>
        <source>ideas</source>
        <translation>idéer</translation>
    </message>
    <message>
        <source>Dot voting on %1: %2 dots each, at most %3 per item</source>
        <translation>Prickröstning på %1: %2 prickar var, högst %3 per alternativ</translation>
    </message>
    <message>
        <source>, not on one&apos;s own ideas</source>
        <translation>, inte på egna idéer</translation>
    </message>
    <message>
        <source>Paper tally on %1</source>
        <translation>Räkning av pappersprickar för %1</translation>
    </message>
    <message>
        <source>by the group</source>
        <translation>av gruppen</translation>
    </message>
    <message>
        <source>by each participant</source>
        <translation>av varje deltagare</translation>
    </message>
    <message>
        <source>Scoring %1 on %2 and %3, %4</source>
        <translation>Poängsättning av %1 efter %2 och %3, %4</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängd</translation>
    </message>
    <message>
        <source>revealed</source>
        <translation>visad</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>dold</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>named</source>
        <translation>med namn</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>väntar</translation>
    </message>
    <message>
        <source>voting now</source>
        <translation>röstar nu</translation>
    </message>
    <message>
        <source>has voted ✓</source>
        <translation>har röstat ✓</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hoppades över</translation>
    </message>
    <message>
        <source>%1 of %2 present have voted.</source>
        <translation>%1 av %2 närvarande har röstat.</translation>
    </message>
    <message>
        <source>Not voted: %1.</source>
        <translation>Har inte röstat: %1.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prickar</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Close voting</source>
        <translation>Stäng röstningen</translation>
    </message>
    <message>
        <source>Reopen voting</source>
        <translation>Öppna röstningen igen</translation>
    </message>
    <message>
        <source>Hide result</source>
        <translation>Dölj resultatet</translation>
    </message>
    <message>
        <source>Not everyone present has voted yet. Still waiting: %1.
Reveal anyway?</source>
        <translation>Alla närvarande har inte röstat än. Väntar fortfarande: %1.
Visa resultatet ändå?</translation>
    </message>
    <message>
        <source>Reveal result</source>
        <translation>Visa resultatet</translation>
    </message>
    <message>
        <source>Ballot entered for %1</source>
        <translation>Röstsedel ifylld för %1</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>gruppen</translation>
    </message>
    <message>
        <source>Group scores</source>
        <translation>Gruppens poäng</translation>
    </message>
    <message>
        <source>Actions for the top %1</source>
        <translation>Åtgärder för de %1 främsta</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) created.</source>
        <translation>
            <numerusform>%n åtgärd skapad.</numerusform>
            <numerusform>%n åtgärder skapade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had an action and got no second one.</source>
        <translation>
            <numerusform>%n hade redan en åtgärd och fick ingen till.</numerusform>
            <numerusform>%n hade redan en åtgärd och fick ingen till.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveMethodDialog</name>
    <message>
        <source>Edit the method</source>
        <translation>Ändra metoden</translation>
    </message>
    <message>
        <source>Save as a method</source>
        <translation>Spara som metod</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>En per rad</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>Må&amp;l:</translation>
    </message>
    <message>
        <source>&amp;What it does:</source>
        <translation>&amp;Vad den gör:</translation>
    </message>
    <message>
        <source>W&amp;hen to use it:</source>
        <translation>N&amp;är den passar:</translation>
    </message>
    <message>
        <source>Smallest gro&amp;up:</source>
        <translation>Minsta &amp;grupp:</translation>
    </message>
    <message>
        <source>&amp;Largest group:</source>
        <translation>&amp;Största grupp:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Material:</translation>
    </message>
    <message>
        <source>Edit method</source>
        <translation>Ändra metod</translation>
    </message>
    <message>
        <source>Save as method</source>
        <translation>Spara som metod</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>&amp;Suggest groups</source>
        <translation>F&amp;öreslå grupper</translation>
    </message>
    <message>
        <source>Progress of the suggestions</source>
        <translation>Förslagens förlopp</translation>
    </message>
    <message>
        <source>Suggestions group the notes not yet in a cluster.</source>
        <translation>Förslagen grupperar lappar som inte ligger i en grupp än.</translation>
    </message>
    <message>
        <source>Suggested groups</source>
        <translation>Föreslagna grupper</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>G&amp;odta</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Avv&amp;isa</translation>
    </message>
    <message>
        <source>%1 (%2 notes)</source>
        <translation>%1 (lappar: %2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (hover to see all)</source>
        <translation>
            <numerusform>… och %n till (håll pekaren här för att se alla)</numerusform>
            <numerusform>… och %n till (håll pekaren här för att se alla)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested group(s). Accept or reject each.</source>
        <translation>
            <numerusform>%n föreslagen grupp. Godta eller avvisa den.</numerusform>
            <numerusform>%n föreslagna grupper. Godta eller avvisa var och en.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every suggested group is accepted or rejected.</source>
        <translation>Alla föreslagna grupper är godtagna eller avvisade.</translation>
    </message>
    <message>
        <source>No groups to suggest: the loose notes share too few words.</source>
        <translation>Inga grupper att föreslå: de lösa lapparna har för få ord gemensamt.</translation>
    </message>
    <message>
        <source>Accept suggested group</source>
        <translation>Godta föreslagen grupp</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>Economic</source>
        <translation>Ekonomisk</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Ecological</source>
        <translation>Ekologisk</translation>
    </message>
</context>
<context>
    <name>TallyEntry</name>
    <message>
        <source>Items and counted dots</source>
        <translation>Alternativ och räknade prickar</translation>
    </message>
    <message>
        <source>0 to %1</source>
        <translation>0 till %1</translation>
    </message>
    <message>
        <source>Type the number and press Enter</source>
        <translation>Skriv antalet och tryck Enter</translation>
    </message>
    <message>
        <source>&amp;Counted dots for the selected item:</source>
        <translation>&amp;Räknade prickar för valt alternativ:</translation>
    </message>
    <message>
        <source>Counted dots</source>
        <translation>Räknade prickar</translation>
    </message>
</context>
<context>
    <name>TimerBar</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>&amp;Start selected phase</source>
        <translation>&amp;Starta vald fas</translation>
    </message>
    <message>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pausa / fortsätt</translation>
    </message>
    <message>
        <source>+&amp;1 minute</source>
        <translation>+&amp;1 minut</translation>
    </message>
    <message>
        <source>+&amp;5 minutes</source>
        <translation>+&amp;5 minuter</translation>
    </message>
    <message>
        <source>&amp;Next phase</source>
        <translation>&amp;Nästa fas</translation>
    </message>
    <message>
        <source>S&amp;kip to the next phase</source>
        <translation>&amp;Hoppa till nästa fas</translation>
    </message>
    <message>
        <source>&amp;Finish the workshop run</source>
        <translation>&amp;Avsluta workshoppen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n minute(s)</source>
        <translation>
            <numerusform>Lägg till %n minut</numerusform>
            <numerusform>Lägg till %n minuter</numerusform>
        </translation>
    </message>
    <message>
        <source>No phase running. Select one and press Start (F6).</source>
        <translation>Ingen fas pågår. Välj en och tryck Starta (F6).</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Pågår: %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pausad: %1</translation>
    </message>
    <message>
        <source>%1 — round %2 of %3</source>
        <translation>%1 — omgång %2 av %3</translation>
    </message>
    <message>
        <source>&amp;Next round</source>
        <translation>&amp;Nästa omgång</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <source>Time is up! +%1</source>
        <translation>Tiden är ute! +%1</translation>
    </message>
    <message>
        <source>%1 left in the round</source>
        <translation>%1 kvar av omgången</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 kvar</translation>
    </message>
    <message>
        <source>%1 of %2 min</source>
        <translation>%1 av %2 min</translation>
    </message>
</context>
<context>
    <name>VotingRoundDialog</name>
    <message>
        <source>Edit voting round</source>
        <translation>Ändra röstningsomgång</translation>
    </message>
    <message>
        <source>New voting round</source>
        <translation>Ny röstningsomgång</translation>
    </message>
    <message>
        <source>For example: Which ideas do we take further?</source>
        <translation>Till exempel: Vilka idéer går vi vidare med?</translation>
    </message>
    <message>
        <source>Dot voting in turns on the shared screen</source>
        <translation>Prickröstning i tur och ordning på den delade skärmen</translation>
    </message>
    <message>
        <source>Paper dots on the wall, counted and typed in</source>
        <translation>Pappersprickar på väggen, räknade och inskrivna</translation>
    </message>
    <message>
        <source>Scoring 1–5 on two criteria</source>
        <translation>Poäng 1–5 efter två kriterier</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Participants may vote for their own ideas</source>
        <translation>Deltagarna får rösta på sina egna idéer</translation>
    </message>
    <message>
        <source>Anonymous (nobody sees who voted for what)</source>
        <translation>Anonym (ingen ser vem som röstade på vad)</translation>
    </message>
    <message>
        <source>Each participant, in turns</source>
        <translation>Varje deltagare, i tur och ordning</translation>
    </message>
    <message>
        <source>Once, by the whole group</source>
        <translation>En gång, av hela gruppen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metod:</translation>
    </message>
    <message>
        <source>&amp;Vote on:</source>
        <translation>&amp;Rösta på:</translation>
    </message>
    <message>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Prickar per person:</translation>
    </message>
    <message>
        <source>&amp;At most per item:</source>
        <translation>&amp;Högst per alternativ:</translation>
    </message>
    <message>
        <source>&amp;First criterion:</source>
        <translation>&amp;Första kriteriet:</translation>
    </message>
    <message>
        <source>&amp;Second criterion:</source>
        <translation>&amp;Andra kriteriet:</translation>
    </message>
    <message>
        <source>&amp;Scored by:</source>
        <translation>Poäng &amp;ges av:</translation>
    </message>
    <message>
        <source>The method cannot change once there are votes.</source>
        <translation>Metoden kan inte ändras när det finns röster.</translation>
    </message>
</context>
<context>
    <name>VotingView</name>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>No voting round yet.</source>
        <translation>Ingen röstningsomgång än.</translation>
    </message>
    <message>
        <source>Voting is closed. The result comes soon.</source>
        <translation>Röstningen är stängd. Resultatet kommer snart.</translation>
    </message>
    <message>
        <source>Place your paper dots on the wall.
The facilitator counts them.</source>
        <translation>Sätt era pappersprickar på väggen.
Processledaren räknar dem.</translation>
    </message>
    <message>
        <source>We score together.
The facilitator enters the scores.</source>
        <translation>Vi sätter poäng tillsammans.
Processledaren fyller i poängen.</translation>
    </message>
    <message>
        <source>Everyone has voted. Thank you!
The result is shown soon.</source>
        <translation>Alla har röstat. Tack!
Resultatet visas snart.</translation>
    </message>
    <message>
        <source>Pass to the next person</source>
        <translation>Lämna över till nästa person</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nästa: %1</translation>
    </message>
    <message>
        <source>I am %1 – start (Enter)</source>
        <translation>Jag är %1 – börja (Enter)</translation>
    </message>
    <message>
        <source>%1&apos;s turn</source>
        <translation>Tur: %1</translation>
    </message>
    <message>
        <source>Score each item 1–5: tap a number, or ← → to choose an item, ↑ ↓ for %1 or %2, a digit to score, − to clear · Enter when done</source>
        <translation>Ge varje alternativ 1–5: tryck på en siffra, eller ← → för att välja, ↑ ↓ för %1 eller %2, en siffra för poängen, − för att rensa · Enter när du är klar</translation>
    </message>
    <message>
        <source>Dots left: %1 of %2 · at most %3 on one item · tap a card, or ← → ↑ ↓ to choose, + or Space for a dot, − to take one back, a digit for that many · Enter when done</source>
        <translation>Prickar kvar: %1 av %2 · högst %3 på samma alternativ · tryck på ett kort, eller ← → ↑ ↓ för att välja, + eller mellanslag för en prick, − för att ta tillbaka en, en siffra för så många · Enter när du är klar</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prickar</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Done voting</source>
        <translation>Klar med röstningen</translation>
    </message>
</context>
<context>
    <name>VotingWorkspace</name>
    <message>
        <source>Voting &amp;rounds</source>
        <translation>Röstnings&amp;omgångar</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>N&amp;y omgång…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>prickar</translation>
    </message>
    <message>
        <source>paper tally</source>
        <translation>pappersprickar</translation>
    </message>
    <message>
        <source>scoring</source>
        <translation>poäng</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängd</translation>
    </message>
    <message>
        <source>revealed</source>
        <translation>visad</translation>
    </message>
    <message>
        <source>on screen</source>
        <translation>på skärmen</translation>
    </message>
    <message>
        <source>New voting round</source>
        <translation>Ny röstningsomgång</translation>
    </message>
    <message>
        <source>Edit voting round</source>
        <translation>Ändra röstningsomgång</translation>
    </message>
    <message>
        <source>Delete “%1” and all its votes? You can undo this.</source>
        <translation>Radera ”%1” och alla dess röster? Du kan ångra det.</translation>
    </message>
    <message>
        <source>Delete voting round</source>
        <translation>Radera röstningsomgång</translation>
    </message>
</context>
<context>
    <name>WorkshopTable</name>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Avslutad</translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
</context>
</TS>
