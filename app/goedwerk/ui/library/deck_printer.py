"""Print the values deck from its tab: the whole deck or the chosen cards, as duplex cut sheets.

The actions live on the deck view (right-click, or Ctrl+Shift+E in the tab). The PDF is written
on the background runner; the file dialog's filter chooses A4 or US Letter. Printing asks the
printer for long-edge duplex, the turn the sheets are laid out for (``goedwerk.paper.deck``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QMessageBox

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.model import ValueCard
from goedwerk.ui.common.workers import BackgroundRunner
from goedwerk.ui.library.values_deck import ValuesDeck

logger = logging.getLogger(__name__)


class DeckPrinter(QObject):
    """The deck tab's print actions. Emits ``message(text)`` for the status bar."""

    message = Signal(str)

    def __init__(self, deck: ValuesDeck, runner: BackgroundRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.deck, self.runner = deck, runner
        deck.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.export_action = QAction(deck)
        self.export_action.setObjectName("deck_export_pdf")
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action.triggered.connect(self.ask_export)
        self.print_action = QAction(deck)
        self.print_action.setObjectName("deck_print")
        self.print_action.triggered.connect(self.print_deck)
        deck.addActions([self.export_action, self.print_action])
        deck.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.retranslate()

    def retranslate(self) -> None:
        """Set texts in the current language."""
        self.export_action.setText(self.tr("Kaarten als PDF (dubbelzijdig knipvel)…"))
        self.print_action.setText(self.tr("Kaarten afdrukken (dubbelzijdig, lange kant)…"))
        for action in (self.export_action, self.print_action):
            action.setToolTip(self.tr("De gekozen kaarten, of de hele stapel als je niets kiest"))

    def chosen(self) -> list[ValueCard]:
        """The selected cards in deck order, or the whole deck when none is selected."""
        rows = sorted(index.row() for index in self.deck.selectionModel().selectedIndexes())
        cards = self.deck.deck.cards
        return [cards[row] for row in rows] if rows else list(cards)

    @Slot()
    def ask_export(self) -> None:
        """Ask for a file (its filter chooses the paper) and write the PDF in the background."""
        filters = {self.tr("PDF, A4 (*.pdf)"): "a4", self.tr("PDF, US Letter (*.pdf)"): "letter"}
        name, chosen = QFileDialog.getSaveFileName(
            self.deck, self.tr("Waardenkaarten als PDF"), self.tr("waardenkaarten.pdf"), ";;".join(filters)
        )
        if name:
            path = Path(name) if Path(name).suffix else Path(f"{name}.pdf")
            self.export(path, filters.get(chosen, "a4"))

    def export(self, path: Path, paper: str) -> None:
        """Write the chosen cards to ``path`` on ``paper`` (a4 or letter), off the UI thread."""
        from goedwerk.paper.deck import export_deck_pdf

        cards = self.chosen()
        self.message.emit(self.tr("PDF maken…"))
        self.runner.run(
            lambda _progress: export_deck_pdf(cards, path, paper),
            lambda pages: self.message.emit(
                self.tr("PDF opgeslagen: {path} ({n} pagina’s, dubbelzijdig)").format(path=path, n=pages)
            ),
            self._failed,
        )

    @Slot()
    def print_deck(self) -> None:
        """Print the chosen cards on a printer the user picks, long-edge duplex."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from goedwerk.paper.deck import render_deck

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
        dialog = QPrintDialog(printer, self.deck)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        try:
            render_deck(printer, self.chosen())
        except GoedWerkError as exc:
            self._failed(exc)

    def _failed(self, exc: Exception) -> None:
        logger.warning("values deck print failed: %s", exc)
        QMessageBox.warning(self.deck, self.tr("Afdrukken mislukt"), str(exc))
