"""A single story as a handout, from the reader: its text and its questions, as a PDF.

The action sits on the reader (right-click, or Ctrl+Shift+H while reading); it is enabled only
while a story is shown. The PDF is the pack's participant handout of that one story, written on
the background runner; the file dialog's filter chooses A4 or US Letter.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from goedwerk.core.model import Block, Library, Pack
from goedwerk.ui.common.workers import BackgroundRunner
from goedwerk.ui.reader.reader_view import ReaderView

logger = logging.getLogger(__name__)


def handout_pack(library: Library, story_id: str) -> Pack:
    """A one-block pack that holds only the story ``story_id``, to print as a handout."""
    story = library.get("story", story_id)
    title = story.title if story is not None else story_id
    return Pack("handout", title, blocks=(Block(title, 1, "story", items=(f"story:{story_id}",)),))


class HandoutPrinter(QObject):
    """The reader's handout action. Emits ``message(text)`` for the status bar."""

    message = Signal(str)

    def __init__(self, reader: ReaderView, runner: BackgroundRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader, self.runner = reader, runner
        self.action = QAction(reader)
        self.action.setObjectName("reader_handout_pdf")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.ask_export)
        reader.addAction(self.action)
        reader.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        reader.item_shown.connect(lambda kind, _id: self.action.setEnabled(kind == "story"))
        self.action.setEnabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        """Set texts in the current language."""
        self.action.setText(self.tr("Verhaal als hand-out (PDF)…"))

    @Slot()
    def ask_export(self) -> None:
        """Ask for a file (its filter chooses the paper) and write the shown story's handout."""
        current = self.reader.current()
        if current is None or current[0] != "story":
            return
        filters = {self.tr("PDF, A4 (*.pdf)"): "a4", self.tr("PDF, US Letter (*.pdf)"): "letter"}
        name, chosen = QFileDialog.getSaveFileName(
            self.reader, self.tr("Verhaal als hand-out"), f"{current[1]}.pdf", ";;".join(filters)
        )
        if name:
            path = Path(name) if Path(name).suffix else Path(f"{name}.pdf")
            self.export(current[1], path, filters.get(chosen, "a4"))

    def export(self, story_id: str, path: Path, paper: str) -> None:
        """Write the handout of story ``story_id`` to ``path``, off the UI thread."""
        from goedwerk.paper.printing import export_pdf

        library = self.reader.library
        pack = handout_pack(library, story_id)
        self.runner.run(
            lambda _progress: export_pdf(pack, path, paper, library, ("stories",)),
            lambda pages: self.message.emit(
                self.tr("Hand-out opgeslagen: {path} ({n} pagina’s)").format(path=path, n=pages)
            ),
            lambda exc: QMessageBox.warning(self.reader, self.tr("Afdrukken mislukt"), str(exc)),
        )
