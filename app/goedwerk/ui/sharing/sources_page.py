"""The Bronnen page of Voorkeuren: the folders the library is read from, in order.

The bundled and the own library come first; the folders the user added follow and can be
moved up or down (the first holding an id wins), switched off for a while (the tick), or
removed (their files stay). Each row says its state: writable or read-only (asked of the
disk, so a read-only share says so whatever was chosen), not reachable, off, and how many
problems its files have; the selected row lists them. Changes apply at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.model import BUNDLED, OWN, Source
from goedwerk.core.workspace import Workspace, can_write

FolderRole = Qt.ItemDataRole.UserRole
PROBLEMS_SHOWN = 8  # the selected source's first problems, listed under the list


class SourcesPage(QWidget):
    """Manage the library's sources; emits ``sources_changed`` after every change."""

    sources_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sources_page")
        self.workspace = workspace
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("source_list")
        self.list.currentRowChanged.connect(lambda _row: self._selected())
        self.list.itemChanged.connect(self._ticked)
        self.details = QLabel(self)
        self.details.setObjectName("source_details")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.writable = QCheckBox(self)
        self.writable.setObjectName("source_writable")
        self.folder_writable = QCheckBox(self)  # the selected folder's own flag, applied at once
        self.folder_writable.setObjectName("source_folder_writable")
        self.folder_writable.toggled.connect(lambda on: self.set_current_writable(on))
        self.buttons = {name: QPushButton(self) for name in ("add", "up", "down", "remove")}
        for name, button in self.buttons.items():
            button.setObjectName(f"source_{name}")
        self.add_button, self.remove_button = self.buttons["add"], self.buttons["remove"]
        self.buttons["add"].clicked.connect(lambda: self.add_folder())
        self.buttons["up"].clicked.connect(lambda: self.move_current(-1))
        self.buttons["down"].clicked.connect(lambda: self.move_current(1))
        self.buttons["remove"].clicked.connect(lambda: self.remove_current())
        self.message = QLabel(self)
        self.message.setObjectName("source_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        side = QVBoxLayout()
        for button in self.buttons.values():
            side.addWidget(button)
        side.addStretch(1)
        grid = QGridLayout(self)
        grid.addWidget(self.intro, 0, 0, 1, 2)
        grid.addWidget(self.list, 1, 0)
        grid.addLayout(side, 1, 1)
        grid.addWidget(self.details, 2, 0, 1, 2)
        grid.addWidget(self.folder_writable, 3, 0, 1, 2)
        grid.addWidget(self.writable, 4, 0, 1, 2)
        grid.addWidget(self.message, 5, 0, 1, 2)
        grid.setRowStretch(1, 1)

    def retranslate(self) -> None:
        """Set every text in the current language, and show the sources."""
        self.intro.setText(
            self.tr(
                "De bibliotheek wordt gelezen uit deze bronnen, van boven naar beneden; bij dezelfde "
                "id wint de bovenste. Een gedeelde map (netwerkschijf, gesynchroniseerde map, "
                "USB-stick) voeg je hier toe; met het vinkje zet je een map even uit. Wijzigingen "
                "gelden meteen. Goed Werk verstuurt zelf nooit iets."
            )
        )
        self.list.setAccessibleName(self.tr("Bronnen van de bibliotheek"))
        self.writable.setText(self.tr("Eigen verhalen mogen in de nieuwe map (als de map dat toelaat)"))
        self.folder_writable.setText(
            self.tr("Eigen verhalen mogen in de gekozen map (als de map dat toelaat)")
        )
        texts = {
            "add": self.tr("Map &toevoegen…"),
            "up": self.tr("Om&hoog"),
            "down": self.tr("Om&laag"),
            "remove": self.tr("Map &verwijderen"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.fill()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # -- the list ------------------------------------------------------------------------------

    def fill(self, select: str | None = None) -> None:
        """Show the sources in order, each with its state; select the folder ``select``."""
        wanted = select if select is not None else self.current_folder()
        self.list.blockSignals(True)
        self.list.clear()
        for number, source in enumerate(self.workspace.sources(), start=1):
            item = QListWidgetItem(f"{number}. {self.describe(source)}", self.list)
            item.setData(FolderRole, str(source.path) if source.is_folder else "")
            if source.is_folder:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if source.enabled else Qt.CheckState.Unchecked)
            if wanted and item.data(FolderRole) == wanted:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._selected()

    def describe(self, source: Source) -> str:
        """One line for ``source``: its name, path and state."""
        names = {BUNDLED: self.tr("Meegeleverde bibliotheek"), OWN: self.tr("Eigen bibliotheek")}
        states = [self.state(source)]
        problems = len(self.workspace.source_problems(source)) if source.enabled else 0
        if problems:
            states.append(self.tr("%n problemen", "", problems))
        return f"{names.get(source.id, self.tr('Map'))}: {source.path}  ({', '.join(states)})"

    def state(self, source: Source) -> str:
        """Writable, read-only, not reachable or off."""
        if not source.enabled:
            return self.tr("uitgezet")
        if not source.available:
            return self.tr("niet bereikbaar")
        if source.id == OWN or can_write(source):
            return self.tr("schrijfbaar")
        if source.writable:
            return self.tr("alleen lezen: de map laat niet schrijven")
        return self.tr("alleen lezen")

    def current_folder(self) -> str:
        """The path of the selected added folder, or "" for none (or a fixed source)."""
        item = self.list.currentItem()
        return str(item.data(FolderRole) or "") if item is not None else ""

    def _selected(self) -> None:
        folder = self.current_folder()
        row = self.list.currentRow()
        folders = [i for i in range(self.list.count()) if self.list.item(i).data(FolderRole)]
        self.buttons["remove"].setEnabled(bool(folder))
        self.buttons["up"].setEnabled(bool(folder) and row > min(folders, default=row))
        self.buttons["down"].setEnabled(bool(folder) and row < max(folders, default=row))
        sources = self.workspace.sources()
        source = sources[row] if 0 <= row < len(sources) else None
        self.folder_writable.blockSignals(True)
        self.folder_writable.setEnabled(bool(folder))
        self.folder_writable.setChecked(bool(folder) and source is not None and source.writable)
        self.folder_writable.blockSignals(False)
        problems = self.workspace.source_problems(source) if source is not None and source.enabled else []
        lines = [p.format() for p in problems[:PROBLEMS_SHOWN]]
        if len(problems) > PROBLEMS_SHOWN:
            lines.append(self.tr("… en nog {n} (Help > Problemen)").format(n=len(problems) - PROBLEMS_SHOWN))
        self.details.setText("\n".join(lines))
        self.details.setVisible(bool(lines))

    # -- changes -------------------------------------------------------------------------------

    def add_folder(self, folder: Path | None = None) -> bool:
        """Add ``folder`` (asked for when None) as the last source."""
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Map als bron toevoegen"))
            if not chosen:
                return False
            folder = Path(chosen)
        try:
            source = self.workspace.add_source(folder, writable=self.writable.isChecked())
        except (GoedWerkError, OSError) as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText(self.tr("Toegevoegd: {path}").format(path=source.path))
        self._changed(str(source.path))
        return True

    def remove_current(self) -> bool:
        """Stop reading the selected folder (its files are left alone)."""
        folder = self.current_folder()
        if not folder:
            return False
        self.workspace.remove_source(Path(folder))
        self.message.setText(
            self.tr("Niet meer gelezen: {path} (de bestanden blijven staan)").format(path=folder)
        )
        self._changed("")
        return True

    def move_current(self, offset: int) -> bool:
        """Move the selected folder up (-1) or down (1)."""
        return self._change_current(lambda folder: self.workspace.move_source(folder, offset))

    def set_current_writable(self, writable: bool) -> bool:
        """Let own stories go into the selected folder, or keep it read-only."""
        return self._change_current(lambda folder: self.workspace.set_source_writable(folder, writable))

    def _change_current(self, change: Callable[[Path], object]) -> bool:
        folder = self.current_folder()
        if not folder:
            return False
        change(Path(folder))
        self._changed(folder)
        return True

    def _ticked(self, item: QListWidgetItem) -> None:
        folder = str(item.data(FolderRole) or "")
        if not folder:
            return
        self.workspace.enable_source(Path(folder), item.checkState() == Qt.CheckState.Checked)
        self.list.blockSignals(True)  # the rows stay (the tick is being delivered): new texts only
        for number, source in enumerate(self.workspace.sources()):
            self.list.item(number).setText(f"{number + 1}. {self.describe(source)}")
        self.list.blockSignals(False)
        self._selected()
        self.sources_changed.emit()

    def _changed(self, select: str) -> None:
        self.fill(select)
        self.sources_changed.emit()
