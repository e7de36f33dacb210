"""Above the pack builder's agenda: Blok toevoegen, Omhoog, Omlaag and Verwijderen, named for
what they act on (the block or the item of the current row)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


class AgendaButtons(QWidget):
    """Emits ``add_requested``, ``remove_requested`` and ``move_requested(step)``."""

    add_requested = Signal()
    remove_requested = Signal()
    move_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_block = QPushButton(self)
        self.add_block.clicked.connect(lambda: self.add_requested.emit())
        self.up = QPushButton(self)
        self.up.clicked.connect(lambda: self.move_requested.emit(-1))
        self.down = QPushButton(self)
        self.down.clicked.connect(lambda: self.move_requested.emit(+1))
        self.remove = QPushButton(self)
        self.remove.clicked.connect(lambda: self.remove_requested.emit())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons():
            row.addWidget(button)
        row.addStretch(1)
        self._on_item = False

    def buttons(self) -> list[QPushButton]:
        """The buttons in screen order."""
        return [self.add_block, self.up, self.down, self.remove]

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.add_block.setText(self.tr("Blok toevoegen"))
        self.add_block.setAccessibleDescription(
            self.tr("Voeg een blok van 10 minuten toe na het gekozen blok")
        )
        self.up.setText(self.tr("Omhoog"))
        self.down.setText(self.tr("Omlaag"))
        self.remove.setText(self.tr("Verwijderen"))
        self.show_row(self._on_item, self.remove.isEnabled())

    def show_row(self, on_item: bool, selected: bool) -> None:
        """Enable the row buttons when a row is ``selected``; say whether they act on an item."""
        self._on_item = on_item
        for button in (self.up, self.down, self.remove):
            button.setEnabled(selected)
        names = {
            self.remove: (self.tr("Item verwijderen"), self.tr("Blok verwijderen")),
            self.up: (self.tr("Item omhoog"), self.tr("Blok omhoog")),
            self.down: (self.tr("Item omlaag"), self.tr("Blok omlaag")),
        }
        for button, (item_name, block_name) in names.items():
            button.setAccessibleName(item_name if on_item else block_name)
        self.remove.setAccessibleDescription(
            self.tr("Haal het gekozen item uit het blok (Delete; Ctrl+Z maakt het ongedaan)")
            if on_item
            else self.tr("Verwijder het gekozen blok met zijn items (Delete; Ctrl+Z maakt het ongedaan)")
        )
