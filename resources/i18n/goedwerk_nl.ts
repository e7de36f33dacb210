<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>HarvestView</name>
    <message numerus="yes">
        <location filename="../../app/goedwerk/ui/reflections/harvest_view.py" line="349"/>
        <source>%n reflecties</source>
        <translation>
            <numerusform>%n reflectie</numerusform>
            <numerusform>%n reflecties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackList</name>
    <message numerus="yes">
        <location filename="../../app/goedwerk/ui/packs/pack_list.py" line="120"/>
        <source>%n blokken</source>
        <translation>
            <numerusform>%n blok</numerusform>
            <numerusform>%n blokken</numerusform>
        </translation>
    </message>
</context>
</TS>
