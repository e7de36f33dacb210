<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="84" />
        <source>Zoekindex &amp;opnieuw opbouwen</source>
        <translation>&amp;Rebuild search index</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="85" />
        <source>Bouw de zoekindex opnieuw op</source>
        <translation>Rebuild the search index</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="88" />
        <source>&amp;Voorkeuren…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="89" />
        <source>Taal en tekstgrootte instellen</source>
        <translation>Set language and text size</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="91" />
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="91" />
        <source>Goed Werk afsluiten</source>
        <translation>Quit Goed Werk</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="92" />
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="92" />
        <source>Naar het zoekveld</source>
        <translation>Go to the search field</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="94" />
        <source>Alle &amp;filters wissen</source>
        <translation>Clear all &amp;filters</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="95" />
        <source>Alle filters uitzetten</source>
        <translation>Turn off all filters</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="97" />
        <source>&amp;Zoekresultaten</source>
        <translation>Search &amp;results</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="97" />
        <source>Toon de zoekresultaten</source>
        <translation>Show the search results</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="98" />
        <source>&amp;Waardenkaarten</source>
        <translation>&amp;Values cards</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="98" />
        <source>Toon alle waardenkaarten</source>
        <translation>Show all values cards</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="99" />
        <source>&amp;Vragen</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="99" />
        <source>Toon de vragenbank per fase</source>
        <translation>Show the question bank by phase</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="100" />
        <source>&amp;Favorieten</source>
        <translation>&amp;Favourites</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="100" />
        <source>Toon je favorieten</source>
        <translation>Show your favourites</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="101" />
        <source>&amp;Recent gelezen</source>
        <translation>&amp;Recently read</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="101" />
        <source>Toon wat je onlangs las</source>
        <translation>Show what you read recently</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="102" />
        <source>Tekst &amp;groter</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="102" />
        <source>Maak de tekst groter</source>
        <translation>Make the text larger</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="103" />
        <source>Tekst &amp;kleiner</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="103" />
        <source>Maak de tekst kleiner</source>
        <translation>Make the text smaller</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="105" />
        <source>&amp;Standaard tekstgrootte</source>
        <translation>&amp;Default text size</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="106" />
        <source>Zet de tekstgrootte terug</source>
        <translation>Reset the text size</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="108" />
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="108" />
        <source>Ga terug naar het vorige item</source>
        <translation>Go back to the previous item</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="109" />
        <source>&amp;Vooruit</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="109" />
        <source>Ga vooruit naar het volgende item</source>
        <translation>Go forward to the next item</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="110" />
        <source>&amp;Favoriet</source>
        <translation>&amp;Favourite</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="110" />
        <source>Markeer dit item als favoriet</source>
        <translation>Mark this item as a favourite</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="112" />
        <source>&amp;Problemen in de bibliotheek…</source>
        <translation>&amp;Problems in the library…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="113" />
        <source>Toon bestanden met fouten</source>
        <translation>Show files with errors</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="115" />
        <source>&amp;Over Goed Werk</source>
        <translation>&amp;About Goed Werk</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/actions.py" line="115" />
        <source>Over Goed Werk</source>
        <translation>About Goed Werk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="177" />
        <source>Links buiten Goed Werk worden niet geopend.</source>
        <translation>Links outside Goed Werk are not opened.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="187" />
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="188" />
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="189" />
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="190" />
        <source>&amp;Ga</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="191" />
        <source>&amp;Item</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="192" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="197" />
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="198" />
        <location filename="../../app/goedwerk/ui/main_window.py" line="210" />
        <source>Waardenkaarten</source>
        <translation>Values cards</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="199" />
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="200" />
        <location filename="../../app/goedwerk/ui/main_window.py" line="212" />
        <source>Favorieten</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="201" />
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="205" />
        <source>Bibliotheek</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="206" />
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="211" />
        <source>Vragen per fase</source>
        <translation>Questions by phase</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="213" />
        <source>Recent gelezen</source>
        <translation>Recently read</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="214" />
        <source>Zoekindex opbouwen… %p%</source>
        <translation>Building search index… %p%</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="238" />
        <source>Bibliotheek openen…</source>
        <translation>Opening the library…</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="252" />
        <source>Klaar.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="269" />
        <source>De zoekindex kon niet worden gemaakt: {error}. Bladeren werkt wel; kies Bestand &gt; Zoekindex opnieuw opbouwen.</source>
        <translation>The search index could not be built: {error}. Browsing still works; choose File &gt; Rebuild search index.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="279" />
        <source>1 bestand in de bibliotheek heeft problemen; de rest is gewoon geladen.</source>
        <translation>1 file in the library has problems; everything else loaded normally.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="281" />
        <source>{n} bestanden in de bibliotheek hebben problemen; de rest is gewoon geladen.</source>
        <translation>{n} files in the library have problems; everything else loaded normally.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="307" />
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="308" />
        <source>Verdieping</source>
        <translation>Deepening</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="309" />
        <source>Afsluiting</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="327" />
        <source>Nog geen favorieten. Open een item en kies Item &gt; Favoriet (Ctrl+D).</source>
        <translation>No favourites yet. Open an item and choose Item &gt; Favourite (Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="329" />
        <source>Je hebt nog niets gelezen.</source>
        <translation>You have not read anything yet.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="371" />
        <source>Toegevoegd aan favorieten.</source>
        <translation>Added to favourites.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="371" />
        <source>Verwijderd uit favorieten.</source>
        <translation>Removed from favourites.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="418" />
        <source>Over Goed Werk</source>
        <translation>About Goed Werk</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/main_window.py" line="420" />
        <source>&lt;h3&gt;Goed Werk {version}&lt;/h3&gt;&lt;p&gt;Verhalen, waardenkaarten en vragen voor gesprekken over goed werk: bekwaam, betrouwbaar en betrokken.&lt;/p&gt;&lt;p&gt;Goed Werk werkt volledig offline. Wat je bewaart, blijft op deze computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Goed Werk {version}&lt;/h3&gt;&lt;p&gt;Stories, values cards and questions for conversations about good work: excellent, ethical and engaged.&lt;/p&gt;&lt;p&gt;Goed Werk works entirely offline. What you save stays on this computer.&lt;/p&gt;</translation>
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
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="118" />
        <source>Bekwaam</source>
        <translation>Excellent (bekwaam)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="118" />
        <source>vakmanschap: je werk goed doen</source>
        <translation>craftsmanship: doing your work well</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="120" />
        <source>Betrouwbaar</source>
        <translation>Ethical (betrouwbaar)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="121" />
        <source>integer en eerlijk, naar burgers en naar de politiek</source>
        <translation>honest and with integrity, towards citizens and politics</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="124" />
        <source>Betrokken</source>
        <translation>Engaged (betrokken)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="125" />
        <source>persoonlijk engagement, werken voor het publiek belang</source>
        <translation>personal commitment, working for the public interest</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="129" />
        <source>Wat is een goede ambtenaar?</source>
        <translation>What is a good civil servant?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="130" />
        <source>Wanneer doe je het goed?</source>
        <translation>When are you doing it well?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="131" />
        <source>Wanneer is het werk moeilijk en hoe ga je daarmee om?</source>
        <translation>When is the work hard, and how do you deal with that?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="132" />
        <source>Hoe neem je zelf verantwoordelijkheid?</source>
        <translation>How do you take responsibility yourself?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="136" />
        <source>Verhalen, waardenkaarten en vragen voor gesprekken over goed werk in de publieke sector.</source>
        <translation>Stories, values cards and questions for conversations about good work in public service.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/reader/reader_view.py" line="142" />
        <source>Zoek links, of kies een waardenkaart of vraag. Ctrl+K brengt je naar het zoekveld.</source>
        <translation>Search on the left, or pick a values card or question. Ctrl+K takes you to the search field.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="135" />
        <source>Zoek in verhalen, waardenkaarten en vragen…  (Ctrl+K)</source>
        <translation>Search stories, values cards and questions…  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="136" />
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="137" />
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="138" />
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="139" />
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="140" />
        <source>Alle filters wissen</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="149" />
        <source>Praktijkverhaal</source>
        <translation>Practice story</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="150" />
        <source>Waardenkaart</source>
        <translation>Values card</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="151" />
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="157" />
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="158" />
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="159" />
        <source>De drie B's</source>
        <translation>The three B's</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="160" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="161" />
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="170" />
        <source>Bekwaam</source>
        <translation>Excellent (bekwaam)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="171" />
        <source>Betrouwbaar</source>
        <translation>Ethical (betrouwbaar)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="172" />
        <source>Betrokken</source>
        <translation>Engaged (betrokken)</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="202" />
        <source>Zoeken mislukt: {error}</source>
        <translation>Search failed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="221" />
        <source>Bedoelde u &lt;a href='{q}'&gt;{q}&lt;/a&gt;?</source>
        <translation>Did you mean &lt;a href='{q}'&gt;{q}&lt;/a&gt;?</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="224" />
        <source>1 resultaat</source>
        <translation>1 result</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="226" />
        <source>{n} resultaten</source>
        <translation>{n} results</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="228" />
        <source>Alle items: {n}</source>
        <translation>All items: {n}</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="234" />
        <source>Geen resultaten voor ‘{q}’.</source>
        <translation>No results for ‘{q}’.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="236" />
        <source>Niets gevonden met deze filters.</source>
        <translation>Nothing found with these filters.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="238" />
        <source>Probeer minder filters, of wis ze met Ctrl+Shift+L.</source>
        <translation>Try fewer filters, or clear them with Ctrl+Shift+L.</translation>
    </message>
    <message>
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="240" />
        <source>Probeer een ander of korter woord.</source>
        <translation>Try another or a shorter word.</translation>
    </message>
</context>
</TS>