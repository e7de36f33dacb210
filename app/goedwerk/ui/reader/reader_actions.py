"""The reader's actions: back, forward and the favourite star of the item being read."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from goedwerk.ui.common.actions import ActionCollection, Shortcuts

_SHORTCUTS: dict[str, Shortcuts] = {
    "go_back": ["Alt+Left", QKeySequence.StandardKey.Back],
    "go_forward": ["Alt+Right", QKeySequence.StandardKey.Forward],
    "item_favourite": ["Ctrl+D"],
}


class ReaderActions(ActionCollection):
    """``go_back``, ``go_forward``, ``item_favourite``, added to ``window``."""

    # resources/icons/actions/<name>.svg; a checked favourite shows favourite-on.svg
    ICONS: ClassVar[dict[str, str]] = {
        "go_back": "go-back",
        "go_forward": "go-forward",
        "item_favourite": "favourite",
    }

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        for name, keys in _SHORTCUTS.items():
            self.make(window, name, keys)
        self["item_favourite"].setCheckable(True)
        self.refresh_icons()
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        texts = {
            "go_back": (self.tr("&Terug"), self.tr("Ga terug naar het vorige item")),
            "go_forward": (self.tr("&Vooruit"), self.tr("Ga vooruit naar het volgende item")),
            "item_favourite": (self.tr("&Favoriet"), self.tr("Markeer dit item als favoriet")),
        }
        self.set_texts(texts, shortcut_in_tip=True)
