"""The actions of Mijn verhalen: open the window, open the story being read in it (to edit it
where that is allowed, else read-only), start an own copy of it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from goedwerk.ui.common.actions import ActionCollection

_SHORTCUTS = {"file_own_stories": "Ctrl+Shift+M", "item_open_in_own": "", "item_copy_as_own": ""}


class AuthoringActions(ActionCollection):
    """``file_own_stories``, ``item_open_in_own`` and ``item_copy_as_own``, added to ``window``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        for name, shortcut in _SHORTCUTS.items():
            self.make(window, name, shortcut)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        texts = {
            "file_own_stories": (self.tr("Mijn &verhalen…"), self.tr("Schrijf en bewerk je eigen verhalen")),
            "item_open_in_own": (
                self.tr("&Bewerken in Mijn verhalen"),
                self.tr("Bewerk dit item; een verhaal uit een alleen-lezen bron opent alleen om te lezen"),
            ),
            "item_copy_as_own": (
                self.tr("Kopiëren naar mijn &verhalen"),
                self.tr("Begin een eigen verhaal, vraag of handreiking als kopie hiervan"),
            ),
        }
        self.set_texts(texts)

    def set_editable(self, editable: bool) -> None:
        """Say whether the story shown opens to edit or only to read."""
        text = self.tr("&Bewerken in Mijn verhalen") if editable else self.tr("&Lezen in Mijn verhalen")
        self.item_open_in_own.setText(text)
