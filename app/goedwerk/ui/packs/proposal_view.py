"""The composer's proposal: each block with its clock times and the choices in it, each with why,
an *Andere keuze* button and a *Vastzetten* toggle."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QToolButton, QTreeWidget, QTreeWidgetItem, QWidget

from goedwerk.core.workspace import Choice, Composition, packs


class ProposalView(QTreeWidget):
    """Shows a ``Composition``; emits ``swap_requested(key)`` and ``lock_toggled(key, ref, on)``."""

    swap_requested = Signal(str)
    lock_toggled = Signal(str, str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposal")
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Programma"), self.tr("Waarom"), ""])
        self.setUniformRowHeights(False)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.setColumnWidth(0, 340)
        self.setAccessibleName(self.tr("Voorstel"))
        self.swap_buttons: dict[str, QToolButton] = {}
        self.lock_buttons: dict[str, QToolButton] = {}

    def show_composition(self, composition: Composition) -> None:
        """Replace what is shown by ``composition``."""
        self.clear()
        self.swap_buttons.clear()
        self.lock_buttons.clear()
        for choice in (c for c in composition.choices if c.block is None):
            self._add_choice(self.invisibleRootItem(), choice)
        for index, slot in enumerate(packs.schedule(composition.pack)):
            text = self.tr("{start}–{end}  {title} ({minutes} min)").format(
                start=slot.start, end=slot.end, title=slot.block.title, minutes=slot.block.minutes
            )
            block = QTreeWidgetItem(self, [text])
            block.setFirstColumnSpanned(True)
            for choice in (c for c in composition.choices if c.block == index):
                self._add_choice(block, choice)
        self.expandAll()

    def _add_choice(self, parent: QTreeWidgetItem, choice: Choice) -> None:
        # QTreeWidgetItem text is plain text: titles from the library are never read as HTML
        item = QTreeWidgetItem(parent, [f"{choice.label}: {choice.title}", "\n".join(choice.reasons)])
        item.setToolTip(0, choice.title)
        item.setToolTip(1, "\n".join(choice.reasons))
        self.setItemWidget(item, 2, self._buttons(choice))

    def _buttons(self, choice: Choice) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        swap = QToolButton(box, objectName=f"swap:{choice.key}")
        swap.setText(self.tr("Andere keuze"))
        swap.setEnabled(choice.alternatives > 0 and not choice.locked)
        swap.clicked.connect(lambda: self.swap_requested.emit(choice.key))
        lock = QToolButton(box, objectName=f"lock:{choice.key}", checkable=True, checked=choice.locked)
        lock.setText(self.tr("Vastzetten"))
        lock.setToolTip(self.tr("Houd deze keuze vast als je iets anders verandert"))
        ref = choice.refs[0] if len(choice.refs) == 1 else ""
        lock.setEnabled(bool(ref) or choice.locked)
        lock.toggled.connect(lambda on: self.lock_toggled.emit(choice.key, ref, on))
        row.addWidget(swap)
        row.addWidget(lock)
        self.swap_buttons[choice.key], self.lock_buttons[choice.key] = swap, lock
        return box
