"""The colour and sign of each block kind, with a light and a dark variant, in one table.

The builder's agenda and the presenter's programme take their colours from here; the table
of tints is the core's (``BLOCK_KIND_TINTS``), which the printed agenda of the window and of
``goedwerk pack export`` share. The sign (also from the core) names the kind without colour.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap

from goedwerk.core.workspace import BLOCK_KIND_ICONS, BLOCK_KIND_TINTS, print_tints

# The tints themselves live in the core (``BLOCK_KIND_TINTS``) so that the command line's PDF
# shows them without importing the UI; each has a ``light`` and a ``dark`` value.
BLOCK_COLOURS = BLOCK_KIND_TINTS


def is_dark(palette: QPalette) -> bool:
    """True when the palette draws light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def kind_colour(kind: str, palette: QPalette) -> QColor:
    """The tint of block ``kind`` for ``palette`` (light or dark)."""
    colour = BLOCK_COLOURS.get(kind, BLOCK_COLOURS["other"])
    return QColor(colour.dark if is_dark(palette) else colour.light)


def kind_sign(kind: str) -> str:
    """The sign of block ``kind``."""
    return BLOCK_KIND_ICONS.get(kind, BLOCK_KIND_ICONS["other"])


def print_colours() -> dict[str, str]:
    """The light tints as hex strings, for the printed agenda."""
    return print_tints()


def kind_icon(kind: str, palette: QPalette, size: int = 20) -> QIcon:
    """A rounded square in the kind's tint with its sign, for lists and trees."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(kind_colour(kind, palette))
    painter.drawRoundedRect(QRectF(0, 0, size, size), size / 5, size / 5)
    font = QFont()
    font.setPixelSize(round(size * 0.62))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, kind_sign(kind))
    painter.end()
    return QIcon(pixmap)
