"""The current block's items as a column of buttons; the one in front of the room stands out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from goedwerk.core.model import Library
from goedwerk.core.workspace import resolve
from goedwerk.ui.common.colours import is_palette_change
from goedwerk.ui.workshop.item_button import ItemButton


class ItemStrip(QWidget):
    """One button per item of the block. Emits ``item_chosen(index)`` when one is clicked."""

    item_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshop_items")
        self.buttons: list[QPushButton] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(6)
        self.empty = QLabel(self)
        self.empty.setObjectName("workshop_items_empty")
        self.empty.setWordWrap(True)
        self.layout_.addWidget(self.empty)

    def set_items(self, library: Library, refs: tuple[str, ...], current: int, blank: bool) -> None:
        """Show ``refs``; mark item ``current`` as shown (or as ready while the screen is blank)."""
        labels = self._labels(library, refs)
        if labels != [b.property("label") for b in self.buttons]:
            self._rebuild(labels)
        for index, button in enumerate(self.buttons):
            shown = index == current
            button.setChecked(shown)
            marker = ""
            if shown:
                marker = self.tr("  ◀ klaar, scherm leeg") if blank else self.tr("  ◀ op het scherm")
            button.setText(button.property("label") + marker)
        self.empty.setVisible(not refs)
        self.empty.setText(self.tr("Dit blok heeft geen verhalen, kaarten of vragen."))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_palette_change(event) and self.buttons:
            self._style_buttons()

    def shown_text(self) -> str:
        """The label of the highlighted item, or an empty string."""
        checked = [b.property("label") for b in self.buttons if b.isChecked()]
        return checked[0] if checked else ""

    def _labels(self, library: Library, refs: tuple[str, ...]) -> list[str]:
        kinds = {
            "story": self.tr("Verhaal"),
            "value": self.tr("Waardenkaart"),
            "question": self.tr("Vraag"),
            "guide": self.tr("Handreiking"),
        }
        labels = []
        for ref in refs:
            item = resolve(ref, library)
            kind, _sep, item_id = ref.partition(":")
            title = item.title if item is not None else self.tr("{id} (niet gevonden)").format(id=item_id)
            labels.append(f"{kinds.get(kind, kind)}: {title}")
        return labels

    def _rebuild(self, labels: list[str]) -> None:
        for button in self.buttons:
            self.layout_.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = []
        for index, label in enumerate(labels):
            button = ItemButton(label, self)
            button.setObjectName(f"workshop_item_{index}")
            button.setCheckable(True)
            button.setAutoDefault(True)  # Enter shows the focused item
            button.setAccessibleName(label)
            button.clicked.connect(lambda _checked=False, i=index: self.item_chosen.emit(i))
            self.layout_.insertWidget(index, button)
            self.buttons.append(button)
        self._style_buttons()

    def _style_buttons(self) -> None:
        highlight = self.palette().color(QPalette.ColorRole.Highlight).name()
        on_highlight = self.palette().color(QPalette.ColorRole.HighlightedText).name()
        for button in self.buttons:
            button.setStyleSheet(
                "QPushButton { text-align: left; padding: 8px 12px; font-size: 12pt; }"
                f"QPushButton:checked {{ background: {highlight}; color: {on_highlight};"
                " font-weight: 600; border-radius: 4px; }"
            )
