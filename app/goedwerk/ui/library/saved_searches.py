"""Wires the saved-search list to the search panel and the workspace: save the current search
under a name, run a saved one, rename, delete (after asking, with undo), and count the matches
again whenever the library changes."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.workspace import SavedSearch, Workspace
from goedwerk.ui.library.search_panel import SearchPanel

logger = logging.getLogger(__name__)


class SavedSearches(QObject):
    """The saved searches of ``workspace`` in ``panel.saved_list``; emits ``message(text)``."""

    message = Signal(str)

    def __init__(self, window: QWidget, panel: SearchPanel, workspace: Workspace) -> None:
        super().__init__(window)
        self.window, self.panel, self.workspace = window, panel, workspace
        self.view = panel.saved_list
        self._deleted: SavedSearch | None = None
        self.view.chosen.connect(self.run)
        self.view.save_requested.connect(lambda: self.save())
        self.view.rename_requested.connect(lambda search_id: self.rename(search_id))
        self.view.delete_requested.connect(lambda search_id: self.delete(search_id))
        self.view.undo_requested.connect(self.undo_delete)

    def refresh(self) -> None:
        """List the saved searches with how many items each finds in the library as it is now."""
        rows = []
        for saved in self.workspace.saved_searches.list():
            try:
                count = self.workspace.search(saved.query, saved.filters, limit=1).total
            except GoedWerkError as exc:
                logger.warning("saved search %s could not run: %s", saved.name, exc)
                count = 0
            rows.append((saved.id, saved.name, count))
        self.view.set_searches(rows)

    def _ask_name(self, title: str, text: str) -> str | None:
        name, ok = QInputDialog.getText(self.window, title, self.tr("Naam:"), QLineEdit.EchoMode.Normal, text)
        return name.strip() if ok and name.strip() else None

    def save(self, name: str | None = None) -> SavedSearch | None:
        """Save the panel's query and filters under ``name`` (asked for when None)."""
        query = self.panel.field.text().strip()
        if name is None:
            name = self._ask_name(self.tr("Zoekopdracht bewaren"), query)
        if not name:
            return None
        saved = self.workspace.saved_searches.add(name, query, self.panel.filters())
        self.refresh()
        self.view.select(saved.id)
        self.message.emit(self.tr("Zoekopdracht ‘{name}’ bewaard.").format(name=saved.name))
        return saved

    def run(self, search_id: str) -> None:
        """Show the saved search ``search_id`` in the search panel."""
        try:
            saved = self.workspace.saved_searches.get(search_id)
        except GoedWerkError as exc:
            self.message.emit(str(exc))
            return
        self.panel.apply(saved.query, saved.filters)

    def rename(self, search_id: str, name: str | None = None) -> None:
        """Give a saved search another name (asked for when None)."""
        saved = self.workspace.saved_searches.get(search_id)
        if name is None:
            name = self._ask_name(self.tr("Zoekopdracht hernoemen"), saved.name)
        if name:
            self.workspace.saved_searches.rename(search_id, name)
            self.refresh()

    def delete(self, search_id: str, confirm: bool = True) -> None:
        """Delete a saved search after asking; the deletion can be undone."""
        saved = self.workspace.saved_searches.get(search_id)
        if confirm:
            answer = QMessageBox.question(
                self.window,
                self.tr("Zoekopdracht verwijderen"),
                self.tr("De bewaarde zoekopdracht ‘{name}’ verwijderen?").format(name=saved.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._deleted = self.workspace.saved_searches.delete(search_id)
        self.refresh()
        self.view.show_undo(True)
        self.message.emit(self.tr("‘{name}’ is verwijderd.").format(name=saved.name))

    def undo_delete(self) -> None:
        """Bring back the last deleted saved search."""
        if self._deleted is None:
            return
        saved = self.workspace.saved_searches.restore(self._deleted)
        self._deleted = None
        self.view.show_undo(False)
        self.refresh()
        self.view.select(saved.id)
