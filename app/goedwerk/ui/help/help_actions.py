"""The Help menu's actions: working with the keyboard, the library's problems, about."""

from __future__ import annotations

from typing import ClassVar

from goedwerk.ui.common.actions import FeatureActions, Shortcuts

_SHORTCUTS: dict[str, Shortcuts] = {
    "help_keyboard": [],
    "help_problems": [],
    "help_about": [],
}


class HelpActions(FeatureActions):
    """``help_keyboard``, ``help_problems``, ``help_about``, added to ``window``."""

    SHORTCUTS = _SHORTCUTS

    ICONS: ClassVar[dict[str, str]] = {"help_problems": "problems"}  # resources/icons/actions/

    def texts(self) -> dict[str, tuple[str, str]]:
        """Each action's text and tip in the current language."""
        return {
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
