"""Every action of the window, its shortcut and its (translatable) text, in one place.

Names are lower_snake and double as settings keys (after novelWriter's main menu and
Frescobaldi's action collection). Texts are set in ``retranslate`` so a language switch at run
time updates every menu.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QWidget

from goedwerk.ui.common.icons import action_icon

_SHORTCUTS: dict[str, list[QKeySequence | QKeySequence.StandardKey | str]] = {
    "file_reindex": [],
    "file_preferences": [QKeySequence.StandardKey.Preferences, "Ctrl+,"],
    "file_quit": [QKeySequence.StandardKey.Quit, "Ctrl+Q"],
    "edit_undo": [QKeySequence.StandardKey.Undo, "Ctrl+Z"],
    "edit_redo": [QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y"],
    "edit_find": ["Ctrl+F", "Ctrl+K"],
    "edit_clear_filters": ["Ctrl+Shift+L"],
    "edit_save_search": ["Ctrl+Shift+B"],
    "view_search": ["Ctrl+1"],
    "view_values": ["Ctrl+2"],
    "view_questions": ["Ctrl+3"],
    "view_favourites": ["Ctrl+4"],
    "view_recent": ["Ctrl+5"],
    "view_packs": ["Ctrl+6"],
    "view_zoom_in": [QKeySequence.StandardKey.ZoomIn, "Ctrl+="],
    "view_zoom_out": [QKeySequence.StandardKey.ZoomOut],
    "view_zoom_reset": ["Ctrl+0"],
    "go_back": ["Alt+Left", QKeySequence.StandardKey.Back],
    "go_forward": ["Alt+Right", QKeySequence.StandardKey.Forward],
    "item_favourite": ["Ctrl+D"],
    "item_add_to_pack": ["Ctrl+Shift+A"],
    "pack_new": [QKeySequence.StandardKey.New, "Ctrl+N"],
    "pack_compose": ["Ctrl+Shift+N"],
    "pack_save_template": [],
    "pack_save_block": [],
    "pack_insert_block": [],
    "pack_duplicate": [],
    "pack_delete": [],
    "pack_import": [QKeySequence.StandardKey.Open, "Ctrl+O"],
    "pack_export_file": ["Ctrl+Shift+S"],
    "pack_export_pdf": ["Ctrl+E"],
    "pack_print_preview": ["Ctrl+Shift+P"],
    "pack_print": [QKeySequence.StandardKey.Print, "Ctrl+P"],
    "pack_start_workshop": ["F5"],
    "pack_reflections": ["Ctrl+R"],
    "pack_value_sort": [],
    "view_harvest": ["Ctrl+Shift+R"],
    "help_keyboard": [],
    "help_problems": [],
    "help_about": [],
}

# Each action with an icon has its own drawing (resources/icons/actions/<name>.svg).
ICONS = {
    "go_back": "go-back",
    "go_forward": "go-forward",
    "item_favourite": "favourite",
    "item_add_to_pack": "add-to-pack",
    "pack_start_workshop": "start-workshop",
    "view_zoom_in": "zoom-in",
    "view_zoom_out": "zoom-out",
    "file_reindex": "reindex",
    "pack_new": "new-pack",
    "help_problems": "problems",
}


class ActionCollection(QObject):
    """Actions by name: ``actions["go_back"]`` or ``actions.go_back``."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __getattr__(self, name: str) -> QAction:
        actions = self.__dict__.get("_actions", {})
        if name in actions:
            return actions[name]
        raise AttributeError(name)

    def names(self) -> list[str]:
        """All action names, in the order they were made."""
        return list(self._actions)

    def make(self, window: QWidget, name: str, shortcut: str = "") -> QAction:
        """Create the action ``name`` on ``window`` (with ``shortcut``) and keep it."""
        action = QAction(window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        window.addAction(action)
        self._actions[name] = action
        return action

    def set_texts(self, texts: dict[str, tuple[str, str]]) -> None:
        """Set each action's text and its tip (tool tip and status tip)."""
        for name, (text, tip) in texts.items():
            action = self._actions[name]
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)


