<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ActionsView</name>
    <message numerus="yes">
        <source>%n action(s) agreed</source>
        <translation>
            <numerusform>%n action agreed</numerusform>
            <numerusform>%n actions agreed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · +%n earlier, not shown</source>
        <translation>
            <numerusform>%1 · +%n earlier, not shown</numerusform>
            <numerusform>%1 · +%n earlier, not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsWorkspace</name>
    <message numerus="yes">
        <source>%n action(s) agreed</source>
        <translation>
            <numerusform>%n action agreed</numerusform>
            <numerusform>%n actions agreed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <source>%1 — %n workshop(s), %2 kB</source>
        <translation>
            <numerusform>%1 — %n workshop, %2 kB</numerusform>
            <numerusform>%1 — %n workshops, %2 kB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardCards</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message numerus="yes">
        <source>Not grouped yet (%n)</source>
        <translation>
            <numerusform>Not grouped yet (%n)</numerusform>
            <numerusform>Not grouped yet (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message numerus="yes">
        <source>%n pair(s) of near-identical notes.</source>
        <translation>
            <numerusform>%n pair of near-identical notes.</numerusform>
            <numerusform>%n pairs of near-identical notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdeaCaptureBar</name>
    <message numerus="yes">
        <source>✓ %n idea(s) saved, anonymous.</source>
        <translation>
            <numerusform>✓ %n idea saved, anonymous.</numerusform>
            <numerusform>✓ %n ideas saved, anonymous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ %n idea(s) saved, credited to %1.</source>
        <translation>
            <numerusform>✓ %n idea saved, credited to %1.</numerusform>
            <numerusform>✓ %n ideas saved, credited to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pasted text has %n line(s). Add one idea per line?</source>
        <translation>
            <numerusform>The pasted text has %n line. Add one idea per line?</numerusform>
            <numerusform>The pasted text has %n lines. Add one idea per line?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdeasView</name>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · +%n earlier, not shown</source>
        <translation>
            <numerusform>%1 · +%n earlier, not shown</numerusform>
            <numerusform>%1 · +%n earlier, not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n more written in silence, shown when revealed</source>
        <translation>
            <numerusform>%1 — %n more written in silence, shown when revealed</numerusform>
            <numerusform>%1 — %n more written in silence, shown when revealed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdeasWorkspace</name>
    <message numerus="yes">
        <source>&amp;Reveal %n hidden idea(s)</source>
        <translation>
            <numerusform>&amp;Reveal %n hidden idea</numerusform>
            <numerusform>&amp;Reveal %n hidden ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n idea(s)</source>
        <translation>
            <numerusform>Add %n idea</numerusform>
            <numerusform>Add %n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n idea(s)</source>
        <translation>
            <numerusform>Delete %n idea</numerusform>
            <numerusform>Delete %n ideas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhaseOverview</name>
    <message numerus="yes">
        <source>Planned: %n minute(s)</source>
        <translation>
            <numerusform>Planned: %n minute</numerusform>
            <numerusform>Planned: %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankedBars</name>
    <message numerus="yes">
        <source>%n more with fewer votes</source>
        <translation>
            <numerusform>%n more with fewer votes</numerusform>
            <numerusform>%n more with fewer votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveWithVotes</name>
    <message numerus="yes">
        <source>This has %n vote(s) in voting rounds. Remove it and its votes? You can undo this.</source>
        <translation>
            <numerusform>This has %n vote in voting rounds. Remove it and its votes? You can undo this.</numerusform>
            <numerusform>This has %n votes in voting rounds. Remove it and its votes? You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomJoinScreen</name>
    <message numerus="yes">
        <source>%n phone(s) joined</source>
        <translation>
            <numerusform>%n phone joined</numerusform>
            <numerusform>%n phones joined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundPanel</name>
    <message numerus="yes">
        <source>%n action(s) created.</source>
        <translation>
            <numerusform>%n action created.</numerusform>
            <numerusform>%n actions created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had an action and got no second one.</source>
        <translation>
            <numerusform>%n already had an action and got no second one.</numerusform>
            <numerusform>%n already had an action and got no second one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message numerus="yes">
        <source>… and %n more (hover to see all)</source>
        <translation>
            <numerusform>… and %n more (hover to see all)</numerusform>
            <numerusform>… and %n more (hover to see all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested group(s). Accept or reject each.</source>
        <translation>
            <numerusform>%n suggested group. Accept or reject each.</numerusform>
            <numerusform>%n suggested groups. Accept or reject each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimerBar</name>
    <message numerus="yes">
        <source>Add %n minute(s)</source>
        <translation>
            <numerusform>Add %n minute</numerusform>
            <numerusform>Add %n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
