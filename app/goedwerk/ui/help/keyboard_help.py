"""Help > Werken met het toetsenbord: how to do everything without a mouse (plain text)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class KeyboardHelp(QMessageBox):
    """The keyboard help box; ``KeyboardHelp.open_for(parent)`` shows it window-modal."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(QMessageBox.Icon.Information, "", "", parent=parent)
        self.setObjectName("keyboard_help")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWindowTitle(self.tr("Werken met het toetsenbord"))
        self.setText(
            self.tr(
                "Alles kan zonder muis.\n\n"
                "• Tab gaat door het scherm van links naar rechts: zoekveld, filters, resultaten, "
                "dan het leesvenster of het pakket. Shift+Tab gaat terug.\n"
                "• Ctrl+K of Ctrl+F: zoekveld. Esc wist de zoekterm, nog een keer Esc wist de filters.\n"
                "• Ctrl+1 tot Ctrl+6: Zoeken, Waardenkaarten, Vragen, Favorieten, Recent, Pakketten; "
                "de focus gaat mee.\n"
                "• F10 opent de menubalk (of Alt met de onderstreepte letter). "
                "Elke knop van de werkbalk staat ook in een menu, "
                "met dezelfde sneltoets; de werkbalk zelf is alleen voor de muis.\n"
                "• In het pakket: Ctrl+N nieuw pakket, Ctrl+Shift+A voegt het gekozen item toe, "
                "F2 wijzigt een titel of duur, Delete verwijdert, Ctrl+E maakt een PDF, "
                "F5 start de workshop.\n"
                "• In de workshop: F1 toont alle sneltoetsen."
            )
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    @classmethod
    def open_for(cls, parent: QWidget) -> KeyboardHelp:
        """Show the help without blocking (window-modal) and return the box."""
        box = cls(parent)
        box.open()
        return box