class Actions(ActionCollection):
    """The main window's actions."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        for name, shortcuts in _SHORTCUTS.items():
            action = QAction(window)
            action.setObjectName(name)
            keys: list[QKeySequence] = []
            for shortcut in shortcuts:
                if isinstance(shortcut, QKeySequence.StandardKey):
                    keys.extend(QKeySequence.keyBindings(shortcut))
                else:
                    keys.append(QKeySequence(shortcut))
            action.setShortcuts(list(dict.fromkeys(k for k in keys if not k.isEmpty())))
            window.addAction(action)
            self._actions[name] = action
        self["item_favourite"].setCheckable(True)
        self.refresh_icons()
        self.retranslate()

    def refresh_icons(self, palette: QPalette | None = None, names: tuple[str, ...] = tuple(ICONS)) -> None:
        """Draw the icons of ``names`` in the palette's ink (again, after a theme change)."""
        for name in names:
            icon = ICONS[name]
            if name == "item_favourite" and self[name].isChecked():
                icon = "favourite-on"
            self[name].setIcon(action_icon(icon, palette))

    def retranslate(self) -> None:
        """Set every text in the current language."""
        texts = {
            "file_reindex": (
                self.tr("Zoekindex &opnieuw opbouwen"),
                self.tr("Bouw de zoekindex opnieuw op"),
            ),
            "file_preferences": (
                self.tr("&Voorkeuren…"),
                self.tr("Taal, weergave en tekstgrootte instellen"),
            ),
            "file_quit": (self.tr("&Afsluiten"), self.tr("Goed Werk afsluiten")),
            "edit_undo": (
                self.tr("&Ongedaan maken"),
                self.tr("Maak de laatste wijziging in het pakket ongedaan"),
            ),
            "edit_redo": (
                self.tr("Opnieuw &uitvoeren"),
                self.tr("Voer de ongedaan gemaakte wijziging opnieuw uit"),
            ),
            "edit_find": (self.tr("&Zoeken"), self.tr("Naar het zoekveld")),
            "edit_clear_filters": (
                self.tr("Alle &filters wissen"),
                self.tr("Alle filters uitzetten"),
            ),
            "edit_save_search": (
                self.tr("Zoekopdracht &bewaren…"),
                self.tr("Bewaar deze zoekopdracht met haar filters"),
            ),
            "view_search": (self.tr("&Zoekresultaten"), self.tr("Toon de zoekresultaten")),
            "view_values": (self.tr("&Waardenkaarten"), self.tr("Toon alle waardenkaarten")),
            "view_questions": (self.tr("&Vragen"), self.tr("Toon de vragenbank per fase")),
            "view_favourites": (self.tr("&Favorieten"), self.tr("Toon je favorieten")),
            "view_recent": (self.tr("&Recent gelezen"), self.tr("Toon wat je onlangs las")),
            "view_packs": (self.tr("Sessie&pakketten"), self.tr("Toon je sessiepakketten")),
            "view_zoom_in": (self.tr("Tekst &groter"), self.tr("Maak de tekst groter")),
            "view_zoom_out": (self.tr("Tekst &kleiner"), self.tr("Maak de tekst kleiner")),
            "view_zoom_reset": (
                self.tr("&Standaard tekstgrootte"),
                self.tr("Zet de tekstgrootte terug"),
            ),
            "go_back": (self.tr("&Terug"), self.tr("Ga terug naar het vorige item")),
            "go_forward": (self.tr("&Vooruit"), self.tr("Ga vooruit naar het volgende item")),
            "item_favourite": (self.tr("&Favoriet"), self.tr("Markeer dit item als favoriet")),
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
            "pack_reflections": (self.tr("&Reflecties vastleggen…"), self.tr("Leg vast wat de groep vond")),
            "pack_value_sort": (
                self.tr("Waarden&sortering…"),
                self.tr("Leg de waardensortering van de groep vast"),
            ),
            "view_harvest": (
                self.tr("&Oogst van alle reflecties…"),
                self.tr("Zoek en tel in alle reflecties"),
            ),
            "pack_start_workshop": (
                self.tr("&Workshop starten"),
                self.tr("Leid de sessie met timer en publieksscherm"),
            ),
            "help_keyboard": (
                self.tr("Werken met het &toetsenbord…"),
                self.tr("Alles zonder muis: Tab, sneltoetsen en de menubalk (F10)"),
            ),
            "help_problems": (
                self.tr("&Problemen in de bibliotheek…"),
                self.tr("Toon bestanden met fouten"),
            ),
            "help_about": (self.tr("&Over Goed Werk"), self.tr("Over Goed Werk")),
        }
        for name, (text, tip) in texts.items():
            action = self._actions[name]
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)
