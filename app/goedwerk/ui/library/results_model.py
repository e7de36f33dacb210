"""Qt list model over search hits (adapts ``SearchResult`` for views); drags items as refs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from goedwerk.core.model import SearchHit

ITEM_MIME = "application/x-goedwerk-item"
KindRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
SnippetRole = Qt.ItemDataRole.UserRole + 3
RefRole = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex


def item_mime(refs: list[str]) -> QMimeData:
    """Mime data that carries item refs (``story:<id>``) to a pack or another view."""
    mime = QMimeData()
    mime.setData(ITEM_MIME, "\n".join(refs).encode("utf-8"))
    mime.setText("\n".join(refs))
    return mime


class ResultsModel(QAbstractListModel):
    """The hits of the current search, in rank order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: tuple[SearchHit, ...] = ()

    def set_hits(self, hits: tuple[SearchHit, ...]) -> None:
        """Replace all rows."""
        self.beginResetModel()
        self._hits = tuple(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        """The hit in ``row``."""
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet or hit.title
        return {
            KindRole: hit.kind,
            IdRole: hit.id,
            SnippetRole: hit.snippet_html,
            RefRole: f"{hit.kind}:{hit.id}",
        }.get(role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        return item_mime([self.data(i, RefRole) for i in indexes if i.isValid()])
