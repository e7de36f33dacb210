"""Wires sharing into the main window: sources, bundles, and folders that come and go.

A source folder that cannot be read gives one notice; when the window becomes active again
and the folder is back, the library is read again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.workspace import BundleError, Workspace, describe
from goedwerk.ui.common.preferences_dialog import PreferencesPage
from goedwerk.ui.sharing.conflict_dialog import ConflictDialog
from goedwerk.ui.sharing.sharing_actions import SharingActions
from goedwerk.ui.sharing.sources_page import SourcesPage

BUNDLE_FILTER = "*.goedwerk"


class SharingController(QObject):
    """Emits ``library_changed`` and ``packs_changed`` after an import; ``report`` tells the user."""

    library_changed = Signal()
    packs_changed = Signal()
    report = Signal(str, str)  # title, text
    message = Signal(str)

    def __init__(
        self,
        window: QWidget,
        workspace: Workspace,
        menus: dict[str, QMenu],
        current_pack: Callable[[], str | None],
    ) -> None:
        super().__init__(window)
        self.window_parent, self.workspace, self.current_pack = window, workspace, current_pack
        self._sources_first = False  # the next Voorkeuren opens on Bronnen
        self.actions = a = SharingActions(window)
        menus["file"].insertActions(menus["file"].actions()[1], [a.file_sources, a.file_import_bundle])
        menus["file"].insertAction(menus["file"].actions()[3], a.file_export_own_bundle)
        menus["pack"].addAction(a.pack_export_bundle)
        a.file_sources.triggered.connect(lambda: self.edit_sources())
        a.file_import_bundle.triggered.connect(lambda: self.import_bundle())
        a.file_export_own_bundle.triggered.connect(lambda: self.export_bundle(own=True))
        a.pack_export_bundle.triggered.connect(lambda: self.export_bundle())
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._state_changed)

    def retranslate(self) -> None:
        """Set texts in the current language."""
        self.actions.retranslate()

    def update_actions(self) -> None:
        """A pack bundle needs an open pack."""
        self.actions.pack_export_bundle.setEnabled(self.current_pack() is not None)

    def missing_notice(self) -> str | None:
        """The one notice for the folders that could not be read at the last load, if any."""
        missing = self.workspace.last_load.missing
        if not missing:
            return None
        return self.tr("Niet bereikbaar: {paths}. De rest van de bibliotheek werkt gewoon.").format(
            paths=", ".join(missing)
        )

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.resync()

    def resync(self) -> bool:
        """Read the library again when a folder that was away is back; True when it did."""
        missing = set(self.workspace.last_load.missing)
        back = [s for s in self.workspace.sources() if s.id in missing and s.available]
        if not back:
            return False
        self.workspace.refresh()
        self.library_changed.emit()
        return True

    def preference_pages(self) -> list[PreferencesPage]:
        """The Bronnen page for Voorkeuren (made anew each time the dialog opens)."""
        page = SourcesPage(self.workspace)
        page.sources_changed.connect(self.library_changed)
        first, self._sources_first = self._sources_first, False
        return [PreferencesPage(self.tr("Bronnen"), page, first)]

    def edit_sources(self) -> None:
        """Open Voorkeuren on its Bronnen page."""
        preferences = self.window_parent.findChild(QAction, "file_preferences")
        if preferences is not None:
            self._sources_first = True
            preferences.trigger()
            self._sources_first = False

    def import_bundle(self, path: Path | None = None) -> bool:
        """Read a bundle: ask about conflicts, import all or nothing, report what happened."""
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(
                self.window_parent,
                self.tr("Bundel inlezen"),
                "",
                self.tr("Goed Werk-bundels ({f})").format(f=BUNDLE_FILTER),
            )
            if not name:
                return False
            path = Path(name)
        try:
            conflicts = self.workspace.bundles.conflicts(path)
            choice = ConflictDialog.ask(self.window_parent, conflicts) if conflicts else "keep"
            if choice is None:
                return False
            plan = self.workspace.bundles.import_(path, choice)
        except BundleError as exc:
            text = self.tr("Er is niets ingelezen. Redenen:") + "\n\n" + "\n".join(exc.reasons)
            self.report.emit(self.tr("Bundel geweigerd"), text)
            return False
        except (GoedWerkError, OSError) as exc:
            self.report.emit(self.tr("Bundel niet ingelezen"), str(exc))
            return False
        self.library_changed.emit()
        self.packs_changed.emit()
        lines = describe(plan) + plan.warnings
        self.report.emit(
            self.tr("Bundel ingelezen"), "\n".join(lines) or self.tr("Niets nieuws in deze bundel.")
        )
        return True

    def export_bundle(self, out: Path | None = None, own: bool = False) -> bool:
        """Write the open pack (with what it uses) or the own library as a bundle."""
        pack_id = None if own else self.current_pack()
        if not own and pack_id is None:
            return False
        if out is None:
            name, _filter = QFileDialog.getSaveFileName(
                self.window_parent,
                self.tr("Bundel maken"),
                "",
                self.tr("Goed Werk-bundels ({f})").format(f=BUNDLE_FILTER),
            )
            if not name:
                return False
            out = Path(name if name.endswith(".goedwerk") else f"{name}.goedwerk")
        try:
            bundle = self.workspace.bundles.export(out, pack_id=pack_id, own=own)
        except (GoedWerkError, OSError) as exc:
            self.report.emit(self.tr("Bundel niet gemaakt"), str(exc))
            return False
        self.message.emit(
            self.tr("Bundel opgeslagen: {path} ({n} onderdelen)").format(path=out, n=len(bundle.entries))
        )
        return True
