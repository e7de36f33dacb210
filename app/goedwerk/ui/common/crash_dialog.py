"""The dialog for an unexpected error: what happened, where the log is, "Kopieer details".

The window stays open behind it; nothing is sent anywhere. ``failure_log`` shows it from
``sys.excepthook``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """Shows an unexpected error; ``copy_button`` puts the details on the clipboard."""

    def __init__(
        self, summary: str, details: str, log_path: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setWindowTitle(self.tr("Er ging iets mis"))
        self.details = details
        message = QLabel(self)
        message.setObjectName("crash_message")
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setWordWrap(True)
        where = (
            self.tr("De details staan ook in {path}.").format(path=log_path)
            if log_path
            else self.tr("Er kon geen logbestand worden geschreven.")
        )
        message.setText(
            self.tr(
                "Goed Werk liep tegen een onverwachte fout aan: {summary}\n\n"
                "Wat al bewaard was, blijft bewaard en het venster blijft open; "
                "probeer het gerust nog eens. {where} "
                "Er wordt niets verstuurd: wil je het melden, kopieer dan de details en stuur ze zelf op."
            ).format(summary=summary, where=where)
        )
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("crash_details")
        self.text.setReadOnly(True)
        self.text.setPlainText(details)
        self.text.setAccessibleName(self.tr("Details van de fout"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Kopieer details"), self)
        self.copy_button.setObjectName("crash_copy")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(lambda _checked=False: self.copy_details())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        """Put the details on the clipboard."""
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Gekopieerd"))
