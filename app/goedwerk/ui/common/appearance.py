"""The window's look as the user set it: text size (Ctrl+plus/minus/0), theme, language choice.

``Appearance`` keeps the text size in the settings and scales the whole UI with it (menus,
toolbar, tabs, lists, the reader), opens Bestand > Voorkeuren, and follows the desktop's light
or dark scheme while the theme is "Systeem". A new language is asked for through
``language_requested``; ``main.py`` installs it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QSettings, QSize, Signal, Slot
from PySide6.QtWidgets import QApplication, QToolBar, QWidget

from goedwerk.ui.common.colours import THEMES, apply_theme
from goedwerk.ui.common.preferences_dialog import (
    DEFAULT_TEXT,
    MAX_TEXT,
    MIN_TEXT,
    Preferences,
    PreferencesDialog,
    PreferencesPage,
)


class Appearance(QObject):
    """Text size and theme of ``window``; emits ``language_requested(code)`` from the preferences."""

    language_requested = Signal(str)

    def __init__(
        self, window: QWidget, settings: QSettings, toolbar: QToolBar, reader_size: Callable[[float], None]
    ) -> None:
        """``reader_size`` sets the reader's text size (a point above the rest)."""
        super().__init__(window)
        self.window, self.settings, self.toolbar, self.reader_size = window, settings, toolbar, reader_size
        saved = float(settings.value("view/text_size", DEFAULT_TEXT))
        self.text_size = min(MAX_TEXT, max(MIN_TEXT, saved))
        self.pages: Callable[[], Sequence[PreferencesPage]] = tuple  # the features' own pages
        self.apply_text_size()
        QApplication.styleHints().colorSchemeChanged.connect(self.follow_system_theme)

    def change_text_size(self, step: int) -> None:
        """Larger (+1), smaller (-1) or default (0) text."""
        size = DEFAULT_TEXT if step == 0 else self.text_size + step
        self.text_size = min(MAX_TEXT, max(MIN_TEXT, size))
        self.apply_text_size()

    def apply_text_size(self) -> None:
        """The whole UI in the chosen size: menus, toolbar, tabs, lists, the pack builder, dialogs."""
        app = QApplication.instance()
        font = app.font()
        font.setPointSizeF(self.text_size)
        app.setFont(font)
        side = round(self.text_size * 1.6)  # 16 px icons at 10 pt, growing with the text
        self.toolbar.setIconSize(QSize(side, side))
        self.reader_size(self.text_size + 1)
        self.settings.setValue("view/text_size", self.text_size)

    def edit_preferences(self) -> None:
        """Language, theme and text size."""
        current = Preferences(str(self.settings.value("ui/language", "system")), self.text_size, self.theme())
        chosen = PreferencesDialog.ask(self.window, current, self.pages())
        if chosen is None:
            return
        self.text_size = chosen.text_size
        self.apply_text_size()
        if chosen.theme != current.theme:
            self.settings.setValue("ui/theme", chosen.theme)
            apply_theme(QApplication.instance(), chosen.theme)
        if chosen.language != current.language:
            self.settings.setValue("ui/language", chosen.language)
            self.language_requested.emit(chosen.language)

    @Slot()
    def follow_system_theme(self) -> None:
        """The desktop turned light or dark: follow it when the theme is "Systeem"."""
        if self.theme() == "system":
            apply_theme(QApplication.instance(), "system")

    def theme(self) -> str:
        """The chosen theme: "system", "light" or "dark"."""
        theme = str(self.settings.value("ui/theme", "system"))
        return theme if theme in THEMES else "system"
