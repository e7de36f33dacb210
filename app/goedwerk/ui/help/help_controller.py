"""The Help menu's own entries: "Zo begin je" (also shown once at the first start) and About.

``HelpController(window, data_dir, settings)`` adds its action to the window's Help menu and
takes the window to where each way in starts: the search field, a new pack, the pack list.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from goedwerk.ui.help.about_dialog import AboutDialog, open_folder
from goedwerk.ui.help.welcome_dialog import WelcomeDialog

WELCOME_SHOWN = "help/welcome_shown"


class HelpController(QObject):
    """Owns ``help_welcome`` and the welcome and About dialogs of one main window."""

    def __init__(self, window: QMainWindow, data_dir: Path, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.data_dir = data_dir
        self.settings = settings
        self.opener: Callable[[Path], bool] = open_folder
        self.welcome: WelcomeDialog | None = None
        self.about: AboutDialog | None = None
        self.help_welcome = QAction(window)
        self.help_welcome.setObjectName("help_welcome")
        self.help_welcome.triggered.connect(lambda _checked=False: self.show_welcome())
        window.addAction(self.help_welcome)
        menu = window.menus["help"]
        menu.insertAction(menu.actions()[0] if menu.actions() else None, self.help_welcome)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.help_welcome.setText(self.tr("&Zo begin je…"))
        tip = self.tr("De drie manieren om te beginnen, en waar je gegevens staan")
        self.help_welcome.setToolTip(tip)
        self.help_welcome.setStatusTip(tip)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def show_welcome_once(self) -> bool:
        """At start: show the welcome if it was never shown; True when it is shown now."""
        if self.settings.value(WELCOME_SHOWN, False, type=bool):
            return False
        self.settings.setValue(WELCOME_SHOWN, True)
        self.settings.sync()
        self.show_welcome()
        return True

    def show_welcome(self) -> WelcomeDialog:
        """Open "Zo begin je" (window-modal, without blocking)."""
        if self.welcome is not None and self.welcome.isVisible():
            self.welcome.raise_()
            return self.welcome
        self.welcome = WelcomeDialog(self.data_dir, self.window)
        self.welcome.way_chosen.connect(self.go)
        self.welcome.open()
        return self.welcome

    def go(self, way: str) -> None:
        """Take the window to where ``way`` ("search", "prepare", "lead") starts."""
        actions = self.window.actions
        if way == "search":
            self.window.focus_search()
        elif way == "prepare":
            actions.pack_new.trigger()
        elif way == "lead":
            actions.view_packs.trigger()

    def show_about(self) -> AboutDialog:
        """Open Help > Over Goed Werk (window-modal, without blocking)."""
        self.about = AboutDialog(self.data_dir, self.window, opener=lambda path: self.opener(path))
        self.about.open()
        return self.about
