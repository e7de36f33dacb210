"""The options of a vote block: typed one per line, or taken from the block's story questions."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from goedwerk.core.model import VOTE_OPTIONS


class VoteOptionsEditor(QWidget):
    """Emits ``options_edited(options)`` as the user types, ``from_stories_requested`` for the button."""

    options_edited = Signal(tuple)
    from_stories_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vote_options")
        self._filling = False
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("vote_options_text")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(120)
        self.text.textChanged.connect(self._typed)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.from_stories = QPushButton(self)
        self.from_stories.setObjectName("vote_options_from_stories")
        self.from_stories.clicked.connect(self.from_stories_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.hint)
        layout.addWidget(self.from_stories)
        self.retranslate()

    def retranslate(self) -> None:
        """Set texts in the current language."""
        self._show_hint()
        self.from_stories.setText(self.tr("Opties uit de vragen bij het verhaal"))
        self.text.setAccessibleName(self.tr("Opties van de stemming"))

    def options(self) -> tuple[str, ...]:
        """The options as typed (empty lines left out)."""
        return tuple(line.strip() for line in self.text.toPlainText().splitlines() if line.strip())

    def set_options(self, options: tuple[str, ...]) -> None:
        """Show ``options`` without reporting an edit."""
        if self.options() == tuple(options):
            return
        self._filling = True
        self.text.setPlainText("\n".join(options))
        self._filling = False
        self._show_hint()

    def _show_hint(self) -> None:
        low, high = VOTE_OPTIONS
        count = len(self.options())
        if 0 < count < low:
            text = self.tr("Een stemming heeft minstens {low} opties.").format(low=low)
        elif count > high:
            text = self.tr("Alleen de eerste {high} opties tellen.").format(high=high)
        else:
            text = self.tr("Eén optie per regel, {low} tot {high} opties.").format(low=low, high=high)
        self.hint.setText(text)

    @Slot()
    def _typed(self) -> None:
        self._show_hint()
        if not self._filling:
            self.options_edited.emit(self.options())
