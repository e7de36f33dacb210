<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/goedwerk/ui/help/about_dialog.py" line="59"/>
        <source>Over Goed Werk</source>
        <translation>About Goed Werk</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/about_dialog.py" line="64"/>
        <source>Over</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/about_dialog.py" line="77"/>
        <source>Licentie</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/about_dialog.py" line="78"/>
        <source>Licentie bibliotheek</source>
        <translation>Library licence</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/about_dialog.py" line="79"/>
        <source>Software van derden</source>
        <translation>Third-party software</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/about_dialog.py" line="85"/>
        <source>Goed Werk {version}</source>
        <translation>Goed Werk {version}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/about_dialog.py" line="94"/>
        <source>Verhalen, waardenkaarten en vragen voor gesprekken over goed werk: bekwaam, betrouwbaar en betrokken. Goed Werk werkt volledig offline: wat je bewaart, blijft op deze computer en er wordt nooit iets verstuurd.

De code valt onder de European Union Public Licence 1.2 (EUPL-1.2), de meegeleverde bibliotheek onder Creative Commons Naamsvermelding-GelijkDelen 4.0 (CC BY-SA 4.0). Qt en PySide6 worden gebruikt onder de LGPL-3.0; de andere onderdelen en hun licenties staan onder Software van derden.</source>
        <translation>Stories, values cards and questions for conversations about good work: competent, trustworthy and engaged. Goed Werk works entirely offline: what you save stays on this computer and nothing is ever sent.

The code is under the European Union Public Licence 1.2 (EUPL-1.2), the bundled library under Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0). Qt and PySide6 are used under the LGPL-3.0; the other components and their licences are listed under Third-party software.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/about_dialog.py" line="106"/>
        <source>Je gegevens: {folder}</source>
        <translation>Your data: {folder}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/about_dialog.py" line="111"/>
        <source>Map &amp;openen</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/about_dialog.py" line="113"/>
        <source>Gegevensmap openen</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/about_dialog.py" line="134"/>
        <source>{path} ontbreekt in deze installatie.</source>
        <translation>{path} is missing from this installation.</translation>
    </message>
