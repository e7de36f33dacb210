"""The library's actions: search, filters, saved searches, the tabs and the index rebuild."""

from __future__ import annotations

from typing import ClassVar

from goedwerk.ui.common.actions import FeatureActions, Shortcuts

_SHORTCUTS: dict[str, Shortcuts] = {
    "file_reindex": [],
    "edit_find": ["Ctrl+F", "Ctrl+K"],
    "edit_clear_filters": ["Ctrl+Shift+L"],
    "edit_save_search": ["Ctrl+Shift+B"],
    "view_search": ["Ctrl+1"],
    "view_values": ["Ctrl+2"],
    "view_questions": ["Ctrl+3"],
    "view_favourites": ["Ctrl+4"],
    "view_recent": ["Ctrl+5"],
    "view_packs": ["Ctrl+6"],
}


class LibraryActions(FeatureActions):
    """The 10 actions of ``_SHORTCUTS``, added to ``window``."""

    SHORTCUTS = _SHORTCUTS

    ICONS: ClassVar[dict[str, str]] = {"file_reindex": "reindex"}  # resources/icons/actions/

    def texts(self) -> dict[str, tuple[str, str]]:
        """Each action's text and tip in the current language."""
        return {
            "file_reindex": (
                self.tr("Zoekindex &opnieuw opbouwen"),
                self.tr("Bouw de zoekindex opnieuw op"),
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
        }
