"""The block library: the blocks the user saved, to insert one into the open pack.
Use ``BlockLibraryDialog.ask``; *Verwijderen* takes a block out of the library after asking."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.workspace import SavedBlock
from goedwerk.ui.packs.block_library_panel import block_summary

IdRole = Qt.ItemDataRole.UserRole + 1


class BlockLibraryDialog(QDialog):
    """Lists saved blocks (title, kind, minutes, number of items); OK inserts the chosen one."""

    def __init__(
        self,
        blocks: list[SavedBlock],
        kind_names: dict[str, str],
        delete: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("block_library")
        self.setWindowTitle(self.tr("Blokkenbibliotheek"))
        self.resize(520, 400)
        self.blocks = {saved.id: saved for saved in blocks}
        self.delete_fn = delete
        self.list = QListWidget(self, objectName="block_library_list")
        self.list.setAccessibleName(self.tr("Bewaarde blokken"))
        for saved in blocks:
            item = QListWidgetItem(block_summary(saved.block, kind_names), self.list)
            item.setData(IdRole, saved.id)
            item.setToolTip(saved.block.instructions)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Invoegen"))
        self.delete_button = buttons.addButton(
            self.tr("&Verwijderen…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.delete_button.clicked.connect(self.delete_current)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def current(self) -> SavedBlock | None:
        """The chosen saved block, or None."""
        item = self.list.currentItem()
        return self.blocks.get(item.data(IdRole)) if item is not None else None

    def delete_current(self) -> None:
        """Take the chosen block out of the library, after asking."""
        saved = self.current()
        if saved is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Blok verwijderen"),
            self.tr("‘{title}’ uit de blokkenbibliotheek verwijderen?").format(title=saved.block.title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_fn(saved.id)
            self.blocks.pop(saved.id)
            self.list.takeItem(self.list.currentRow())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        blocks: list[SavedBlock],
        kind_names: dict[str, str],
        delete: Callable[[str], None],
    ) -> SavedBlock | None:
        """Show the library; the block to insert, or None."""
        dialog = cls(blocks, kind_names, delete, parent)
        return dialog.current() if dialog.exec() == QDialog.DialogCode.Accepted else None
