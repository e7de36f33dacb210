"""A table model over a list of reflections: date, pack (with the source of an imported one), part
and the start of the text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from goedwerk.core.workspace import Reflection

Index = QModelIndex | QPersistentModelIndex
ReflectionRole = Qt.ItemDataRole.UserRole + 20
FlaggedRole = Qt.ItemDataRole.UserRole + 21
TEXT_COLUMN = 3


class ReflectionsModel(QAbstractTableModel):
    """The reflections the harvest shows, in the order given."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.reflections: list[Reflection] = []
        self.flagged: set[str] = set()
        self.warning_icon = QIcon()
        self.headers = ["", "", "", ""]

    def set_headers(self, headers: list[str]) -> None:
        """Column titles in the current language."""
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def set_reflections(self, reflections: list[Reflection], flagged: set[str] | None = None) -> None:
        """Replace the rows; ``flagged`` ids still hold possible personal data and are marked."""
        self.beginResetModel()
        self.reflections = list(reflections)
        self.flagged = set(flagged or ())
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.reflections)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        reflection = self.reflections[index.row()]
        if role == ReflectionRole:
            return reflection
        flagged = reflection.id in self.flagged
        if role == FlaggedRole:
            return flagged
        if role == Qt.ItemDataRole.DecorationRole and flagged and index.column() == TEXT_COLUMN:
            return self.warning_icon
        if role == Qt.ItemDataRole.ToolTipRole and flagged and index.column() == TEXT_COLUMN:
            return QCoreApplication.translate("ReflectionsModel", "Bevat mogelijk nog persoonsgegevens.")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = " ".join(reflection.text().split())
            pack = reflection.pack_title
            if reflection.source:  # imported: whose group said it
                pack = f"{pack} · {reflection.source}"
            cells = (reflection.date, pack, reflection.scope, text)
            value = cells[index.column()]
            return value[:160] if role == Qt.ItemDataRole.DisplayRole else value[:600]
        return None
