"""Save and restore what the window looked like: geometry, splitters, tabs, the open item."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget

from goedwerk.core.model import Kind


def restore_geometry(window: QMainWindow, settings: QSettings, splitters: dict[str, QSplitter]) -> None:
    """Window size and position, and splitter positions; a sensible size the first time."""
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray | bytes):
        window.restoreGeometry(geometry)
    else:
        window.resize(1360, 860)
    for key, splitter in splitters.items():
        state = settings.value(f"window/{key}")
        if isinstance(state, QByteArray | bytes):
            splitter.restoreState(state)


def restore_tab(tabs: QTabWidget, settings: QSettings, key: str) -> None:
    """Select the tab that was current."""
    try:
        index = int(settings.value(key, 0))
    except (TypeError, ValueError):
        index = 0
    tabs.setCurrentIndex(min(tabs.count() - 1, max(0, index)))


def last_item(settings: QSettings) -> tuple[str, str] | None:
    """The item that was open, as ``(kind, id)``."""
    kind, _sep, item_id = str(settings.value("view/item", "")).partition(":")
    return (kind, item_id) if kind in {k.value for k in Kind} and item_id else None


def save_window(
    window: QMainWindow,
    settings: QSettings,
    splitters: dict[str, QSplitter],
    tabs: dict[str, QTabWidget],
    item: tuple[str, str] | None,
) -> None:
    """Write geometry, splitters, tabs and the open item."""
    settings.setValue("window/geometry", window.saveGeometry())
    for key, splitter in splitters.items():
        settings.setValue(f"window/{key}", splitter.saveState())
    for key, tab_widget in tabs.items():
        settings.setValue(key, tab_widget.currentIndex())
    settings.setValue("view/item", f"{item[0]}:{item[1]}" if item else "")
    settings.sync()
