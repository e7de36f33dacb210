"""The pack feature's own actions (beside those in ``ui/common/actions.py``): an own template
exported to a file and a template file imported."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from goedwerk.ui.common.actions import ActionCollection

_SHORTCUTS = {"pack_template_export": "", "pack_template_import": ""}


class PackActions(ActionCollection):
    """``pack_template_export`` and ``pack_template_import``, added to ``window``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        for name, shortcut in _SHORTCUTS.items():
            self.make(window, name, shortcut)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        texts = {
            "pack_template_export": (
                self.tr("Sjabloon e&xporteren…"),
                self.tr("Bewaar een eigen sjabloon als bestand om te delen (*.template.yaml)"),
            ),
            "pack_template_import": (
                self.tr("Sjabloon i&mporteren…"),
                self.tr("Lees een sjabloonbestand in; Nieuw pakket biedt het daarna aan"),
            ),
        }
        self.set_texts(texts)
