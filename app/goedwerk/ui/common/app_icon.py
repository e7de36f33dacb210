"""The application icon (resources/icons/goedwerk.svg; a rendered PNG beside it in the bundle)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from goedwerk.ui.common.resources import resources_dir


def app_icon() -> QIcon:
    """The Goed Werk icon, from the SVG source (and the PNG the bundle also carries)."""
    folder = resources_dir() / "icons"
    icon = QIcon()
    for name in ("goedwerk.svg", "goedwerk.png"):
        if (folder / name).exists():
            icon.addFile(str(folder / name))
    return icon
