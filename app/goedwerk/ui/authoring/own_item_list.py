"""The left side of an own-item editor: the own items, new, copy of a library item, delete and undo."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class OwnItemList(QWidget):
    """Lists ``(id, label)`` items; the buttons ask for ``*_requested``, ``chosen(id)`` reports a pick."""

    chosen = Signal(str)  # "" when nothing is chosen
    new_requested = Signal()
    copy_requested = Signal(str)
    delete_requested = Signal()
    undo_requested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName(f"own_{name}_list")
        self.list.currentItemChanged.connect(lambda item, _old: self.chosen.emit(self._id(item)))
        self.buttons = {key: QPushButton(self) for key in ("new", "delete", "undo", "copy")}
        for key, button in self.buttons.items():
            button.setObjectName(f"own_{name}_{key}")
        self.buttons["new"].clicked.connect(lambda: self.new_requested.emit())
        self.buttons["delete"].clicked.connect(lambda: self.delete_requested.emit())
        self.buttons["undo"].clicked.connect(lambda: self.undo_requested.emit())
        self.buttons["copy"].clicked.connect(lambda: self._copy())
        self.originals = QComboBox(self)
        self.originals.setObjectName(f"own_{name}_originals")
        self.originals.setMinimumContentsLength(18)
        self.originals.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.undo_label = QLabel(self)
        self.undo_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_label.setWordWrap(True)
        self.copy_label = QLabel(self)
        self.copy_label.setBuddy(self.originals)
        self.hide_undo()
        row = QHBoxLayout()
        row.addWidget(self.buttons["new"])
        row.addWidget(self.buttons["delete"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.copy_label)
        layout.addWidget(self.originals)
        layout.addWidget(self.buttons["copy"])
        layout.addWidget(self.undo_label)
        layout.addWidget(self.buttons["undo"])
        self.retranslate()

    def retranslate(self) -> None:
        """Set texts in the current language."""
        self.buttons["new"].setText(self.tr("&Nieuw"))
        self.buttons["delete"].setText(self.tr("&Verwijderen…"))
        self.buttons["undo"].setText(self.tr("&Ongedaan maken"))
        self.buttons["copy"].setText(self.tr("Als &kopie beginnen"))
        self.copy_label.setText(self.tr("Begin met een kopie van:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_items(self, items: Iterable[tuple[str, str]], select: str | None) -> None:
        """Show the items (labels are plain text) and choose ``select`` (else the first)."""
        self.list.blockSignals(True)
        self.list.clear()
        for item_id, label in items:
            QListWidgetItem(label or item_id, self.list).setData(Qt.ItemDataRole.UserRole, item_id)
        self.list.blockSignals(False)
        ids = [self._id(self.list.item(r)) for r in range(self.list.count())]
        self.list.setCurrentRow(ids.index(select) if select in ids else (0 if ids else -1))
        if not ids:
            self.chosen.emit("")

    def set_originals(self, items: Iterable[tuple[str, str]]) -> None:
        """The library items a copy can start from."""
        self.originals.clear()
        for item_id, label in items:
            self.originals.addItem(label, item_id)
        self.buttons["copy"].setEnabled(self.originals.count() > 0)

    def set_label(self, text: str) -> None:
        """A new title for the chosen item, after it was saved."""
        item = self.list.currentItem()
        if item is not None:
            item.setText(text)

    def show_undo(self, text: str) -> None:
        """Say what was deleted, with the button that brings it back."""
        self.undo_label.setText(text)
        self.undo_label.show()
        self.buttons["undo"].show()

    def hide_undo(self) -> None:
        """Nothing to bring back."""
        self.undo_label.hide()
        self.buttons["undo"].hide()

    def _copy(self) -> None:
        if self.originals.currentData():
            self.copy_requested.emit(self.originals.currentData())

    @staticmethod
    def _id(item: QListWidgetItem | None) -> str:
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""
