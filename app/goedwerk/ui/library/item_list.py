"""A plain list of library items (favourites, recently read), with an empty-state hint."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

from goedwerk.ui.library.results_model import ITEM_MIME, item_mime

RefRole = Qt.ItemDataRole.UserRole + 1


class _List(QListWidget):
    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        return item_mime([i.data(RefRole) for i in items])


class ItemList(QStackedWidget):
    """Items as ``KIND · title`` rows; emits ``item_activated(kind, id)``."""

    item_activated = Signal(str, str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.list = _List(self)
        self.list.setObjectName(f"{name}_list")
        self.list.setWordWrap(True)
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.itemActivated.connect(self._emit)
        self.list.itemClicked.connect(self._emit)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
        self.empty.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the hint is read when the tab is chosen
        self.addWidget(self.list)
        self.addWidget(self.empty)

    def set_items(self, rows: list[tuple[str, str, str]], empty_text: str) -> None:
        """Show ``(kind, id, label)`` rows, or ``empty_text`` when there are none."""
        self.list.clear()
        for kind, item_id, label in rows:
            row = QListWidgetItem(label, self.list)
            row.setData(RefRole, f"{kind}:{item_id}")
        self.empty.setText(empty_text)
        self.empty.setAccessibleName(empty_text)
        self.setCurrentWidget(self.list if rows else self.empty)

    def refs(self) -> list[str]:
        """The shown items as ``kind:id``."""
        return [self.list.item(i).data(RefRole) for i in range(self.list.count())]

    def _emit(self, item: QListWidgetItem) -> None:
        kind, _sep, item_id = item.data(RefRole).partition(":")
        self.item_activated.emit(kind, item_id)
