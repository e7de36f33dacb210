"""What everything on paper shares: the bundled font, paper sizes, layout units (CSS pixels at
96 dpi) and a ``QGuiApplication`` when there is none (headless, ``QT_QPA_PLATFORM=offscreen``)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPageSize,
)

from goedwerk.core.paths import resources_dir

logger = logging.getLogger(__name__)

FONT_FAMILY = "Open Sans"
PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
DPI = 96.0  # layout units: CSS pixels
MM = DPI / 25.4


def ensure_app() -> QGuiApplication | None:
    """Create a ``QGuiApplication`` when there is none; return it (the caller keeps it alive)."""
    if QGuiApplication.instance() is not None:
        return None
    return QGuiApplication([sys.argv[0] if sys.argv else "goedwerk"])


def fonts_dir() -> Path:
    """The bundled fonts (``resources/fonts``, or inside a frozen build)."""
    return resources_dir() / "fonts"


def ensure_fonts() -> None:
    """Register the bundled Open Sans unless it is already known."""
    if FONT_FAMILY in QFontDatabase.families():
        return
    for path in sorted(fonts_dir().glob("OpenSans-*.ttf")):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            logger.warning("could not load font %s", path)


def layout_device() -> QImage:
    """A 1x1 image at 96 dpi: the device every printed page is laid out on."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def layout_font(pixels: int) -> QFont:
    """Open Sans without ligatures, so that text copied or searched in the PDF reads "fl", not "ﬂ"."""
    font = QFont(FONT_FAMILY)
    if pixels:
        font.setPixelSize(pixels)
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font
