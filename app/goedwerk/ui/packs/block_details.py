"""Under the pack builder's agenda: the chosen block's kind, instructions and vote options, and
for a story item whether it is read in its short version. Every change is an edit of the builder.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from goedwerk.core.model import BLOCK_KINDS, Block, Pack, Story
from goedwerk.core.workspace import Workspace, block_kind_label, packs, story_options
from goedwerk.ui.packs.vote_options_editor import VoteOptionsEditor


class Builder(Protocol):
    """What the details need of the pack builder."""

    pack: Pack | None
    workspace: Workspace
    message: SignalInstance

    def selected(self) -> tuple[int, int | None] | None: ...

    def edit(
        self,
        change: Callable[[Pack], Pack],
        text: str,
        merge_key: str | None = None,
        select: tuple[int, int | None] | None = None,
    ) -> bool: ...


class BlockDetails(QWidget):
    """The details of the builder's current row; edits go through ``builder.edit``."""

    def __init__(self, builder: Builder, parent: QWidget) -> None:
        super().__init__(parent)
        self.builder = builder
        self.filling = False
        self._build_fields()
        self._build_layout()

    def _build_fields(self) -> None:
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

    def _build_layout(self) -> None:
        self.labels = {name: QLabel(self) for name in ("kind", "instructions", "options")}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.labels["kind"], self.kind)
        form.addRow(self.labels["instructions"], self.instructions)
        form.addRow("", self.short_box)
        form.addRow(self.labels["options"], self.vote_options)
        self.form = form
        self.labels["kind"].setBuddy(self.kind)
        self.labels["instructions"].setBuddy(self.instructions)
        self.labels["options"].setBuddy(self.vote_options.text)

    def focus_chain(self) -> list[QWidget]:
        """The detail fields in screen order."""
        return [self.kind, self.instructions, self.short_box, self.vote_options.text]

    def retranslate(self) -> None:
        """Set every text in the current language."""
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
        self.short_box.setText(self.tr("&Korte versie gebruiken (voorlezen en handout)"))
        self.short_box.setToolTip(
            self.tr("Lees dit verhaal in de korte versie voor; de handout en het publieksscherm volgen")
        )
        self.filling = True
        current = self.kind.currentData()
        self.kind.clear()
        for kind, label in self.block_kind_names().items():
            self.kind.addItem(label, kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.filling = False

    @staticmethod
    def block_kind_names() -> dict[str, str]:
        """Display names of the block kinds: the same names the printed pack uses."""
        return {kind: block_kind_label(kind) for kind in BLOCK_KINDS}

    def set_enabled(self, on: bool) -> None:
        """Enable the fields while a pack is open."""
        self.kind.setEnabled(on)
        self.instructions.setEnabled(on)

    def show_current(self) -> None:
        """Show the details of the builder's current row."""
        block = self._current_block()
        pack = self.builder.pack
        self.filling = True
        self.set_enabled(block is not None)
        if block is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(block.kind)))
            if self.instructions.toPlainText() != block.instructions:
                self.instructions.setPlainText(block.instructions)
            self.vote_options.set_options(block.options)
        else:
            self.instructions.clear()
        story = self.selected_story()
        self.form.setRowVisible(self.short_box, story is not None)
        self.short_box.setEnabled(story is not None and bool(story.short_text))
        self.short_box.setChecked(
            story is not None and pack is not None and pack.uses_short_version(story.id)
        )
        self.form.setRowVisible(self.vote_options, block is not None and block.kind == "vote")
        self.filling = False

    def _current_block(self) -> Block | None:
        selected, pack = self.builder.selected(), self.builder.pack
        return pack.blocks[selected[0]] if pack is not None and selected is not None else None

    def selected_story(self) -> Story | None:
        """The story of the current item row, or None."""
        selected, pack = self.builder.selected(), self.builder.pack
        if pack is None or selected is None or selected[1] is None:
            return None
        ref = pack.blocks[selected[0]].items[selected[1]]
        item = packs.resolve(ref, self.builder.workspace.library)
        return item if isinstance(item, Story) else None

    # -- edits -----------------------------------------------------------------------------

    def _short_toggled(self, checked: bool) -> None:
        story = self.selected_story()
        if story is None or self.filling:
            return
        self.builder.edit(
            lambda p: packs.set_short_version(p, story.id, checked),
            self.tr("Korte versie kiezen"),
            select=self.builder.selected(),
        )

    def _kind_chosen(self) -> None:
        selected = self.builder.selected()
        kind = self.kind.currentData()
        if selected is not None and kind and not self.filling:
            block = selected[0]
            self.builder.edit(
                lambda p: packs.set_block_field(p, block, "kind", kind), self.tr("Soort blok wijzigen")
            )

    def _set_options(self, options: tuple[str, ...] | None, how: str) -> None:
        selected, pack = self.builder.selected(), self.builder.pack
        if selected is None or self.filling or pack is None:
            return
        block = selected[0]
        if options is None:  # from the questions of the block's stories
            options = story_options(pack.blocks[block], self.builder.workspace.library)
            if not options:
                self.builder.message.emit(self.tr("De verhalen in dit blok hebben geen vragen."))
                return
        self.builder.edit(
            lambda p: packs.set_block_field(p, block, "options", options),
            self.tr("Opties wijzigen"),
            merge_key=f"block:{block}:options" if how == "typed" else None,
        )

    def _instructions_typed(self) -> None:
        selected = self.builder.selected()
        if selected is None or self.filling:
            return
        block, text = selected[0], self.instructions.toPlainText()
        self.builder.edit(
            lambda p: packs.set_block_field(p, block, "instructions", text),
            self.tr("Instructies wijzigen"),
            merge_key=f"block:{block}:instructions",
        )
