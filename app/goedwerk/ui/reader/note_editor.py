"""Under the reader: the user's private note on the item shown, saved as it is typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

SAVE_MS = 600  # a pause in typing this long saves the note
SaveFn = Callable[[str, str], None]


class NoteEditor(QPlainTextEdit):
    """Plain text; ``note_saved(ref)`` after each save. ``flush()`` saves what is pending now."""

    note_saved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("item_note")
        self.setMaximumHeight(110)
        self.setTabChangesFocus(True)
        self.save_fn: SaveFn = lambda _ref, _text: None
        self.ref = ""
        self._pending = False
        self._timer = QTimer(self, singleShot=True, interval=SAVE_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._typed)
        self.retranslate()

    def retranslate(self) -> None:
        """Set texts in the current language."""
        self.setPlaceholderText(self.tr("Je eigen notitie bij dit item (alleen voor jou)"))
        self.setAccessibleName(self.tr("Je notitie"))

    def show_note(self, ref: str, text: str) -> None:
        """Save the note being typed, then edit the note ``text`` of ``ref``."""
        self.flush()
        self.ref = ref
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self.show()

    def _typed(self) -> None:
        self._pending = True
        self._timer.start()

    def flush(self) -> None:
        """Save the note now when it changed since the last save."""
        self._timer.stop()
        if self._pending and self.ref:
            self._pending = False
            self.save_fn(self.ref, self.toPlainText())
            self.note_saved.emit(self.ref)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)
