"""The actions of Mijn verhalen: open the window, start an own copy of the story being read."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from goedwerk.ui.common.actions import ActionCollection

_SHORTCUTS = {"file_own_stories": "Ctrl+Shift+M", "item_copy_as_own": ""}


class AuthoringActions(ActionCollection):
    """``file_own_stories`` and ``item_copy_as_own``, added to ``window``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        for name, shortcut in _SHORTCUTS.items():
            self.make(window, name, shortcut)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        texts = {
            "file_own_stories": (self.tr("Mijn &verhalen…"), self.tr("Schrijf en bewerk je eigen verhalen")),
            "item_copy_as_own": (
                self.tr("Kopiëren als &eigen verhaal"),
                self.tr("Begin een eigen verhaal als kopie van dit verhaal"),
            ),
        }
        self.set_texts(texts)
