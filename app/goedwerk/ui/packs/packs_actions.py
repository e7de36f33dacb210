"""The pack actions of the main window: new, compose, templates and blocks, import, export,
print, undo and redo, add the item in focus, start the workshop."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtGui import QKeySequence

from goedwerk.ui.common.actions import FeatureActions, Shortcuts

_SHORTCUTS: dict[str, Shortcuts] = {
    "edit_undo": [QKeySequence.StandardKey.Undo, "Ctrl+Z"],
    "edit_redo": [QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y"],
    "item_add_to_pack": ["Ctrl+Shift+A"],
    "pack_new": [QKeySequence.StandardKey.New, "Ctrl+N"],
    "pack_compose": ["Ctrl+Shift+N"],
    "pack_save_template": [],
    "pack_save_block": [],
    "pack_insert_block": [],
    "pack_template_export": [],
    "pack_template_import": [],
    "pack_duplicate": [],
    "pack_delete": [],
    "pack_import": [QKeySequence.StandardKey.Open, "Ctrl+O"],
    "pack_export_file": ["Ctrl+Shift+S"],
    "pack_export_pdf": ["Ctrl+E"],
    "pack_print_preview": ["Ctrl+Shift+P"],
    "pack_print": [QKeySequence.StandardKey.Print, "Ctrl+P"],
    "pack_start_workshop": ["F5"],
}


class PacksActions(FeatureActions):
    """The 18 actions of ``_SHORTCUTS``, added to ``window``."""

    SHORTCUTS = _SHORTCUTS

    ICONS: ClassVar[dict[str, str]] = {
        "item_add_to_pack": "add-to-pack",
        "pack_new": "new-pack",
        "pack_start_workshop": "start-workshop",
    }  # resources/icons/actions/

    def texts(self) -> dict[str, tuple[str, str]]:
        """Each action's text and tip in the current language."""
        return {
            "edit_undo": (
                self.tr("&Ongedaan maken"),
                self.tr("Maak de laatste wijziging in het pakket ongedaan"),
            ),
            "edit_redo": (
                self.tr("Opnieuw &uitvoeren"),
                self.tr("Voer de ongedaan gemaakte wijziging opnieuw uit"),
            ),
            "item_add_to_pack": (
                self.tr("&Aan pakket toevoegen"),
                self.tr("Voeg dit item toe aan het gekozen blok"),
            ),
            "pack_new": (self.tr("&Nieuw pakket…"), self.tr("Maak een sessiepakket vanuit een werkvorm")),
            "pack_compose": (
                self.tr("&Sessie samenstellen…"),
                self.tr("Laat een sessie voorstellen die past bij de groep en de tijd"),
            ),
            "pack_save_template": (
                self.tr("Opslaan als &sjabloon…"),
                self.tr("Bewaar dit pakket als eigen sjabloon voor nieuwe pakketten"),
            ),
            "pack_save_block": (
                self.tr("Blok in &blokkenbibliotheek bewaren"),
                self.tr("Bewaar het gekozen blok om het in andere pakketten te gebruiken"),
            ),
            "pack_insert_block": (
                self.tr("Blok uit blokkenbibliotheek &invoegen…"),
                self.tr("Voeg een bewaard blok in na het gekozen blok"),
            ),
            "pack_template_export": (
                self.tr("Sjabloon e&xporteren…"),
                self.tr("Bewaar een eigen sjabloon als bestand om te delen (*.template.yaml)"),
            ),
            "pack_template_import": (
                self.tr("Sjabloon i&mporteren…"),
                self.tr("Lees een sjabloonbestand in; Nieuw pakket biedt het daarna aan"),
            ),
            "pack_duplicate": (self.tr("&Dupliceren"), self.tr("Maak een kopie van dit pakket")),
            "pack_delete": (self.tr("&Verwijderen…"), self.tr("Verwijder dit pakket")),
            "pack_import": (self.tr("&Importeren…"), self.tr("Lees een pakketbestand (.pack.yaml)")),
            "pack_export_file": (
                self.tr("&Exporteren als bestand…"),
                self.tr("Bewaar dit pakket als .pack.yaml"),
            ),
            "pack_export_pdf": (
                self.tr("Exporteren als &PDF…"),
                self.tr("Maak een afdrukbare PDF van dit pakket"),
            ),
            "pack_print_preview": (
                self.tr("Afdruk&voorbeeld…"),
                self.tr("Bekijk hoe het pakket wordt afgedrukt"),
            ),
            "pack_print": (self.tr("&Afdrukken…"), self.tr("Druk dit pakket af")),
            "pack_start_workshop": (
                self.tr("&Workshop starten"),
                self.tr("Leid de sessie met timer en publieksscherm"),
            ),
        }
