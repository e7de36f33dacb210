"""The pack builder: the pack's details, its agenda of timed blocks and items, and undo.

Every change is a pure edit from ``goedwerk.core.packs.operations`` pushed as an undo command and saved
to the catalog at once, so closing or crashing never loses more than the last keystroke.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.model import Block, Pack
from goedwerk.core.workspace import Workspace, packs
from goedwerk.ui.common.accessibility import announce_current_item, set_tab_order
from goedwerk.ui.packs.agenda_buttons import AgendaButtons
from goedwerk.ui.packs.block_details import BlockDetails
from goedwerk.ui.packs.block_library_panel import BlockLibraryPanel
from goedwerk.ui.packs.commands import PackEdit
from goedwerk.ui.packs.minutes_delegate import MinutesDelegate
from goedwerk.ui.packs.pack_footer import PackFooter
from goedwerk.ui.packs.pack_form import FIELDS as FORM_FIELDS
from goedwerk.ui.packs.pack_form import PackForm
from goedwerk.ui.packs.pack_model import PackModel

logger = logging.getLogger(__name__)

Edit = Callable[[Pack], Pack]


class PackBuilder(QWidget):
    """Edit one pack. Emits ``pack_changed(pack)`` after every saved change."""

    pack_changed = Signal(object)
    message = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pack_builder")
        self.workspace = workspace
        self.pack: Pack | None = None
        self.undo_stack = QUndoStack(self)
        self._build_form()
        self._build_agenda()
        self._build_details()
        self._build_layout()
        self.retranslate()
        self.set_pack(None)

    # -- building --------------------------------------------------------------------------

    def _build_form(self) -> None:
        self.pack_form = PackForm(self)
        self.pack_form.field_edited.connect(self.set_field)
        f = self.pack_form
        self.title, self.date, self.start, self.place = f.title, f.date, f.start, f.place
        self.group, self.facilitators, self.planned = f.group, f.facilitators, f.planned

    def _build_agenda(self) -> None:
        self.model = PackModel(self.edit, {}, self)
        self.model.items_dropped.connect(self._announce_added)
        self.model.block_dropped.connect(self._block_inserted)
        self.agenda = QTreeView(self)
        self.agenda.setObjectName("agenda")
        self.agenda.setModel(self.model)
        self.agenda.setItemDelegateForColumn(2, MinutesDelegate(self.agenda))
        self.agenda.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.agenda.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.agenda.setDragEnabled(True)
        self.agenda.setAcceptDrops(True)
        self.agenda.setDropIndicatorShown(True)
        self.agenda.setAlternatingRowColors(True)
        self.agenda.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.agenda.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.agenda.selectionModel().currentChanged.connect(lambda *_args: self._show_details())
        announce_current_item(self.agenda)
        self.buttons = AgendaButtons(self)
        self.buttons.add_requested.connect(self.add_block)
        self.buttons.remove_requested.connect(self.remove_selected)
        self.buttons.move_requested.connect(self.move_selected)
        b = self.buttons
        self.add_block_button, self.up_button, self.down_button, self.remove_button = b.buttons()

    def _build_details(self) -> None:
        self.details = BlockDetails(self, self)
        d = self.details
        self.kind, self.instructions, self.short_box, self.vote_options = (
            d.kind,
            d.instructions,
            d.short_box,
            d.vote_options,
        )
        self.footer = PackFooter(self)
        self.total, self.warning = self.footer.total, self.footer.warning
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.block_library = BlockLibraryPanel(self.workspace, self.details.block_kind_names, self)
        self.block_library.insert_requested.connect(self.insert_saved_block)

    def _build_layout(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.agenda)
        self.splitter.addWidget(self.details)
        self.splitter.addWidget(self.block_library)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.pack_form)
        layout.addWidget(self.buttons)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.footer)
        set_tab_order(self.focus_chain())

    def focus_chain(self) -> list[QWidget]:
        """The builder's fields and buttons in screen order (Tab goes through them like this)."""
        form = [getattr(self.pack_form, name) for name in FORM_FIELDS]
        return [
            *form,
            *self.buttons.buttons(),
            self.agenda,
            *self.details.focus_chain(),
            self.block_library.list,
        ]

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.pack_form.retranslate()
        self.details.retranslate()
        self.block_library.retranslate()
        self.buttons.retranslate()
        self.model.kind_names["short"] = self.tr("korte versie")
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.model.headers = [self.tr("Tijd"), self.tr("Blok of item"), self.tr("Duur")]
        self.model.kind_names.update(
            {
                "story": self.tr("Verhaal"),
                "value": self.tr("Waardenkaart"),
                "question": self.tr("Vraag"),
                "guide": self.tr("Handreiking"),
            }
        )
        self.empty.setText(self.tr("Kies links een sessiepakket, of maak een nieuw pakket (Ctrl+N)."))
        self.footer.show_pack(self.pack)

    def block_kind_names(self) -> dict[str, str]:
        """Display names of the block kinds: the same names the printed pack uses."""
        return self.details.block_kind_names()

    # -- showing a pack --------------------------------------------------------------------

    def set_pack(self, pack: Pack | None) -> None:
        """Edit ``pack`` (None shows a hint); the undo history starts afresh."""
        self.undo_stack.clear()
        self.pack = pack
        self._refresh(select=(0, None) if pack and pack.blocks else None)

    def _refresh(self, select: tuple[int, int | None] | None = None) -> None:
        pack = self.pack
        for widget in (self.agenda, self.add_block_button, self.block_library):
            widget.setEnabled(pack is not None)
        self.details.set_enabled(pack is not None)
        self.empty.setVisible(pack is None)
        # without a pack the library is not needed: do not load it (the window opens first)
        library = self.workspace.library if pack is not None else self.workspace.loaded
        had = self.workspace.packs.group_had(pack) if pack else None
        notes = self.workspace.notes.all() if pack else {}
        self.model.set_pack(pack, library, had, notes)  # type: ignore[arg-type]
        self.agenda.expandAll()
        self._fill_form()
        if select is not None:
            self.select(*select)
        self._show_details()
        self.footer.show_pack(pack)

    def _fill_form(self) -> None:
        self.pack_form.show_pack(self.pack)

    # -- selection and details -------------------------------------------------------------

    def selected(self) -> tuple[int, int | None] | None:
        """``(block, item)`` of the current row; ``item`` is None on a block."""
        index = self.agenda.currentIndex()
        return self.model.position(index) if index.isValid() else None

    def select(self, block: int, item: int | None = None) -> None:
        """Make a block (or an item of it) the current row."""
        if self.pack is None or not 0 <= block < len(self.pack.blocks):
            return
        index = self.model.index(block, 1)
        if item is not None and 0 <= item < len(self.pack.blocks[block].items):
            index = self.model.index(item, 1, self.model.index(block, 0))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.agenda.selectionModel().setCurrentIndex(index, flags)

    def current_block(self) -> int | None:
        """The block of the current row (the last block when nothing is selected)."""
        selected = self.selected()
        if selected is not None:
            return selected[0]
        return len(self.pack.blocks) - 1 if self.pack and self.pack.blocks else None

    def _show_details(self) -> None:
        self.details.show_current()
        selected = self.selected()
        self.buttons.show_row(selected is not None and selected[1] is not None, selected is not None)

    # -- editing ---------------------------------------------------------------------------

    def edit(
        self,
        change: Edit,
        text: str,
        merge_key: str | None = None,
        select: tuple[int, int | None] | None = None,
    ) -> bool:
        """Apply a pure edit as an undoable, saved change; False when it was refused."""
        if self.pack is None or self.details.filling:
            return False
        try:
            after = change(self.pack)
        except (ValueError, IndexError) as exc:
            self.message.emit(str(exc))
            return False
        if after == self.pack:
            return False
        self._pending_select = select
        self.undo_stack.push(PackEdit(self._apply, self.pack, after, text, merge_key))
        return True

    def _apply(self, pack: Pack) -> None:
        keep = getattr(self, "_pending_select", None) or self.selected()
        self._pending_select = None
        self.pack = pack
        try:
            self.pack = self.workspace.packs.save(pack)
        except GoedWerkError as exc:
            self.message.emit(self.tr("Opslaan mislukt: {error}").format(error=exc))
        except OSError as exc:
            self.message.emit(self.tr("Opslaan mislukt: {error}").format(error=exc))
        self._refresh(select=keep)
        self.pack_changed.emit(self.pack)

    def set_field(self, name: str, value: object) -> None:
        """Set a field of the pack as an undoable, saved change (typing in it merges)."""
        self.edit(
            lambda p: packs.set_pack_field(p, name, value),
            self.tr("Pakket wijzigen"),
            merge_key=f"pack:{name}",
        )

    def add_block(self) -> None:
        """Add a 10-minute block after the current one and select its title for editing."""
        if self.pack is None:
            return
        at = (self.current_block() + 1) if self.current_block() is not None else 0
        block = Block(self.tr("Nieuw blok"), 10, "other")
        if self.edit(lambda p: packs.add_block(p, block, at), self.tr("Blok toevoegen"), select=(at, None)):
            self.agenda.edit(self.model.index(at, 1))

    def insert_saved_block(self, block: Block) -> bool:
        """Insert a block from the block library after the current block (at the end when none)."""
        if self.pack is None:
            self.message.emit(self.tr("Maak eerst een pakket."))
            return False
        current = self.current_block()
        at = len(self.pack.blocks) if current is None else current + 1
        done = self.edit(lambda p: packs.add_block(p, block, at), self.tr("Blok invoegen"), select=(at, None))
        if done:
            self._block_inserted(at)
        return done

    def _block_inserted(self, at: int) -> None:
        if self.pack is None or not 0 <= at < len(self.pack.blocks):
            return
        self.select(at)
        title = self.pack.blocks[at].title
        self.message.emit(self.tr("Blok ‘{title}’ ingevoegd als blok {n}.").format(title=title, n=at + 1))

    def add_item(self, ref: str) -> bool:
        """Add a library item to the current block; False when there is no block."""
        block = self.current_block()
        if self.pack is None or block is None:
            self.message.emit(self.tr("Maak eerst een pakket met een blok."))
            return False
        title = self.pack.blocks[block].title
        if ref in self.pack.blocks[block].items:
            self.message.emit(self.tr("Dit item staat al in ‘{block}’.").format(block=title))
            return False
        count = len(self.pack.blocks[block].items)
        done = self.edit(
            lambda p: packs.add_item(p, block, ref), self.tr("Aan blok toevoegen"), select=(block, count)
        )
        if done:
            self._announce_added(block, [ref])
        return done

    def _announce_added(self, block: int, refs: list[str]) -> None:
        """Say in the status bar what was added where."""
        if self.pack is None or not 0 <= block < len(self.pack.blocks):
            return
        title = self.pack.blocks[block].title
        if len(refs) == 1:
            item = packs.resolve(refs[0], self.workspace.library)
            text = self.tr("‘{item}’ toegevoegd aan ‘{block}’.").format(
                item=item.title if item is not None else refs[0], block=title
            )
        else:
            text = self.tr("{n} items toegevoegd aan ‘{block}’.").format(n=len(refs), block=title)
        self.message.emit(text)

    def add_items(self, refs: list[str]) -> bool:
        """Add several library items to the current block in order, as one step to undo."""
        block = self.current_block()
        if self.pack is None or block is None:
            self.message.emit(self.tr("Maak eerst een pakket met een blok."))
            return False
        new = [ref for ref in dict.fromkeys(refs) if ref not in self.pack.blocks[block].items]
        if not new:
            return False

        def add_all(pack: Pack) -> Pack:
            for ref in new:
                pack = packs.add_item(pack, block, ref)
            return pack

        title = self.pack.blocks[block].title
        done = self.edit(
            add_all, self.tr("Aan blok toevoegen"), select=(block, len(self.pack.blocks[block].items))
        )
        if done:
            self.message.emit(self.tr("{n} items toegevoegd aan ‘{block}’.").format(n=len(new), block=title))
        return done

    def remove_selected(self) -> None:
        """Remove the current block or item."""
        selected = self.selected()
        if selected is None:
            return
        block, item = selected
        if item is None:
            self.edit(
                lambda p: packs.remove_block(p, block),
                self.tr("Blok verwijderen"),
                select=(max(0, block - 1), None),
            )
        else:
            self.edit(
                lambda p: packs.remove_item(p, block, item), self.tr("Item verwijderen"), select=(block, None)
            )

    def move_selected(self, step: int) -> None:
        """Move the current block or item one place up (-1) or down (+1)."""
        selected = self.selected()
        if selected is None or self.pack is None:
            return
        block, item = selected
        if item is None:
            target = block + step
            if 0 <= target < len(self.pack.blocks):
                self.edit(
                    lambda p: packs.move_block(p, block, target),
                    self.tr("Blok verplaatsen"),
                    select=(target, None),
                )
            return
        target = item + step
        if 0 <= target < len(self.pack.blocks[block].items):
            self.edit(
                lambda p: packs.move_item(p, (block, item), (block, target)),
                self.tr("Item verplaatsen"),
                select=(block, target),
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.agenda.hasFocus():
            self.remove_selected()
            return
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            # Ctrl+Tab leaves a field like Tab does; it must not reach the tabs and hide the builder.
            self.focusNextPrevChild(event.key() == Qt.Key.Key_Tab)
            return
        super().keyPressEvent(event)
