"""The actions of sharing: library sources, bundle import and export."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from goedwerk.ui.common.actions import ActionCollection

NAMES = ("file_sources", "file_import_bundle", "file_export_own_bundle", "pack_export_bundle")


class SharingActions(ActionCollection):
    """The sharing actions, added to ``window``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        for name in NAMES:
            self.make(window, name)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        texts = {
            "file_sources": (
                self.tr("&Bronnen van de bibliotheek…"),
                self.tr("Voorkeuren > Bronnen: gedeelde mappen toevoegen, ordenen of weghalen"),
            ),
            "file_import_bundle": (self.tr("Bundel &inlezen…"), self.tr("Lees een .goedwerk-bundel in")),
            "file_export_own_bundle": (
                self.tr("&Eigen bibliotheek als bundel…"),
                self.tr("Bewaar je eigen verhalen in een .goedwerk-bundel"),
            ),
            "pack_export_bundle": (
                self.tr("Exporteren als &bundel…"),
                self.tr("Bewaar dit pakket met alles wat het gebruikt als .goedwerk-bundel"),
            ),
        }
        self.set_texts(texts)
