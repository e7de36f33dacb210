"""Tell the user that the catalog was damaged and offer the newest good backup."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.workspace import BackupReport, restore_latest
from goedwerk.ui.common.messages import warn

logger = logging.getLogger(__name__)


class RestoreDialog(QMessageBox):
    """What happened to the catalog, with the choice to put the newest good backup back."""

    def __init__(self, report: BackupReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setIcon(QMessageBox.Icon.Warning)
        if report.missing:
            self.setWindowTitle(self.tr("Catalogus ontbreekt"))
            self.setText(self.tr("De catalogus van Goed Werk ontbreekt."))
        else:
            self.setWindowTitle(self.tr("Catalogus beschadigd"))
            self.setText(self.tr("De catalogus van Goed Werk was beschadigd."))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setInformativeText(report.message())
        if report.needs_restore:
            self.restore_button = self.addButton(
                self.tr("Reservekopie terugzetten"), QMessageBox.ButtonRole.AcceptRole
            )
            self.addButton(self.tr("Leeg beginnen"), QMessageBox.ButtonRole.RejectRole)
            self.setDefaultButton(self.restore_button)
        else:
            self.restore_button = None
            self.addButton(QMessageBox.StandardButton.Ok)

    @classmethod
    def ask(cls, parent: QWidget | None, report: BackupReport) -> bool:
        """Show the message; True when the user chose to restore the backup."""
        dialog = cls(report, parent)
        dialog.exec()
        return dialog.restore_button is not None and dialog.clickedButton() is dialog.restore_button


def offer_restore(parent: QWidget | None, report: BackupReport, data_dir: Path | None = None) -> Path | None:
    """After ``check_and_backup``: explain a damaged catalog and restore when the user agrees.

    Returns the backup that was put back, or None. Call it before the ``Workspace`` is built.
    """
    if report.healthy or not RestoreDialog.ask(parent, report):
        return None
    try:
        return restore_latest(data_dir or report.catalog.parent, report.latest_good)
    except (GoedWerkError, OSError) as exc:
        logger.error("restoring the catalog failed: %s", exc)
        warn(parent, RestoreDialog.tr("Terugzetten mislukt"), str(exc), critical=True)
        return None
