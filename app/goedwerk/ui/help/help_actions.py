"""The Help menu's actions: working with the keyboard, the library's problems, about."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QWidget

from goedwerk.ui.common.actions import ActionCollection, Shortcuts

_SHORTCUTS: dict[str, Shortcuts] = {
    "help_keyboard": [],
    "help_problems": [],
    "help_about": [],
}


class HelpActions(ActionCollection):
    """``help_keyboard``, ``help_problems``, ``help_about``, added to ``window``."""

    ICONS: ClassVar[dict[str, str]] = {"help_problems": "problems"}  # resources/icons/actions/

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.make_all(window, _SHORTCUTS)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        texts = {
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
        self.set_texts(texts, shortcut_in_tip=True)
