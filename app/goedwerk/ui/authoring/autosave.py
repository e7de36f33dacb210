"""Saving a moment after the last edit (autosave), or at once when asked, for the own-item editors."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

AUTOSAVE_MS = 800


class Autosave(QObject):
    """Calls ``save`` once, ``AUTOSAVE_MS`` after the last ``edited``, or at ``save_now``."""

    def __init__(self, save: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)

    @property
    def pending(self) -> bool:
        """True while an edit waits to be saved."""
        return self._dirty

    def edited(self) -> None:
        """Something changed: save it in a moment."""
        self._dirty = True
        self._timer.start()

    def drop(self) -> None:
        """Forget a pending edit (the item is gone)."""
        self._timer.stop()
        self._dirty = False

    def save_now(self) -> None:
        """Save a pending edit at once."""
        if self._dirty:
            self.drop()
            self._save()
