"""The main window's three panes: the library, the reader and, while a pack is open, its builder.

``BuilderBesideReader`` owns the splitter of the three, brings the builder into view (a third
of the width when it was hidden) and adds the items in focus to the chosen block: the selected
results or card when the library has the focus, else the item being read (Ctrl+Shift+A).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QSplitter, QWidget

from goedwerk.ui.packs.pack_builder import PackBuilder


class BuilderBesideReader(QObject):
    """The ``splitter`` of ``library | reader | builder``; emits ``message(text)`` for the status bar."""

    message = Signal(str)

    def __init__(
        self,
        window: QWidget,
        panes: tuple[QWidget, QWidget, PackBuilder],
        selected_refs: Callable[[], list[str]],
        current: Callable[[], tuple[str, str] | None],
    ) -> None:
        """``selected_refs`` are the library's selected items, ``current`` the one being read."""
        super().__init__(window)
        self.window, self.library, self.builder = window, panes[0], panes[2]
        self.selected_refs, self.current = selected_refs, current
        self.splitter = QSplitter(Qt.Orientation.Horizontal, window)
        self.splitter.setObjectName("main_splitter")
        for pane in panes:
            self.splitter.addWidget(pane)
        for pane in range(3):
            self.splitter.setStretchFactor(pane, 1)
        self.splitter.setSizes([460, 460, 440])
        self.splitter.setChildrenCollapsible(False)
        self.builder.hide()  # shown beside the reader while a pack is open

    def add_focused(self) -> None:
        """Add the items in focus (the selected results or card, else the one being read) to the pack."""
        refs = self._focused_refs()
        if not refs:
            self.message.emit(self.tr("Kies eerst een verhaal, waardenkaart of vraag."))
            return
        builder = self.builder
        if builder.add_item(refs[0]) if len(refs) == 1 else builder.add_items(refs):
            self.show_builder()

    def _focused_refs(self) -> list[str]:
        if self.library.isAncestorOf(self.window.focusWidget() or self.window):
            refs = self.selected_refs()
            if refs:
                return refs
        current = self.current()
        return [f"{current[0]}:{current[1]}"] if current else []

    def show_builder(self) -> None:
        """Bring the pack builder into view beside the reader."""
        builder = self.builder
        builder.show()
        sizes = self.splitter.sizes()
        if sizes[2] < builder.minimumSizeHint().width():  # hidden until now: give it a third
            third = sum(sizes) // 3
            self.splitter.setSizes([third, third, sum(sizes) - 2 * third])
