"""Printing the open pack: the export choice (paper, parts, notes; remembered), PDF export in
the background, print preview and printing on a printer the user chooses."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from goedwerk.core.model import Pack
from goedwerk.core.workspace import PART_NAMES, Workspace
from goedwerk.ui.common.block_colours import print_colours
from goedwerk.ui.common.export_files import ExportFiles
from goedwerk.ui.common.workers import BackgroundRunner
from goedwerk.ui.packs.export_dialog import ExportChoice, ExportDialog


def file_stem(title: str) -> str:
    """A file name stem for a pack title (letters, digits and hyphens)."""
    return re.sub(r"[^\w]+", "-", title.lower()).strip("-") or "sessiepakket"


class PackPrinting(QObject):
    """Prints ``current()``, the open pack; emits ``message`` and ``warning(title, text)``."""

    message = Signal(str)
    warning = Signal(str, str)

    def __init__(
        self,
        window: QWidget,
        workspace: Workspace,
        settings: QSettings,
        runner: BackgroundRunner,
        exports: ExportFiles,
        current: Callable[[], Pack | None],
    ) -> None:
        super().__init__(window)
        self.window, self.workspace, self.settings = window, workspace, settings
        self.runner, self.exports, self.current = runner, exports, current

    def _choice(self) -> ExportChoice | None:
        current = ExportChoice(
            str(self.settings.value("print/paper", "a4")),
            tuple(str(self.settings.value("print/parts", ",".join(PART_NAMES))).split(",")),
            str(self.settings.value("print/notes", "false")) == "true",
        )
        choice = ExportDialog.ask(self.window, current)
        if choice is not None:
            self.settings.setValue("print/paper", choice.paper)
            self.settings.setValue("print/parts", ",".join(choice.parts))
            self.settings.setValue("print/notes", "true" if choice.notes else "false")
        return choice

    def export_pdf(self, path: Path | None = None, choice: ExportChoice | None = None) -> None:
        """Export the open pack as a PDF, in the background."""
        pack = self.current()
        if pack is None:
            return
        choice = choice or self._choice()
        if choice is None:
            return
        if path is None:
            path = self.exports.save_path(
                self.window,
                self.tr("Pakket als PDF opslaan"),
                f"{file_stem(pack.title)}.pdf",
                self.tr("PDF (*.pdf)"),
            )
            if path is None:
                return
        from goedwerk.paper.printing import export_pdf

        library = self.workspace.library
        notes = self._notes(choice)
        self.message.emit(self.tr("PDF maken…"))
        self.runner.run(
            lambda _p: export_pdf(
                pack, path, choice.paper, library, choice.parts, colours=print_colours(), notes=notes
            ),
            lambda pages: self._exported(path, pages),
            self._export_failed,
        )

    def _notes(self, choice: ExportChoice) -> dict[str, str] | None:
        return self.workspace.notes.all() if choice.notes else None

    def _exported(self, path: Path, pages: int) -> None:
        self.exports.confirm(self.window, path)
        self.message.emit(
            self.tr("PDF opgeslagen: {path} ({pages} pagina's).").format(path=path, pages=pages)
        )

    def _export_failed(self, exc: Exception) -> None:
        self.warning.emit(self.tr("PDF maken mislukt"), str(exc))

    def print_preview(self) -> None:
        """Show a print preview of the open pack."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from goedwerk.paper.printing import render_to_printer

        pack, choice = self.current(), self._choice()
        if pack is None or choice is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.paintRequested.connect(
            lambda p: render_to_printer(
                p, pack, self.workspace.library, choice.parts, print_colours(), self._notes(choice)
            )
        )
        dialog.exec()

    def print_pack(self) -> None:
        """Print the open pack on a printer the user chooses."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from goedwerk.paper.printing import render_to_printer

        pack, choice = self.current(), self._choice()
        if pack is None or choice is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self.window).exec():
            render_to_printer(
                printer, pack, self.workspace.library, choice.parts, print_colours(), self._notes(choice)
            )
