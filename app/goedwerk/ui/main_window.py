"""The main window: library tabs on the left, the reader beside them and, while a pack is open,
the pack builder beside the reader (so results drag straight onto its blocks); menus from
``actions``.

Services come in through the constructor (``MainWindow(workspace, settings)``); slow work (the
first index build, every search) runs on ``BackgroundRunner``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.model import Changes
from goedwerk.core.workspace import Workspace
from goedwerk.ui.authoring.authoring_controller import AuthoringController
from goedwerk.ui.common.accessibility import set_tab_order
from goedwerk.ui.common.actions import ComposedActions
from goedwerk.ui.common.appearance import Appearance
from goedwerk.ui.common.changes import ChangeRelay
from goedwerk.ui.common.colours import is_palette_change
from goedwerk.ui.common.notice_bar import NoticeBar
from goedwerk.ui.common.window_actions import WindowActions
from goedwerk.ui.common.window_state import last_item, restore_geometry, restore_tab, save_window
from goedwerk.ui.common.workers import BackgroundRunner
from goedwerk.ui.help.help_actions import HelpActions
from goedwerk.ui.help.help_controller import HelpController
from goedwerk.ui.help.keyboard_help import KeyboardHelp
from goedwerk.ui.library.deck_printer import DeckPrinter
from goedwerk.ui.library.library_actions import LibraryActions
from goedwerk.ui.library.library_startup import LibraryStartup
from goedwerk.ui.library.library_tabs import TABS, LibraryTabs
from goedwerk.ui.library.problems_dialog import ProblemsDialog
from goedwerk.ui.library.saved_searches import SavedSearches
from goedwerk.ui.packs.builder_beside_reader import BuilderBesideReader
from goedwerk.ui.packs.pack_controller import PackController
from goedwerk.ui.packs.packs_actions import PacksActions
from goedwerk.ui.packs.template_actions import TemplateActions
from goedwerk.ui.packs.template_files import TemplateFiles
from goedwerk.ui.reader.favourite_star import FavouriteStar
from goedwerk.ui.reader.handout_printer import HandoutPrinter
from goedwerk.ui.reader.reader_actions import ReaderActions
from goedwerk.ui.reader.reader_view import ReaderView
from goedwerk.ui.reflections.reflections_actions import ReflectionsActions
from goedwerk.ui.sharing.sharing_controller import SharingController
from goedwerk.ui.window_menus import WindowMenus

logger = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Browse, search and read the library. Emits ``ready`` once the index can be searched."""

    ready = Signal()
    language_requested = Signal(str)

    def __init__(self, workspace: Workspace, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.workspace = workspace
        self.settings = settings
        self.runner = BackgroundRunner(self)  # slow jobs: index builds, exports
        self.search_runner = BackgroundRunner(self)  # searches only, so typing never waits for a job
        self._ready = False
        self._filled = False  # the views show the loaded library
        self.actions = self._compose_actions()
        self._build_central()
        self._build_menus()
        self._build_status()
        self._connect()
        self.retranslate()
        self.appearance = Appearance(
            self, settings, self.toolbar, self.reader.set_text_size
        )  # text size, theme
        self.appearance.language_requested.connect(self.language_requested)
        self.appearance.pages = self.sharing.preference_pages  # Voorkeuren > Bronnen
        self._restore_state()
        self._update_actions()
        self.help = HelpController(self, workspace.data_dir, settings)  # Help > Zo begin je, About
        self._order_focus()

    def _compose_actions(self) -> ComposedActions:
        """Each feature's own actions, under one name space for the menus and the toolbar."""
        features = (WindowActions, LibraryActions, ReaderActions, PacksActions, ReflectionsActions)
        return ComposedActions(self, [feature(self) for feature in (*features, HelpActions)])

    def _order_focus(self) -> None:
        # Tab follows the screen: the library (its tabs, the search field, filters, results),
        # then the reader (its version buttons, the text), then the pack builder beside it.
        chain = self.tabs.focus_chain()
        reader = [
            self.reader.short_button,
            self.reader.notes_button,
            self.reader.browser,
            self.reader.note_editor,
        ]
        chain += [*reader, *self.packs.builder.focus_chain()]
        set_tab_order(chain)
        self.tabs.main_view(self.tabs.currentIndex()).setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building --------------------------------------------------------------------------

    def _build_central(self) -> None:
        self.notice = NoticeBar(self)
        self.reader = ReaderView(self)
        self.favourite = FavouriteStar(self, self.actions, self.workspace, self.reader.current)
        self.reader.set_uses(self.workspace.packs.uses)
        self.reader.set_notes(self.workspace.notes.get, self.workspace.notes.set)
        self.packs = PackController(self, self.workspace, self.actions, self.settings, self.runner)
        self.tabs = LibraryTabs(self.search_runner, self.packs.pack_list, self)
        self.search_panel = self.tabs.search_panel
        self.saved_searches = SavedSearches(self, self.search_panel, self.workspace)
        self.templates = TemplateActions(self, self.workspace, self.packs.builder, self.actions)
        self.values_deck = self.tabs.values_deck
        self.deck_printer = DeckPrinter(self.values_deck, self.runner, self)
        self.deck_printer.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.handout_printer = HandoutPrinter(self.reader, self.runner, self)
        self.handout_printer.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.question_bank = self.tabs.question_bank
        self.favourites = self.tabs.favourites
        self.recent = self.tabs.recent
        self.panes = BuilderBesideReader(
            self, (self.tabs, self.reader, self.packs.builder), self.tabs.selected_refs, self.reader.current
        )
        self.splitter = self.panes.splitter
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        self.window_menus = WindowMenus(self, self.actions)  # the menu bar, the toolbar and F10
        self.menus, self.toolbar = self.window_menus.menus, self.window_menus.toolbar
        self.authoring = AuthoringController(self, self.workspace, self.menus, self.reader.current)
        self.sharing = SharingController(self, self.workspace, self.menus, self._open_pack_id)
        self.template_files = TemplateFiles(self, self.workspace, self.actions, self.packs)

    def _build_status(self) -> None:
        self.startup = LibraryStartup(self)  # the library and its index, opened on the worker
        self.progress = self.startup.progress
        self.startup.filled.connect(self._library_filled)
        self.startup.searchable.connect(self._searchable)
        self.startup.browsable.connect(self._browsable)

    def _connect(self) -> None:
        a = self.actions
        a.file_quit.triggered.connect(self.close)
        a.file_reindex.triggered.connect(self.rebuild_index)
        a.file_preferences.triggered.connect(lambda: self.appearance.edit_preferences())
        a.edit_find.triggered.connect(self.focus_search)
        a.edit_clear_filters.triggered.connect(self.search_panel.clear_filters)
        a.edit_save_search.triggered.connect(lambda: self.saved_searches.save())
        for number, name in enumerate(TABS):
            a[f"view_{name}"].triggered.connect(lambda _checked=False, n=number: self.tabs.show_view(n))
        a.view_zoom_in.triggered.connect(lambda: self.appearance.change_text_size(+1))
        a.view_zoom_out.triggered.connect(lambda: self.appearance.change_text_size(-1))
        a.view_zoom_reset.triggered.connect(lambda: self.appearance.change_text_size(0))
        a.go_back.triggered.connect(self.reader.back)
        a.go_forward.triggered.connect(self.reader.forward)
        a.help_keyboard.triggered.connect(self.show_keyboard_help)
        a.help_problems.triggered.connect(self.show_problems)
        a.help_about.triggered.connect(self.show_about)
        a.item_add_to_pack.triggered.connect(lambda: self.panes.add_focused())
        self._connect_parts()

    def _connect_parts(self) -> None:
        self.favourite.stored.connect(self._refresh_lists)
        self.favourite.message.connect(lambda text: self.statusBar().showMessage(text, 3000))
        self.favourite.refused.connect(self.show_warning)
        self.tabs.item_activated.connect(self.open_item)
        self.reader.item_shown.connect(self._item_shown)
        self.reader.history_changed.connect(self._update_actions)
        self.reader.external_link_refused.connect(
            lambda url: self.statusBar().showMessage(
                self.tr("Links buiten Goed Werk worden niet geopend."), 5000
            )
        )
        self.notice.details_requested.connect(self.show_problems)
        self.packs.pack_opened.connect(lambda _pack: self.panes.show_builder())
        self.panes.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.packs.pack_closed.connect(self.packs.builder.hide)
        self.packs.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.saved_searches.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.templates.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.packs.warning.connect(self.show_warning)
        # own items, sources and bundles (from any window, any thread) report library changes
        self.changes = ChangeRelay(self.workspace, self)
        self.changes.changed.connect(self._workspace_changed)
        self.authoring.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.sharing.packs_changed.connect(self.packs.refresh_list)
        self.sharing.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.sharing.report.connect(self.show_report)
        self.packs.pack_opened.connect(lambda _pack: self.sharing.update_actions())

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.actions.retranslate()
        self.deck_printer.retranslate()
        self.handout_printer.retranslate()
        self.authoring.retranslate()
        self.sharing.retranslate()
        self.window_menus.retranslate()
        self.tabs.retranslate()
        self.reader.setAccessibleName(self.tr("Lezen"))
        self.packs.builder.setAccessibleName(self.tr("Sessiepakket"))
        self.packs.retranslate()
        self.reader.retranslate()
        self.notice.retranslate()
        self.startup.retranslate()
        self._update_title()
        if self._filled:
            self._fill_views()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif is_palette_change(event):
            self.actions.refresh_icons(self.palette())
        super().changeEvent(event)

    # -- start-up --------------------------------------------------------------------------

    def start(self) -> None:
        """Load the library and make its index ready, both in the background (``LibraryStartup``).

        The window is usable at once; the progress bar shows the loading and the search
        field says it is getting ready until the index answers.
        """
        self.startup.start()

    @property
    def is_ready(self) -> bool:
        """True once the index answers searches."""
        return self._ready

    def _library_filled(self) -> None:
        self._filled = True
        self._fill_views()
        self._reopen_last_item()
        self.packs.reopen_last()

    def _searchable(self) -> None:
        self._ready = True
        self.ready.emit()

    def _browsable(self) -> None:
        self._filled = True
        self._fill_views()
        self.packs.reopen_last()

    def _open_pack_id(self) -> str | None:
        pack = self.packs.builder.pack
        return pack.id if pack is not None else None

    def show_report(self, title: str, text: str) -> QMessageBox:
        """What an operation did, in a box the user closes (window-modal, plain text)."""
        box = self.show_warning(title, text)
        box.setIcon(QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box

    def rebuild_index(self) -> None:
        """Reload the library and rebuild its index in the background."""
        self.startup.rebuild_index()

    # -- views and items -------------------------------------------------------------------

    def _workspace_changed(self, changes: Changes) -> None:
        if changes.library:
            self.library_changed()

    def library_changed(self) -> None:
        """The library's files changed (an own story): show the new state everywhere."""
        library, workspace = self.workspace.library, self.workspace
        self.reader.set_library(library, lambda story_id: workspace.related(story_id, limit=5))
        self.startup.show_problem_notice()
        if self._filled:
            self._fill_views()
        if self.is_ready:
            self.search_panel.search_now()

    def _fill_views(self) -> None:
        self.tabs.fill(self.workspace.library, self.workspace.favourites(), self.workspace.recent())

    def _refresh_lists(self) -> None:
        self.tabs.show_saved(self.workspace.library, self.workspace.favourites(), self.workspace.recent())

    def open_item(self, kind: str, item_id: str) -> None:
        """Show an item in the reader."""
        self.reader.show_item(kind, item_id)

    def _item_shown(self, kind: str, item_id: str) -> None:
        try:
            self.workspace.mark_opened(kind, item_id)
        except GoedWerkError as exc:
            logger.warning("could not record reading: %s", exc)
        self._update_actions()
        self._refresh_lists()

    def _update_actions(self) -> None:
        a = self.actions
        a.go_back.setEnabled(self.reader.history.can_go_back())
        a.go_forward.setEnabled(self.reader.history.can_go_forward())
        self.favourite.update()
        self._update_title()
        self.authoring.update_actions()
        self.sharing.update_actions()

    def _update_title(self) -> None:
        current = self.reader.current()
        item = self.workspace.library.get(*current) if current and self.workspace._library else None
        self.setWindowTitle(f"{item.title} — Goed Werk" if item else "Goed Werk")

    def focus_search(self) -> None:
        """Go to the search tab and put the cursor in the field."""
        self.tabs.focus_search()

    # -- text size, theme, dialogs --------------------------------------------------------

    @property
    def text_size(self) -> float:
        """The chosen text size in points (ui/common/appearance.py keeps it)."""
        return self.appearance.text_size

    def theme(self) -> str:
        """The chosen theme: "system", "light" or "dark"."""
        return self.appearance.theme()

    def show_warning(self, title: str, text: str) -> QMessageBox:
        """A warning the user must read, shown without blocking (window-modal)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("warning_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def show_keyboard_help(self) -> QMessageBox:
        """How to do everything without a mouse (ui/help/keyboard_help.py)."""
        return KeyboardHelp.open_for(self)

    def show_problems(self) -> None:
        """List the library's problems."""
        ProblemsDialog(self.workspace.library.problems, self).exec()

    def show_about(self) -> None:
        """Version, data folder, licences and third-party notices (ui/help/about_dialog.py)."""
        self.help.show_about()

    # -- state -----------------------------------------------------------------------------

    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "main_splitter": self.splitter,
            "search_splitter": self.search_panel.splitter,
            "pack_splitter": self.packs.builder.splitter,
        }

    def _restore_state(self) -> None:
        restore_geometry(self, self.settings, self._splitters())
        restore_tab(self.tabs, self.settings, "view/tab")

    def _reopen_last_item(self) -> None:
        item = last_item(self.settings)
        if item is not None and self.reader.current() is None:
            self.reader.show_item(*item)

    def save_state(self) -> None:
        """Write geometry, splitters, tabs and the open item to the settings."""
        save_window(
            self,
            self.settings,
            self._splitters(),
            {"view/tab": self.tabs},
            self.reader.current(),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reader.note_editor.flush()
        self.save_state()
        self.runner.wait(10_000)
        self.search_runner.wait(10_000)
        self.changes.close()  # a closed window no longer follows the workspace
        super().closeEvent(event)
