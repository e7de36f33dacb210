"""The window's own actions: preferences, quit and the text size."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from goedwerk.ui.common.actions import ActionCollection, Shortcuts

_SHORTCUTS: dict[str, Shortcuts] = {
    "file_preferences": [QKeySequence.StandardKey.Preferences, "Ctrl+,"],
    "file_quit": [QKeySequence.StandardKey.Quit, "Ctrl+Q"],
    "view_zoom_in": [QKeySequence.StandardKey.ZoomIn, "Ctrl+="],
    "view_zoom_out": [QKeySequence.StandardKey.ZoomOut],
    "view_zoom_reset": ["Ctrl+0"],
}


class WindowActions(ActionCollection):
    """The 5 actions of ``_SHORTCUTS``, added to ``window``."""

    ICONS: ClassVar[dict[str, str]] = {
        "view_zoom_in": "zoom-in",
        "view_zoom_out": "zoom-out",
    }  # resources/icons/actions/

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.make_all(window, _SHORTCUTS)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        texts = {
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
        self.set_texts(texts, shortcut_in_tip=True)
