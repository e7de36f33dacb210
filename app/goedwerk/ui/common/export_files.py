"""Where exports go: one remembered folder for every export and import, and the confirmation.

Every "save as" (pack PDF and pack file, value sort CSV and PNG, the harvest's Markdown, CSV
and PDF) starts in the folder used last, and says afterwards where the file is, with a button
that opens that folder in the file manager (a ``file://`` URL: nothing leaves the computer).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

FOLDER_KEY = "files/folder"


class ExportFiles(QObject):
    """Asks for file names in the last folder used and confirms what was written.

    ``settings`` None remembers the folder for this session only (windows opened on their own).
    """

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._folder = ""

    def folder(self) -> Path:
        """The folder used last (the home folder at first, or when it is gone)."""
        value = str(self.settings.value(FOLDER_KEY, "")) if self.settings is not None else self._folder
        folder = Path(value) if value else Path.home()
        return folder if folder.is_dir() else Path.home()

    def remember(self, path: Path) -> None:
        """Start the next dialog in the folder of ``path``."""
        self._folder = str(Path(path).parent)
        if self.settings is not None:
            self.settings.setValue(FOLDER_KEY, self._folder)

    def save_path(self, parent: QWidget, caption: str, name: str, file_filter: str) -> Path | None:
        """Ask where to save ``name``; the suffix of ``name`` is added when the user left it off."""
        chosen, _filter = QFileDialog.getSaveFileName(parent, caption, str(self.folder() / name), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        suffix = "".join(Path(name).suffixes)
        return path if path.suffix else path.with_name(path.name + suffix)

    def open_path(self, parent: QWidget, caption: str, file_filter: str) -> Path | None:
        """Ask for a file to read, starting in the folder used last."""
        chosen, _filter = QFileDialog.getOpenFileName(parent, caption, str(self.folder()), file_filter)
        return Path(chosen) if chosen else None

    def confirm(self, parent: QWidget, path: Path) -> QMessageBox:
        """Remember the folder and say where the file is, with a button to open its folder."""
        self.remember(path)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Opgeslagen"),
            self.tr("Opgeslagen als:\n{path}").format(path=path),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("export_done_box")
        box.setTextFormat(Qt.TextFormat.PlainText)
        button = QPushButton(self.tr("Map &openen"), box)
        button.setObjectName("open_folder_button")
        box.addButton(button, QMessageBox.ButtonRole.ActionRole)
        folder = QUrl.fromLocalFile(str(Path(path).parent))
        button.clicked.connect(lambda: QDesktopServices.openUrl(folder))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)  # a PDF may finish while you type on
        box.show()
        return box
