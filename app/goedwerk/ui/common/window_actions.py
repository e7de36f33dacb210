"""The window's own actions: preferences, quit and the text size."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtGui import QKeySequence

from goedwerk.ui.common.actions import FeatureActions, Shortcuts

_SHORTCUTS: dict[str, Shortcuts] = {
    "file_preferences": [QKeySequence.StandardKey.Preferences, "Ctrl+,"],
    "file_quit": [QKeySequence.StandardKey.Quit, "Ctrl+Q"],
    "view_zoom_in": [QKeySequence.StandardKey.ZoomIn, "Ctrl+="],
    "view_zoom_out": [QKeySequence.StandardKey.ZoomOut],
    "view_zoom_reset": ["Ctrl+0"],
}


class WindowActions(FeatureActions):
    """The 5 actions of ``_SHORTCUTS``, added to ``window``."""

    SHORTCUTS = _SHORTCUTS

    ICONS: ClassVar[dict[str, str]] = {
        "view_zoom_in": "zoom-in",
        "view_zoom_out": "zoom-out",
    }  # resources/icons/actions/

    def texts(self) -> dict[str, tuple[str, str]]:
        """Each action's text and tip in the current language."""
        return {
            "file_preferences": (
                self.tr("&Voorkeuren…"),
                self.tr("Taal, weergave en tekstgrootte instellen"),
            ),
            "file_quit": (self.tr("&Afsluiten"), self.tr("Goed Werk afsluiten")),
            "view_zoom_in": (self.tr("Tekst &groter"), self.tr("Maak de tekst groter")),
            "view_zoom_out": (self.tr("Tekst &kleiner"), self.tr("Maak de tekst kleiner")),
            "view_zoom_reset": (
                self.tr("&Standaard tekstgrootte"),
                self.tr("Zet de tekstgrootte terug"),
            ),
        }
