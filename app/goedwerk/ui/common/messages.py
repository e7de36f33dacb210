"""Message boxes that show their text as plain text: titles and errors may hold markup.

``QMessageBox.question`` and friends guess "rich text" from a ``<`` in the text, so a pack
titled ``<img src=file:///dev/zero>`` made Qt read that file. Use these instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Icon, Button = QMessageBox.Icon, QMessageBox.StandardButton
PLAIN_BOX = "plain_message_box"  # the object name of every box made here (tests answer them)


def plain_box(parent: QWidget | None, icon: Icon, title: str, text: str, buttons: Button) -> QMessageBox:
    """A message box whose text is plain text."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setObjectName(PLAIN_BOX)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; True for yes."""
    box = plain_box(parent, Icon.Question, title, text, Button.Yes | Button.No)
    return box.exec() == Button.Yes


def warn(parent: QWidget | None, title: str, text: str, critical: bool = False) -> None:
    """Show a warning (or a critical error) with one OK button."""
    plain_box(parent, Icon.Critical if critical else Icon.Warning, title, text, Button.Ok).exec()
