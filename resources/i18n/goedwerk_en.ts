<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="110" />
        <source>Zoekindex &amp;opnieuw opbouwen</source>
        <translation>&amp;Rebuild search index</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="111" />
        <source>Bouw de zoekindex opnieuw op</source>
        <translation>Rebuild the search index</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="114" />
        <source>&amp;Voorkeuren…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="115" />
        <source>Taal en tekstgrootte instellen</source>
        <translation>Set language and text size</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="117" />
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="117" />
        <source>Goed Werk afsluiten</source>
        <translation>Quit Goed Werk</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="119" />
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="120" />
        <source>Maak de laatste wijziging in het pakket ongedaan</source>
        <translation>Undo the last change to the pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="123" />
        <source>Opnieuw &amp;uitvoeren</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="124" />
        <source>Voer de ongedaan gemaakte wijziging opnieuw uit</source>
        <translation>Redo the change that was undone</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="126" />
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="126" />
        <source>Naar het zoekveld</source>
        <translation>Go to the search field</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="128" />
        <source>Alle &amp;filters wissen</source>
        <translation>Clear all &amp;filters</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="129" />
        <source>Alle filters uitzetten</source>
        <translation>Turn off all filters</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="131" />
        <source>&amp;Zoekresultaten</source>
        <translation>Search &amp;results</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="131" />
        <source>Toon de zoekresultaten</source>
        <translation>Show the search results</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="132" />
        <source>&amp;Waardenkaarten</source>
        <translation>&amp;Values cards</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="132" />
        <source>Toon alle waardenkaarten</source>
        <translation>Show all values cards</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="133" />
        <source>&amp;Vragen</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="133" />
        <source>Toon de vragenbank per fase</source>
        <translation>Show the question bank by phase</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="134" />
        <source>&amp;Favorieten</source>
        <translation>&amp;Favourites</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="134" />
        <source>Toon je favorieten</source>
        <translation>Show your favourites</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="135" />
        <source>&amp;Recent gelezen</source>
        <translation>&amp;Recently read</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="135" />
        <source>Toon wat je onlangs las</source>
        <translation>Show what you read recently</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="136" />
        <source>Sessie&amp;pakketten</source>
        <translation>Session &amp;packs</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="136" />
        <source>Toon je sessiepakketten</source>
        <translation>Show your session packs</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="137" />
        <source>Tekst &amp;groter</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="137" />
        <source>Maak de tekst groter</source>
        <translation>Make the text larger</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="138" />
        <source>Tekst &amp;kleiner</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="138" />
        <source>Maak de tekst kleiner</source>
        <translation>Make the text smaller</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="140" />
        <source>&amp;Standaard tekstgrootte</source>
        <translation>&amp;Default text size</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="141" />
        <source>Zet de tekstgrootte terug</source>
        <translation>Reset the text size</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="143" />
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="143" />
        <source>Ga terug naar het vorige item</source>
        <translation>Go back to the previous item</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="144" />
        <source>&amp;Vooruit</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="144" />
        <source>Ga vooruit naar het volgende item</source>
        <translation>Go forward to the next item</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="145" />
        <source>&amp;Favoriet</source>
        <translation>&amp;Favourite</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="145" />
        <source>Markeer dit item als favoriet</source>
        <translation>Mark this item as a favourite</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="147" />
        <source>&amp;Aan pakket toevoegen</source>
        <translation>&amp;Add to pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="148" />
        <source>Voeg dit item toe aan het gekozen blok</source>
        <translation>Add this item to the selected block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="150" />
        <source>&amp;Nieuw pakket…</source>
        <translation>&amp;New pack…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="150" />
        <source>Maak een sessiepakket vanuit een werkvorm</source>
        <translation>Create a session pack from a session format</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="151" />
        <source>&amp;Dupliceren</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="151" />
        <source>Maak een kopie van dit pakket</source>
        <translation>Make a copy of this pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="152" />
        <source>&amp;Verwijderen…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="152" />
        <source>Verwijder dit pakket</source>
        <translation>Delete this pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="153" />
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="153" />
        <source>Lees een pakketbestand (.pack.yaml)</source>
        <translation>Import a pack file (.pack.yaml)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="155" />
        <source>&amp;Exporteren als bestand…</source>
        <translation>&amp;Export as file…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="156" />
        <source>Bewaar dit pakket als .pack.yaml</source>
        <translation>Save this pack as a .pack.yaml file</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="159" />
        <source>Exporteren als &amp;PDF…</source>
        <translation>Export as PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="160" />
        <source>Maak een afdrukbare PDF van dit pakket</source>
        <translation>Create a printable PDF of this pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="163" />
        <source>Afdruk&amp;voorbeeld…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="164" />
        <source>Bekijk hoe het pakket wordt afgedrukt</source>
        <translation>See how the pack will be printed</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="166" />
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="166" />
        <source>Druk dit pakket af</source>
        <translation>Print this pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="167" />
        <source>&amp;Reflecties vastleggen…</source>
        <translation>&amp;Record reflections…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="167" />
        <source>Leg vast wat de groep vond</source>
        <translation>Record what the group thought</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="169" />
        <source>Waarden&amp;sortering…</source>
        <translation>Value &amp;sort…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="170" />
        <source>Leg de waardensortering van de groep vast</source>
        <translation>Record the group's value sort</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="173" />
        <source>&amp;Oogst van alle reflecties…</source>
        <translation>&amp;Harvest from all reflections…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="174" />
        <source>Zoek en tel in alle reflecties</source>
        <translation>Search and count across all reflections</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="177" />
        <source>&amp;Workshop starten</source>
        <translation>Start &amp;workshop</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="178" />
        <source>Leid de sessie met timer en publieksscherm</source>
        <translation>Run the session with a timer and an audience screen</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="181" />
        <source>&amp;Problemen in de bibliotheek…</source>
        <translation>&amp;Problems in the library…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="182" />
        <source>Toon bestanden met fouten</source>
        <translation>Show files with errors</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="184" />
        <source>&amp;Over Goed Werk</source>
        <translation>&amp;About Goed Werk</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="184" />
        <source>Over Goed Werk</source>
        <translation>About Goed Werk</translation>
    </message>
