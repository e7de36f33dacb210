"""The block library beside the agenda: the user's saved blocks, to drag onto the agenda at the
place they belong (``BLOCK_MIME`` carries the block itself) or, from the keyboard, Enter to
insert the chosen one after the agenda's current block."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from goedwerk.core.model import Block
from goedwerk.core.workspace import SavedBlock, Workspace
from goedwerk.ui.common.empty_pane import fit_pane

BLOCK_MIME = "application/x-goedwerk-saved-block"
BlockRole = Qt.ItemDataRole.UserRole + 1


def block_summary(block: Block, kind_names: dict[str, str]) -> str:
    """One line for a saved block: title, kind, minutes and number of items."""
    text = QCoreApplication.translate("BlockLibrary", "{title} · {kind} · {minutes} min · {n} items")
    kind = kind_names.get(block.kind, block.kind)
    return text.format(title=block.title, kind=kind, minutes=block.minutes, n=len(block.items))


def block_mime(block: Block) -> QMimeData:
    """Drag data for a saved block: the block's fields as JSON."""
    mime = QMimeData()
    data = {
        "title": block.title,
        "minutes": block.minutes,
        "kind": block.kind,
        "instructions": block.instructions,
        "items": list(block.items),
        "options": list(block.options),
    }
    mime.setData(BLOCK_MIME, json.dumps(data).encode())
    return mime


def block_from_mime(data: QMimeData) -> Block | None:
    """The block a drag carries, or None when the data is not a block."""
    try:
        raw = json.loads(bytes(data.data(BLOCK_MIME)).decode())
        return Block(
            str(raw["title"]),
            int(raw["minutes"]),
            str(raw["kind"]),
            str(raw.get("instructions", "")),
            tuple(str(ref) for ref in raw.get("items", ())),
            tuple(str(option) for option in raw.get("options", ())),
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


class _BlockList(QListWidget):
    """A list whose drags carry the saved block."""

    def mimeTypes(self) -> list[str]:
        return [BLOCK_MIME]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        block = items[0].data(BlockRole) if items else None
        return block_mime(block) if isinstance(block, Block) else QMimeData()


class BlockLibraryPanel(QWidget):
    """Lists the saved blocks; emits ``insert_requested(block)`` on Enter or a double click."""

    insert_requested = Signal(object)

    def __init__(
        self, workspace: Workspace, kind_names: Callable[[], dict[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("block_library_panel")
        self.workspace = workspace
        self.kind_names = kind_names
        self.heading = QLabel(self)
        self.list = _BlockList(self)
        self.list.setObjectName("block_library_panel_list")
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.list.itemActivated.connect(self._activated)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.heading.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        """Set texts in the current language (and list the blocks again)."""
        self.heading.setText(self.tr("&Blokkenbibliotheek"))
        self.list.setAccessibleName(self.tr("Blokkenbibliotheek"))
        self.list.setAccessibleDescription(
            self.tr("Sleep een blok naar de agenda, of druk Enter om het na het gekozen blok in te voegen")
        )
        self.refresh()

    def refresh(self) -> None:
        """List the saved blocks from the catalog."""
        blocks = self.workspace.templates.blocks()
        self.list.clear()
        names = self.kind_names()
        for saved in blocks:
            self._add_row(saved, names)
        self.hint.setText(
            self.tr("Sleep een blok naar de agenda (Enter voegt het in na het gekozen blok).")
            if blocks
            else self.tr("Nog leeg: kies een blok en Pakket > Blok in blokkenbibliotheek bewaren.")
        )
        self.list.setVisible(bool(blocks))  # no blank box while nothing is saved
        fit_pane(self, not blocks)

    def _add_row(self, saved: SavedBlock, names: dict[str, str]) -> None:
        block = saved.block
        item = QListWidgetItem(block_summary(block, names), self.list)
        item.setData(BlockRole, block)
        item.setToolTip(block.instructions)

    def titles(self) -> list[str]:
        """The titles of the listed blocks, in order."""
        return [self.list.item(row).data(BlockRole).title for row in range(self.list.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        block = item.data(BlockRole)
        if isinstance(block, Block):
            self.insert_requested.emit(block)
