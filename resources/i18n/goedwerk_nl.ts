<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>HarvestBundleDialog</name>
    <message numerus="yes">
        <location filename="../../app/goedwerk/ui/reflections/harvest_bundle_dialog.py" line="48"/>
        <source>%n reflecties gaan in de bundel.</source>
        <translation>
            <numerusform>%n reflectie gaat in de bundel.</numerusform>
            <numerusform>%n reflecties gaan in de bundel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HarvestView</name>
    <message numerus="yes">
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="288"/>
        <source>%n reflecties</source>
        <translation>
            <numerusform>%n reflectie</numerusform>
            <numerusform>%n reflecties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryStartup</name>
    <message numerus="yes">
        <location filename="../../app/goedwerk/ui/library/library_startup.py" line="176"/>
        <source>%n bestanden in de bibliotheek hebben problemen; de rest is gewoon geladen.</source>
        <translation>
            <numerusform>%n bestand in de bibliotheek heeft problemen; de rest is gewoon geladen.</numerusform>
            <numerusform>%n bestanden in de bibliotheek hebben problemen; de rest is gewoon geladen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackList</name>
    <message numerus="yes">
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="147"/>
        <source>%n blokken</source>
        <translation>
            <numerusform>%n blok</numerusform>
            <numerusform>%n blokken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="327"/>
        <source>%n resultaten, de beste {shown} getoond</source>
        <translation>
            <numerusform>%n resultaat, de beste {shown} getoond</numerusform>
            <numerusform>%n resultaten, de beste {shown} getoond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="330"/>
        <source>%n resultaten</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/goedwerk/ui/library/search_panel.py" line="332"/>
        <source>%n items met deze filters</source>
        <translation>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message numerus="yes">
        <location filename="../../app/goedwerk/ui/sharing/sources_page.py" line="144"/>
        <source>%n problemen</source>
        <translation>
            <numerusform>%n probleem</numerusform>
            <numerusform>%n problemen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueSortRecorder</name>
    <message numerus="yes">
        <location filename="../../app/goedwerk/ui/reflections/value_sort_recorder.py" line="272"/>
        <source>%n kaarten</source>
        <translation>
            <numerusform>%n kaart</numerusform>
            <numerusform>%n kaarten</numerusform>
        </translation>
    </message>
</context>
</TS>
