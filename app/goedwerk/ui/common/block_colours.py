"""The colour and sign of each block kind, with a light and a dark variant, in one table.

The builder's agenda, the presenter's programme and the printed agenda take their colours from
here (print gets the light variant as plain hex strings through ``paper``). The tints are light
enough for black text and still tell kinds apart in black-and-white print; the sign (from the
core, the same on paper) names the kind without colour.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap

from goedwerk.core.workspace import BLOCK_KIND_ICONS


class KindColour(NamedTuple):
    """A block kind's tint on a light and on a dark background."""

    light: str
    dark: str


BLOCK_COLOURS: dict[str, KindColour] = {
    "intro": KindColour("#D6E6F5", "#2A4B6C"),
    "story": KindColour("#F7E1C4", "#6E4A1F"),
    "questions": KindColour("#D9EED3", "#2E5C2A"),
    "values": KindColour("#F4D6E4", "#6C2C4B"),
    "reflection": KindColour("#E4DAF4", "#4A3671"),
    "break": KindColour("#E5E5E5", "#4A4A4A"),
    "other": KindColour("#D3ECEC", "#235858"),
    "vote": KindColour("#F7EDB4", "#665A16"),
}


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
    return {kind: colour.light for kind, colour in BLOCK_COLOURS.items()}


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
