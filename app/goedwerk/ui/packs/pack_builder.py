"""The pack builder: the pack's details, its agenda of timed blocks and items, and undo.

Every change is a pure edit from ``goedwerk.core.packs.operations`` pushed as an undo command and saved
to the catalog at once, so closing or crashing never loses more than the last keystroke.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.model import BLOCK_KINDS, Block, Pack, Story
from goedwerk.core.workspace import Workspace, block_kind_label, format_minutes, packs, story_options
from goedwerk.ui.common.accessibility import announce_current_item, set_tab_order
from goedwerk.ui.common.colours import colour, is_palette_change
from goedwerk.ui.packs.commands import PackEdit
from goedwerk.ui.packs.minutes_delegate import MinutesDelegate
from goedwerk.ui.packs.pack_form import FIELDS as FORM_FIELDS
from goedwerk.ui.packs.pack_form import PackForm
from goedwerk.ui.packs.pack_model import PackModel
from goedwerk.ui.packs.vote_options_editor import VoteOptionsEditor

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
        self._filling = False
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
        self.add_block_button = QPushButton(self)
        self.add_block_button.clicked.connect(self.add_block)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton(self)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self)
        self.down_button.clicked.connect(lambda: self.move_selected(+1))

    def _build_details(self) -> None:
        self.kind = QComboBox(self)
        self.kind.setObjectName("block_kind")
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.instructions = QPlainTextEdit(self)
        self.instructions.setObjectName("block_instructions")
        self.instructions.setTabChangesFocus(True)  # prose, not code: Tab goes to the next field
        self.instructions.textChanged.connect(self._instructions_typed)
        self.short_box = QCheckBox(self)
        self.short_box.setObjectName("item_short_version")
        self.short_box.toggled.connect(self._short_toggled)
        self.vote_options = VoteOptionsEditor(self)
        self.vote_options.options_edited.connect(lambda options: self._set_options(options, "typed"))
        self.vote_options.from_stories_requested.connect(lambda: self._set_options(None, "stories"))
        self.total = QLabel(self)
        self.total.setObjectName("pack_total")
        self.warning = QLabel(self)
        self.warning.setObjectName("pack_warning")
        self.warning.setWordWrap(True)
        self._colour_warning()
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _build_layout(self) -> None:
        self.labels = {name: QLabel(self) for name in ("kind", "instructions", "options")}
        buttons = QHBoxLayout()
        for button in (self.add_block_button, self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        details = QWidget(self)
        details_form = QFormLayout(details)
        details_form.setContentsMargins(0, 0, 0, 0)
        details_form.addRow(self.labels["kind"], self.kind)
        details_form.addRow(self.labels["instructions"], self.instructions)
        details_form.addRow("", self.short_box)
        details_form.addRow(self.labels["options"], self.vote_options)
        self.details_form = details_form
        self.labels["kind"].setBuddy(self.kind)
        self.labels["instructions"].setBuddy(self.instructions)
        self.labels["options"].setBuddy(self.vote_options.text)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.agenda)
        self.splitter.addWidget(details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.total)
        footer.addWidget(self.warning, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.pack_form)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)
        set_tab_order(self.focus_chain())

    def focus_chain(self) -> list[QWidget]:
        """The builder's fields and buttons in screen order (Tab goes through them like this)."""
        form = [getattr(self.pack_form, name) for name in FORM_FIELDS]
        buttons = [self.add_block_button, self.up_button, self.down_button, self.remove_button]
        details = [self.kind, self.instructions, self.short_box, self.vote_options.text]
        return [*form, *buttons, self.agenda, *details]

    def _colour_warning(self) -> None:
        self.warning.setStyleSheet(f"color: {colour('warning').name()}; font-weight: 600;")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_palette_change(event):
            self._colour_warning()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.pack_form.retranslate()
        texts = {
            "kind": self.tr("&Soort blok:"),
            "instructions": self.tr("&Instructies:"),
            "options": self.tr("&Opties:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
            widget = self.labels[name].buddy()
            if widget is not None:
                widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.add_block_button.setText(self.tr("Blok toevoegen"))
        self.short_box.setText(self.tr("&Korte versie gebruiken (voorlezen en handout)"))
        self.short_box.setToolTip(
            self.tr("Lees dit verhaal in de korte versie voor; de handout en het publieksscherm volgen")
        )
        self.model.kind_names["short"] = self.tr("korte versie")
        self.add_block_button.setAccessibleDescription(
            self.tr("Voeg een blok van 10 minuten toe na het gekozen blok")
        )
        self.up_button.setText(self.tr("Omhoog"))
        self.down_button.setText(self.tr("Omlaag"))
        self.remove_button.setText(self.tr("Verwijderen"))
        self._name_row_buttons()
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
        self._filling = True
        current = self.kind.currentData()
        self.kind.clear()
        for kind, label in self.block_kind_names().items():
            self.kind.addItem(label, kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self._filling = False
        self._refresh_footer()

    def block_kind_names(self) -> dict[str, str]:
        """Display names of the block kinds: the same names the printed pack uses."""
        return {kind: block_kind_label(kind) for kind in BLOCK_KINDS}

    # -- showing a pack --------------------------------------------------------------------

    def set_pack(self, pack: Pack | None) -> None:
        """Edit ``pack`` (None shows a hint); the undo history starts afresh."""
        self.undo_stack.clear()
        self.pack = pack
        self._refresh(select=(0, None) if pack and pack.blocks else None)

    def _refresh(self, select: tuple[int, int | None] | None = None) -> None:
        pack = self.pack
        for widget in (
            self.agenda,
            self.kind,
            self.instructions,
            self.add_block_button,
        ):
            widget.setEnabled(pack is not None)
        self.empty.setVisible(pack is None)
        had = self.workspace.packs.group_had(pack) if pack else None
        self.model.set_pack(pack, self.workspace.library, had, self.workspace.notes.all())
        self.agenda.expandAll()
        self._fill_form()
        if select is not None:
            self.select(*select)
        self._show_details()
        self._refresh_footer()

    def _fill_form(self) -> None:
        self.pack_form.show_pack(self.pack)

    def _refresh_footer(self) -> None:
        pack = self.pack
        if pack is None:
            self.total.clear()
            self.warning.clear()
            return
        end = packs.end_time(pack)
        total = self.tr("Totaal: {time}").format(time=format_minutes(pack.minutes))
        if end and pack.start:
            total += f"  ({pack.start}–{end})"
        self.total.setText(total)
        over = packs.overrun(pack)
        self.warning.setText(
            self.tr("Let op: {over} langer dan gepland ({planned}).").format(
                over=format_minutes(over), planned=format_minutes(pack.planned_minutes or 0)
            )
            if over
            else ""
        )

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
        block = self._current_block_object()
        self._filling = True
        self.kind.setEnabled(block is not None)
        self.instructions.setEnabled(block is not None)
        if block is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(block.kind)))
            if self.instructions.toPlainText() != block.instructions:
                self.instructions.setPlainText(block.instructions)
            self.vote_options.set_options(block.options)
        else:
            self.instructions.clear()
        story = self._selected_story()
        self.details_form.setRowVisible(self.short_box, story is not None)
        self.short_box.setEnabled(story is not None and bool(story.short_text))
        self.short_box.setChecked(story is not None and self.pack.uses_short_version(story.id))
        self.details_form.setRowVisible(self.vote_options, block is not None and block.kind == "vote")
        self._filling = False
        selected = self.selected()
        self.remove_button.setEnabled(selected is not None)
        self.up_button.setEnabled(selected is not None)
        self.down_button.setEnabled(selected is not None)
        self._name_row_buttons()

    def _name_row_buttons(self) -> None:
        # Say what the buttons act on: the block or the item of the current row.
        selected = self.selected()
        on_item = selected is not None and selected[1] is not None
        names = {
            self.remove_button: (self.tr("Item verwijderen"), self.tr("Blok verwijderen")),
            self.up_button: (self.tr("Item omhoog"), self.tr("Blok omhoog")),
            self.down_button: (self.tr("Item omlaag"), self.tr("Blok omlaag")),
        }
        for button, (item_name, block_name) in names.items():
            button.setAccessibleName(item_name if on_item else block_name)
        self.remove_button.setAccessibleDescription(
            self.tr("Haal het gekozen item uit het blok (Delete; Ctrl+Z maakt het ongedaan)")
            if on_item
            else self.tr("Verwijder het gekozen blok met zijn items (Delete; Ctrl+Z maakt het ongedaan)")
        )

    def _selected_story(self) -> Story | None:
        """The story of the current item row, or None."""
        selected = self.selected()
        if self.pack is None or selected is None or selected[1] is None:
            return None
        ref = self.pack.blocks[selected[0]].items[selected[1]]
        item = packs.resolve(ref, self.workspace.library)
        return item if isinstance(item, Story) else None

    def _short_toggled(self, checked: bool) -> None:
        story = self._selected_story()
        if story is None or self._filling:
            return
        self.edit(
            lambda p: packs.set_short_version(p, story.id, checked),
            self.tr("Korte versie kiezen"),
            select=self.selected(),
        )

    def _current_block_object(self) -> Block | None:
        selected = self.selected()
        if self.pack is None or selected is None:
            return None
        return self.pack.blocks[selected[0]]

    # -- editing ---------------------------------------------------------------------------

    def edit(
        self,
        change: Edit,
        text: str,
        merge_key: str | None = None,
        select: tuple[int, int | None] | None = None,
    ) -> bool:
        """Apply a pure edit as an undoable, saved change; False when it was refused."""
        if self.pack is None or self._filling:
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

    def _kind_chosen(self) -> None:
        selected = self.selected()
        kind = self.kind.currentData()
        if selected is not None and kind:
            block = selected[0]
            self.edit(lambda p: packs.set_block_field(p, block, "kind", kind), self.tr("Soort blok wijzigen"))

    def _set_options(self, options: tuple[str, ...] | None, how: str) -> None:
        selected = self.selected()
        if selected is None or self._filling or self.pack is None:
            return
        block = selected[0]
        if options is None:  # from the questions of the block's stories
            options = story_options(self.pack.blocks[block], self.workspace.library)
            if not options:
                self.message.emit(self.tr("De verhalen in dit blok hebben geen vragen."))
                return
        self.edit(
            lambda p: packs.set_block_field(p, block, "options", options),
            self.tr("Opties wijzigen"),
            merge_key=f"block:{block}:options" if how == "typed" else None,
        )

    def _instructions_typed(self) -> None:
        selected = self.selected()
        if selected is None or self._filling:
            return
        block, text = selected[0], self.instructions.toPlainText()
        self.edit(
            lambda p: packs.set_block_field(p, block, "instructions", text),
            self.tr("Instructies wijzigen"),
            merge_key=f"block:{block}:instructions",
        )

    def add_block(self) -> None:
        """Add a 10-minute block after the current one and select its title for editing."""
        if self.pack is None:
            return
        at = (self.current_block() + 1) if self.current_block() is not None else 0
        block = Block(self.tr("Nieuw blok"), 10, "other")
        if self.edit(lambda p: packs.add_block(p, block, at), self.tr("Blok toevoegen"), select=(at, None)):
            self.agenda.edit(self.model.index(at, 1))

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
