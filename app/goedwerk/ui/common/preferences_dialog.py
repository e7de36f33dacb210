"""Preferences: the language of the window, its theme (light, dark or the system's) and the text size.

Features add their own pages (``PreferencesPage``: Bronnen, from ``ui/sharing``) after the
general one; such a page applies its changes at once, the general page on OK.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

# Text sizes in points for the whole window: 10 by default, up to twice that.
MIN_TEXT, DEFAULT_TEXT, MAX_TEXT = 7.0, 10.0, 20.0


@dataclass(frozen=True)
class Preferences:
    """What the user chose: ``language`` is "system", "nl" or "en"; ``theme`` "system", "light" or "dark"."""

    language: str
    text_size: float
    theme: str = "system"


@dataclass(frozen=True)
class PreferencesPage:
    """A feature's own page: its tab title, its widget, and whether it opens first."""

    title: str
    widget: QWidget
    first: bool = False


class PreferencesDialog(QDialog):
    """Edit ``Preferences``; use ``PreferencesDialog.ask``."""

    def __init__(
        self, current: Preferences, parent: QWidget | None = None, pages: Sequence[PreferencesPage] = ()
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Voorkeuren"))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, label in (
            ("system", self.tr("Taal van het systeem")),
            ("nl", "Nederlands"),
            ("en", "English"),
        ):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.language.setAccessibleName(self.tr("Taal"))
        self.theme = QComboBox(self)
        self.theme.setObjectName("theme")
        for code, label in (
            ("system", self.tr("Systeem")),
            ("light", self.tr("Licht")),
            ("dark", self.tr("Donker")),
        ):
            self.theme.addItem(label, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(current.theme)))
        self.theme.setAccessibleName(self.tr("Weergave"))
        self.text_size = QDoubleSpinBox(self)
        self.text_size.setObjectName("text_size")
        self.text_size.setRange(MIN_TEXT, MAX_TEXT)
        self.text_size.setSingleStep(1)
        self.text_size.setDecimals(0)
        self.text_size.setSuffix(" pt")
        self.text_size.setValue(current.text_size)
        self.text_size.setAccessibleName(self.tr("Tekstgrootte"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        general = QWidget(self)
        form = QFormLayout(general)
        form.addRow(self.tr("&Taal:"), self.language)
        form.addRow(self.tr("&Weergave:"), self.theme)
        form.addRow(self.tr("Tekst&grootte:"), self.text_size)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("preferences_tabs")
        self.tabs.addTab(general, self.tr("Algemeen"))
        for page in pages:
            self.tabs.addTab(page.widget, page.title)
            if page.first:
                self.tabs.setCurrentWidget(page.widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        if pages:
            self.resize(720, 480)

    def result_value(self) -> Preferences:
        """The preferences as now filled in."""
        return Preferences(self.language.currentData(), self.text_size.value(), self.theme.currentData())

    @classmethod
    def ask(
        cls, parent: QWidget | None, current: Preferences, pages: Sequence[PreferencesPage] = ()
    ) -> Preferences | None:
        """Show the dialog (with the features' ``pages``); the new preferences, or None when cancelled."""
        dialog = cls(current, parent, pages)
        return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None
