"""The presenter's view of the current block: title, clock times, instructions, items, what's next."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from goedwerk.core.model import Library
from goedwerk.core.workspace import Slot, WorkshopSession, schedule
from goedwerk.ui.common.colours import is_palette_change
from goedwerk.ui.common.resources import muted_color
from goedwerk.ui.workshop.item_strip import ItemStrip


class BlockPanel(QWidget):
    """Where the run is: the block's title and times, its instructions and items, the next block."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshop_block")
        self.library = library
        self._build()

    def _build(self) -> None:
        self.position = self._label("block_position", 11)
        self.title = self._label("block_title", 22, bold=True)
        self.times = self._label("block_times", 13)
        self.instructions = self._label("block_instructions", 13)
        self.instructions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.items_heading = self._label("block_items_heading", 11, bold=True)
        self.items = ItemStrip(self)
        self.next_label = self._label("block_next", 12)
        self._style_muted()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.position)
        layout.addWidget(self.title)
        layout.addWidget(self.times)
        layout.addSpacing(8)
        layout.addWidget(self.instructions)
        layout.addSpacing(12)
        layout.addWidget(self.items_heading)
        layout.addWidget(self.items)
        layout.addSpacing(10)
        layout.addWidget(self.next_label)
        layout.addStretch(1)

    def _style_muted(self) -> None:
        muted = f"color: {muted_color(self.palette()).name()};"
        for label in (self.position, self.items_heading, self.next_label):
            label.setStyleSheet(muted)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_palette_change(event):
            self._style_muted()

    def _label(self, name: str, points: float, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSizeF(points)
        font.setBold(bold)
        label.setFont(font)
        return label

    def show_session(self, session: WorkshopSession) -> None:
        """Show the session's current and next block."""
        block = session.current_block
        if block is None:
            self.title.setText(self.tr("Dit pakket heeft nog geen blokken."))
            for label in (self.position, self.times, self.instructions, self.next_label):
                label.clear()
            self.items.set_items(self.library, (), 0, session.blank)
            return
        slots = schedule(session.pack)
        count = len(session.pack.blocks)
        self.position.setText(
            self.tr("Blok {n} van {count}").format(n=session.block + 1, count=count).upper()
        )
        self.title.setText(block.title)
        self.times.setText(
            self._times_text(slots[session.block], block.minutes, session.extra[session.block])
        )
        self.instructions.setText(block.instructions or self.tr("Geen aanwijzingen bij dit blok."))
        self.items_heading.setText(self.tr("ONDERDELEN – klik om te tonen"))
        self.items.set_items(self.library, block.items, session.item, session.blank)
        self.next_label.setText(self._next_text(session, slots))

    def _times_text(self, slot: Slot, minutes: int, extra: int) -> str:
        text = self.tr("{start}–{end} · {minutes} min").format(
            start=slot.start, end=slot.end, minutes=minutes
        )
        if extra:
            text += self.tr(" (+{extra} min erbij)").format(extra=extra)
        return text

    def _next_text(self, session: WorkshopSession, slots: list[Slot]) -> str:
        upcoming = session.upcoming_block
        if upcoming is None:
            return self.tr("Dit is het laatste blok.")
        slot = slots[session.block + 1]
        return self.tr("Hierna: {title} · {start}–{end} · {minutes} min").format(
            title=upcoming.title, start=slot.start, end=slot.end, minutes=upcoming.minutes
        )
