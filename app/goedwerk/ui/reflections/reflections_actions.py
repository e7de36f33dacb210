"""The reflection actions of the main window: record reflections, a value sort, the harvest."""

from __future__ import annotations

from goedwerk.ui.common.actions import FeatureActions, Shortcuts

_SHORTCUTS: dict[str, Shortcuts] = {
    "pack_reflections": ["Ctrl+R"],
    "pack_value_sort": [],
    "view_harvest": ["Ctrl+Shift+R"],
}


class ReflectionsActions(FeatureActions):
    """``pack_reflections``, ``pack_value_sort``, ``view_harvest``, added to ``window``."""

    SHORTCUTS = _SHORTCUTS

    def texts(self) -> dict[str, tuple[str, str]]:
        """Each action's text and tip in the current language."""
        return {
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
