"""The values deck as a grid of cards: name, description and question, readable at a glance."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPainter, QPalette, QPen, QResizeEvent, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from goedwerk.core.model import ValueCard
from goedwerk.core.workspace import escape
from goedwerk.ui.common.resources import muted_color
from goedwerk.ui.library.results_model import ItemListModel

Index = QModelIndex | QPersistentModelIndex
CARD_SIZE = QSize(250, 176)
MIN_CARD_WIDTH = 230
TEXT_LEFT = 16
CARD_MARGINS = 6 * 2 + 10 + 8
CardRole = Qt.ItemDataRole.UserRole + 10


class CardsModel(ItemListModel[ValueCard]):
    """The deck's cards in their library order."""

    @property
    def cards(self) -> tuple[ValueCard, ...]:
        """The cards shown."""
        return self.rows

    def set_cards(self, cards: tuple[ValueCard, ...]) -> None:
        """Replace the deck."""
        self.set_rows(cards)

    def ref(self, item: ValueCard) -> str:
        """``value:id`` of a card."""
        return f"value:{item.id}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self.row_item(index)
        if card is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{card.description}\n\n{card.question}"
        if role == CardRole:
            return card
        return None


class CardDelegate(QStyledItemDelegate):
    """Paints one values card with a coloured edge, the name, description and question."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card_size = CARD_SIZE

    @staticmethod
    def document(card: ValueCard, font: QFont, palette: QPalette, width: float) -> QTextDocument:
        """The card's text laid out at ``width``."""
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        option = QTextOption(Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # a long name never clips
        doc.setDefaultTextOption(option)
        color = palette.color(QPalette.ColorRole.Text).name()
        muted = muted_color(palette).name()
        size = font.pointSizeF()
        doc.setHtml(
            f'<div style="color:{color}"><div style="font-size:{size * 1.25:.1f}pt; font-weight:600">'
            f"{escape(card.name)}</div><div style='margin-top:4px'>{escape(card.description)}</div>"
            f'<div style="margin-top:6px; color:{muted}"><i>{escape(card.question)}</i></div></div>'
        )
        doc.setTextWidth(width)
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card: ValueCard = index.data(CardRole)
        palette = option.palette
        rect = QRectF(option.rect).adjusted(6, 6, -6, -6)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edge = (
            palette.color(QPalette.ColorRole.Highlight) if selected else palette.color(QPalette.ColorRole.Mid)
        )
        painter.setPen(QPen(edge, 2.5 if selected else 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 8, 8)
        painter.fillRect(
            QRectF(rect.left() + 1, rect.top() + 10, 5, rect.height() - 20),
            palette.color(QPalette.ColorRole.Highlight),
        )
        text_rect = rect.adjusted(TEXT_LEFT, 10, -10, -8)
        doc = self.document(card, QFont(option.font), palette, text_rect.width())
        painter.translate(text_rect.topLeft())
        painter.setClipRect(QRectF(0, 0, text_rect.width(), text_rect.height()))
        doc.drawContents(painter)
        painter.restore()
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.save()
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 10, 10)
            painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return self.card_size


class ValuesDeck(QListView):
    """All values cards in a wrapping grid. Emits ``item_activated("value", id)``."""

    item_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("values_deck")
        self.deck = CardsModel(self)
        self.setModel(self.deck)
        self.card_delegate = CardDelegate(self)
        self.setItemDelegate(self.card_delegate)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setSpacing(2)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.activated.connect(self._emit)
        self.clicked.connect(self._emit)

    def set_cards(self, cards: tuple[ValueCard, ...]) -> None:
        """Show ``cards``."""
        self.deck.set_cards(cards)
        self.fit_cards()
        if cards:
            self.setCurrentIndex(self.deck.index(0, 0))

    def fit_cards(self) -> None:
        """Fill the width with columns of equal cards, each tall enough for its whole text."""
        least = round(MIN_CARD_WIDTH * max(1.0, self.font().pointSizeF() / 10))  # wider with the text
        available = max(least, self.viewport().width() - 2 * self.spacing() - 2)
        columns = max(1, available // least)
        width = available // columns - 2 * self.spacing()
        text_width = width - 12 - TEXT_LEFT - 10
        heights = [
            CardDelegate.document(c, self.font(), self.palette(), text_width).size().height()
            for c in self.deck.cards
        ]
        height = int(max(heights, default=100)) + CARD_MARGINS + 4
        size = QSize(width, height)
        if size != self.card_delegate.card_size:
            self.card_delegate.card_size = size
            self.card_delegate.sizeHintChanged.emit(self.deck.index(0, 0))
            self.scheduleDelayedItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_cards()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self.fit_cards()

    def _emit(self, index: QModelIndex) -> None:
        if index.isValid():
            self.item_activated.emit("value", self.deck.cards[index.row()].id)
