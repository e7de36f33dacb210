"""The library's sources: the bundled and the own library, then the folders the user added."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.workspace import Workspace


class SourcesDialog(QDialog):
    """Add and remove folders the library is read from; emits ``sources_changed`` after each."""

    sources_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sources_dialog")
        self.workspace = workspace
        self.setWindowTitle(self.tr("Bronnen van de bibliotheek"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setText(
            self.tr(
                "De bibliotheek wordt gelezen uit deze mappen, van boven naar beneden; bij dezelfde "
                "id wint de bovenste. Een gedeelde map (netwerkschijf, gesynchroniseerde map, "
                "USB-stick) voeg je hier toe. Goed Werk verstuurt zelf nooit iets."
            )
        )
        self.list = QListWidget(self)
        self.list.setObjectName("source_list")
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.writable = QCheckBox(self.tr("Eigen verhalen mogen in de nieuwe map"), self)
        self.add_button = QPushButton(self.tr("Map &toevoegen…"), self)
        self.add_button.setObjectName("source_add")
        self.add_button.clicked.connect(lambda: self.add_folder())
        self.remove_button = QPushButton(self.tr("Map &verwijderen"), self)
        self.remove_button.setObjectName("source_remove")
        self.remove_button.clicked.connect(lambda: self.remove_current())
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.writable)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.fill()

    def fill(self) -> None:
        """Show the sources in order."""
        self.list.clear()
        for number, source in enumerate(self.workspace.sources(), start=1):
            name = {0: self.tr("Meegeleverde bibliotheek"), 1: self.tr("Eigen bibliotheek")}.get(number - 1)
            mode = self.tr("schrijfbaar") if source.writable else self.tr("alleen lezen")
            state = "" if source.available else self.tr(", niet bereikbaar")
            text = f"{number}. {name or self.tr('Map')}: {source.path}  ({mode}{state})"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(source.path) if source.is_folder else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        self.remove_button.setEnabled(bool(item and item.data(Qt.ItemDataRole.UserRole)))

    def add_folder(self, folder: Path | None = None) -> bool:
        """Add ``folder`` (asked for when None) as the last source."""
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Map als bron toevoegen"))
            if not chosen:
                return False
            folder = Path(chosen)
        try:
            self.workspace.add_source(folder, writable=self.writable.isChecked())
        except GoedWerkError as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText(self.tr("Toegevoegd: {path}").format(path=folder))
        self.fill()
        self.sources_changed.emit()
        return True

    def remove_current(self) -> bool:
        """Stop reading the selected folder (its files are left alone)."""
        item = self.list.currentItem()
        folder = item.data(Qt.ItemDataRole.UserRole) if item else ""
        if not folder:
            return False
        self.workspace.remove_source(Path(folder))
        self.message.setText(
            self.tr("Niet meer gelezen: {path} (de bestanden blijven staan)").format(path=folder)
        )
        self.fill()
        self.sources_changed.emit()
        return True
