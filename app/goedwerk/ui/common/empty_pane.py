"""A pane of a splitter that shrinks to its hint while its list is empty.

An empty list in a splitter is a blank box: while there is nothing to show, the pane keeps only
its heading, hint and buttons, and the splitter gives the room to its neighbour; once there is
something, the pane gets room again (a third of the splitter, at most ``room`` pixels).
"""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter, QWidget

NO_LIMIT = 16777215  # QWIDGETSIZE_MAX


def fit_pane(pane: QWidget, empty: bool, room: int = 150) -> None:
    """Cap ``pane`` at its size hint while ``empty``; move the room to the next (or previous) pane."""
    pane.setMaximumHeight(pane.sizeHint().height() if empty else NO_LIMIT)
    splitter = pane.parentWidget()
    if not isinstance(splitter, QSplitter) or splitter.count() < 2:
        return
    sizes = splitter.sizes()
    index = splitter.indexOf(pane)
    if index < 0 or sum(sizes) <= 0:
        return
    other = index + 1 if index + 1 < len(sizes) else index - 1
    mine = pane.maximumHeight() if empty else max(sizes[index], min(room, sum(sizes) // 3))
    sizes[other] += sizes[index] - mine
    sizes[index] = mine
    splitter.setSizes(sizes)
