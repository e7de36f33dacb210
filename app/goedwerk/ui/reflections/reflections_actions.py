"""The reflection actions of the main window: record reflections, a value sort, the harvest."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from goedwerk.ui.common.actions import ActionCollection, Shortcuts

_SHORTCUTS: dict[str, Shortcuts] = {
    "pack_reflections": ["Ctrl+R"],
    "pack_value_sort": [],
    "view_harvest": ["Ctrl+Shift+R"],
}


class ReflectionsActions(ActionCollection):
    """``pack_reflections``, ``pack_value_sort``, ``view_harvest``, added to ``window``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.make_all(window, _SHORTCUTS)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        texts = {
            "pack_reflections": (self.tr("&Reflecties vastleggen…"), self.tr("Leg vast wat de groep vond")),
            "pack_value_sort": (
                self.tr("Waarden&sortering…"),
                self.tr("Leg de waardensortering van de groep vast"),
            ),
            "view_harvest": (
                self.tr("&Oogst van alle reflecties…"),
                self.tr("Zoek en tel in alle reflecties"),
            ),
        }
        self.set_texts(texts, shortcut_in_tip=True)