</context>
<context>
    <name>AgendaButtons</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/agenda_buttons.py" line="40"/>
        <source>Blok toevoegen</source>
        <translation>Add block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/agenda_buttons.py" line="42"/>
        <source>Voeg een blok van 10 minuten toe na het gekozen blok</source>
        <translation>Add a 10-minute block after the chosen block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/agenda_buttons.py" line="44"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/agenda_buttons.py" line="45"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/agenda_buttons.py" line="46"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/agenda_buttons.py" line="55"/>
        <source>Item verwijderen</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/agenda_buttons.py" line="55"/>
        <source>Blok verwijderen</source>
        <translation>Delete block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/agenda_buttons.py" line="56"/>
        <source>Item omhoog</source>
        <translation>Item up</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/agenda_buttons.py" line="56"/>
        <source>Blok omhoog</source>
        <translation>Block up</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/agenda_buttons.py" line="57"/>
        <source>Item omlaag</source>
        <translation>Item down</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/agenda_buttons.py" line="57"/>
        <source>Blok omlaag</source>
        <translation>Block down</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/agenda_buttons.py" line="62"/>
        <source>Haal het gekozen item uit het blok (Delete; Ctrl+Z maakt het ongedaan)</source>
        <translation>Remove the chosen item from the block (Delete; Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/agenda_buttons.py" line="64"/>
        <source>Verwijder het gekozen blok met zijn items (Delete; Ctrl+Z maakt het ongedaan)</source>
        <translation>Delete the chosen block with its items (Delete; Ctrl+Z undoes it)</translation>
    </message>
</context>
<context>
    <name>AgendaList</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/agenda_list.py" line="53"/>
        <source>PROGRAMMA</source>
        <translation>AGENDA</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/agenda_list.py" line="54"/>
        <source>Programma</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/agenda_list.py" line="90"/>
        <source>Nieuw verwacht einde: {time} (gepland {planned})</source>
        <translation>New expected end: {time} (planned {planned})</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/audience_window.py" line="90"/>
        <source>Goed Werk – publieksscherm</source>
        <translation>Goed Werk – audience screen</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/audience_window.py" line="91"/>
        <source>Publieksscherm</source>
        <translation>Audience screen</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/audience_window.py" line="92"/>
        <source>Wat de groep ziet</source>
        <translation>What the group sees</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/audience_window.py" line="153"/>
        <source>Waardenkaart</source>
        <translation>Values card</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/audience_window.py" line="153"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/audience_window.py" line="198"/>
        <source>{page} / {pages}</source>
        <translation>{page} / {pages}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/audience_window.py" line="149"/>
        <source>Stemming · {n} handen</source>
        <translation>Vote · {n} hands</translation>
    </message>
</context>
<context>
    <name>AuthoringActions</name>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/authoring_actions.py" line="25"/>
        <source>Mijn &amp;verhalen…</source>
        <translation>My &amp;stories…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/authoring_actions.py" line="25"/>
        <source>Schrijf en bewerk je eigen verhalen</source>
        <translation>Write and edit your own stories</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/authoring_actions.py" line="27"/>
        <location filename="../../app/goedwerk/ui/authoring/authoring_actions.py" line="39"/>
        <source>&amp;Bewerken in Mijn verhalen</source>
        <translation>&amp;Edit in My stories</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/authoring_actions.py" line="28"/>
        <source>Bewerk dit item; een verhaal uit een alleen-lezen bron opent alleen om te lezen</source>
        <translation>Edit this item; a story from a read-only source opens for reading only</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/authoring_actions.py" line="31"/>
        <source>Kopiëren naar mijn &amp;verhalen</source>
        <translation>Copy to my &amp;stories</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/authoring_actions.py" line="32"/>
        <source>Begin een eigen verhaal, vraag of handreiking als kopie hiervan</source>
        <translation>Start an own story, question or guide as a copy of this one</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/authoring_actions.py" line="39"/>
        <source>&amp;Lezen in Mijn verhalen</source>
        <translation>&amp;Read in My stories</translation>
    </message>
</context>
<context>
    <name>AuthoringController</name>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/authoring_controller.py" line="94"/>
        <source>Eigen kopie gemaakt: {title}</source>
        <translation>Own copy made: {title}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/authoring_controller.py" line="90"/>
        <source>Kopiëren niet gelukt: {error}</source>
        <translation>Copying failed: {error}</translation>
    </message>
</context>
<context>
    <name>BlockDetails</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/block_details.py" line="81"/>
        <source>&amp;Soort blok:</source>
        <translation>Block t&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/block_details.py" line="82"/>
        <source>&amp;Instructies:</source>
        <translation>&amp;Instructions:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/block_details.py" line="83"/>
        <source>&amp;Opties:</source>
        <translation>&amp;Options:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/block_details.py" line="90"/>
        <source>&amp;Korte versie gebruiken (voorlezen en handout)</source>
        <translation>Use the &amp;short version (reading aloud and handout)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/block_details.py" line="92"/>
        <source>Lees dit verhaal in de korte versie voor; de handout en het publieksscherm volgen</source>
        <translation>Read this story in its short version; the handout and the audience screen follow</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/block_details.py" line="155"/>
        <source>Korte versie kiezen</source>
        <translation>Choose the short version</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/block_details.py" line="165"/>
        <source>Soort blok wijzigen</source>
        <translation>Change block type</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/block_details.py" line="176"/>
        <source>De verhalen in dit blok hebben geen vragen.</source>
        <translation>The stories in this block have no questions.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/block_details.py" line="180"/>
        <source>Opties wijzigen</source>
        <translation>Change options</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/block_details.py" line="191"/>
        <source>Instructies wijzigen</source>
        <translation>Edit instructions</translation>
    </message>
</context>
<context>
    <name>BlockLibrary</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/block_library_panel.py" line="23"/>
        <source>{title} · {kind} · {minutes} min · {n} items</source>
        <translation>{title} · {kind} · {minutes} min · {n} items</translation>
    </message>
</context>
<context>
    <name>BlockLibraryDialog</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/block_library_dialog.py" line="37"/>
        <source>Blokkenbibliotheek</source>
        <translation>Block library</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/block_library_dialog.py" line="42"/>
        <source>Bewaarde blokken</source>
        <translation>Saved blocks</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/block_library_dialog.py" line="52"/>
        <source>&amp;Invoegen</source>
        <translation>&amp;Insert</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/block_library_dialog.py" line="54"/>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/block_library_dialog.py" line="75"/>
        <source>Blok verwijderen</source>
        <translation>Delete block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/block_library_dialog.py" line="76"/>
        <source>‘{title}’ uit de blokkenbibliotheek verwijderen?</source>
        <translation>Delete ‘{title}’ from the block library?</translation>
    </message>
</context>
<context>
    <name>BlockLibraryPanel</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/block_library_panel.py" line="101"/>
        <source>&amp;Blokkenbibliotheek</source>
        <translation>&amp;Block library</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/block_library_panel.py" line="102"/>
        <source>Blokkenbibliotheek</source>
        <translation>Block library</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/block_library_panel.py" line="104"/>
        <source>Sleep een blok naar de agenda, of druk Enter om het na het gekozen blok in te voegen</source>
        <translation>Drag a block onto the agenda, or press Enter to insert it after the chosen block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/block_library_panel.py" line="116"/>
        <source>Sleep een blok naar de agenda (Enter voegt het in na het gekozen blok).</source>
        <translation>Drag a block onto the agenda (Enter inserts it after the chosen block).</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/block_library_panel.py" line="118"/>
        <source>Nog leeg: kies een blok en Pakket &gt; Blok in blokkenbibliotheek bewaren.</source>
        <translation>Still empty: choose a block and Pack &gt; Save block in block library.</translation>
    </message>
</context>
<context>
    <name>BlockPanel</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/block_panel.py" line="75"/>
        <source>Dit pakket heeft nog geen blokken.</source>
        <translation>This pack has no blocks yet.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/block_panel.py" line="83"/>
        <source>Blok {n} van {count}</source>
        <translation>Block {n} of {count}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/block_panel.py" line="89"/>
        <source>Geen aanwijzingen bij dit blok.</source>
        <translation>No instructions for this block.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/block_panel.py" line="90"/>
        <source>ONDERDELEN – klik om te tonen</source>
        <translation>ITEMS – click to show</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/block_panel.py" line="95"/>
        <source>{start}–{end} · {minutes} min</source>
        <translation>{start}–{end} · {minutes} min</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/block_panel.py" line="99"/>
        <source> (+{extra} min erbij)</source>
        <translation> (+{extra} min added)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/block_panel.py" line="105"/>
        <source>Dit is het laatste blok.</source>
        <translation>This is the last block.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/block_panel.py" line="107"/>
        <source>Hierna: {title} · {start}–{end} · {minutes} min</source>
        <translation>Next: {title} · {start}–{end} · {minutes} min</translation>
    </message>
</context>
<context>
    <name>BuilderBesideReader</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/builder_beside_reader.py" line="48"/>
        <source>Kies eerst een verhaal, waardenkaart of vraag.</source>
        <translation>First choose a story, values card or question.</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_dialog.py" line="36"/>
        <source>Sessie samenstellen</source>
        <translation>Compose a session</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_dialog.py" line="59"/>
        <source>&amp;Pakket maken</source>
        <translation>&amp;Make the pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_dialog.py" line="87"/>
        <source>{title}: {blocks} blokken, {minutes} minuten</source>
        <translation>{title}: {blocks} blocks, {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_dialog.py" line="91"/>
        <source>Losgelaten: {text}</source>
        <translation>Relaxed: {text}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_dialog.py" line="92"/>
        <source>Niet gelukt: {text}</source>
        <translation>Not met: {text}</translation>
    </message>
</context>
<context>
    <name>ComposerForm</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_form.py" line="47"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_form.py" line="50"/>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_form.py" line="58"/>
        <source>alle sectoren</source>
        <translation>all sectors</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_form.py" line="62"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_form.py" line="65"/>
        <source>bijvoorbeeld: Team Vergunningen</source>
        <translation>for example: Permits team</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_form.py" line="67"/>
        <source>de best passende</source>
        <translation>the best fit</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_form.py" line="71"/>
        <source>Een andere variant kiest anders tussen even goede kandidaten</source>
        <translation>Another variant chooses differently between equally good candidates</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_form.py" line="74"/>
        <source>Duur in minuten</source>
        <translation>Length in minutes</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_form.py" line="75"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_form.py" line="76"/>
        <source>Aantal deelnemers</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_form.py" line="77"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_form.py" line="78"/>
        <source>Werkvorm</source>
        <translation>Session format</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_form.py" line="79"/>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_form.py" line="86"/>
        <source>&amp;Duur:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_form.py" line="87"/>
        <source>&amp;Thema&apos;s:</source>
        <translation>&amp;Themes:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_form.py" line="92"/>
        <source>B&apos;s:</source>
        <translation>B&apos;s:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_form.py" line="93"/>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_form.py" line="94"/>
        <source>&amp;Deelnemers:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_form.py" line="95"/>
        <source>&amp;Groep:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_form.py" line="96"/>
        <source>&amp;Werkvorm:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/composer_form.py" line="97"/>
        <source>&amp;Variant:</source>
        <translation>&amp;Variant:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/conflict_dialog.py" line="26"/>
        <source>Bundel inlezen</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/conflict_dialog.py" line="27"/>
        <source>Deze onderdelen van de bundel zijn er al:</source>
        <translation>These entries of the bundle are here already:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/conflict_dialog.py" line="32"/>
        <source>&amp;Behouden wat er is (de bundel slaat ze over)</source>
        <translation>&amp;Keep what is here (the bundle skips them)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/conflict_dialog.py" line="33"/>
        <source>&amp;Vervangen door de bundel (alleen eigen items)</source>
        <translation>&amp;Replace with the bundle (own items only)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/conflict_dialog.py" line="34"/>
        <source>&amp;Hernoemen: de bundel krijgt nieuwe ids</source>
        <translation>Re&amp;name: the bundle gets new ids</translation>
    </message>
</context>
<context>
    <name>CountdownLabel</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/countdown_label.py" line="35"/>
        <source>Tijd is om</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/countdown_label.py" line="47"/>
        <source>Resterende tijd</source>
        <translation>Time left</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../app/goedwerk/ui/common/crash_dialog.py" line="32"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/crash_dialog.py" line="39"/>
        <source>De details staan ook in {path}.</source>
        <translation>The details are also in {path}.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/crash_dialog.py" line="41"/>
        <source>Er kon geen logbestand worden geschreven.</source>
        <translation>No log file could be written.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/crash_dialog.py" line="45"/>
        <source>Goed Werk liep tegen een onverwachte fout aan: {summary}

Wat al bewaard was, blijft bewaard en het venster blijft open; probeer het gerust nog eens. {where} Er wordt niets verstuurd: wil je het melden, kopieer dan de details en stuur ze zelf op.</source>
        <translation>Goed Werk ran into an unexpected error: {summary}

What was already saved stays saved and the window stays open; feel free to try again. {where} Nothing is sent: to report it, copy the details and send them yourself.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/crash_dialog.py" line="55"/>
        <source>Details van de fout</source>
        <translation>Details of the error</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/crash_dialog.py" line="57"/>
        <source>Kopieer details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/crash_dialog.py" line="71"/>
        <source>Gekopieerd</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>DeckPrinter</name>
    <message>
        <location filename="../../app/goedwerk/ui/library/deck_printer.py" line="48"/>
        <source>Kaarten als PDF (dubbelzijdig knipvel)…</source>
        <translation>Cards as PDF (double-sided cut sheet)…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/deck_printer.py" line="49"/>
        <source>Kaarten afdrukken (dubbelzijdig, lange kant)…</source>
        <translation>Print cards (double-sided, long edge)…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/deck_printer.py" line="51"/>
        <source>De gekozen kaarten, of de hele stapel als je niets kiest</source>
        <translation>The selected cards, or the whole deck when none is selected</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/deck_printer.py" line="62"/>
        <source>PDF, A4 (*.pdf)</source>
        <translation>PDF, A4 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/deck_printer.py" line="62"/>
        <source>PDF, US Letter (*.pdf)</source>
        <translation>PDF, US Letter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/deck_printer.py" line="64"/>
        <source>Waardenkaarten als PDF</source>
        <translation>Values cards as PDF</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/deck_printer.py" line="64"/>
        <source>waardenkaarten.pdf</source>
        <translation>values-cards.pdf</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/deck_printer.py" line="75"/>
        <source>PDF maken…</source>
        <translation>Creating PDF…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/deck_printer.py" line="79"/>
        <source>PDF opgeslagen: {path} ({n} pagina’s, dubbelzijdig)</source>
        <translation>PDF saved: {path} ({n} pages, double-sided)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/deck_printer.py" line="103"/>
        <source>Afdrukken mislukt</source>
        <translation>Printing failed</translation>
    </message>
</context>
<context>
    <name>DeleteBar</name>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/delete_bar.py" line="41"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/delete_bar.py" line="42"/>
        <source>Gekozen reflectie verwijderen</source>
        <translation>Delete the chosen reflection</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/delete_bar.py" line="43"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/delete_bar.py" line="44"/>
        <source>Verwijderde reflectie terugzetten</source>
        <translation>Put the deleted reflection back</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/delete_bar.py" line="54"/>
        <source>Reflectie verwijderen</source>
        <translation>Delete reflection</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/delete_bar.py" line="55"/>
        <source>De reflectie ‘{where}’ verwijderen? Je kunt dit daarna nog ongedaan maken.</source>
        <translation>Delete the reflection ‘{where}’? You can still undo this afterwards.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/delete_bar.py" line="64"/>
        <source>Verwijderen mislukt</source>
        <translation>Deleting failed</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/delete_bar.py" line="77"/>
        <source>Terugzetten mislukt</source>
        <translation>Putting back failed</translation>
    </message>
</context>
<context>
    <name>DrawPanel</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/draw_panel.py" line="43"/>
        <source>TREKKEN – een kaart of vraag voor de groep</source>
        <translation>DRAW – a card or question for the group</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/draw_panel.py" line="45"/>
        <source>uit het pakket</source>
        <translation>from the pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/draw_panel.py" line="46"/>
        <source>vragen uit de opening</source>
        <translation>questions from the opening</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/draw_panel.py" line="47"/>
        <source>vragen uit de verdieping</source>
        <translation>questions from the deepening</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/draw_panel.py" line="48"/>
        <source>vragen uit de afsluiting</source>
        <translation>questions from the closing</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/draw_panel.py" line="49"/>
        <source>uit de hele bibliotheek</source>
        <translation>from the whole library</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/draw_panel.py" line="56"/>
        <source>Trekken uit</source>
        <translation>Draw from</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/draw_panel.py" line="57"/>
        <source>Kaart (K)</source>
        <translation>Card (K)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/draw_panel.py" line="58"/>
        <source>Vraag (Q)</source>
        <translation>Question (Q)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="35"/>
        <source>Pakket afdrukken of exporteren</source>
        <translation>Print or export pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="37"/>
        <source>Voorblad</source>
        <translation>Cover page</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="38"/>
        <source>Programma met kloktijden</source>
        <translation>Agenda with clock times</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="39"/>
        <source>Draaiboek voor de gespreksleider</source>
        <translation>Script for the facilitator</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="40"/>
        <source>Verhalen voor deelnemers</source>
        <translation>Stories for participants</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="41"/>
        <source>Handreikingen (introductie, afspraken, opwarmers)</source>
        <translation>Guides (introduction, ground rules, warm-ups)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="42"/>
        <source>Vragenblad per fase</source>
        <translation>Question sheet by phase</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="43"/>
        <source>Waardenkaarten om te knippen</source>
        <translation>Values cards to cut out</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="44"/>
        <source>Reflectieformulier</source>
        <translation>Reflection form</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="59"/>
        <source>Papierformaat</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="69"/>
        <source>Onderdelen:</source>
        <translation>Include:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="71"/>
        <source>&amp;Papier:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/export_dialog.py" line="51"/>
        <source>Mijn eigen notities in het draaiboek</source>
        <translation>My own notes in the facilitator script</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <location filename="../../app/goedwerk/ui/common/export_files.py" line="61"/>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/export_files.py" line="62"/>
        <source>Opgeslagen als:
{path}</source>
        <translation>Saved as:
{path}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/export_files.py" line="68"/>
        <source>Map &amp;openen</source>
        <translation>&amp;Open folder</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../app/goedwerk/ui/library/facet_panel.py" line="24"/>
        <location filename="../../app/goedwerk/ui/library/facet_panel.py" line="73"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/facet_panel.py" line="24"/>
        <location filename="../../app/goedwerk/ui/library/facet_panel.py" line="73"/>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/facet_panel.py" line="104"/>
        <source>{n} aangevinkt</source>
        <translation>{n} ticked</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/facet_panel.py" line="113"/>
        <source>{n} resultaten</source>
        <translation>{n} results</translation>
    </message>
</context>
<context>
    <name>FavouriteStar</name>
    <message>
        <location filename="../../app/goedwerk/ui/reader/favourite_star.py" line="63"/>
        <source>Favoriet niet bewaard</source>
        <translation>Favourite not saved</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/favourite_star.py" line="68"/>
        <source>Toegevoegd aan favorieten.</source>
        <translation>Added to favourites.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/favourite_star.py" line="68"/>
        <source>Verwijderd uit favorieten.</source>
        <translation>Removed from favourites.</translation>
    </message>
</context>
<context>
    <name>GroupFilter</name>
    <message>
        <location filename="../../app/goedwerk/ui/library/group_filter.py" line="28"/>
        <source>Nog niet gebruikt met groep</source>
        <translation>Not yet used with group</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/group_filter.py" line="41"/>
        <source>Alle groepen</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/group_filter.py" line="43"/>
        <source>Nog niet gebruikt met {group}</source>
        <translation>Not yet used with {group}</translation>
    </message>
</context>
<context>
    <name>HandoutPrinter</name>
    <message>
        <location filename="../../app/goedwerk/ui/reader/handout_printer.py" line="52"/>
        <source>Verhaal als hand-out (PDF)…</source>
        <translation>Story as a handout (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/handout_printer.py" line="60"/>
        <source>PDF, A4 (*.pdf)</source>
        <translation>PDF, A4 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/handout_printer.py" line="60"/>
        <source>PDF, US Letter (*.pdf)</source>
        <translation>PDF, US Letter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/handout_printer.py" line="62"/>
        <source>Verhaal als hand-out</source>
        <translation>Story as a handout</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/handout_printer.py" line="77"/>
        <source>Hand-out opgeslagen: {path} ({n} pagina’s)</source>
        <translation>Handout saved: {path} ({n} pages)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/handout_printer.py" line="79"/>
        <source>Afdrukken mislukt</source>
        <translation>Printing failed</translation>
    </message>
</context>
<context>
    <name>HarvestBundleDialog</name>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_bundle_dialog.py" line="47"/>
        <source>Oogst als bundel</source>
        <translation>Harvest as a bundle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/goedwerk/ui/reflections/harvest_bundle_dialog.py" line="48"/>
        <source>%n reflecties gaan in de bundel.</source>
        <translation>
            <numerusform>%n reflection goes into the bundle.</numerusform>
            <numerusform>%n reflections go into the bundle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_bundle_dialog.py" line="52"/>
        <source>bijvoorbeeld je team of organisatie</source>
        <translation>for example your team or organisation</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_bundle_dialog.py" line="65"/>
        <source>Deze reflecties bevatten mogelijk persoonsgegevens. Vink elke reflectie aan die je hebt nagekeken en zo mag delen, of pas haar eerst aan.</source>
        <translation>These reflections may hold personal data. Tick each reflection you have checked and may share as it is, or change it first.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_bundle_dialog.py" line="77"/>
        <source>&amp;Van:</source>
        <translation>&amp;From:</translation>
    </message>
</context>
<context>
    <name>HarvestExportBar</name>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="75"/>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="76"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="77"/>
        <source>PDF-rapport…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="78"/>
        <source>Als &amp;bundel…</source>
        <translation>As a &amp;bundle…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="83"/>
        <source>Getoonde reflecties exporteren als {kind}</source>
        <translation>Export the reflections shown as {kind}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="86"/>
        <source>Bewaar de getoonde reflecties als .goedwerk-bundel voor een collega</source>
        <translation>Save the reflections shown as a .goedwerk bundle for a colleague</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="88"/>
        <source>Bundel &amp;inlezen…</source>
        <translation>&amp;Import bundle…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="89"/>
        <source>Voeg de reflecties uit een .goedwerk-bundel toe aan de oogst</source>
        <translation>Add the reflections of a .goedwerk bundle to the harvest</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="116"/>
        <source>Markdown-bestanden (*.md)</source>
        <translation>Markdown files (*.md)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="117"/>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="118"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="124"/>
        <source>Reflecties exporteren</source>
        <translation>Export reflections</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="130"/>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="137"/>
        <source>Persoonsgegevens exporteren?</source>
        <translation>Export personal data?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="139"/>
        <source>{n} van de getoonde reflecties bevatten nog mogelijke persoonsgegevens (gemarkeerd met ⚠). Een export kan buiten Goed Werk terechtkomen. Toch exporteren?</source>
        <translation>{n} of the reflections shown still contain possible personal data (marked ⚠). An export can end up outside Goed Werk. Export anyway?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="158"/>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="185"/>
        <source>Goed Werk-bundels (*.goedwerk)</source>
        <translation>Goed Werk bundles (*.goedwerk)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="160"/>
        <source>Oogst als bundel</source>
        <translation>Harvest as a bundle</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="168"/>
        <source>Bundel niet gemaakt</source>
        <translation>Bundle not made</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="186"/>
        <source>Bundel inlezen</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="193"/>
        <source>Er is niets ingelezen. Redenen:</source>
        <translation>Nothing was imported. Reasons:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="194"/>
        <source>Bundel geweigerd</source>
        <translation>Bundle refused</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="197"/>
        <source>Bundel niet ingelezen</source>
        <translation>Bundle not imported</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="201"/>
        <source>Niets nieuws in deze bundel.</source>
        <translation>Nothing new in this bundle.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_export_bar.py" line="202"/>
        <source>Bundel ingelezen</source>
        <translation>Bundle imported</translation>
    </message>
</context>
<context>
    <name>HarvestFilters</name>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_filters.py" line="82"/>
        <source>Zoek in alle reflecties…</source>
        <translation>Search all reflections…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_filters.py" line="83"/>
        <source>Zoek in reflecties</source>
        <translation>Search reflections</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_filters.py" line="85"/>
        <source>Pakket</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_filters.py" line="86"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_filters.py" line="87"/>
        <source>Vanaf</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_filters.py" line="88"/>
        <source>Tot en met</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_filters.py" line="89"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_filters.py" line="90"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_filters.py" line="96"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_filters.py" line="97"/>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_filters.py" line="112"/>
        <source>Eigen reflecties</source>
        <translation>Own reflections</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_filters.py" line="113"/>
        <source>Alle pakketten</source>
        <translation>All packs</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_filters.py" line="114"/>
        <source>Alle bronnen</source>
        <translation>All sources</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_filters.py" line="115"/>
        <source>Alle thema’s</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_filters.py" line="116"/>
        <source>Alle waarden</source>
        <translation>All values</translation>
    </message>
</context>
<context>
    <name>HarvestView</name>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="180"/>
        <source>Pakket</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="178"/>
        <source>Reflecties</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="179"/>
        <source>Gekozen reflectie</source>
        <translation>Selected reflection</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="180"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="180"/>
        <source>Onderdeel</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="180"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="264"/>
        <source>Zoeken is mislukt: {error}</source>
        <translation>Search failed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="272"/>
        <source>Meest genoemde thema’s</source>
        <translation>Most mentioned themes</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="274"/>
        <source>Nog geen thema’s getagd.</source>
        <translation>No themes tagged yet.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="277"/>
        <source>Meest genoemde waarden</source>
        <translation>Most mentioned values</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="279"/>
        <source>Nog geen waarden getagd.</source>
        <translation>No values tagged yet.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="321"/>
        <source>Geen reflecties om te tonen.</source>
        <translation>No reflections to show.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="290"/>
        <source>{n} met mogelijke persoonsgegevens (⚠)</source>
        <translation>{n} with possible personal data (⚠)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="288"/>
        <source>%n reflecties</source>
        <translation>
            <numerusform>%n reflection</numerusform>
            <numerusform>%n reflections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../app/goedwerk/ui/help/help_actions.py" line="27"/>
        <source>Werken met het &amp;toetsenbord…</source>
        <translation>Working with the &amp;keyboard…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/help_actions.py" line="28"/>
        <source>Alles zonder muis: Tab, sneltoetsen en de menubalk (F10)</source>
        <translation>Everything without a mouse: Tab, shortcuts and the menu bar (F10)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/help_actions.py" line="31"/>
        <source>&amp;Problemen in de bibliotheek…</source>
        <translation>&amp;Problems in the library…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/help_actions.py" line="32"/>
        <source>Toon bestanden met fouten</source>
        <translation>Show files with errors</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/help_actions.py" line="34"/>
        <source>&amp;Over Goed Werk</source>
        <translation>&amp;About Goed Werk</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/help_actions.py" line="34"/>
        <source>Over Goed Werk</source>
        <translation>About Goed Werk</translation>
    </message>
</context>
<context>
    <name>HelpController</name>
    <message>
        <location filename="../../app/goedwerk/ui/help/help_controller.py" line="44"/>
        <source>&amp;Zo begin je…</source>
        <translation>&amp;Getting started…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/help_controller.py" line="45"/>
        <source>De drie manieren om te beginnen, en waar je gegevens staan</source>
        <translation>The three ways to start, and where your data is kept</translation>
    </message>
</context>
<context>
    <name>ItemStrip</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/item_strip.py" line="42"/>
        <source>  ◀ klaar, scherm leeg</source>
        <translation>  ◀ ready, screen blank</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/item_strip.py" line="42"/>
        <source>  ◀ op het scherm</source>
        <translation>  ◀ on screen</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/item_strip.py" line="45"/>
        <source>Dit blok heeft geen verhalen, kaarten of vragen.</source>
        <translation>This block has no stories, cards or questions.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/item_strip.py" line="59"/>
        <source>Verhaal</source>
        <translation>Story</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/item_strip.py" line="60"/>
        <source>Waardenkaart</source>
        <translation>Values card</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/item_strip.py" line="61"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/item_strip.py" line="62"/>
        <source>Handreiking</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/item_strip.py" line="68"/>
        <source>{id} (niet gevonden)</source>
        <translation>{id} (not found)</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <location filename="../../app/goedwerk/ui/help/keyboard_help.py" line="16"/>
        <source>Werken met het toetsenbord</source>
        <translation>Working with the keyboard</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/keyboard_help.py" line="19"/>
        <source>Alles kan zonder muis.

• Tab gaat door het scherm van links naar rechts: zoekveld, filters, resultaten, dan het leesvenster of het pakket. Shift+Tab gaat terug.
• Ctrl+K of Ctrl+F: zoekveld. Esc wist de zoekterm, nog een keer Esc wist de filters.
• Ctrl+1 tot Ctrl+6: Zoeken, Waardenkaarten, Vragen, Favorieten, Recent, Pakketten; de focus gaat mee.
• F10 opent de menubalk (of Alt met de onderstreepte letter). Elke knop van de werkbalk staat ook in een menu, met dezelfde sneltoets; de werkbalk zelf is alleen voor de muis.
• In het pakket: Ctrl+N nieuw pakket, Ctrl+Shift+A voegt het gekozen item toe, F2 wijzigt een titel of duur, Delete verwijdert, Ctrl+E maakt een PDF, F5 start de workshop.
• In de workshop: F1 toont alle sneltoetsen.</source>
        <translation>You can do everything without a mouse.

• Tab moves through the screen from left to right: search field, filters, results, then the reader or the pack. Shift+Tab goes back.
• Ctrl+K or Ctrl+F: search field. Esc clears the search, Esc again clears the filters.
• Ctrl+1 to Ctrl+6: Search, Values cards, Questions, Favourites, Recent, Packs; the focus goes along.
• F10 opens the menu bar (or Alt with the underlined letter). Every toolbar button is also in a menu, with the same shortcut; the toolbar itself is for the mouse only.
• In the pack: Ctrl+N new pack, Ctrl+Shift+A adds the chosen item, F2 edits a title or length, Delete removes, Ctrl+E makes a PDF, F5 starts the workshop.
• In the workshop: F1 shows all shortcuts.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_actions.py" line="34"/>
        <source>Zoekindex &amp;opnieuw opbouwen</source>
        <translation>&amp;Rebuild search index</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_actions.py" line="35"/>
        <source>Bouw de zoekindex opnieuw op</source>
        <translation>Rebuild the search index</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_actions.py" line="37"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_actions.py" line="37"/>
        <source>Naar het zoekveld</source>
        <translation>Go to the search field</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_actions.py" line="39"/>
        <source>Alle &amp;filters wissen</source>
        <translation>Clear all &amp;filters</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_actions.py" line="40"/>
        <source>Alle filters uitzetten</source>
        <translation>Turn off all filters</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_actions.py" line="43"/>
        <source>Zoekopdracht &amp;bewaren…</source>
        <translation>&amp;Save search…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_actions.py" line="44"/>
        <source>Bewaar deze zoekopdracht met haar filters</source>
        <translation>Save this search with its filters</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_actions.py" line="46"/>
        <source>&amp;Zoekresultaten</source>
        <translation>Search &amp;results</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_actions.py" line="46"/>
        <source>Toon de zoekresultaten</source>
        <translation>Show the search results</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_actions.py" line="47"/>
        <source>&amp;Waardenkaarten</source>
        <translation>&amp;Values cards</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_actions.py" line="47"/>
        <source>Toon alle waardenkaarten</source>
        <translation>Show all values cards</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_actions.py" line="48"/>
        <source>&amp;Vragen</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_actions.py" line="48"/>
        <source>Toon de vragenbank per fase</source>
        <translation>Show the question bank by phase</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_actions.py" line="49"/>
        <source>&amp;Favorieten</source>
        <translation>&amp;Favourites</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_actions.py" line="49"/>
        <source>Toon je favorieten</source>
        <translation>Show your favourites</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_actions.py" line="50"/>
        <source>&amp;Recent gelezen</source>
        <translation>&amp;Recently read</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_actions.py" line="50"/>
        <source>Toon wat je onlangs las</source>
        <translation>Show what you read recently</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_actions.py" line="51"/>
        <source>Sessie&amp;pakketten</source>
        <translation>Session &amp;packs</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_actions.py" line="51"/>
        <source>Toon je sessiepakketten</source>
        <translation>Show your session packs</translation>
    </message>
</context>
<context>
    <name>LibraryStartup</name>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_startup.py" line="67"/>
        <source>Zoekindex opbouwen… %p%</source>
        <translation>Building search index… %p%</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_startup.py" line="73"/>
        <source>Bibliotheek openen…</source>
        <translation>Opening the library…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_startup.py" line="111"/>
        <source>De bibliotheek kon niet opnieuw worden gelezen: {error}</source>
        <translation>The library could not be read again: {error}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_startup.py" line="136"/>
        <source>Klaar.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_startup.py" line="160"/>
        <source>De zoekindex kon niet worden gemaakt: {error}. Bladeren werkt wel; kies Bestand &gt; Zoekindex opnieuw opbouwen.</source>
        <translation>The search index could not be built: {error}. Browsing still works; choose File &gt; Rebuild search index.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/goedwerk/ui/library/library_startup.py" line="176"/>
        <source>%n bestanden in de bibliotheek hebben problemen; de rest is gewoon geladen.</source>
        <translation>
            <numerusform>%n file in the library has problems; the rest loaded fine.</numerusform>
            <numerusform>%n files in the library have problems; the rest loaded fine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryTabs</name>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="50"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="51"/>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="61"/>
        <source>Waardenkaarten</source>
        <translation>Values cards</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="52"/>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="53"/>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="63"/>
        <source>Favorieten</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="54"/>
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="55"/>
        <source>Pakketten</source>
        <translation>Packs</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="59"/>
        <source>Bibliotheek</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="62"/>
        <source>Vragen per fase</source>
        <translation>Questions by phase</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="64"/>
        <source>Recent gelezen</source>
        <translation>Recently read</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="70"/>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="71"/>
        <source>Verdieping</source>
        <translation>Deepening</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="72"/>
        <source>Afsluiting</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="87"/>
        <source>Nog geen favorieten. Open een item en kies Item &gt; Favoriet (Ctrl+D).</source>
        <translation>No favourites yet. Open an item and choose Item &gt; Favourite (Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/library_tabs.py" line="89"/>
        <source>Je hebt nog niets gelezen.</source>
        <translation>You have not read anything yet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="186"/>
        <source>Links buiten Goed Werk worden niet geopend.</source>
        <translation>Links outside Goed Werk are not opened.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="215"/>
        <source>Lezen</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="216"/>
        <source>Sessiepakket</source>
        <translation>Session pack</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/markdown_editor.py" line="74"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/markdown_editor.py" line="68"/>
        <source>Verhaal</source>
        <translation>Story</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/markdown_editor.py" line="69"/>
        <source>Voor de gespreksleider</source>
        <translation>For the facilitator</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/markdown_editor.py" line="70"/>
        <source>Korte versie</source>
        <translation>Short version</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/minutes_delegate.py" line="20"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/minutes_delegate.py" line="21"/>
        <source>Duur in minuten</source>
        <translation>Length in minutes</translation>
    </message>
</context>
<context>
    <name>NewPackDialog</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/new_pack_dialog.py" line="44"/>
        <source>Nieuw sessiepakket</source>
        <translation>New session pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/new_pack_dialog.py" line="49"/>
        <source>Werkvorm</source>
        <translation>Session format</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/new_pack_dialog.py" line="51"/>
        <source>Leeg pakket
Begin zonder blokken en bouw de agenda zelf op.</source>
        <translation>Blank pack
Start without blocks and build the agenda yourself.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/new_pack_dialog.py" line="69"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/new_pack_dialog.py" line="70"/>
        <source>bijvoorbeeld: Teamsessie Goed Werk</source>
        <translation>for example: Goed Werk team session</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/new_pack_dialog.py" line="87"/>
        <source>Kies een werkvorm om mee te beginnen:</source>
        <translation>Choose a session format to start with:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/new_pack_dialog.py" line="89"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/new_pack_dialog.py" line="78"/>
        <source>&amp;Sessie samenstellen…</source>
        <translation>&amp;Compose a session…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/new_pack_dialog.py" line="82"/>
        <source>Laat een sessie voorstellen die past bij de groep en de tijd</source>
        <translation>Have a session proposed that fits the group and the time</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/new_pack_dialog.py" line="60"/>
        <source>Eigen sjabloon: {title} ({minutes})</source>
        <translation>Own template: {title} ({minutes})</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../app/goedwerk/ui/reader/note_editor.py" line="35"/>
        <source>Je eigen notitie bij dit item (alleen voor jou)</source>
        <translation>Your own note on this item (only for you)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/note_editor.py" line="36"/>
        <source>Je notitie</source>
        <translation>Your note</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../app/goedwerk/ui/common/notice_bar.py" line="51"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/notice_bar.py" line="52"/>
        <source>Details van de melding</source>
        <translation>Details of the notice</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/notice_bar.py" line="53"/>
        <location filename="../../app/goedwerk/ui/common/notice_bar.py" line="54"/>
        <source>Melding sluiten</source>
        <translation>Close the notice</translation>
    </message>
</context>
<context>
    <name>OwnGuidesPanel</name>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_guides_panel.py" line="57"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_guides_panel.py" line="58"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_guides_panel.py" line="59"/>
        <source>Eigen handreikingen</source>
        <translation>Own guides</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_guides_panel.py" line="113"/>
        <source>Nieuwe handreiking</source>
        <translation>New guide</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_guides_panel.py" line="104"/>
        <source>Handreiking verwijderen</source>
        <translation>Delete guide</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_guides_panel.py" line="105"/>
        <source>‘{title}’ verwijderen uit je eigen handreikingen?</source>
        <translation>Delete ‘{title}’ from your own guides?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_guides_panel.py" line="106"/>
        <source>‘{title}’ is verwijderd.</source>
        <translation>‘{title}’ has been deleted.</translation>
    </message>
</context>
<context>
    <name>OwnItemList</name>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_item_list.py" line="67"/>
        <source>&amp;Nieuw</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_item_list.py" line="68"/>
        <source>&amp;Verwijderen…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_item_list.py" line="69"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_item_list.py" line="70"/>
        <source>Als &amp;kopie beginnen</source>
        <translation>Start as a &amp;copy</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_item_list.py" line="71"/>
        <source>Begin met een kopie van:</source>
        <translation>Start with a copy of:</translation>
    </message>
</context>
<context>
    <name>OwnItemPanel</name>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_item_panel.py" line="122"/>
        <source>Wijzigingen…</source>
        <translation>Changes…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_item_panel.py" line="136"/>
        <source>Niet opgeslagen: {error}</source>
        <translation>Not saved: {error}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_item_panel.py" line="140"/>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_item_panel.py" line="147"/>
        <source>regel {line}: {message}</source>
        <translation>line {line}: {message}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_item_panel.py" line="158"/>
        <source>Niet gelukt: {error}</source>
        <translation>Failed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_item_panel.py" line="164"/>
        <source>Kopiëren niet gelukt: {error}</source>
        <translation>Copying failed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_item_panel.py" line="165"/>
        <source>Eigen kopie gemaakt.</source>
        <translation>Own copy made.</translation>
    </message>
</context>
<context>
    <name>OwnQuestionsPanel</name>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_questions_panel.py" line="70"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_questions_panel.py" line="70"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_questions_panel.py" line="70"/>
        <source>B&apos;s</source>
        <translation>B&apos;s</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_questions_panel.py" line="70"/>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_questions_panel.py" line="73"/>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_questions_panel.py" line="74"/>
        <source>Eigen vragen</source>
        <translation>Own questions</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_questions_panel.py" line="127"/>
        <source>Vraag verwijderen</source>
        <translation>Delete question</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_questions_panel.py" line="128"/>
        <source>‘{text}’ verwijderen uit je eigen vragen?</source>
        <translation>Delete ‘{text}’ from your own questions?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_questions_panel.py" line="129"/>
        <source>‘{text}’ is verwijderd.</source>
        <translation>‘{text}’ was deleted.</translation>
    </message>
</context>
<context>
    <name>OwnStoriesWindow</name>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="159"/>
        <source>Mijn verhalen</source>
        <translation>My stories</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="162"/>
        <source>&amp;Nieuw verhaal</source>
        <translation>&amp;New story</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="163"/>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="164"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="165"/>
        <source>Eigen verhalen</source>
        <translation>Own stories</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="322"/>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="343"/>
        <source>Verhaal verwijderen</source>
        <translation>Delete story</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="277"/>
        <source>Nieuw verhaal</source>
        <translation>New story</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="297"/>
        <source>Wijzigingen…</source>
        <translation>Changes…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="331"/>
        <source>regel {line}: {message}</source>
        <translation>line {line}: {message}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="344"/>
        <source>‘{title}’ verwijderen uit je eigen verhalen?</source>
        <translation>Delete ‘{title}’ from your own stories?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="352"/>
        <source>‘{title}’ is verwijderd.</source>
        <translation>‘{title}’ has been deleted.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="279"/>
        <source>Niet gelukt: {error}</source>
        <translation>Failed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="316"/>
        <source>Niet opgeslagen: {error}</source>
        <translation>Not saved: {error}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="160"/>
        <source>&amp;Verhalen</source>
        <translation>&amp;Stories</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="160"/>
        <source>V&amp;ragen</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="160"/>
        <source>&amp;Handreikingen</source>
        <translation>&amp;Guides</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="166"/>
        <source>Nieuw verhaal opslaan &amp;in:</source>
        <translation>Save a new story &amp;in:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="167"/>
        <source>&amp;Kopiëren naar mijn verhalen</source>
        <translation>&amp;Copy to my stories</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="204"/>
        <source>Mijn eigen bibliotheek</source>
        <translation>My own library</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="207"/>
        <source>{path} (alleen lezen)</source>
        <translation>{path} (read-only)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="231"/>
        <source>de meegeleverde bibliotheek</source>
        <translation>the bundled library</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="232"/>
        <source>Alleen lezen: dit verhaal staat in {where}. Bewerk een eigen kopie.</source>
        <translation>Read-only: this story is in {where}. Edit an own copy.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="263"/>
        <source>Kopiëren niet gelukt: {error}</source>
        <translation>Copying failed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/own_stories_window.py" line="267"/>
        <source>Eigen kopie gemaakt: {title}</source>
        <translation>Own copy made: {title}</translation>
    </message>
</context>
<context>
    <name>PackBuilder</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="278"/>
        <source>Blok toevoegen</source>
        <translation>Add block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="152"/>
        <source>korte versie</source>
        <translation>short version</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="153"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="154"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="154"/>
        <source>Blok of item</source>
        <translation>Block or item</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="154"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="157"/>
        <source>Verhaal</source>
        <translation>Story</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="158"/>
        <source>Waardenkaart</source>
        <translation>Values card</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="159"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="160"/>
        <source>Handreiking</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="163"/>
        <source>Kies links een sessiepakket, of maak een nieuw pakket (Ctrl+N).</source>
        <translation>Choose a session pack on the left, or create a new pack (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="258"/>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="260"/>
        <source>Opslaan mislukt: {error}</source>
        <translation>Saving failed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="268"/>
        <source>Pakket wijzigen</source>
        <translation>Edit pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="277"/>
        <source>Nieuw blok</source>
        <translation>New block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="304"/>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="336"/>
        <source>Maak eerst een pakket met een blok.</source>
        <translation>First create a pack with a block.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="308"/>
        <source>Dit item staat al in ‘{block}’.</source>
        <translation>This item is already in ‘{block}’.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="312"/>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="349"/>
        <source>Aan blok toevoegen</source>
        <translation>Add to block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="364"/>
        <source>Blok verwijderen</source>
        <translation>Remove block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="369"/>
        <source>Item verwijderen</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="383"/>
        <source>Blok verplaatsen</source>
        <translation>Move block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="391"/>
        <source>Item verplaatsen</source>
        <translation>Move item</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="325"/>
        <source>‘{item}’ toegevoegd aan ‘{block}’.</source>
        <translation>Added ‘{item}’ to ‘{block}’.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="329"/>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="352"/>
        <source>{n} items toegevoegd aan ‘{block}’.</source>
        <translation>Added {n} items to ‘{block}’.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="284"/>
        <source>Maak eerst een pakket.</source>
        <translation>Make a pack first.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="288"/>
        <source>Blok invoegen</source>
        <translation>Insert block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_builder.py" line="298"/>
        <source>Blok ‘{title}’ ingevoegd als blok {n}.</source>
        <translation>Block ‘{title}’ inserted as block {n}.</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="204"/>
        <source>Nieuw sessiepakket</source>
        <translation>New session pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="229"/>
        <source>Pakket verwijderen</source>
        <translation>Delete pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="228"/>
        <source>Het sessiepakket ‘{title}’ verwijderen?</source>
        <translation>Delete the session pack ‘{title}’?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="237"/>
        <source>‘{title}’ is verwijderd.</source>
        <translation>‘{title}’ has been deleted.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="254"/>
        <source>Sessiepakket importeren</source>
        <translation>Import session pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="255"/>
        <source>Sessiepakketten (*.pack.yaml *.yaml)</source>
        <translation>Session packs (*.pack.yaml *.yaml)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="263"/>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="268"/>
        <source>Pakket niet geïmporteerd</source>
        <translation>Pack not imported</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="264"/>
        <source>Dit pakketbestand heeft problemen:</source>
        <translation>This pack file has problems:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="273"/>
        <source>‘{title}’ geïmporteerd.</source>
        <translation>‘{title}’ imported.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="284"/>
        <source>Sessiepakket exporteren</source>
        <translation>Export session pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="286"/>
        <source>Sessiepakketten (*.pack.yaml)</source>
        <translation>Session packs (*.pack.yaml)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="293"/>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="296"/>
        <source>Opgeslagen als {path}.</source>
        <translation>Saved as {path}.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="304"/>
        <source>Dit pakket heeft nog geen blokken.</source>
        <translation>This pack has no blocks yet.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="166"/>
        <source>Open eerst een sessiepakket (tab Pakketten) om hier iets aan toe te voegen.</source>
        <translation>Open a session pack first (tab Packs) to add items to it.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_controller.py" line="196"/>
        <source>‘{title}’ is samengesteld.</source>
        <translation>‘{title}’ composed.</translation>
    </message>
</context>
<context>
    <name>PackFooter</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_footer.py" line="45"/>
        <source>Totaal: {time}</source>
        <translation>Total: {time}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_footer.py" line="51"/>
        <source>Let op: {over} langer dan gepland ({planned}).</source>
        <translation>Note: {over} longer than planned ({planned}).</translation>
    </message>
</context>
<context>
    <name>PackForm</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_form.py" line="68"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_form.py" line="69"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_form.py" line="70"/>
        <source>&amp;Begintijd:</source>
        <translation>&amp;Start time:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_form.py" line="71"/>
        <source>&amp;Plaats:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_form.py" line="72"/>
        <source>&amp;Groep:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_form.py" line="73"/>
        <source>&amp;Gespreksleiders:</source>
        <translation>&amp;Facilitators:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_form.py" line="74"/>
        <source>Ge&amp;plande duur:</source>
        <translation>Planned d&amp;uration:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_form.py" line="80"/>
        <source>UU:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_form.py" line="81"/>
        <source>namen of rollen, gescheiden door komma&apos;s</source>
        <translation>names or roles, separated by commas</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_form.py" line="82"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_form.py" line="79"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>PackList</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="84"/>
        <source>Nieuw…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="86"/>
        <source>Dupliceren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="91"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="96"/>
        <source>Importeren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="106"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="107"/>
        <source>Sessiepakketten</source>
        <translation>Session packs</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="109"/>
        <source>Nog geen sessiepakketten. Maak er een met Nieuw… (Ctrl+N), vanuit een werkvorm of leeg.</source>
        <translation>No session packs yet. Create one with New… (Ctrl+N), from a session format or blank.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="145"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="146"/>
        <source>(zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="84"/>
        <source>Nieuw pakket</source>
        <translation>New pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="84"/>
        <source>Maak een sessiepakket (Ctrl+N)</source>
        <translation>Make a session pack (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="87"/>
        <source>Pakket dupliceren</source>
        <translation>Duplicate pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="88"/>
        <source>Maak een kopie van het gekozen pakket</source>
        <translation>Make a copy of the chosen pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="92"/>
        <source>Pakket verwijderen</source>
        <translation>Delete pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="93"/>
        <source>Verwijder het gekozen pakket, na een vraag; ongedaan te maken</source>
        <translation>Delete the chosen pack, after asking; can be undone</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="97"/>
        <source>Pakket importeren</source>
        <translation>Import pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="98"/>
        <source>Lees een pakketbestand (.pack.yaml) (Ctrl+O)</source>
        <translation>Read a pack file (.pack.yaml) (Ctrl+O)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="147"/>
        <source>%n blokken</source>
        <translation>
            <numerusform>%n block</numerusform>
            <numerusform>%n blocks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackModel</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_model.py" line="197"/>
        <source>Bloktitel wijzigen</source>
        <translation>Change block title</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_model.py" line="205"/>
        <source>Minuten wijzigen</source>
        <translation>Change minutes</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_model.py" line="270"/>
        <source>Blok verplaatsen</source>
        <translation>Move block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_model.py" line="280"/>
        <source>Item verplaatsen</source>
        <translation>Move item</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_model.py" line="308"/>
        <source>Aan blok toevoegen</source>
        <translation>Add to block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_model.py" line="159"/>
        <source>onderdeel {n}</source>
        <translation>item {n}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_model.py" line="161"/>
        <source>in de tijd van het blok</source>
        <translation>within the block&apos;s time</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_model.py" line="166"/>
        <source>{id} (niet in de bibliotheek)</source>
        <translation>{id} (not in the library)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_model.py" line="172"/>
        <source>{label} — al gehad met {group}: {when}</source>
        <translation>{label} — {group} already had it: {when}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_model.py" line="178"/>
        <source>{text}
Je notitie: {note}</source>
        <translation>{text}
Your note: {note}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_model.py" line="293"/>
        <source>Blok invoegen</source>
        <translation>Insert block</translation>
    </message>
</context>
<context>
    <name>PackPrinting</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_printing.py" line="69"/>
        <source>Pakket als PDF opslaan</source>
        <translation>Save pack as PDF</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_printing.py" line="71"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_printing.py" line="79"/>
        <source>PDF maken…</source>
        <translation>Creating PDF…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_printing.py" line="94"/>
        <source>PDF opgeslagen: {path} ({pages} pagina&apos;s).</source>
        <translation>PDF saved: {path} ({pages} pages).</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/pack_printing.py" line="98"/>
        <source>PDF maken mislukt</source>
        <translation>PDF could not be created</translation>
    </message>
</context>
<context>
    <name>PacksActions</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="49"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="50"/>
        <source>Maak de laatste wijziging in het pakket ongedaan</source>
        <translation>Undo the last change to the pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="53"/>
        <source>Opnieuw &amp;uitvoeren</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="54"/>
        <source>Voer de ongedaan gemaakte wijziging opnieuw uit</source>
        <translation>Redo the change that was undone</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="57"/>
        <source>&amp;Aan pakket toevoegen</source>
        <translation>&amp;Add to pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="58"/>
        <source>Voeg dit item toe aan het gekozen blok</source>
        <translation>Add this item to the selected block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="60"/>
        <source>&amp;Nieuw pakket…</source>
        <translation>&amp;New pack…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="60"/>
        <source>Maak een sessiepakket vanuit een werkvorm</source>
        <translation>Create a session pack from a session format</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="62"/>
        <source>&amp;Sessie samenstellen…</source>
        <translation>&amp;Compose a session…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="63"/>
        <source>Laat een sessie voorstellen die past bij de groep en de tijd</source>
        <translation>Have a session proposed that fits the group and the time</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="66"/>
        <source>Opslaan als &amp;sjabloon…</source>
        <translation>Save as &amp;template…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="67"/>
        <source>Bewaar dit pakket als eigen sjabloon voor nieuwe pakketten</source>
        <translation>Keep this pack as your own template for new packs</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="70"/>
        <source>Blok in &amp;blokkenbibliotheek bewaren</source>
        <translation>Save block in the &amp;block library</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="71"/>
        <source>Bewaar het gekozen blok om het in andere pakketten te gebruiken</source>
        <translation>Keep the chosen block to use it in other packs</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="74"/>
        <source>Blok uit blokkenbibliotheek &amp;invoegen…</source>
        <translation>&amp;Insert block from the block library…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="75"/>
        <source>Voeg een bewaard blok in na het gekozen blok</source>
        <translation>Insert a saved block after the chosen block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="78"/>
        <source>Sjabloon e&amp;xporteren…</source>
        <translation>E&amp;xport template…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="79"/>
        <source>Bewaar een eigen sjabloon als bestand om te delen (*.template.yaml)</source>
        <translation>Save an own template as a file to share (*.template.yaml)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="82"/>
        <source>Sjabloon i&amp;mporteren…</source>
        <translation>I&amp;mport template…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="83"/>
        <source>Lees een sjabloonbestand in; Nieuw pakket biedt het daarna aan</source>
        <translation>Read a template file; New pack offers it from then on</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="85"/>
        <source>&amp;Dupliceren</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="85"/>
        <source>Maak een kopie van dit pakket</source>
        <translation>Make a copy of this pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="86"/>
        <source>&amp;Verwijderen…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="86"/>
        <source>Verwijder dit pakket</source>
        <translation>Delete this pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="87"/>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="87"/>
        <source>Lees een pakketbestand (.pack.yaml)</source>
        <translation>Import a pack file (.pack.yaml)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="89"/>
        <source>&amp;Exporteren als bestand…</source>
        <translation>&amp;Export as file…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="90"/>
        <source>Bewaar dit pakket als .pack.yaml</source>
        <translation>Save this pack as a .pack.yaml file</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="93"/>
        <source>Exporteren als &amp;PDF…</source>
        <translation>Export as PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="94"/>
        <source>Maak een afdrukbare PDF van dit pakket</source>
        <translation>Create a printable PDF of this pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="97"/>
        <source>Afdruk&amp;voorbeeld…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="98"/>
        <source>Bekijk hoe het pakket wordt afgedrukt</source>
        <translation>See how the pack will be printed</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="100"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="100"/>
        <source>Druk dit pakket af</source>
        <translation>Print this pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="102"/>
        <source>&amp;Workshop starten</source>
        <translation>Start &amp;workshop</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/packs_actions.py" line="103"/>
        <source>Leid de sessie met timer en publieksscherm</source>
        <translation>Run the session with a timer and an audience screen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/goedwerk/ui/common/preferences_dialog.py" line="53"/>
        <source>Voorkeuren</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/preferences_dialog.py" line="57"/>
        <source>Taal van het systeem</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/preferences_dialog.py" line="63"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/preferences_dialog.py" line="81"/>
        <source>Tekstgrootte</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/preferences_dialog.py" line="89"/>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/preferences_dialog.py" line="91"/>
        <source>Tekst&amp;grootte:</source>
        <translation>Text &amp;size:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/preferences_dialog.py" line="67"/>
        <source>Systeem</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/preferences_dialog.py" line="68"/>
        <source>Licht</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/preferences_dialog.py" line="69"/>
        <source>Donker</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/preferences_dialog.py" line="73"/>
        <source>Weergave</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/preferences_dialog.py" line="90"/>
        <source>&amp;Weergave:</source>
        <translation>&amp;Appearance:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/preferences_dialog.py" line="94"/>
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>PresenterButtons</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_buttons.py" line="57"/>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_buttons.py" line="58"/>
        <source>◀ Vorig blok</source>
        <translation>◀ Previous block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_buttons.py" line="59"/>
        <source>Volgend blok ▶</source>
        <translation>Next block ▶</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_buttons.py" line="60"/>
        <source>◀ Vorige</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_buttons.py" line="61"/>
        <source>Volgende ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_buttons.py" line="62"/>
        <source>Scherm leeg</source>
        <translation>Blank screen</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_buttons.py" line="63"/>
        <source>Publieksscherm</source>
        <translation>Audience screen</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_buttons.py" line="64"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_buttons.py" line="65"/>
        <source>Reflectie</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_buttons.py" line="74"/>
        <source>Pauze</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_buttons.py" line="76"/>
        <source>Verder</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_buttons.py" line="78"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="217"/>
        <source>Workshop – {title}</source>
        <translation>Workshop – {title}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="220"/>
        <source>Voorbeeld van het publieksscherm</source>
        <translation>Preview of the audience screen</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="221"/>
        <source>Huidig blok</source>
        <translation>Current block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="307"/>
        <source>OP HET SCHERM: niets (scherm leeg, B om terug te gaan)</source>
        <translation>ON SCREEN: nothing (screen blank, B to go back)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="310"/>
        <source>OP HET SCHERM: pagina {page} van {pages}</source>
        <translation>ON SCREEN: page {page} of {pages}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="315"/>
        <source>OP HET SCHERM</source>
        <translation>ON SCREEN</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="320"/>
        <source>Publieksscherm is niet open. F5 opent het op het volledige scherm.</source>
        <translation>The audience screen is not open. F5 opens it full screen.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="322"/>
        <source>Publieksscherm op het tweede scherm ({name}).</source>
        <translation>The audience screen is on the second screen ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="326"/>
        <source>Publieksscherm op dit scherm. Esc brengt je hier terug, F5 weer naar de groep.</source>
        <translation>The audience screen is on this screen. Esc brings you back here; F5 sends it back to the group.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="370"/>
        <source>De stand van de workshop kon niet worden bewaard.</source>
        <translation>The state of the workshop could not be saved.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="243"/>
        <source>Alles uit deze keuze is al getrokken.</source>
        <translation>Everything in this choice has been drawn already.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="246"/>
        <source>Op het scherm: {title} (→ terug naar het onderdeel)</source>
        <translation>On screen: {title} (→ back to the item)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/presenter_window.py" line="328"/>
        <source>De groep ziet de resterende tijd (T zet het uit).</source>
        <translation>The group sees the time left (T turns it off).</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../app/goedwerk/ui/library/problems_dialog.py" line="26"/>
        <source>Problemen in de bibliotheek</source>
        <translation>Problems in the library</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/problems_dialog.py" line="30"/>
        <source>Deze bestanden hebben problemen. Wat wel klopt, is gewoon geladen; een verhaal met een fout in de opbouw is overgeslagen.</source>
        <translation>These files have problems. Everything that is correct was loaded; a story with a structural error was skipped.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/problems_dialog.py" line="42"/>
        <source>Lijst van problemen</source>
        <translation>List of problems</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/problems_dialog.py" line="44"/>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>ProposalView</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/proposal_view.py" line="22"/>
        <source>Programma</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/proposal_view.py" line="22"/>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/proposal_view.py" line="29"/>
        <source>Voorstel</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/proposal_view.py" line="41"/>
        <source>{start}–{end}  {title} ({minutes} min)</source>
        <translation>{start}–{end}  {title} ({minutes} min)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/proposal_view.py" line="62"/>
        <source>Andere keuze</source>
        <translation>Another choice</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/proposal_view.py" line="66"/>
        <source>Vastzetten</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/proposal_view.py" line="67"/>
        <source>Houd deze keuze vast als je iets anders verandert</source>
        <translation>Keep this choice when you change something else</translation>
    </message>
</context>
<context>
    <name>QuestionBank</name>
    <message>
        <location filename="../../app/goedwerk/ui/library/question_bank.py" line="25"/>
        <location filename="../../app/goedwerk/ui/library/question_bank.py" line="49"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/question_bank.py" line="25"/>
        <location filename="../../app/goedwerk/ui/library/question_bank.py" line="49"/>
        <source>Bij verhaal</source>
        <translation>With story</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/question_bank.py" line="53"/>
        <source>fase</source>
        <translation>phase</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/question_bank.py" line="69"/>
        <source>bij verhaal {title}</source>
        <translation>with story {title}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/question_bank.py" line="72"/>
        <source>bij geen verhaal</source>
        <translation>with no story</translation>
    </message>
</context>
<context>
    <name>ReaderActions</name>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_actions.py" line="34"/>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_actions.py" line="34"/>
        <source>Ga terug naar het vorige item</source>
        <translation>Go back to the previous item</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_actions.py" line="35"/>
        <source>&amp;Vooruit</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_actions.py" line="35"/>
        <source>Ga vooruit naar het volgende item</source>
        <translation>Go forward to the next item</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_actions.py" line="36"/>
        <source>&amp;Favoriet</source>
        <translation>&amp;Favourite</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_actions.py" line="36"/>
        <source>Markeer dit item als favoriet</source>
        <translation>Mark this item as a favourite</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="96"/>
        <source>Lezen</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="98"/>
        <source>Korte versie</source>
        <translation>Short version</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="99"/>
        <source>Toon de korte versie van het verhaal (Ctrl+Shift+K)</source>
        <translation>Show the story&apos;s short version (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="100"/>
        <source>Voor de gespreksleider</source>
        <translation>For the facilitator</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="102"/>
        <source>Toon of verberg de aanwijzingen voor de gespreksleider (Ctrl+Shift+G)</source>
        <translation>Show or hide the notes for the facilitator (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="211"/>
        <source>Bekwaam</source>
        <translation>Excellent (bekwaam)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="211"/>
        <source>vakmanschap: je werk goed doen</source>
        <translation>craftsmanship: doing your work well</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="213"/>
        <source>Betrouwbaar</source>
        <translation>Ethical (betrouwbaar)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="214"/>
        <source>integer en eerlijk, naar burgers en naar de politiek</source>
        <translation>honest and with integrity, towards citizens and politics</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="217"/>
        <source>Betrokken</source>
        <translation>Engaged (betrokken)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="218"/>
        <source>persoonlijk engagement, werken voor het publiek belang</source>
        <translation>personal commitment, working for the public interest</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="222"/>
        <source>Wat is een goede ambtenaar?</source>
        <translation>What is a good civil servant?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="223"/>
        <source>Wanneer doe je het goed?</source>
        <translation>When are you doing it well?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="224"/>
        <source>Wanneer is het werk moeilijk en hoe ga je daarmee om?</source>
        <translation>When is the work hard, and how do you deal with that?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="225"/>
        <source>Hoe neem je zelf verantwoordelijkheid?</source>
        <translation>How do you take responsibility yourself?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="229"/>
        <source>Verhalen, waardenkaarten en vragen voor gesprekken over goed werk in de publieke sector.</source>
        <translation>Stories, values cards and questions for conversations about good work in public service.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="236"/>
        <source>Zoek links, of kies een waardenkaart of vraag. Ctrl+K brengt je naar het zoekveld.</source>
        <translation>Search on the left, or pick a values card or question. Ctrl+K takes you to the search field.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="276"/>
        <source>buiten Goed Werk, wordt niet geopend</source>
        <translation>outside Goed Werk, not opened</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="278"/>
        <source>praktijkverhaal</source>
        <translation>practice story</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="279"/>
        <source>waardenkaart</source>
        <translation>values card</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="280"/>
        <source>vraag</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="233"/>
        <source>Drie vragen dragen elk gesprek</source>
        <translation>Three questions carry every conversation</translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="157"/>
        <source>Wat gebeurde er?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="158"/>
        <source>Wat deed het met je?</source>
        <translation>How did it affect you?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="159"/>
        <source>Welk inzicht neem je mee?</source>
        <translation>What insight will you take away?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="160"/>
        <source>Wat gaan we doen?</source>
        <translation>What are we going to do?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="165"/>
        <source>Thema’s die aan bod kwamen</source>
        <translation>Themes that came up</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="166"/>
        <source>Thema’s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="167"/>
        <source>bijvoorbeeld: Integriteit, Sociale veiligheid</source>
        <translation>for example: Integrity, Psychological safety</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="168"/>
        <source>Waarden die aan bod kwamen</source>
        <translation>Values that came up</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="169"/>
        <source>Waarden</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="170"/>
        <source>bijvoorbeeld: Moed, Zorgvuldigheid</source>
        <translation>for example: Courage, Diligence</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="171"/>
        <source>Afspraken (één per regel)</source>
        <translation>Agreements (one per line)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="172"/>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="173"/>
        <source>Vervang door een neutraal woord</source>
        <translation>Replace with a neutral word</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="249"/>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="305"/>
        <source>Wordt bewaard…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="297"/>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="303"/>
        <source>Opslaan lukte niet; Goed Werk probeert het zo opnieuw.</source>
        <translation>Saving did not work; Goed Werk will try again shortly.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="308"/>
        <source>Automatisch bewaard om {time}</source>
        <translation>Saved automatically at {time}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="335"/>
        <source>Mogelijk persoonsgegeven in ‘{field}’: {what}.</source>
        <translation>Possible personal data in ‘{field}’: {what}.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="339"/>
        <source>En nog {n} andere.</source>
        <translation>And {n} more.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="340"/>
        <source>Het wordt wel bewaard; vervang het als het iemand herkenbaar maakt.</source>
        <translation>It is still saved; replace it if it makes someone identifiable.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="342"/>
        <source>Vervang door ‘{word}’</source>
        <translation>Replace with ‘{word}’</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="364"/>
        <source>Vervang ‘{text}’ door ‘{word}’</source>
        <translation>Replace ‘{text}’ with ‘{word}’</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflection_editor.py" line="310"/>
        <source>Wat je typt, wordt vanzelf bewaard.</source>
        <translation>What you type is saved automatically.</translation>
    </message>
</context>
<context>
    <name>ReflectionsActions</name>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_actions.py" line="22"/>
        <source>&amp;Reflecties vastleggen…</source>
        <translation>&amp;Record reflections…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_actions.py" line="22"/>
        <source>Leg vast wat de groep vond</source>
        <translation>Record what the group thought</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_actions.py" line="24"/>
        <source>Waarden&amp;sortering…</source>
        <translation>Value &amp;sort…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_actions.py" line="25"/>
        <source>Leg de waardensortering van de groep vast</source>
        <translation>Record the group&apos;s value sort</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_actions.py" line="28"/>
        <source>&amp;Oogst van alle reflecties…</source>
        <translation>&amp;Harvest from all reflections…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_actions.py" line="29"/>
        <source>Zoek en tel in alle reflecties</source>
        <translation>Search and count across all reflections</translation>
    </message>
</context>
<context>
    <name>ReflectionsModel</name>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_model.py" line="66"/>
        <source>Bevat mogelijk nog persoonsgegevens.</source>
        <translation>May still contain personal data.</translation>
    </message>
</context>
<context>
    <name>ReflectionsWindow</name>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="111"/>
        <source>Reflecties</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="112"/>
        <source>Reflectie vastleggen</source>
        <translation>Record reflection</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="113"/>
        <source>Oogst</source>
        <translation>Harvest</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="115"/>
        <source>Pakket:</source>
        <translation>Pack:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="116"/>
        <source>Onderdeel:</source>
        <translation>Part:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="117"/>
        <source>Pakket van de reflectie</source>
        <translation>Pack for this reflection</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="118"/>
        <source>Onderdeel van de sessie</source>
        <translation>Part of the session</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="119"/>
        <source>Waardensortering…</source>
        <translation>Value sort…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="120"/>
        <source>Waardensortering van dit pakket openen</source>
        <translation>Open the value sort for this pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="150"/>
        <source>Zonder pakket</source>
        <translation>No pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="155"/>
        <source>(zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="160"/>
        <source>Hele sessie</source>
        <translation>Whole session</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/reflections_window.py" line="114"/>
        <source>Reflectie of oogst</source>
        <translation>Reflection or harvest</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/restore_dialog.py" line="29"/>
        <source>Catalogus beschadigd</source>
        <translation>Catalogue damaged</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/restore_dialog.py" line="30"/>
        <source>De catalogus van Goed Werk was beschadigd.</source>
        <translation>The Goed Werk catalogue was damaged.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/restore_dialog.py" line="35"/>
        <source>Reservekopie terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/restore_dialog.py" line="37"/>
        <source>Leeg beginnen</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/restore_dialog.py" line="62"/>
        <source>Terugzetten mislukt</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/restore_dialog.py" line="26"/>
        <source>Catalogus ontbreekt</source>
        <translation>Catalogue missing</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/restore_dialog.py" line="27"/>
        <source>De catalogus van Goed Werk ontbreekt.</source>
        <translation>The Goed Werk catalogue is missing.</translation>
    </message>
</context>
<context>
    <name>ResultOrder</name>
    <message>
        <location filename="../../app/goedwerk/ui/library/result_order.py" line="38"/>
        <source>Beste eerst</source>
        <translation>Best first</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/result_order.py" line="39"/>
        <source>Op titel</source>
        <translation>By title</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/result_order.py" line="40"/>
        <source>Kortste eerst</source>
        <translation>Shortest first</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/result_order.py" line="48"/>
        <source>Volgorde van de resultaten</source>
        <translation>Order of the results</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/result_order.py" line="60"/>
        <source>Alle {n} tonen</source>
        <translation>Show all {n}</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/resume_dialog.py" line="18"/>
        <source>Workshop hervatten?</source>
        <translation>Resume workshop?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/resume_dialog.py" line="24"/>
        <source>&amp;Verdergaan</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/resume_dialog.py" line="27"/>
        <source>&amp;Opnieuw beginnen</source>
        <translation>&amp;Start again</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/resume_dialog.py" line="30"/>
        <source>Verdergaan waar je was</source>
        <translation>Continue where you left off</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/resume_dialog.py" line="31"/>
        <source>De workshop opnieuw beginnen</source>
        <translation>Start the workshop again</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/resume_dialog.py" line="42"/>
        <source>Je was met de workshop “{pack}” bezig: blok {n} van {count}, “{block}”, met {elapsed} verstreken in dat blok.</source>
        <translation>You were running the workshop ‘{pack}’: block {n} of {count}, ‘{block}’, with {elapsed} elapsed in that block.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/resume_dialog.py" line="51"/>
        <source>Wil je verdergaan waar je was?</source>
        <translation>Do you want to continue where you left off?</translation>
    </message>
</context>
<context>
    <name>SavedSearchList</name>
    <message>
        <location filename="../../app/goedwerk/ui/library/saved_search_list.py" line="68"/>
        <source>Bewaarde zoekopdrachten</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/saved_search_list.py" line="69"/>
        <source>Bewaarde zoekopdrachten: klik om ze weer te tonen</source>
        <translation>Saved searches: click to show one again</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/saved_search_list.py" line="70"/>
        <source>Bewaren…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/saved_search_list.py" line="71"/>
        <source>Bewaar deze zoekopdracht met haar filters (Ctrl+Shift+B)</source>
        <translation>Save this search with its filters (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/saved_search_list.py" line="72"/>
        <source>Hernoemen…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/saved_search_list.py" line="73"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/saved_search_list.py" line="74"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/saved_search_list.py" line="84"/>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/saved_search_list.py" line="76"/>
        <source>Nog geen bewaarde zoekopdrachten. Zoek iets en kies Bewaren… (Ctrl+Shift+B).</source>
        <translation>No saved searches yet. Search for something and choose Save… (Ctrl+Shift+B).</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <location filename="../../app/goedwerk/ui/library/saved_searches.py" line="48"/>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/saved_searches.py" line="55"/>
        <source>Zoekopdracht bewaren</source>
        <translation>Save search</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/saved_searches.py" line="61"/>
        <source>Zoekopdracht ‘{name}’ bewaard.</source>
        <translation>Search ‘{name}’ saved.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/saved_searches.py" line="77"/>
        <source>Zoekopdracht hernoemen</source>
        <translation>Rename search</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/saved_searches.py" line="88"/>
        <source>Zoekopdracht verwijderen</source>
        <translation>Delete search</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/saved_searches.py" line="89"/>
        <source>De bewaarde zoekopdracht ‘{name}’ verwijderen?</source>
        <translation>Delete the saved search ‘{name}’?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/saved_searches.py" line="96"/>
        <source>‘{name}’ is verwijderd.</source>
        <translation>‘{name}’ deleted.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="164"/>
        <source>Zoek in verhalen, waardenkaarten en vragen…  (Ctrl+K)</source>
        <translation>Search stories, values cards and questions…  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="165"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="172"/>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="173"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="174"/>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="175"/>
        <source>Alle filters wissen</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="187"/>
        <source>Praktijkverhaal</source>
        <translation>Practice story</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="188"/>
        <source>Waardenkaart</source>
        <translation>Values card</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="189"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="190"/>
        <source>Handreiking</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="207"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="208"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="209"/>
        <source>De drie B&apos;s</source>
        <translation>The three B&apos;s</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="210"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="211"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="332"/>
        <source>%n items met deze filters</source>
        <translation>
            <numerusform>%n item with these filters</numerusform>
            <numerusform>%n items with these filters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="198"/>
        <source>Bekwaam</source>
        <translation>Excellent (bekwaam)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="199"/>
        <source>Betrouwbaar</source>
        <translation>Ethical (betrouwbaar)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="200"/>
        <source>Betrokken</source>
        <translation>Engaged (betrokken)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="297"/>
        <source>Zoeken mislukt: {error}</source>
        <translation>Search failed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="334"/>
        <source>Alle items: {n}</source>
        <translation>All items: {n}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="347"/>
        <source>Geen resultaten voor ‘{q}’.</source>
        <translation>No results for ‘{q}’.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="349"/>
        <source>Niets gevonden met deze filters.</source>
        <translation>Nothing found with these filters.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="351"/>
        <source>Probeer minder filters, of wis ze met Ctrl+Shift+L.</source>
        <translation>Try fewer filters, or clear them with Ctrl+Shift+L.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="353"/>
        <source>Probeer een ander of korter woord.</source>
        <translation>Try another or a shorter word.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="338"/>
        <source>Meer tonen ({shown} van {n} getoond)</source>
        <translation>Show more ({shown} of {n} shown)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="167"/>
        <source>Pijl omlaag naar de resultaten. Esc wist de zoekterm, nog een keer Esc de filters.</source>
        <translation>Arrow down to the results. Esc clears the search, Esc again the filters.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="170"/>
        <source>Zoekterm wissen</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="171"/>
        <source>Zoekterm wissen (Esc)</source>
        <translation>Clear search (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="327"/>
        <source>%n resultaten, de beste {shown} getoond</source>
        <translation>
            <numerusform>%n result, the best {shown} shown</numerusform>
            <numerusform>%n results, the best {shown} shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="330"/>
        <source>%n resultaten</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="324"/>
        <source>Bedoelde je &lt;a href=&apos;{q}&apos;&gt;{q}&lt;/a&gt;?</source>
        <translation>Did you mean &lt;a href=&apos;{q}&apos;&gt;{q}&lt;/a&gt;?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="191"/>
        <source>eigen</source>
        <translation>own</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="192"/>
        <source>gedeelde map</source>
        <translation>shared folder</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="273"/>
        <source>Zoeken wordt klaargemaakt… je resultaten komen zo.</source>
        <translation>Search is getting ready… your results will follow.</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/session_status.py" line="49"/>
        <source>Dit pakket heeft nog geen blokken.</source>
        <translation>This pack has no blocks yet.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/session_status.py" line="50"/>
        <source>Blok {n} van {count}: {title}, {minutes} min</source>
        <translation>Block {n} of {count}: {title}, {minutes} min</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/session_status.py" line="60"/>
        <source>Publieksscherm leeg</source>
        <translation>Audience screen blank</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/session_status.py" line="61"/>
        <source>Op het scherm: {item}</source>
        <translation>On screen: {item}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/session_status.py" line="64"/>
        <source>Gepauzeerd, {left}</source>
        <translation>Paused, {left}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/session_status.py" line="65"/>
        <source>Timer loopt, {left}</source>
        <translation>Timer running, {left}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/session_status.py" line="69"/>
        <source>Tijd om af te ronden, {left}</source>
        <translation>Time to wrap up, {left}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/session_status.py" line="70"/>
        <source>Tijd bijna om, {left}</source>
        <translation>Time almost up, {left}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/session_status.py" line="71"/>
        <source>Tijd is om</source>
        <translation>Time is up</translation>
    </message>
</context>
<context>
    <name>SharingActions</name>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_actions.py" line="25"/>
        <source>&amp;Bronnen van de bibliotheek…</source>
        <translation>Library &amp;sources…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_actions.py" line="28"/>
        <source>Bundel &amp;inlezen…</source>
        <translation>&amp;Import bundle…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_actions.py" line="28"/>
        <source>Lees een .goedwerk-bundel in</source>
        <translation>Import a .goedwerk bundle</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_actions.py" line="30"/>
        <source>&amp;Eigen bibliotheek als bundel…</source>
        <translation>&amp;Own library as a bundle…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_actions.py" line="31"/>
        <source>Bewaar je eigen verhalen in een .goedwerk-bundel</source>
        <translation>Save your own stories in a .goedwerk bundle</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_actions.py" line="34"/>
        <source>Exporteren als &amp;bundel…</source>
        <translation>Export as &amp;bundle…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_actions.py" line="35"/>
        <source>Bewaar dit pakket met alles wat het gebruikt als .goedwerk-bundel</source>
        <translation>Save this pack with everything it uses as a .goedwerk bundle</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_actions.py" line="26"/>
        <source>Voorkeuren &gt; Bronnen: gedeelde mappen toevoegen, ordenen of weghalen</source>
        <translation>Preferences &gt; Sources: add, order or remove shared folders</translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="131"/>
        <source>Bundel ingelezen</source>
        <translation>Bundle imported</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="69"/>
        <source>Niet bereikbaar: {paths}. De rest van de bibliotheek werkt gewoon.</source>
        <translation>Not reachable: {paths}. The rest of the library works as usual.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="107"/>
        <source>Bundel inlezen</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="131"/>
        <source>Niets nieuws in deze bundel.</source>
        <translation>Nothing new in this bundle.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="143"/>
        <source>Bundel maken</source>
        <translation>Make bundle</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="122"/>
        <source>Bundel geweigerd</source>
        <translation>Bundle refused</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="125"/>
        <source>Bundel niet ingelezen</source>
        <translation>Bundle not imported</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="153"/>
        <source>Bundel niet gemaakt</source>
        <translation>Bundle not made</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="156"/>
        <source>Bundel opgeslagen: {path} ({n} onderdelen)</source>
        <translation>Bundle saved: {path} ({n} entries)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="109"/>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="145"/>
        <source>Goed Werk-bundels ({f})</source>
        <translation>Goed Werk bundles ({f})</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="121"/>
        <source>Er is niets ingelezen. Redenen:</source>
        <translation>Nothing was imported. Reasons:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sharing_controller.py" line="92"/>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/shortcuts_overlay.py" line="56"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/shortcuts_overlay.py" line="57"/>
        <source>Druk op Esc of F1, of klik, om dit overzicht te sluiten.</source>
        <translation>Press Esc or F1, or click, to close this overview.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/shortcuts_overlay.py" line="58"/>
        <source>Overzicht van de sneltoetsen</source>
        <translation>Overview of the keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>SortChart</name>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/sort_chart.py" line="22"/>
        <source>Resultaat van de waardensortering</source>
        <translation>Result of the value sort</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/sort_chart.py" line="50"/>
        <source>kan {path} niet schrijven</source>
        <translation>cannot write {path}</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_page.py" line="94"/>
        <source>De bibliotheek wordt gelezen uit deze bronnen, van boven naar beneden; bij dezelfde id wint de bovenste. Een gedeelde map (netwerkschijf, gesynchroniseerde map, USB-stick) voeg je hier toe; met het vinkje zet je een map even uit. Wijzigingen gelden meteen. Goed Werk verstuurt zelf nooit iets.</source>
        <translation>The library is read from these sources, top to bottom; for the same id the top one wins. Add a shared folder (network drive, synced folder, USB stick) here; the tick switches a folder off for a while. Changes apply at once. Goed Werk itself never sends anything.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_page.py" line="100"/>
        <source>Bronnen van de bibliotheek</source>
        <translation>Library sources</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_page.py" line="101"/>
        <source>Eigen verhalen mogen in de nieuwe map (als de map dat toelaat)</source>
        <translation>Own stories may go into the new folder (if the folder allows it)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_page.py" line="103"/>
        <source>Eigen verhalen mogen in de gekozen map (als de map dat toelaat)</source>
        <translation>Own stories may go into the chosen folder (if the folder allows it)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_page.py" line="106"/>
        <source>Map &amp;toevoegen…</source>
        <translation>&amp;Add folder…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_page.py" line="107"/>
        <source>Om&amp;hoog</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_page.py" line="108"/>
        <source>Om&amp;laag</source>
        <translation>&amp;Down</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_page.py" line="109"/>
        <source>Map &amp;verwijderen</source>
        <translation>&amp;Remove folder</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_page.py" line="140"/>
        <source>Meegeleverde bibliotheek</source>
        <translation>Bundled library</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_page.py" line="140"/>
        <source>Eigen bibliotheek</source>
        <translation>Own library</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/goedwerk/ui/sharing/sources_page.py" line="144"/>
        <source>%n problemen</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_page.py" line="150"/>
        <source>uitgezet</source>
        <translation>switched off</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_page.py" line="152"/>
        <source>niet bereikbaar</source>
        <translation>not reachable</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_page.py" line="154"/>
        <source>schrijfbaar</source>
        <translation>writable</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_page.py" line="156"/>
        <source>alleen lezen: de map laat niet schrijven</source>
        <translation>read-only: the folder cannot be written</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_page.py" line="157"/>
        <source>alleen lezen</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_page.py" line="180"/>
        <source>… en nog {n} (Help &gt; Problemen)</source>
        <translation>… and {n} more (Help &gt; Problems)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_page.py" line="189"/>
        <source>Map als bron toevoegen</source>
        <translation>Add folder as a source</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_page.py" line="198"/>
        <source>Toegevoegd: {path}</source>
        <translation>Added: {path}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/sharing/sources_page.py" line="209"/>
        <source>Niet meer gelezen: {path} (de bestanden blijven staan)</source>
        <translation>No longer read: {path} (the files stay)</translation>
    </message>
</context>
<context>
    <name>StoryForm</name>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="81"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="82"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="83"/>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="84"/>
        <source>B&apos;s</source>
        <translation>B&apos;s</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="85"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="86"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="87"/>
        <source>Waardenkaarten</source>
        <translation>Values cards</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="88"/>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="89"/>
        <source>Verzonnen namen</source>
        <translation>Invented names</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="90"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="94"/>
        <source>namen in het verhaal, gescheiden door komma&apos;s</source>
        <translation>names in the story, separated by commas</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/authoring/story_form.py" line="96"/>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/template_actions.py" line="38"/>
        <source>Opslaan als sjabloon</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/template_actions.py" line="39"/>
        <source>Naam van het sjabloon:</source>
        <translation>Name of the template:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/template_actions.py" line="47"/>
        <source>Sjabloon ‘{title}’ bewaard; kies het bij Nieuw pakket.</source>
        <translation>Template ‘{title}’ saved; choose it under New pack.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/template_actions.py" line="55"/>
        <source>Kies eerst een blok.</source>
        <translation>Choose a block first.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/template_actions.py" line="60"/>
        <source>Blok ‘{title}’ staat in de blokkenbibliotheek.</source>
        <translation>Block ‘{title}’ is in the block library.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/template_actions.py" line="65"/>
        <source>Maak eerst een pakket.</source>
        <translation>Make a pack first.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/template_actions.py" line="69"/>
        <source>De blokkenbibliotheek is nog leeg: bewaar eerst een blok.</source>
        <translation>The block library is still empty: save a block first.</translation>
    </message>
</context>
<context>
    <name>TemplateFiles</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/template_files.py" line="32"/>
        <source>Sjablonen (*{suffix})</source>
        <translation>Templates (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/template_files.py" line="39"/>
        <source>Je hebt nog geen eigen sjablonen: Pakket &gt; Opslaan als sjabloon…</source>
        <translation>You have no own templates yet: Pack &gt; Save as template…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/template_files.py" line="46"/>
        <location filename="../../app/goedwerk/ui/packs/template_files.py" line="65"/>
        <source>Sjabloon exporteren</source>
        <translation>Export template</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/template_files.py" line="55"/>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/template_files.py" line="65"/>
        <source>Welk sjabloon?</source>
        <translation>Which template?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/template_files.py" line="72"/>
        <source>Sjabloon importeren</source>
        <translation>Import template</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/template_files.py" line="85"/>
        <source>Dit sjabloonbestand heeft problemen:</source>
        <translation>This template file has problems:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/template_files.py" line="86"/>
        <location filename="../../app/goedwerk/ui/packs/template_files.py" line="89"/>
        <source>Sjabloon niet geïmporteerd</source>
        <translation>Template not imported</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/template_files.py" line="93"/>
        <source>Sjabloon ‘{title}’ geïmporteerd; kies het bij Nieuw pakket.</source>
        <translation>Template ‘{title}’ imported; choose it under New pack.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/template_files.py" line="101"/>
        <source>Sjabloon bestaat al</source>
        <translation>Template exists already</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/template_files.py" line="104"/>
        <source>Je hebt al een sjabloon ‘{title}’. Wat wil je doen?</source>
        <translation>You already have a template ‘{title}’. What do you want to do?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/template_files.py" line="105"/>
        <source>&amp;Vervangen</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/template_files.py" line="106"/>
        <source>&amp;Beide houden</source>
        <translation>&amp;Keep both</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="104"/>
        <source>over tijd</source>
        <translation>over time</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="104"/>
        <source>nog in dit blok</source>
        <translation>left in this block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="165"/>
        <source>Nog niet gestart – druk op spatie</source>
        <translation>Not started yet – press Space</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="167"/>
        <source>Gepauzeerd</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="169"/>
        <source>Tijd is om</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="171"/>
        <source>Tijd bijna om</source>
        <translation>Time almost up</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="172"/>
        <source>Tijd om af te ronden</source>
        <translation>Time to wrap up</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="173"/>
        <source>Loopt</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="179"/>
        <source>{n} min achter op schema</source>
        <translation>{n} min behind schedule</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="181"/>
        <source>{n} min voor op schema</source>
        <translation>{n} min ahead of schedule</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="182"/>
        <source>Op schema</source>
        <translation>On schedule</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="190"/>
        <source>Einde {time}</source>
        <translation>Ends at {time}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="191"/>
        <source>Einde gepland {planned} · verwacht {projected}</source>
        <translation>Planned end {planned} · expected {projected}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="148"/>
        <source>{m} minuut</source>
        <translation>{m} minute</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="148"/>
        <source>{m} minuten</source>
        <translation>{m} minutes</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="152"/>
        <source>{s} seconde</source>
        <translation>{s} second</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="152"/>
        <source>{s} seconden</source>
        <translation>{s} seconds</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="156"/>
        <source>{amount} over tijd</source>
        <translation>{amount} over time</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="117"/>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="157"/>
        <source>nog {amount}</source>
        <translation>{amount} left</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="110"/>
        <source>Verstreken tijd in dit blok</source>
        <translation>Time gone in this block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="130"/>
        <source>de tijd is om</source>
        <translation>time is up</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="132"/>
        <source>niet gestart, {time}</source>
        <translation>not started, {time}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="134"/>
        <source>gepauzeerd, {time}</source>
        <translation>paused, {time}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/timer_widget.py" line="139"/>
        <source>Tijd in dit blok. {schedule}</source>
        <translation>Time in this block. {schedule}</translation>
    </message>
</context>
<context>
    <name>UsedInLabel</name>
    <message>
        <location filename="../../app/goedwerk/ui/reader/used_in_label.py" line="27"/>
        <source>Gebruikt in: {uses}</source>
        <translation>Used in: {uses}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/used_in_label.py" line="34"/>
        <source>gestart</source>
        <translation>started</translation>
    </message>
</context>
<context>
    <name>ValueSortRecorder</name>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="112"/>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="113"/>
        <source>Deelnemer toevoegen</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="114"/>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="115"/>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="172"/>
        <source>Deelnemer verwijderen</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="116"/>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="119"/>
        <source>Sleep een kaart naar een kolom, of kies een kaart en druk op 1 tot 5 voor de kolom; 0 of Backspace legt hem terug op de stapel. Elke verplaatsing wordt meteen bewaard, ook als de sortering nog niet af is.</source>
        <translation>Drag a card to a column, or select a card and press 1 to 5 for the column; 0 or Backspace puts it back on the pile. Every move is saved straight away, even if the sort is not finished.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="168"/>
        <source>{label} heeft al kaarten gesorteerd. Toch verwijderen?</source>
        <translation>{label} has already sorted cards. Remove anyway?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="220"/>
        <source>Opslaan is mislukt: {error}</source>
        <translation>Saving failed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="248"/>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="264"/>
        <source>Nog te sorteren</source>
        <translation>Still to sort</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="254"/>
        <source>{p}: {placed} van {total} kaarten gesorteerd</source>
        <translation>{p}: {placed} of {total} cards sorted</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="258"/>
        <source>klaar</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="268"/>
        <source>Voeg een deelnemer toe om te beginnen.</source>
        <translation>Add a participant to begin.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="274"/>
        <source>{n} van {quota}</source>
        <translation>{n} of {quota}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="170"/>
        <source>{label} verwijderen?</source>
        <translation>Remove {label}?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="272"/>
        <source>%n kaarten</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueSortWindow</name>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="119"/>
        <source>Waardensortering</source>
        <translation>Value sort</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="122"/>
        <source>Nieuwe sortering</source>
        <translation>New sort</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="123"/>
        <source>Nieuwe sortering beginnen</source>
        <translation>Start a new sort</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="124"/>
        <source>Kies een eerdere sortering</source>
        <translation>Choose an earlier sort</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="125"/>
        <source>Kaartenset voor een nieuwe sortering</source>
        <translation>Card set for a new sort</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="126"/>
        <source>Met welke kaarten sorteert de groep?</source>
        <translation>Which cards does the group sort?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="128"/>
        <source>Sorteren</source>
        <translation>Sorting</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="129"/>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="131"/>
        <source>Exporteren als CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="132"/>
        <source>Resultaat exporteren als CSV</source>
        <translation>Export result as CSV</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="133"/>
        <source>Grafiek opslaan als PNG…</source>
        <translation>Save chart as PNG…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="134"/>
        <source>Grafiek opslaan als PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="171"/>
        <source>Set ‘{name}’ ({n} kaarten)</source>
        <translation>Set ‘{name}’ ({n} cards)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="172"/>
        <source>Alle kaarten ({n})</source>
        <translation>All cards ({n})</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="203"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="204"/>
        <source>Sortering van {when}</source>
        <translation>Sort: {when}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="228"/>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="232"/>
        <source>PNG-afbeeldingen (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="235"/>
        <source>waardensortering</source>
        <translation>value-sort</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="237"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="243"/>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/value_sort_window.py" line="130"/>
        <source>Sorteren of resultaat</source>
        <translation>Sort or result</translation>
    </message>
</context>
<context>
    <name>VoteList</name>
    <message>
        <location filename="../../app/goedwerk/ui/reflections/vote_list.py" line="26"/>
        <location filename="../../app/goedwerk/ui/reflections/vote_list.py" line="31"/>
        <source>Stemmingen</source>
        <translation>Votes</translation>
    </message>
</context>
<context>
    <name>VoteOptionsEditor</name>
    <message>
        <location filename="../../app/goedwerk/ui/packs/vote_options_editor.py" line="65"/>
        <source>Eén optie per regel, {low} tot {high} opties.</source>
        <translation>One option per line, {low} to {high} options.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/vote_options_editor.py" line="41"/>
        <source>Opties uit de vragen bij het verhaal</source>
        <translation>Options from the story’s questions</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/vote_options_editor.py" line="42"/>
        <source>Opties van de stemming</source>
        <translation>Options of the vote</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/vote_options_editor.py" line="61"/>
        <source>Een stemming heeft minstens {low} opties.</source>
        <translation>A vote has at least {low} options.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/packs/vote_options_editor.py" line="63"/>
        <source>Alleen de eerste {high} opties tellen.</source>
        <translation>Only the first {high} options count.</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/vote_panel.py" line="47"/>
        <source>STEMMING – handen per optie (Alt+1 … Alt+6: één erbij)</source>
        <translation>VOTE – hands per option (Alt+1 … Alt+6: one more)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/vote_panel.py" line="49"/>
        <source>Deze stemming heeft nog geen opties. Geef ze op in het pakket.</source>
        <translation>This vote has no options yet. Add them in the pack.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/vote_panel.py" line="57"/>
        <source>Totaal: {n} handen</source>
        <translation>Total: {n} hands</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../app/goedwerk/ui/help/welcome_dialog.py" line="33"/>
        <location filename="../../app/goedwerk/ui/help/welcome_dialog.py" line="47"/>
        <source>Zo begin je</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/welcome_dialog.py" line="55"/>
        <source>Welkom bij Goed Werk: verhalen, waardenkaarten en vragen voor gesprekken over bekwaam, betrouwbaar en betrokken werken. Zo begin je:</source>
        <translation>Welcome to Goed Werk: stories, values cards and questions for conversations about competent, trustworthy and engaged work. This is how you start:</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/welcome_dialog.py" line="77"/>
        <source>Zoeken en lezen</source>
        <translation>Search and read</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/welcome_dialog.py" line="78"/>
        <source>Zoek in verhalen, waardenkaarten en vragen en lees ze rustig door.</source>
        <translation>Search stories, values cards and questions and read them at your own pace.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/welcome_dialog.py" line="79"/>
        <source>Naar zoeken</source>
        <translation>Go to search</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/welcome_dialog.py" line="82"/>
        <source>Een sessie voorbereiden</source>
        <translation>Prepare a session</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/welcome_dialog.py" line="83"/>
        <source>Maak een sessiepakket met een werkvorm, verhalen en vragen, en druk het af.</source>
        <translation>Make a session pack with a format, stories and questions, and print it.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/welcome_dialog.py" line="84"/>
        <source>Nieuw pakket</source>
        <translation>New pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/welcome_dialog.py" line="87"/>
        <source>Een workshop leiden</source>
        <translation>Lead a workshop</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/welcome_dialog.py" line="88"/>
        <source>Open een pakket en start de workshop (F5): timer, draaiboek en publieksscherm.</source>
        <translation>Open a pack and start the workshop (F5): timer, script and audience screen.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/welcome_dialog.py" line="89"/>
        <source>Naar je pakketten</source>
        <translation>Go to your packs</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/help/welcome_dialog.py" line="118"/>
        <source>Je pakketten, reflecties en reservekopieën blijven op deze computer, in {folder}. Er gaat niets over het internet. Dit venster vind je terug onder Help &gt; Zo begin je.</source>
        <translation>Your packs, reflections and backups stay on this computer, in {folder}. Nothing goes over the internet. You can reopen this window from Help &gt; Getting started.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../app/goedwerk/ui/common/window_actions.py" line="34"/>
        <source>&amp;Voorkeuren…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/window_actions.py" line="35"/>
        <source>Taal, weergave en tekstgrootte instellen</source>
        <translation>Set language, appearance and text size</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/window_actions.py" line="37"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/window_actions.py" line="37"/>
        <source>Goed Werk afsluiten</source>
        <translation>Quit Goed Werk</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/window_actions.py" line="38"/>
        <source>Tekst &amp;groter</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/window_actions.py" line="38"/>
        <source>Maak de tekst groter</source>
        <translation>Make the text larger</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/window_actions.py" line="39"/>
        <source>Tekst &amp;kleiner</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/window_actions.py" line="39"/>
        <source>Maak de tekst kleiner</source>
        <translation>Make the text smaller</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/window_actions.py" line="41"/>
        <source>&amp;Standaard tekstgrootte</source>
        <translation>&amp;Default text size</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/common/window_actions.py" line="42"/>
        <source>Zet de tekstgrootte terug</source>
        <translation>Reset the text size</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../app/goedwerk/ui/window_menus.py" line="78"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/window_menus.py" line="79"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/window_menus.py" line="80"/>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/window_menus.py" line="81"/>
        <source>&amp;Ga</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/window_menus.py" line="82"/>
        <source>&amp;Item</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/window_menus.py" line="83"/>
        <source>&amp;Pakket</source>
        <translation>&amp;Pack</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/window_menus.py" line="84"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/window_menus.py" line="88"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="69"/>
        <source>Spatie</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="81"/>
        <source>Start / pauze</source>
        <translation>Start / pause</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="82"/>
        <source>Volgende pagina of onderdeel</source>
        <translation>Next page or item</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="83"/>
        <source>Vorige pagina of onderdeel</source>
        <translation>Previous page or item</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="84"/>
        <source>Volgend blok (overslaan)</source>
        <translation>Next block (skip)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="85"/>
        <source>Vorig blok (terug)</source>
        <translation>Previous block (back)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="86"/>
        <source>+5 minuten bij dit blok</source>
        <translation>Add 5 minutes to this block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="87"/>
        <source>Publieksscherm leeg</source>
        <translation>Blank the audience screen</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="88"/>
        <source>Publieksscherm tonen (volledig scherm)</source>
        <translation>Show the audience screen (full screen)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="89"/>
        <source>Volledig scherm verlaten</source>
        <translation>Exit full screen</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="90"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="96"/>
        <source>Reflectie bij dit blok</source>
        <translation>Reflection on this block</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="97"/>
        <source>Workshop sluiten</source>
        <translation>Close workshop</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="91"/>
        <source>Aftellen op het publieksscherm</source>
        <translation>Countdown on the audience screen</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="92"/>
        <source>Belsignaal als de tijd om is</source>
        <translation>Bell when time is up</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="93"/>
        <source>Trek een waardenkaart voor de groep</source>
        <translation>Draw a values card for the group</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="94"/>
        <source>Trek een vraag voor de groep</source>
        <translation>Draw a question for the group</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="95"/>
        <source>Stemming: een hand erbij voor optie 1 (Alt+2 … Alt+6: optie 2–6)</source>
        <translation>Vote: one more hand for option 1 (Alt+2 … Alt+6: options 2–6)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/workshop/workshop_actions.py" line="100"/>
        <source>Stemming: een hand erbij voor optie {n}</source>
        <translation>Vote: one more hand for option {n}</translation>
    </message>
</context>
</TS>
