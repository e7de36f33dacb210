"""The base of every feature's action collection (Frescobaldi's ``actioncollection``).

Each feature folder owns its actions in ``<feature>_actions.py`` (library, reader, packs,
reflections, help, authoring, sharing, workshop); ``ComposedActions`` puts the main window's
collections under one name space. Names are lower_snake and double as settings keys. Texts are
set in each collection's ``retranslate`` so a language switch at run time updates every menu.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QWidget

from goedwerk.ui.common.icons import action_icon

Shortcuts = Sequence[QKeySequence | QKeySequence.StandardKey | str]


def key_sequences(shortcuts: str | Shortcuts) -> list[QKeySequence]:
    """Every key sequence of ``shortcuts`` (standard keys expanded for this platform), once each."""
    keys: list[QKeySequence] = []
    for shortcut in [shortcuts] if isinstance(shortcuts, str) else shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            keys.extend(QKeySequence.keyBindings(shortcut))
        else:
            keys.append(QKeySequence(shortcut))
    return list(dict.fromkeys(k for k in keys if not k.isEmpty()))


class ActionCollection(QObject):
    """Actions by name: ``actions["go_back"]`` or ``actions.go_back``.

    A subclass names its icons in ``ICONS`` (name -> drawing in resources/icons/actions) and
    sets its texts in ``retranslate``.
    """

    ICONS: ClassVar[dict[str, str]] = {}

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __getattr__(self, name: str) -> QAction:
        actions = self.__dict__.get("_actions", {})
        if name in actions:
            return actions[name]
        raise AttributeError(name)

    def names(self) -> list[str]:
        """All action names, in the order they were made."""
        return list(self._actions)

    def make(self, window: QWidget, name: str, shortcut: str | Shortcuts = "") -> QAction:
        """Create the action ``name`` on ``window`` (with its shortcuts) and keep it."""
        action = QAction(window)
        action.setObjectName(name)
        action.setShortcuts(key_sequences(shortcut))
        window.addAction(action)
        self._actions[name] = action
        return action

    def set_texts(self, texts: dict[str, tuple[str, str]], shortcut_in_tip: bool = False) -> None:
        """Set each action's text and its tip (tool tip and status tip; the tool tip with the key)."""
        for name, (text, tip) in texts.items():
            action = self._actions[name]
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut and shortcut_in_tip else tip)
            action.setStatusTip(tip)

    def refresh_icons(self, palette: QPalette | None = None, names: Iterable[str] | None = None) -> None:
        """Draw the icons of ``names`` (all by default) in the palette's ink, after a theme change too.

        A checked checkable action shows its ``-on`` drawing (the filled star).
        """
        for name in self.ICONS if names is None else [n for n in names if n in self.ICONS]:
            icon = self.ICONS[name]
            if self[name].isCheckable() and self[name].isChecked():
                icon += "-on"
            self[name].setIcon(action_icon(icon, palette))

    def retranslate(self) -> None:
        """Set every text in the current language (each collection says its own)."""


class FeatureActions(ActionCollection):
    """A feature's window actions, declared: ``SHORTCUTS`` (name -> keys), ``ICONS``, ``CHECKABLE``
    and ``texts()`` (name -> text and tip); the tool tip names the key."""

    SHORTCUTS: ClassVar[dict[str, Shortcuts]] = {}
    CHECKABLE: ClassVar[tuple[str, ...]] = ()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        for name, keys in self.SHORTCUTS.items():
            self.make(window, name, keys).setCheckable(name in self.CHECKABLE)
        self.refresh_icons()
        self.retranslate()

    def texts(self) -> dict[str, tuple[str, str]]:
        """Each action's text and tip in the current language."""
        return {}

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.set_texts(self.texts(), shortcut_in_tip=True)


class ComposedActions(ActionCollection):
    """Several collections under one name space: the main window's menus and toolbar use it."""

    def __init__(self, parent: QObject, collections: Iterable[ActionCollection]) -> None:
        super().__init__(parent)
        self.collections = list(collections)
        for collection in self.collections:
            self._actions.update(collection._actions)

    def refresh_icons(self, palette: QPalette | None = None, names: Iterable[str] | None = None) -> None:
        """Draw the icons of every collection (or of ``names``) again."""
        wanted = None if names is None else list(names)
        for collection in self.collections:
            collection.refresh_icons(palette, wanted)

    def retranslate(self) -> None:
        """Set the texts of every collection in the current language."""
        for collection in self.collections:
            collection.retranslate()
