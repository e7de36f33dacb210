"""Qt tree model over a ``Pack``: blocks with clock times, their items as children.

Every change goes through ``edit(fn, text)``, a callback of the builder that turns the pure
edit into an undoable command; the model never changes the pack itself. Drags carry a position
in the pack (to reorder), library item refs (to add) or a saved block from the block library
(inserted where it is dropped).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QApplication

from goedwerk.core.model import Library, Pack
from goedwerk.core.workspace import Use, packs
from goedwerk.ui.common.block_colours import kind_colour, kind_icon
from goedwerk.ui.library.results_model import ITEM_MIME
from goedwerk.ui.packs.block_library_panel import BLOCK_MIME, block_from_mime

POS_MIME = "application/x-goedwerk-pack-position"
Index = QModelIndex | QPersistentModelIndex
EditFn = Callable[[Callable[[Pack], Pack], str], bool]
COLUMNS = 3  # clock time, title, minutes


class PackModel(QAbstractItemModel):
    """Blocks (top level) and their items (children) of one pack.

    Emits ``items_dropped(block, refs)`` and ``block_dropped(index)`` (a saved block inserted).
    """

    items_dropped = Signal(int, list)
    block_dropped = Signal(int)

    def __init__(self, edit: EditFn, kind_names: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.edit = edit
        self.kind_names = kind_names
        self.pack: Pack | None = None
        self.library: Library | None = None
        self.had: dict[str, list[Use]] = {}  # refs the pack's group already had elsewhere
        self.notes: dict[str, str] = {}  # the user's private notes by ref
        self._slots: list[packs.Slot] = []
        self.headers = ["", "", ""]

    def set_pack(
        self,
        pack: Pack | None,
        library: Library,
        had: dict[str, list[Use]] | None = None,
        notes: dict[str, str] | None = None,
    ) -> None:
        """Show ``pack`` (None for nothing); ``had`` marks what its group had, ``notes`` the user's notes.

        A change that keeps every row (a title, minutes, an item swapped) updates the rows in
        place, so an open editor, the selection and the focus survive it; anything else resets.
        """
        same_rows = pack is not None and self.pack is not None and _rows(pack) == _rows(self.pack)
        reset = not same_rows or library is not self.library
        if reset:
            self.beginResetModel()
        self.pack, self.library, self.had, self.notes = pack, library, had or {}, notes or {}
        self._slots = packs.schedule(pack) if pack else []
        if reset:
            self.endResetModel()
            return
        assert pack is not None
        last = COLUMNS - 1
        if pack.blocks:
            self.dataChanged.emit(self.index(0, 0), self.index(len(pack.blocks) - 1, last))
        for row, block in enumerate(pack.blocks):
            if block.items:
                parent = self.index(row, 0)
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(len(block.items) - 1, last, parent)
                )

    # -- structure -------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if self.pack is None or not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, 0 if not parent.isValid() else parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if self.pack is None:
            return 0
        if not parent.isValid():
            return len(self.pack.blocks)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.pack.blocks[parent.row()].items)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    @staticmethod
    def position(index: Index) -> tuple[int, int | None]:
        """``(block, item)`` of an index; ``item`` is None for a block."""
        if index.internalId() == 0:
            return index.row(), None
        return index.internalId() - 1, index.row()

    # -- data ------------------------------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.pack is None:
            return None
        block_row, item_row = self.position(index)
        if item_row is None:
            return self._block_data(block_row, index.column(), role)
        return self._item_data(block_row, item_row, index.column(), role)

    def _block_data(self, row: int, column: int, role: int) -> Any:
        slot = self._slots[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (f"{slot.start}–{slot.end}", slot.block.title, f"{slot.block.minutes} min")[column]
        if role == Qt.ItemDataRole.EditRole:
            return (None, slot.block.title, slot.block.minutes)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return slot.block.instructions or None
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return kind_icon(slot.block.kind, QApplication.palette())
        if role == Qt.ItemDataRole.BackgroundRole and column == 0:
            return kind_colour(slot.block.kind, QApplication.palette())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _item_data(self, block: int, row: int, column: int, role: int) -> Any:
        assert self.pack is not None and self.library is not None
        ref = self.pack.blocks[block].items[row]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        if column != 1:
            if role != Qt.ItemDataRole.AccessibleTextRole:
                return None
            # the item's empty time and length cells say what they are
            return (
                self.tr("onderdeel {n}").format(n=row + 1)
                if column == 0
                else self.tr("in de tijd van het blok")
            )
        item = packs.resolve(ref, self.library)
        kind = ref.partition(":")[0]
        # an item the library no longer has (a card merged away, a folder not reachable) says so
        missing = self.tr("{id} (niet in de bibliotheek)").format(id=ref.partition(":")[2] or ref)
        label = item.title if item is not None else missing
        if kind == "story" and item is not None and self.pack.uses_short_version(item.id):
            label = f"{label} ({self.kind_names.get('short', 'korte versie')})"
        if ref in self.had:
            when = ", ".join(use.date or use.pack_title for use in self.had[ref])
            label = self.tr("{label} — al gehad met {group}: {when}").format(
                label=label, group=self.pack.group.strip(), when=when
            )
        text = f"{self.kind_names.get(kind, kind)} · {label}"
        note = self.notes.get(ref, "").strip()
        if note and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{text}\nJe notitie: {note}").format(text=text, note=note)
        return f"{text}  ✎" if note else text

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.internalId() == 0:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
            if index.column() in (1, 2):
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.internalId() != 0:
            return False
        row = index.row()
        if index.column() == 1 and str(value).strip():
            title = str(value).strip()
            self.edit(lambda p: packs.set_block_field(p, row, "title", title), self.tr("Bloktitel wijzigen"))
            return True
        if index.column() == 2:
            try:
                minutes = int(value)
            except (TypeError, ValueError):
                return False
            self.edit(
                lambda p: packs.set_block_field(p, row, "minutes", minutes), self.tr("Minuten wijzigen")
            )
            return True
        return False

    # -- drag and drop ---------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [POS_MIME, ITEM_MIME, BLOCK_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        valid = [i for i in indexes if i.isValid()]
        if valid:
            block, item = self.position(valid[0])
            mime.setData(POS_MIME, (f"block:{block}" if item is None else f"item:{block}:{item}").encode())
        return mime

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if self.pack is None or action == Qt.DropAction.IgnoreAction:
            return False
        if data.hasFormat(POS_MIME):
            return self._drop_position(bytes(data.data(POS_MIME)).decode(), row, parent)
        if data.hasFormat(ITEM_MIME):
            refs = [r for r in bytes(data.data(ITEM_MIME)).decode().splitlines() if r]
            return self._drop_refs(refs, row, parent)
        if data.hasFormat(BLOCK_MIME):
            return self._drop_block(data, row, parent)
        return False

    def _target(self, row: int, parent: Index) -> tuple[int, int] | None:
        """The block and the item index a drop on ``(row, parent)`` lands at."""
        assert self.pack is not None
        if not parent.isValid():
            if not self.pack.blocks:
                return None
            block = max(0, min(len(self.pack.blocks), row if row >= 0 else len(self.pack.blocks)) - 1)
            return block, len(self.pack.blocks[block].items)
        block, item = self.position(parent)
        if item is not None:
            return block, item
        count = len(self.pack.blocks[block].items)
        return block, row if 0 <= row <= count else count

    def _drop_position(self, text: str, row: int, parent: Index) -> bool:
        assert self.pack is not None
        parts = text.split(":")
        if parts[0] == "block":
            source = int(parts[1])
            if parent.isValid():
                target = self.position(parent)[0]
            else:
                target = row if row >= 0 else len(self.pack.blocks)
            if target > source:
                target -= 1
            if target == source:
                return False
            self.edit(lambda p: packs.move_block(p, source, target), self.tr("Blok verplaatsen"))
            return True
        source_pos = (int(parts[1]), int(parts[2]))
        goal = self._target(row, parent)
        if goal is None:
            return False
        if goal[0] == source_pos[0] and goal[1] > source_pos[1]:
            goal = (goal[0], goal[1] - 1)
        if goal == source_pos:
            return False
        self.edit(lambda p: packs.move_item(p, source_pos, goal), self.tr("Item verplaatsen"))
        return True

    def _drop_block(self, data: QMimeData, row: int, parent: Index) -> bool:
        """Insert a saved block between the blocks it is dropped between, or after the one it is on."""
        assert self.pack is not None
        block = block_from_mime(data)
        if block is None:
            return False
        if parent.isValid():
            at = self.position(parent)[0] + 1
        else:
            at = row if 0 <= row <= len(self.pack.blocks) else len(self.pack.blocks)
        if self.edit(lambda p: packs.add_block(p, block, at), self.tr("Blok invoegen")):
            self.block_dropped.emit(at)
        return True

    def _drop_refs(self, refs: list[str], row: int, parent: Index) -> bool:
        goal = self._target(row, parent)
        if goal is None or not refs:
            return False
        block, index = goal

        def add_all(pack: Pack) -> Pack:
            for offset, ref in enumerate(refs):
                pack = packs.add_item(pack, block, ref, min(index + offset, len(pack.blocks[block].items)))
            return pack

        if self.edit(add_all, self.tr("Aan blok toevoegen")):
            self.items_dropped.emit(block, refs)
        return True


def _rows(pack: Pack) -> tuple[int, ...]:
    """The shape of the tree: how many items each block has."""
    return tuple(len(block.items) for block in pack.blocks)
