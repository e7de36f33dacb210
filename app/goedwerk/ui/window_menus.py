"""The main window's menu bar and toolbar, laid out from the features' composed actions.

Every action is in a menu with its shortcut; the toolbar repeats a few for the mouse. F10 opens
the menu bar, so the arrows walk it. Features that add their own actions (authoring, sharing,
help) insert them into ``menus`` by name.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from goedwerk.ui.common.actions import ActionCollection

MENU_NAMES = ("file", "edit", "view", "go", "item", "pack", "help")


class WindowMenus(QObject):
    """``menus`` by name and the ``toolbar`` of ``window``, filled from ``actions``."""

    def __init__(self, window: QMainWindow, actions: ActionCollection) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        self.menus: dict[str, QMenu] = {name: bar.addMenu("") for name in MENU_NAMES}
        self._fill_menus(actions)
        self.toolbar = self._build_toolbar(actions)
        self.menu_shortcut = QShortcut(QKeySequence("F10"), window)
        self.menu_shortcut.activated.connect(self.open_menu_bar)

    def _fill_menus(self, a: ActionCollection) -> None:
        m = self.menus
        m["file"].addActions([a.file_reindex, a.file_preferences])
        m["file"].addSeparator()
        m["file"].addAction(a.file_quit)
        m["edit"].addActions([a.edit_undo, a.edit_redo])
        m["edit"].addSeparator()
        m["edit"].addActions([a.edit_find, a.edit_clear_filters, a.edit_save_search])
        m["view"].addActions(
            [a.view_search, a.view_values, a.view_questions, a.view_favourites, a.view_recent, a.view_packs]
        )
        m["view"].addAction(a.view_harvest)
        m["view"].addSeparator()
        m["view"].addActions([a.view_zoom_in, a.view_zoom_out, a.view_zoom_reset])
        m["go"].addActions([a.go_back, a.go_forward])
        m["item"].addActions([a.item_favourite, a.item_add_to_pack])
        m["pack"].addActions([a.pack_new, a.pack_compose, a.pack_duplicate, a.pack_delete])
        m["pack"].addSeparator()
        m["pack"].addActions([a.pack_import, a.pack_export_file])
        m["pack"].addActions([a.pack_save_template, a.pack_save_block, a.pack_insert_block])
        m["pack"].addActions([a.pack_template_export, a.pack_template_import])
        m["pack"].addSeparator()
        m["pack"].addActions([a.pack_export_pdf, a.pack_print_preview, a.pack_print])
        m["pack"].addSeparator()
        m["pack"].addActions([a.pack_start_workshop, a.pack_reflections, a.pack_value_sort])
        m["help"].addActions([a.help_keyboard, a.help_problems, a.help_about])

    def _build_toolbar(self, a: ActionCollection) -> QToolBar:
        toolbar = QToolBar(self.window)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([a.go_back, a.go_forward])
        toolbar.addSeparator()
        toolbar.addAction(a.item_favourite)
        toolbar.addSeparator()
        toolbar.addAction(a.item_add_to_pack)
        toolbar.addAction(a.pack_start_workshop)
        toolbar.addSeparator()
        toolbar.addActions([a.view_zoom_out, a.view_zoom_in])
        self.window.addToolBar(toolbar)
        return toolbar

    def retranslate(self) -> None:
        """Set the menu titles and the toolbar's name in the current language."""
        titles = {
            "file": self.tr("&Bestand"),
            "edit": self.tr("Be&werken"),
            "view": self.tr("Beel&d"),
            "go": self.tr("&Ga"),
            "item": self.tr("&Item"),
            "pack": self.tr("&Pakket"),
            "help": self.tr("&Help"),
        }
        for name, menu in self.menus.items():
            menu.setTitle(titles[name])
        self.toolbar.setWindowTitle(self.tr("Werkbalk"))

    def open_menu_bar(self) -> None:
        """Open the first menu, so the arrows walk the menu bar (F10)."""
        bar = self.window.menuBar()
        bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
        bar.setActiveAction(self.menus["file"].menuAction())
