"""One column of the value sort (or the pile of unplaced cards): a list of cards to drag and key.

The column never moves items itself: a drop or a key press is reported by signal and the
recorder asks the core, which enforces the quotas, then refills every column.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

CARD_MIME = "application/x-goedwerk-value-card"
PILE = -1
CardRole = Qt.ItemDataRole.UserRole + 1
_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n - 1 for n in range(1, 6)}


def card_mime(card_id: str) -> QMimeData:
    """Drag data for one card."""
    mime = QMimeData()
    mime.setData(CARD_MIME, QByteArray(card_id.encode()))
    mime.setText(card_id)
    return mime


class CardColumn(QListWidget):
    """Cards of one column. ``card_dropped(card, column, onto)`` and ``place_requested(card, column)``."""

    card_dropped = Signal(str, int, str)
    place_requested = Signal(str, int)

    def __init__(self, column: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = column
        self.setObjectName("value_sort_pile" if column == PILE else f"value_sort_column_{column + 1}")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setMinimumWidth(130)

    def set_cards(self, cards: list[tuple[str, str, str]]) -> None:
        """Show ``(card_id, name, tooltip)`` rows, keeping the current card when it stays."""
        current = self.current_card()
        self.clear()
        for card_id, name, tip in cards:
            item = QListWidgetItem(name, self)
            item.setData(CardRole, card_id)
            item.setToolTip(tip)
            if card_id == current:
                self.setCurrentItem(item)

    def card_ids(self) -> list[str]:
        """The ids of the shown cards, top to bottom."""
        return [self.item(row).data(CardRole) for row in range(self.count())]

    def current_card(self) -> str | None:
        """The id of the selected card, or None."""
        item = self.currentItem()
        return item.data(CardRole) if item is not None else None

    def select_card(self, card_id: str) -> bool:
        """Make ``card_id`` current; False when it is not in this column."""
        for row in range(self.count()):
            if self.item(row).data(CardRole) == card_id:
                self.setCurrentRow(row)
                return True
        return False

    # -- drag and drop -------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        return card_mime(items[0].data(CardRole)) if items else QMimeData()

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(CARD_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(CARD_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasFormat(CARD_MIME):
            event.ignore()
            return
        card_id = bytes(event.mimeData().data(CARD_MIME).data()).decode()
        onto = self.itemAt(event.position().toPoint())
        onto_id = onto.data(CardRole) if onto else ""
        event.setDropAction(Qt.DropAction.CopyAction)  # the recorder moves the card, not the view
        event.accept()
        # reported after the drag has finished, so the source list is not refilled mid-drag
        QTimer.singleShot(0, lambda: self.card_dropped.emit(card_id, self.column, onto_id))

    # -- keyboard ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        card = self.current_card()
        key = Qt.Key(event.key())
        if card and key in _DIGIT_KEYS:
            self.place_requested.emit(card, _DIGIT_KEYS[key])
        elif card and key in (Qt.Key.Key_0, Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.place_requested.emit(card, PILE)
        else:
            super().keyPressEvent(event)
