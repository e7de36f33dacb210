"""The window's start-up seam: the library and its index are opened on the worker, with a
progress bar in the status bar, and search is wired in once the index answers.

Before ``start`` nothing heavier than the window's own widgets runs on the UI thread; while the
library loads the window is usable (the search field says it is getting ready). ``rebuild_index``
(Bestand > Zoekindex opnieuw opbouwen) goes the same way.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QProgressBar

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.workspace import SyncReport, Workspace

logger = logging.getLogger(__name__)

PAINTED_MS = 1  # a timer, not a posted call: Qt paints at a lower priority than posted calls


def _load_last_frozen(workspace: Workspace) -> None:
    """``workspace.load_last()`` without cyclic garbage collection, and what is alive then
    (modules, window, library) frozen afterwards when the library came from its cache.

    Python's collector would otherwise walk the million objects of a 20,000-story library in
    every full collection (0.1 s at the start, and later pauses while typing). A cached library
    holds no cycles, so reference counting still frees it when it is loaded again; a load that
    parsed files may have left cycles (a caught error's traceback), so it is not frozen.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        workspace.load_last()
    finally:
        if not workspace.last_load.checked:  # from the cache
            gc.freeze()
        if enabled:
            gc.enable()


class LibraryStartup(QObject):
    """Loads the library and syncs its index in the background for the main window.

    Emits ``searchable`` once the index answers (search, related stories and saved searches
    are wired by then) and ``browsable`` when the index failed but the library loaded.
    """

    filled = Signal()  # the library and its index are there: fill the views
    searchable = Signal()  # then, once they are painted, the search field is live
    browsable = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window  # the main window: its workspace, runner, notice and panes
        self.workspace = window.workspace
        self.progress = QProgressBar(window)
        self.progress.setObjectName("index_progress")
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(True)
        self.progress.hide()
        window.statusBar().addPermanentWidget(self.progress)

    def retranslate(self) -> None:
        """Set the progress bar's text in the current language."""
        self.progress.setFormat(self.tr("Zoekindex opbouwen… %p%"))

    def start(self) -> None:
        """Load the library and make its index ready, both in the background."""
        self.progress.setRange(0, 0)
        self.progress.show()
        self.window.statusBar().showMessage(self.tr("Bibliotheek openen…"))
        runner = self.window.runner
        runner.run(self._open_library, self._index_ready, self._start_failed, self._index_progress)

    def rebuild_index(self) -> None:
        """Reload the library and rebuild its index in the background."""
        if self.window.runner.busy:
            return
        self.progress.setRange(0, 0)
        self.progress.show()
        self.window.runner.run(
            lambda progress: self.workspace.reindex(progress),
            self._index_ready,
            self._index_failed,
            self._index_progress,
        )

    def _open_library(self, progress: Callable[[int, int], None]) -> SyncReport | None:
        """Runs on the worker: the library as the last start left it, then its index.

        The files are looked at once search works (``_check_files``): a library edited outside
        the app since is loaded again then, and every view follows.
        """
        _load_last_frozen(self.workspace)
        self.workspace.index(progress)
        return None

    def _check_files(self, *_finished: object) -> None:
        """Runs after start-up: load the library again if its files changed since the last start."""
        check = self.workspace.check_files
        self.window.runner.run(lambda _progress: check(), self._files_checked, self._check_failed)

    def _files_checked(self, changed: bool) -> None:
        if changed:
            logger.info("library files changed since the last start; loaded again")

    def _check_failed(self, exc: Exception) -> None:
        self.window.notice.show_message(
            self.tr("De bibliotheek kon niet opnieuw worden gelezen: {error}").format(error=exc)
        )

    def _start_failed(self, exc: Exception) -> None:
        if isinstance(exc, GoedWerkError) and self.workspace.loaded is None:
            self.progress.hide()
            self.window.notice.show_message(str(exc))
            return
        self._library_shown()
        self._index_failed(exc)

    def _library_shown(self) -> None:
        """Show what the loaded library holds (before or without its index)."""
        library = self.workspace.library
        self.show_problem_notice()
        self.window.reader.set_library(library, lambda _story_id: [])
        self.window.values_deck.set_cards(library.values)

    def _index_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _index_ready(self, _report: SyncReport | None = None) -> None:
        window, workspace = self.window, self.workspace
        self.progress.hide()
        window.statusBar().showMessage(self.tr("Klaar."), 3000)
        self.show_problem_notice()  # the values deck is filled with the other views (filled)
        library = workspace.library
        window.reader.set_library(library, lambda story_id: workspace.related(story_id, limit=5))
        window.search_panel.group_filter.set_source(workspace.packs.groups)
        window.search_panel.length_of = workspace.item_length
        window.saved_searches.refresh()
        self.filled.emit()
        # The first search once the filled views are painted: painting calls the app's style in
        # Python, which waited for the GIL behind the searching worker (0.1 s at 20,000 stories).
        QTimer.singleShot(PAINTED_MS, self._go_live)

    def _go_live(self) -> None:
        """Wire the search field to the index and run its first search."""
        workspace = self.workspace
        if not workspace.last_load.checked:  # once the first results are shown: not to slow them
            once = Qt.ConnectionType.SingleShotConnection
            self.window.search_panel.search_finished.connect(self._check_files, once)
        self.window.search_panel.set_search(
            lambda text, filters, limit: workspace.search(
                text, filters, limit=limit, facets=True, prefix_last=True
            ),
            workspace.library.vocabulary,
        )
        self.searchable.emit()

    def _index_failed(self, exc: Exception) -> None:
        self.progress.hide()
        self.browsable.emit()  # browsing, reading and packs work without the index
        self.window.notice.show_message(
            self.tr(
                "De zoekindex kon niet worden gemaakt: {error}. "
                "Bladeren werkt wel; kies Bestand > Zoekindex opnieuw opbouwen."
            ).format(error=exc)
        )

    def show_problem_notice(self) -> None:
        """Say above the panes when sources are missing or library files have problems."""
        window = self.window
        missing = window.sharing.missing_notice()
        problems = self.workspace.library.problems
        window.actions.help_problems.setEnabled(bool(problems))
        if missing:
            window.notice.show_message(missing)
        elif problems:
            files = len({p.path for p in problems})
            message = self.tr(
                "%n bestanden in de bibliotheek hebben problemen; de rest is gewoon geladen.", "", files
            )
            window.notice.show_message(message)
        else:
            window.notice.hide()