</context>
<context>
    <name>AgendaList</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/agenda_list.py" line="35" />
        <source>PROGRAMMA</source>
        <translation>AGENDA</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/agenda_list.py" line="36" />
        <source>Programma</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/audience_window.py" line="84" />
        <source>Goed Werk – publieksscherm</source>
        <translation>Goed Werk – audience screen</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/audience_window.py" line="85" />
        <source>Publieksscherm</source>
        <translation>Audience screen</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/audience_window.py" line="86" />
        <source>Wat de groep ziet</source>
        <translation>What the group sees</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/audience_window.py" line="129" />
        <source>Waardenkaart</source>
        <translation>Values card</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/audience_window.py" line="129" />
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/audience_window.py" line="174" />
        <source>{page} / {pages}</source>
        <translation>{page} / {pages}</translation>
    </message>
</context>
<context>
    <name>BlockPanel</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/block_panel.py" line="65" />
        <source>Dit pakket heeft nog geen blokken.</source>
        <translation>This pack has no blocks yet.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/block_panel.py" line="73" />
        <source>Blok {n} van {count}</source>
        <translation>Block {n} of {count}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/block_panel.py" line="79" />
        <source>Geen aanwijzingen bij dit blok.</source>
        <translation>No instructions for this block.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/block_panel.py" line="80" />
        <source>ONDERDELEN – klik om te tonen</source>
        <translation>ITEMS – click to show</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/block_panel.py" line="85" />
        <source>{start}–{end} · {minutes} min</source>
        <translation>{start}–{end} · {minutes} min</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/block_panel.py" line="89" />
        <source> (+{extra} min erbij)</source>
        <translation> (+{extra} min added)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/block_panel.py" line="95" />
        <source>Dit is het laatste blok.</source>
        <translation>This is the last block.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/block_panel.py" line="97" />
        <source>Hierna: {title} · {start}–{end} · {minutes} min</source>
        <translation>Next: {title} · {start}–{end} · {minutes} min</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="34" />
        <source>Pakket afdrukken of exporteren</source>
        <translation>Print or export pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="36" />
        <source>Voorblad</source>
        <translation>Cover page</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="37" />
        <source>Programma met kloktijden</source>
        <translation>Agenda with clock times</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="38" />
        <source>Draaiboek voor de gespreksleider</source>
        <translation>Script for the facilitator</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="39" />
        <source>Verhalen voor deelnemers</source>
        <translation>Stories for participants</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="40" />
        <source>Vragenblad per fase</source>
        <translation>Question sheet by phase</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="41" />
        <source>Waardenkaarten om te knippen</source>
        <translation>Values cards to cut out</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="42" />
        <source>Reflectieformulier</source>
        <translation>Reflection form</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="54" />
        <source>Papierformaat</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="64" />
        <source>Onderdelen:</source>
        <translation>Include:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="65" />
        <source>&amp;Papier:</source>
        <translation>&amp;Paper:</translation>
    </message>
</context>
<context>
    <name>HarvestView</name>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="185" />
        <source>Zoek in alle reflecties…</source>
        <translation>Search all reflections…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="186" />
        <source>Zoek in reflecties</source>
        <translation>Search reflections</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="188" />
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="203" />
        <source>Pakket</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="189" />
        <source>Vanaf</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="190" />
        <source>Tot en met</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="191" />
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="192" />
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="199" />
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="200" />
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="201" />
        <source>Reflecties</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="202" />
        <source>Gekozen reflectie</source>
        <translation>Selected reflection</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="203" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="203" />
        <source>Onderdeel</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="203" />
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="204" />
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="204" />
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="204" />
        <source>PDF-rapport…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="208" />
        <source>Getoonde reflecties exporteren als {kind}</source>
        <translation>Export the reflections shown as {kind}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="223" />
        <source>Alle pakketten</source>
        <translation>All packs</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="224" />
        <source>Alle thema’s</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="225" />
        <source>Alle waarden</source>
        <translation>All values</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="302" />
        <source>Zoeken is mislukt: {error}</source>
        <translation>Search failed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="309" />
        <source>Meest genoemde thema’s</source>
        <translation>Most mentioned themes</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="311" />
        <source>Nog geen thema’s getagd.</source>
        <translation>No themes tagged yet.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="314" />
        <source>Meest genoemde waarden</source>
        <translation>Most mentioned values</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="316" />
        <source>Nog geen waarden getagd.</source>
        <translation>No values tagged yet.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="326" />
        <source>1 reflectie</source>
        <translation>1 reflection</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="326" />
        <source>{n} reflecties</source>
        <translation>{n} reflections</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="337" />
        <source>Geen reflecties om te tonen.</source>
        <translation>No reflections to show.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="356" />
        <source>Markdown-bestanden (*.md)</source>
        <translation>Markdown files (*.md)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="357" />
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="358" />
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="360" />
        <source>reflecties</source>
        <translation>reflections</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="363" />
        <source>Reflecties exporteren</source>
        <translation>Export reflections</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="370" />
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>ItemStrip</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/item_strip.py" line="40" />
        <source>  ◀ klaar, scherm leeg</source>
        <translation>  ◀ ready, screen blank</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/item_strip.py" line="40" />
        <source>  ◀ op het scherm</source>
        <translation>  ◀ on screen</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/item_strip.py" line="43" />
        <source>Dit blok heeft geen verhalen, kaarten of vragen.</source>
        <translation>This block has no stories, cards or questions.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/item_strip.py" line="51" />
        <source>Verhaal</source>
        <translation>Story</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/item_strip.py" line="51" />
        <source>Waardenkaart</source>
        <translation>Values card</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/item_strip.py" line="51" />
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/item_strip.py" line="56" />
        <source>{id} (niet gevonden)</source>
        <translation>{id} (not found)</translation>
    </message>
