"""The one way to load an action icon: our SVGs in resources/icons/actions, in the palette's ink.

The SVGs draw with ``currentColor``; ``action_icon`` paints them in the palette's button text
colour (so they read on a light and a dark theme) at the sizes a toolbar and a menu ask for.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from goedwerk.ui.common.resources import resources_dir

logger = logging.getLogger(__name__)

SIZES = (16, 24, 32)  # menus, the toolbar at 10 pt, the toolbar at 20 pt


def icons_dir() -> Path:
    """resources/icons/actions."""
    return resources_dir() / "icons" / "actions"


@cache
def _svg(name: str) -> str:
    return (icons_dir() / f"{name}.svg").read_text(encoding="utf-8")


def action_icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The icon ``name`` (a file name without .svg), drawn in ``palette``'s button text colour."""
    palette = palette or QGuiApplication.palette()
    try:
        svg = _svg(name)
    except OSError:
        logger.warning("no icon %s in %s", name, icons_dir())
        return QIcon()
    ink = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText).name()
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", ink).encode()))
    icon = QIcon()  # Qt greys the disabled state itself and scales to sizes in between
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
