"""The reader's actions: back, forward and the favourite star of the item being read."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtGui import QKeySequence

from goedwerk.ui.common.actions import FeatureActions, Shortcuts

_SHORTCUTS: dict[str, Shortcuts] = {
    "go_back": ["Alt+Left", QKeySequence.StandardKey.Back],
    "go_forward": ["Alt+Right", QKeySequence.StandardKey.Forward],
    "item_favourite": ["Ctrl+D"],
}


class ReaderActions(FeatureActions):
    """``go_back``, ``go_forward``, ``item_favourite``, added to ``window``."""

    SHORTCUTS = _SHORTCUTS
    CHECKABLE = ("item_favourite",)

    # resources/icons/actions/<name>.svg; a checked favourite shows favourite-on.svg
    ICONS: ClassVar[dict[str, str]] = {
        "go_back": "go-back",
        "go_forward": "go-forward",
        "item_favourite": "favourite",
    }

    def texts(self) -> dict[str, tuple[str, str]]:
        """Each action's text and tip in the current language."""
        return {
            "go_back": (self.tr("&Terug"), self.tr("Ga terug naar het vorige item")),
            "go_forward": (self.tr("&Vooruit"), self.tr("Ga vooruit naar het volgende item")),
            "item_favourite": (self.tr("&Favoriet"), self.tr("Markeer dit item als favoriet")),
        }