</context>
<context>
    <name>LibraryTabs</name>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="45" />
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="46" />
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="56" />
        <source>Waardenkaarten</source>
        <translation>Values cards</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="47" />
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="48" />
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="58" />
        <source>Favorieten</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="49" />
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="50" />
        <source>Pakketten</source>
        <translation>Packs</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="54" />
        <source>Bibliotheek</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="57" />
        <source>Vragen per fase</source>
        <translation>Questions by phase</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="59" />
        <source>Recent gelezen</source>
        <translation>Recently read</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="65" />
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="66" />
        <source>Verdieping</source>
        <translation>Deepening</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="67" />
        <source>Afsluiting</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="82" />
        <source>Nog geen favorieten. Open een item en kies Item &gt; Favoriet (Ctrl+D).</source>
        <translation>No favourites yet. Open an item and choose Item &gt; Favourite (Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="84" />
        <source>Je hebt nog niets gelezen.</source>
        <translation>You have not read anything yet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="179" />
        <source>Links buiten Goed Werk worden niet geopend.</source>
        <translation>Links outside Goed Werk are not opened.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="192" />
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="193" />
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="194" />
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="195" />
        <source>&amp;Ga</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="196" />
        <source>&amp;Item</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="197" />
        <source>&amp;Pakket</source>
        <translation>&amp;Pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="198" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="203" />
        <source>Lezen</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="204" />
        <source>Sessiepakket</source>
        <translation>Session pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="205" />
        <source>Lezen en sessiepakket</source>
        <translation>Reading and session pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="207" />
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="210" />
        <source>Zoekindex opbouwen… %p%</source>
        <translation>Building search index… %p%</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="234" />
        <source>Bibliotheek openen…</source>
        <translation>Opening the library…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="248" />
        <source>Klaar.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="270" />
        <source>De zoekindex kon niet worden gemaakt: {error}. Bladeren werkt wel; kies Bestand &gt; Zoekindex opnieuw opbouwen.</source>
        <translation>The search index could not be built: {error}. Browsing still works; choose File &gt; Rebuild search index.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="280" />
        <source>1 bestand in de bibliotheek heeft problemen; de rest is gewoon geladen.</source>
        <translation>1 file in the library has problems; everything else loaded normally.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="282" />
        <source>{n} bestanden in de bibliotheek hebben problemen; de rest is gewoon geladen.</source>
        <translation>{n} files in the library have problems; everything else loaded normally.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="351" />
        <source>Favoriet niet bewaard</source>
        <translation>Favourite not saved</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="356" />
        <source>Toegevoegd aan favorieten.</source>
        <translation>Added to favourites.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="356" />
        <source>Verwijderd uit favorieten.</source>
        <translation>Removed from favourites.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="363" />
        <source>Kies eerst een verhaal, waardenkaart of vraag.</source>
        <translation>First choose a story, values card or question.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="423" />
        <source>Over Goed Werk</source>
        <translation>About Goed Werk</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="425" />
        <source>&lt;h3&gt;Goed Werk {version}&lt;/h3&gt;&lt;p&gt;Verhalen, waardenkaarten en vragen voor gesprekken over goed werk: bekwaam, betrouwbaar en betrokken.&lt;/p&gt;&lt;p&gt;Goed Werk werkt volledig offline. Wat je bewaart, blijft op deze computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Goed Werk {version}&lt;/h3&gt;&lt;p&gt;Stories, values cards and questions for conversations about good work: excellent, ethical and engaged.&lt;/p&gt;&lt;p&gt;Goed Werk works entirely offline. What you save stays on this computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NewPackDialog</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/new_pack_dialog.py" line="39" />
        <source>Nieuw sessiepakket</source>
        <translation>New session pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/new_pack_dialog.py" line="44" />
        <source>Werkvorm</source>
        <translation>Session format</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/new_pack_dialog.py" line="45" />
        <source>Leeg pakket
Begin zonder blokken en bouw de agenda zelf op.</source>
        <translation>Blank pack
Start without blocks and build the agenda yourself.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/new_pack_dialog.py" line="56" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/new_pack_dialog.py" line="57" />
        <source>bijvoorbeeld: Teamsessie Goed Werk</source>
        <translation>for example: Goed Werk team session</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/new_pack_dialog.py" line="65" />
        <source>Kies een werkvorm om mee te beginnen:</source>
        <translation>Choose a session format to start with:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/new_pack_dialog.py" line="67" />
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../app/goedwerk/ui/notice_bar.py" line="50" />
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/notice_bar.py" line="51" />
        <source>Details van de melding</source>
        <translation>Details of the notice</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/notice_bar.py" line="52" />
        <location filename="../../app/goedwerk/ui/notice_bar.py" line="53" />
        <source>Melding sluiten</source>
        <translation>Close the notice</translation>
    </message>
</context>
<context>
    <name>PackBuilder</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="151" />
        <source>&amp;Soort blok:</source>
        <translation>Block t&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="152" />
        <source>&amp;Instructies:</source>
        <translation>&amp;Instructions:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="159" />
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="355" />
        <source>Blok toevoegen</source>
        <translation>Add block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="160" />
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="161" />
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="162" />
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="163" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="164" />
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="164" />
        <source>Blok of item</source>
        <translation>Block or item</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="164" />
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="166" />
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="182" />
        <source>Verhaal</source>
        <translation>Story</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="166" />
        <source>Waardenkaart</source>
        <translation>Values card</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="166" />
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="168" />
        <source>Kies links een sessiepakket, of maak een nieuw pakket (Ctrl+N).</source>
        <translation>Choose a session pack on the left, or create a new pack (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="181" />
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="183" />
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="184" />
        <source>Waardenkaarten</source>
        <translation>Values cards</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="185" />
        <source>Reflectie</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="186" />
        <source>Pauze</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="187" />
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="227" />
        <source>Totaal: {time}</source>
        <translation>Total: {time}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="233" />
        <source>Let op: {minutes} min langer dan gepland ({planned}).</source>
        <translation>Note: {minutes} min longer than planned ({planned}).</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="317" />
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="319" />
        <source>Opslaan mislukt: {error}</source>
        <translation>Saving failed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="327" />
        <source>Pakket wijzigen</source>
        <translation>Edit pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="336" />
        <source>Soort blok wijzigen</source>
        <translation>Change block type</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="345" />
        <source>Instructies wijzigen</source>
        <translation>Edit instructions</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="354" />
        <source>Nieuw blok</source>
        <translation>New block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="362" />
        <source>Maak eerst een pakket met een blok.</source>
        <translation>First create a pack with a block.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="366" />
        <source>Dit item staat al in ‘{block}’.</source>
        <translation>This item is already in ‘{block}’.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="370" />
        <source>Aan blok toevoegen</source>
        <translation>Add to block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="373" />
        <source>Toegevoegd aan ‘{block}’.</source>
        <translation>Added to ‘{block}’.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="385" />
        <source>Blok verwijderen</source>
        <translation>Remove block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="390" />
        <source>Item verwijderen</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="404" />
        <source>Blok verplaatsen</source>
        <translation>Move block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="412" />
        <source>Item verplaatsen</source>
        <translation>Move item</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="158" />
        <source>Nieuw sessiepakket</source>
        <translation>New session pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="182" />
        <source>Pakket verwijderen</source>
        <translation>Delete pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="183" />
        <source>Het sessiepakket ‘{title}’ verwijderen?</source>
        <translation>Delete the session pack ‘{title}’?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="192" />
        <source>‘{title}’ is verwijderd.</source>
        <translation>‘{title}’ has been deleted.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="209" />
        <source>Sessiepakket importeren</source>
        <translation>Import session pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="211" />
        <source>Sessiepakketten (*.pack.yaml *.yaml)</source>
        <translation>Session packs (*.pack.yaml *.yaml)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="220" />
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="225" />
        <source>Pakket niet geïmporteerd</source>
        <translation>Pack not imported</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="221" />
        <source>Dit pakketbestand heeft problemen:</source>
        <translation>This pack file has problems:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="230" />
        <source>‘{title}’ geïmporteerd.</source>
        <translation>‘{title}’ imported.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="242" />
        <source>Sessiepakket exporteren</source>
        <translation>Export session pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="244" />
        <source>Sessiepakketten (*.pack.yaml)</source>
        <translation>Session packs (*.pack.yaml)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="252" />
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="255" />
        <source>Opgeslagen als {path}.</source>
        <translation>Saved as {path}.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="279" />
        <source>Pakket als PDF opslaan</source>
        <translation>Save pack as PDF</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="279" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="287" />
        <source>PDF maken…</source>
        <translation>Creating PDF…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="297" />
        <source>PDF opgeslagen: {path} ({pages} pagina's).</source>
        <translation>PDF saved: {path} ({pages} pages).</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="301" />
        <source>PDF maken mislukt</source>
        <translation>PDF could not be created</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="338" />
        <source>Dit pakket heeft nog geen blokken.</source>
        <translation>This pack has no blocks yet.</translation>
    </message>
</context>
<context>
    <name>PackForm</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_form.py" line="63" />
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_form.py" line="64" />
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_form.py" line="65" />
        <source>&amp;Begintijd:</source>
        <translation>&amp;Start time:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_form.py" line="66" />
        <source>&amp;Plaats:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_form.py" line="67" />
        <source>&amp;Groep:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_form.py" line="68" />
        <source>&amp;Gespreksleiders:</source>
        <translation>&amp;Facilitators:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_form.py" line="69" />
        <source>Ge&amp;plande duur:</source>
        <translation>Planned d&amp;uration:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_form.py" line="74" />
        <source>JJJJ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_form.py" line="75" />
        <source>UU:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_form.py" line="76" />
        <source>namen of rollen, gescheiden door komma's</source>
        <translation>names or roles, separated by commas</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_form.py" line="77" />
        <source>geen</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>PackList</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="79" />
        <source>Nieuw…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="80" />
        <source>Dupliceren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="81" />
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="82" />
        <source>Importeren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="87" />
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="88" />
        <source>Sessiepakketten</source>
        <translation>Session packs</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="90" />
        <source>Nog geen sessiepakketten. Maak er een met Nieuw… (Ctrl+N), vanuit een werkvorm of leeg.</source>
        <translation>No session packs yet. Create one with New… (Ctrl+N), from a session format or blank.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="118" />
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="119" />
        <source>(zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="121" />
        <source>1 blok</source>
        <translation>1 block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="121" />
        <source>{n} blokken</source>
        <translation>{n} blocks</translation>
    </message>
</context>
<context>
    <name>PackModel</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_model.py" line="136" />
        <source>Bloktitel wijzigen</source>
        <translation>Change block title</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_model.py" line="144" />
        <source>Minuten wijzigen</source>
        <translation>Change minutes</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_model.py" line="207" />
        <source>Blok verplaatsen</source>
        <translation>Move block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_model.py" line="217" />
        <source>Item verplaatsen</source>
        <translation>Move item</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_model.py" line="231" />
        <source>Aan blok toevoegen</source>
        <translation>Add to block</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/goedwerk/ui/preferences_dialog.py" line="31" />
        <source>Voorkeuren</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/preferences_dialog.py" line="35" />
        <source>Taal van het systeem</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/preferences_dialog.py" line="41" />
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/preferences_dialog.py" line="49" />
        <source>Tekstgrootte</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/preferences_dialog.py" line="56" />
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/preferences_dialog.py" line="57" />
        <source>Tekst&amp;grootte:</source>
        <translation>Text &amp;size:</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="208" />
        <source>Workshop – {title}</source>
        <translation>Workshop – {title}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="210" />
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="211" />
        <source>◀ Vorig blok</source>
        <translation>◀ Previous block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="212" />
        <source>Volgend blok ▶</source>
        <translation>Next block ▶</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="213" />
        <source>◀ Vorige</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="214" />
        <source>Volgende ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="215" />
        <source>Scherm leeg</source>
        <translation>Blank screen</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="216" />
        <source>Publieksscherm</source>
        <translation>Audience screen</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="217" />
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="218" />
        <source>Reflectie</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="222" />
        <source>Voorbeeld van het publieksscherm</source>
        <translation>Preview of the audience screen</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="223" />
        <source>Huidig blok</source>
        <translation>Current block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="274" />
        <source>OP HET SCHERM: niets (scherm leeg, B om terug te gaan)</source>
        <translation>ON SCREEN: nothing (screen blank, B to go back)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="277" />
        <source>OP HET SCHERM: pagina {page} van {pages}</source>
        <translation>ON SCREEN: page {page} of {pages}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="282" />
        <source>OP HET SCHERM</source>
        <translation>ON SCREEN</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="288" />
        <source>Pauze</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="290" />
        <source>Verder</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="292" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="303" />
        <source>Publieksscherm is niet open. F5 opent het op het volledige scherm.</source>
        <translation>The audience screen is not open. F5 opens it full screen.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="305" />
        <source>Publieksscherm op het tweede scherm ({name}).</source>
        <translation>The audience screen is on the second screen ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="309" />
        <source>Publieksscherm op dit scherm. Esc brengt je hier terug, F5 weer naar de groep.</source>
        <translation>The audience screen is on this screen. Esc brings you back here; F5 sends it back to the group.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="351" />
        <source>De stand van de workshop kon niet worden bewaard.</source>
        <translation>The state of the workshop could not be saved.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../app/goedwerk/ui/problems_dialog.py" line="26" />
        <source>Problemen in de bibliotheek</source>
        <translation>Problems in the library</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/problems_dialog.py" line="30" />
        <source>Deze bestanden hebben problemen. Wat wel klopt, is gewoon geladen; een verhaal met een fout in de opbouw is overgeslagen.</source>
        <translation>These files have problems. Everything that is correct was loaded; a story with a structural error was skipped.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/problems_dialog.py" line="42" />
        <source>Lijst van problemen</source>
        <translation>List of problems</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/problems_dialog.py" line="44" />
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="49" />
        <source>Lezen</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="121" />
        <source>Bekwaam</source>
        <translation>Excellent (bekwaam)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="121" />
        <source>vakmanschap: je werk goed doen</source>
        <translation>craftsmanship: doing your work well</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="123" />
        <source>Betrouwbaar</source>
        <translation>Ethical (betrouwbaar)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="124" />
        <source>integer en eerlijk, naar burgers en naar de politiek</source>
        <translation>honest and with integrity, towards citizens and politics</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="127" />
        <source>Betrokken</source>
        <translation>Engaged (betrokken)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="128" />
        <source>persoonlijk engagement, werken voor het publiek belang</source>
        <translation>personal commitment, working for the public interest</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="132" />
        <source>Wat is een goede ambtenaar?</source>
        <translation>What is a good civil servant?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="133" />
        <source>Wanneer doe je het goed?</source>
        <translation>When are you doing it well?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="134" />
        <source>Wanneer is het werk moeilijk en hoe ga je daarmee om?</source>
        <translation>When is the work hard, and how do you deal with that?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="135" />
        <source>Hoe neem je zelf verantwoordelijkheid?</source>
        <translation>How do you take responsibility yourself?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="139" />
        <source>Verhalen, waardenkaarten en vragen voor gesprekken over goed werk in de publieke sector.</source>
        <translation>Stories, values cards and questions for conversations about good work in public service.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="145" />
        <source>Zoek links, of kies een waardenkaart of vraag. Ctrl+K brengt je naar het zoekveld.</source>
        <translation>Search on the left, or pick a values card or question. Ctrl+K takes you to the search field.</translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="148" />
        <source>Wat gebeurde er?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="149" />
        <source>Wat deed het met je?</source>
        <translation>How did it affect you?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="150" />
        <source>Welk inzicht neem je mee?</source>
        <translation>What insight will you take away?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="151" />
        <source>Wat gaan we doen?</source>
        <translation>What are we going to do?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="156" />
        <source>Thema’s die aan bod kwamen</source>
        <translation>Themes that came up</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="157" />
        <source>Thema’s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="158" />
        <source>bijvoorbeeld: Integriteit, Sociale veiligheid</source>
        <translation>for example: Integrity, Psychological safety</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="159" />
        <source>Waarden die aan bod kwamen</source>
        <translation>Values that came up</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="160" />
        <source>Waarden</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="161" />
        <source>bijvoorbeeld: Moed, Zorgvuldigheid</source>
        <translation>for example: Courage, Diligence</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="162" />
        <source>Afspraken (één per regel)</source>
        <translation>Agreements (one per line)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="163" />
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="164" />
        <source>Vervang door een neutraal woord</source>
        <translation>Replace with a neutral word</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="236" />
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="263" />
        <source>Wordt bewaard…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="252" />
        <source>Opslaan lukte niet; Goed Werk probeert het zo opnieuw.</source>
        <translation>Saving did not work; Goed Werk will try again shortly.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="266" />
        <source>Automatisch bewaard om {time}</source>
        <translation>Saved automatically at {time}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="268" />
        <source>Wat u typt, wordt automatisch bewaard.</source>
        <translation>What you type is saved automatically.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="301" />
        <source>Mogelijk persoonsgegeven in ‘{field}’: {what}.</source>
        <translation>Possible personal data in ‘{field}’: {what}.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="305" />
        <source>En nog {n} andere.</source>
        <translation>And {n} more.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="306" />
        <source>Het wordt wel bewaard; vervang het als het iemand herkenbaar maakt.</source>
        <translation>It is still saved; replace it if it makes someone identifiable.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="308" />
        <source>Vervang door ‘{word}’</source>
        <translation>Replace with ‘{word}’</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="330" />
        <source>Vervang ‘{text}’ door ‘{word}’</source>
        <translation>Replace ‘{text}’ with ‘{word}’</translation>
    </message>
</context>
<context>
    <name>ReflectionsWindow</name>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="92" />
        <source>Reflecties</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="93" />
        <source>Reflectie vastleggen</source>
        <translation>Record reflection</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="94" />
        <source>Oogst</source>
        <translation>Harvest</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="95" />
        <source>Pakket:</source>
        <translation>Pack:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="96" />
        <source>Onderdeel:</source>
        <translation>Part:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="97" />
        <source>Pakket van de reflectie</source>
        <translation>Pack for this reflection</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="98" />
        <source>Onderdeel van de sessie</source>
        <translation>Part of the session</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="99" />
        <source>Waardensortering…</source>
        <translation>Value sort…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="100" />
        <source>Waardensortering van dit pakket openen</source>
        <translation>Open the value sort for this pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="130" />
        <source>Zonder pakket</source>
        <translation>No pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="135" />
        <source>(zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="140" />
        <source>Hele sessie</source>
        <translation>Whole session</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/report_pdf.py" line="46" />
        <source>kan de grafiek niet tekenen</source>
        <translation>cannot draw the chart</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/report_pdf.py" line="49" />
        <source>Reflecties</source>
        <translation>Reflections</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/restore_dialog.py" line="23" />
        <source>Catalogus beschadigd</source>
        <translation>Catalogue damaged</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/restore_dialog.py" line="24" />
        <source>De catalogus van Goed Werk was beschadigd.</source>
        <translation>The Goed Werk catalogue was damaged.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/restore_dialog.py" line="28" />
        <source>Reservekopie terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/restore_dialog.py" line="30" />
        <source>Leeg beginnen</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/restore_dialog.py" line="55" />
        <source>Terugzetten mislukt</source>
        <translation>Restore failed</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/resume_dialog.py" line="18" />
        <source>Workshop hervatten?</source>
        <translation>Resume workshop?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/resume_dialog.py" line="24" />
        <source>&amp;Verdergaan</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/resume_dialog.py" line="27" />
        <source>&amp;Opnieuw beginnen</source>
        <translation>&amp;Start again</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/resume_dialog.py" line="30" />
        <source>Verdergaan waar je was</source>
        <translation>Continue where you left off</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/resume_dialog.py" line="31" />
        <source>De workshop opnieuw beginnen</source>
        <translation>Start the workshop again</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/resume_dialog.py" line="42" />
        <source>Je was met de workshop “{pack}” bezig: blok {n} van {count}, “{block}”, met {elapsed} verstreken in dat blok.</source>
        <translation>You were running the workshop ‘{pack}’: block {n} of {count}, ‘{block}’, with {elapsed} elapsed in that block.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/resume_dialog.py" line="51" />
        <source>Wil je verdergaan waar je was?</source>
        <translation>Do you want to continue where you left off?</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="136" />
        <source>Zoek in verhalen, waardenkaarten en vragen…  (Ctrl+K)</source>
        <translation>Search stories, values cards and questions…  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="137" />
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="138" />
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="139" />
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="140" />
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="141" />
        <source>Alle filters wissen</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="150" />
        <source>Praktijkverhaal</source>
        <translation>Practice story</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="151" />
        <source>Waardenkaart</source>
        <translation>Values card</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="152" />
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="158" />
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="159" />
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="160" />
        <source>De drie B's</source>
        <translation>The three B's</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="161" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="162" />
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="171" />
        <source>Bekwaam</source>
        <translation>Excellent (bekwaam)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="172" />
        <source>Betrouwbaar</source>
        <translation>Ethical (betrouwbaar)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="173" />
        <source>Betrokken</source>
        <translation>Engaged (betrokken)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="208" />
        <source>Zoeken mislukt: {error}</source>
        <translation>Search failed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="230" />
        <source>Bedoelde u &lt;a href='{q}'&gt;{q}&lt;/a&gt;?</source>
        <translation>Did you mean &lt;a href='{q}'&gt;{q}&lt;/a&gt;?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="233" />
        <source>1 resultaat</source>
        <translation>1 result</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="235" />
        <source>{n} resultaten, de beste {shown} getoond</source>
        <translation>{n} results, best {shown} shown</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="238" />
        <source>{n} resultaten</source>
        <translation>{n} results</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="240" />
        <source>Alle items: {n}</source>
        <translation>All items: {n}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="246" />
        <source>Geen resultaten voor ‘{q}’.</source>
        <translation>No results for ‘{q}’.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="248" />
        <source>Niets gevonden met deze filters.</source>
        <translation>Nothing found with these filters.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="250" />
        <source>Probeer minder filters, of wis ze met Ctrl+Shift+L.</source>
        <translation>Try fewer filters, or clear them with Ctrl+Shift+L.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="252" />
        <source>Probeer een ander of korter woord.</source>
        <translation>Try another or a shorter word.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="154" />
        <source>eigen</source>
        <translation>own</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="155" />
        <source>gedeelde map</source>
        <translation>shared folder</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/shortcuts_overlay.py" line="47" />
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/shortcuts_overlay.py" line="48" />
        <source>Druk op Esc of F1, of klik, om dit overzicht te sluiten.</source>
        <translation>Press Esc or F1, or click, to close this overview.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/shortcuts_overlay.py" line="49" />
        <source>Overzicht van de sneltoetsen</source>
        <translation>Overview of the keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>SortChart</name>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/sort_chart.py" line="28" />
        <source>Meest belangrijk</source>
        <translation>Most important</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/sort_chart.py" line="29" />
        <source>Belangrijker</source>
        <translation>More important</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/sort_chart.py" line="30" />
        <source>Neutraal</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/sort_chart.py" line="31" />
        <source>Minder belangrijk</source>
        <translation>Less important</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/sort_chart.py" line="32" />
        <source>Minst belangrijk</source>
        <translation>Least important</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/sort_chart.py" line="54" />
        <source>{n} deelnemers</source>
        <translation>{n} participants</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/sort_chart.py" line="56" />
        <source>1 deelnemer</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/sort_chart.py" line="60" />
        <source>nog bezig: {who}</source>
        <translation>still sorting: {who}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/sort_chart.py" line="118" />
        <source>Nog geen kaarten gesorteerd.</source>
        <translation>No cards sorted yet.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/sort_chart.py" line="192" />
        <source>Resultaat van de waardensortering</source>
        <translation>Result of the value sort</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/sort_chart.py" line="220" />
        <source>kan {path} niet schrijven</source>
        <translation>cannot write {path}</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="74" />
        <source>over tijd</source>
        <translation>over time</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="74" />
        <source>nog in dit blok</source>
        <translation>left in this block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="80" />
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="96" />
        <source>Nog niet gestart – druk op spatie</source>
        <translation>Not started yet – press Space</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="98" />
        <source>Gepauzeerd</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="100" />
        <source>Tijd is om</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="102" />
        <source>Tijd bijna om</source>
        <translation>Time almost up</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="103" />
        <source>Tijd om af te ronden</source>
        <translation>Time to wrap up</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="104" />
        <source>Loopt</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="110" />
        <source>{n} min achter op schema</source>
        <translation>{n} min behind schedule</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="112" />
        <source>{n} min voor op schema</source>
        <translation>{n} min ahead of schedule</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="113" />
        <source>Op schema</source>
        <translation>On schedule</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="121" />
        <source>Einde {time}</source>
        <translation>Ends at {time}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="122" />
        <source>Einde gepland {planned} · verwacht {projected}</source>
        <translation>Planned end {planned} · expected {projected}</translation>
    </message>
</context>
<context>
    <name>ValueSortRecorder</name>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="111" />
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="112" />
        <source>Deelnemer toevoegen</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="113" />
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="114" />
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="168" />
        <source>Deelnemer verwijderen</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="115" />
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="118" />
        <source>Sleep een kaart naar een kolom, of kies een kaart en druk op 1 tot 5 voor de kolom; 0 of Backspace legt hem terug op de stapel. Elke verplaatsing wordt meteen bewaard, ook als de sortering nog niet af is.</source>
        <translation>Drag a card to a column, or select a card and press 1 to 5 for the column; 0 or Backspace puts it back on the pile. Every move is saved straight away, even if the sort is not finished.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="169" />
        <source>{label} heeft al kaarten gesorteerd. Toch verwijderen?</source>
        <translation>{label} has already sorted cards. Remove anyway?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="219" />
        <source>Opslaan is mislukt: {error}</source>
        <translation>Saving failed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="247" />
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="263" />
        <source>Nog te sorteren</source>
        <translation>Still to sort</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="253" />
        <source>{p}: {placed} van {total} kaarten gesorteerd</source>
        <translation>{p}: {placed} of {total} cards sorted</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="257" />
        <source>klaar</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="267" />
        <source>Voeg een deelnemer toe om te beginnen.</source>
        <translation>Add a participant to begin.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="271" />
        <source>{n} kaarten</source>
        <translation>{n} cards</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="273" />
        <source>{n} van {quota}</source>
        <translation>{n} of {quota}</translation>
    </message>
</context>
<context>
    <name>ValueSortWindow</name>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="109" />
        <source>Waardensortering</source>
        <translation>Value sort</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="112" />
        <source>Nieuwe sortering</source>
        <translation>New sort</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="113" />
        <source>Nieuwe sortering beginnen</source>
        <translation>Start a new sort</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="114" />
        <source>Kies een eerdere sortering</source>
        <translation>Choose an earlier sort</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="115" />
        <source>Sorteren</source>
        <translation>Sorting</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="116" />
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="117" />
        <source>Exporteren als CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="118" />
        <source>Resultaat exporteren als CSV</source>
        <translation>Export result as CSV</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="119" />
        <source>Grafiek opslaan als PNG…</source>
        <translation>Save chart as PNG…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="120" />
        <source>Grafiek opslaan als PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="159" />
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="160" />
        <source>Sortering van {when}</source>
        <translation>Sort: {when}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="184" />
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="188" />
        <source>PNG-afbeeldingen (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="191" />
        <source>waardensortering</source>
        <translation>value-sort</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="193" />
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="199" />
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="59" />
        <source>Spatie</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="65" />
        <source>Start / pauze</source>
        <translation>Start / pause</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="66" />
        <source>Volgende pagina of onderdeel</source>
        <translation>Next page or item</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="67" />
        <source>Vorige pagina of onderdeel</source>
        <translation>Previous page or item</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="68" />
        <source>Volgend blok (overslaan)</source>
        <translation>Next block (skip)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="69" />
        <source>Vorig blok (terug)</source>
        <translation>Previous block (back)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="70" />
        <source>+5 minuten bij dit blok</source>
        <translation>Add 5 minutes to this block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="71" />
        <source>Publieksscherm leeg</source>
        <translation>Blank the audience screen</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="72" />
        <source>Publieksscherm tonen (volledig scherm)</source>
        <translation>Show the audience screen (full screen)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="73" />
        <source>Volledig scherm verlaten</source>
        <translation>Exit full screen</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="74" />
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="75" />
        <source>Reflectie bij dit blok</source>
        <translation>Reflection on this block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="76" />
        <source>Workshop sluiten</source>
        <translation>Close workshop</translation>
    </message>
</context>
<context>
    <name>AuthoringActions</name>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/authoring_actions.py" line="30" />
        <source>Mijn &amp;verhalen…</source>
        <translation>My &amp;stories…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/authoring_actions.py" line="30" />
        <source>Schrijf en bewerk je eigen verhalen</source>
        <translation>Write and edit your own stories</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/authoring_actions.py" line="32" />
        <source>Kopiëren als &amp;eigen verhaal</source>
        <translation>Copy as &amp;own story</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/authoring_actions.py" line="33" />
        <source>Begin een eigen verhaal als kopie van dit verhaal</source>
        <translation>Start an own story as a copy of this story</translation>
    </message>
</context>
<context>
    <name>AuthoringController</name>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/authoring_controller.py" line="70" />
        <source>Eigen kopie gemaakt: {title}</source>
        <translation>Own copy made: {title}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/authoring_controller.py" line="66" />
        <source>Kopiëren niet gelukt: {error}</source>
        <translation>Copying failed: {error}</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/markdown_editor.py" line="59" />
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/markdown_editor.py" line="56" />
        <source>Verhaal</source>
        <translation>Story</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/markdown_editor.py" line="56" />
        <source>Voor de gespreksleider</source>
        <translation>For the facilitator</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/markdown_editor.py" line="56" />
        <source>Korte versie</source>
        <translation>Short version</translation>
    </message>
</context>
<context>
    <name>OwnStoriesWindow</name>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="120" />
        <source>Mijn verhalen</source>
        <translation>My stories</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="121" />
        <source>&amp;Nieuw verhaal</source>
        <translation>&amp;New story</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="122" />
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="123" />
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="124" />
        <source>Eigen verhalen</source>
        <translation>Own stories</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="226" />
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="247" />
        <source>Verhaal verwijderen</source>
        <translation>Delete story</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="181" />
        <source>Nieuw verhaal</source>
        <translation>New story</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="201" />
        <source>Wijzigingen…</source>
        <translation>Changes…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="235" />
        <source>regel {line}: {message}</source>
        <translation>line {line}: {message}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="248" />
        <source>‘{title}’ verwijderen uit je eigen verhalen?</source>
        <translation>Delete ‘{title}’ from your own stories?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="257" />
        <source>‘{title}’ is verwijderd.</source>
        <translation>‘{title}’ has been deleted.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="183" />
        <source>Niet gelukt: {error}</source>
        <translation>Failed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="220" />
        <source>Niet opgeslagen: {error}</source>
        <translation>Not saved: {error}</translation>
    </message>
</context>
<context>
    <name>StoryForm</name>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="78" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="79" />
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="80" />
        <source>Thema's</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="81" />
        <source>B's</source>
        <translation>B's</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="82" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="83" />
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="84" />
        <source>Waardenkaarten</source>
        <translation>Values cards</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="85" />
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="86" />
        <source>Verzonnen namen</source>
        <translation>Invented names</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="87" />
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="93" />
        <source>namen in het verhaal, gescheiden door komma's</source>
        <translation>names in the story, separated by commas</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="95" />
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/conflict_dialog.py" line="26" />
        <source>Bundel inlezen</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/conflict_dialog.py" line="27" />
        <source>Deze onderdelen van de bundel zijn er al:</source>
        <translation>These entries of the bundle are here already:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/conflict_dialog.py" line="32" />
        <source>&amp;Behouden wat er is (de bundel slaat ze over)</source>
        <translation>&amp;Keep what is here (the bundle skips them)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/conflict_dialog.py" line="33" />
        <source>&amp;Vervangen door de bundel (alleen eigen items)</source>
        <translation>&amp;Replace with the bundle (own items only)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/conflict_dialog.py" line="34" />
        <source>&amp;Hernoemen: de bundel krijgt nieuwe ids</source>
        <translation>Re&amp;name: the bundle gets new ids</translation>
    </message>
</context>
<context>
    <name>SharingActions</name>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_actions.py" line="29" />
        <source>&amp;Bronnen van de bibliotheek…</source>
        <translation>Library &amp;sources…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_actions.py" line="30" />
        <source>Gedeelde mappen toevoegen of weghalen</source>
        <translation>Add or remove shared folders</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_actions.py" line="32" />
        <source>Bundel &amp;inlezen…</source>
        <translation>&amp;Import bundle…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_actions.py" line="32" />
        <source>Lees een .goedwerk-bundel in</source>
        <translation>Import a .goedwerk bundle</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_actions.py" line="34" />
        <source>&amp;Eigen bibliotheek als bundel…</source>
        <translation>&amp;Own library as a bundle…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_actions.py" line="35" />
        <source>Bewaar je eigen verhalen in een .goedwerk-bundel</source>
        <translation>Save your own stories in a .goedwerk bundle</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_actions.py" line="38" />
        <source>Exporteren als &amp;bundel…</source>
        <translation>Export as &amp;bundle…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_actions.py" line="39" />
        <source>Bewaar dit pakket met alles wat het gebruikt als .goedwerk-bundel</source>
        <translation>Save this pack with everything it uses as a .goedwerk bundle</translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="122" />
        <source>Bundel ingelezen</source>
        <translation>Bundle imported</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="67" />
        <source>Niet bereikbaar: {paths}. De rest van de bibliotheek werkt gewoon.</source>
        <translation>Not reachable: {paths}. The rest of the library works as usual.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="98" />
        <source>Bundel inlezen</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="122" />
        <source>Niets nieuws in deze bundel.</source>
        <translation>Nothing new in this bundle.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="134" />
        <source>Bundel maken</source>
        <translation>Make bundle</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="113" />
        <source>Bundel geweigerd</source>
        <translation>Bundle refused</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="116" />
        <source>Bundel niet ingelezen</source>
        <translation>Bundle not imported</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="144" />
        <source>Bundel niet gemaakt</source>
        <translation>Bundle not made</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="147" />
        <source>Bundel opgeslagen: {path} ({n} onderdelen)</source>
        <translation>Bundle saved: {path} ({n} entries)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="100" />
        <source>Goed Werk-bundels ({f})</source>
        <translation>Goed Werk bundles ({f})</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="112" />
        <source>Er is niets ingelezen. Redenen:</source>
        <translation>Nothing was imported. Reasons:</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_dialog.py" line="35" />
        <source>Bronnen van de bibliotheek</source>
        <translation>Library sources</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_dialog.py" line="39" />
        <source>De bibliotheek wordt gelezen uit deze mappen, van boven naar beneden; bij dezelfde id wint de bovenste. Een gedeelde map (netwerkschijf, gesynchroniseerde map, USB-stick) voeg je hier toe. Goed Werk verstuurt zelf nooit iets.</source>
        <translation>The library is read from these folders, top to bottom; for the same id the top one wins. Add a shared folder (network drive, synced folder, USB stick) here. Goed Werk itself never sends anything.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_dialog.py" line="48" />
        <source>Eigen verhalen mogen in de nieuwe map</source>
        <translation>Own stories may go into the new folder</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_dialog.py" line="49" />
        <source>Map &amp;toevoegen…</source>
        <translation>&amp;Add folder…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_dialog.py" line="52" />
        <source>Map &amp;verwijderen</source>
        <translation>&amp;Remove folder</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_dialog.py" line="79" />
        <source>schrijfbaar</source>
        <translation>writable</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_dialog.py" line="79" />
        <source>alleen lezen</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_dialog.py" line="80" />
        <source>, niet bereikbaar</source>
        <translation>, not reachable</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_dialog.py" line="93" />
        <source>Map als bron toevoegen</source>
        <translation>Add folder as a source</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_dialog.py" line="102" />
        <source>Toegevoegd: {path}</source>
        <translation>Added: {path}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_dialog.py" line="115" />
        <source>Niet meer gelezen: {path} (de bestanden blijven staan)</source>
        <translation>No longer read: {path} (the files stay)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_dialog.py" line="78" />
        <source>Meegeleverde bibliotheek</source>
        <translation>Bundled library</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_dialog.py" line="78" />
        <source>Eigen bibliotheek</source>
        <translation>Own library</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_dialog.py" line="81" />
        <source>Map</source>
        <translation>Folder</translation>
    </message>
</context>
</TS>
