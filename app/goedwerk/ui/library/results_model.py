"""Qt list models over library items: one draggable base, the search hits on it.

``ItemListModel`` holds rows of one kind, drags them as item refs (``story:<id>``) and leaves
``data`` and ``ref`` to its subclasses: ``ResultsModel`` here, the values deck's ``CardsModel``.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from goedwerk.core.model import SearchHit

ITEM_MIME = "application/x-goedwerk-item"
KindRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
SnippetRole = Qt.ItemDataRole.UserRole + 3
RefRole = Qt.ItemDataRole.UserRole + 4
SourceRole = Qt.ItemDataRole.UserRole + 5

Index = QModelIndex | QPersistentModelIndex


def item_mime(refs: list[str]) -> QMimeData:
    """Mime data that carries item refs (``story:<id>``) to a pack or another view."""
    mime = QMimeData()
    mime.setData(ITEM_MIME, "\n".join(refs).encode("utf-8"))
    mime.setText("\n".join(refs))
    return mime


T = TypeVar("T")


class ItemListModel(QAbstractListModel, Generic[T]):
    """Rows of library items that drag as refs; subclasses give ``data`` and ``ref``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: tuple[T, ...] = ()

    def set_rows(self, rows: tuple[T, ...]) -> None:
        """Replace all rows."""
        self.beginResetModel()
        self.rows = tuple(rows)
        self.endResetModel()

    def row_item(self, index: Index) -> T | None:
        """The item of a valid index, else None."""
        return self.rows[index.row()] if index.isValid() and 0 <= index.row() < len(self.rows) else None

    def ref(self, item: T) -> str:
        """The ref ``kind:id`` an item drags as."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        return item_mime([self.ref(self.rows[i.row()]) for i in indexes if i.isValid()])


class ResultsModel(ItemListModel[SearchHit]):
    """The hits of the current search, in rank order."""

    def set_hits(self, hits: tuple[SearchHit, ...]) -> None:
        """Replace all rows."""
        self.set_rows(hits)

    def hit(self, row: int) -> SearchHit:
        """The hit in ``row``."""
        return self.rows[row]

    def ref(self, item: SearchHit) -> str:
        """``kind:id`` of a hit."""
        return f"{item.kind}:{item.id}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.row_item(index)
        if hit is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet or hit.title
        return {
            KindRole: hit.kind,
            IdRole: hit.id,
            SnippetRole: hit.snippet_html,
            RefRole: self.ref(hit),
            SourceRole: hit.source,
        }.get(role)
