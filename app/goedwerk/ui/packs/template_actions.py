"""The user's own templates in the Pakket menu: save the pack as a template, save the current
block in the block library, insert a block from it (undoable like every builder edit)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from goedwerk.core.model import Pack
from goedwerk.core.workspace import Workspace
from goedwerk.ui.common.actions import ActionCollection
from goedwerk.ui.packs.block_library_dialog import BlockLibraryDialog
from goedwerk.ui.packs.pack_builder import PackBuilder


class TemplateActions(QObject):
    """Wires ``pack_save_template``, ``pack_save_block`` and ``pack_insert_block``."""

    message = Signal(str)

    def __init__(
        self, window: QWidget, workspace: Workspace, builder: PackBuilder, actions: ActionCollection
    ) -> None:
        super().__init__(window)
        self.window, self.workspace, self.builder = window, workspace, builder
        actions.pack_save_template.triggered.connect(lambda: self.save_template())
        actions.pack_save_block.triggered.connect(lambda: self.save_block())
        actions.pack_insert_block.triggered.connect(lambda: self.insert_block())

    def save_template(self, title: str | None = None) -> Pack | None:
        """Keep the open pack as a template (asks for its name when ``title`` is None)."""
        pack = self.builder.pack
        if pack is None:
            return None
        if title is None:
            title, ok = QInputDialog.getText(
                self.window,
                self.tr("Opslaan als sjabloon"),
                self.tr("Naam van het sjabloon:"),
                QLineEdit.EchoMode.Normal,
                pack.title,
            )
            if not ok or not title.strip():
                return None
        template = self.workspace.templates.save_pack(pack, title.strip())
        self.message.emit(
            self.tr("Sjabloon ‘{title}’ bewaard; kies het bij Nieuw pakket.").format(title=template.title)
        )
        return template

    def save_block(self) -> None:
        """Keep the current block in the block library."""
        index = self.builder.current_block()
        if self.builder.pack is None or index is None:
            self.message.emit(self.tr("Kies eerst een blok."))
            return
        block = self.builder.pack.blocks[index]
        self.workspace.templates.save_block(block)
        self.builder.block_library.refresh()
        self.message.emit(self.tr("Blok ‘{title}’ staat in de blokkenbibliotheek.").format(title=block.title))

    def insert_block(self) -> bool:
        """Choose a saved block and insert it after the current block."""
        if self.builder.pack is None:
            self.message.emit(self.tr("Maak eerst een pakket."))
            return False
        blocks = self.workspace.templates.blocks()
        if not blocks:
            self.message.emit(self.tr("De blokkenbibliotheek is nog leeg: bewaar eerst een blok."))
            return False
        saved = BlockLibraryDialog.ask(
            self.window, blocks, self.builder.block_kind_names(), self.workspace.templates.delete
        )
        self.builder.block_library.refresh()  # the dialog may have deleted some
        return saved is not None and self.builder.insert_saved_block(saved.block)
