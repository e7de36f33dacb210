"""Find and load the app's resources: bundled fonts, translations, icons."""

from __future__ import annotations

import logging
import math
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QPointF, Qt, QTranslator
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QApplication

from goedwerk.core.workspace import resources_dir as core_resources_dir

logger = logging.getLogger(__name__)

FONT_FAMILY = "Open Sans"
LANGUAGES = {"nl": "Nederlands", "en": "English"}
TRANSLATOR_NAME = "goedwerk_translator"


def resources_dir() -> Path:
    """The ``resources/`` folder (next to the package, or inside a frozen build)."""
    return core_resources_dir()


def load_fonts() -> str:
    """Register the bundled fonts; return the family to use (a fallback when loading fails)."""
    families: set[str] = set()
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            logger.warning("could not load font %s", path)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return FONT_FAMILY if FONT_FAMILY in families else QFont().family()


def system_language() -> str:
    """``nl`` or ``en`` from the system locale (Dutch unless the system is not)."""
    name = QLocale.system().name().lower()
    return "en" if name.startswith("en") else "nl"


def qt_translations_dir() -> Path:
    """Where Qt's own catalogues (``qtbase_nl.qm``) are: shipped with PySide6, or in a frozen build."""
    bundled = resources_dir() / "i18n" / "qt"
    if (bundled / "qtbase_nl.qm").exists():
        return bundled
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Switch the UI language; return the installed translators (ours and Qt's own).

    Qt's buttons and dialogs (OK/Annuleren, Ja/Nee, the file dialog) come from ``qtbase_<lang>.qm``,
    loaded with our catalogue so they speak the language of the rest of the window. The
    translators are children of ``app``: a switch replaces whatever an earlier switch installed.
    """
    current = app.findChildren(QTranslator, TRANSLATOR_NAME)
    if current and all(t.property("language") == language for t in current):
        return current  # already speaking it: no needless LanguageChange to every window
    for old in current:
        app.removeTranslator(old)
        old.deleteLater()
    installed: list[QTranslator] = []
    catalogues = [
        (qt_translations_dir(), f"qtbase_{language}.qm"),
        (resources_dir() / "i18n", f"goedwerk_{language}.qm"),  # Dutch: the plural forms only
    ]
    for folder, name in catalogues:
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        translator.setProperty("language", language)
        if translator.load(str(folder / name)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            logger.warning("no translation file %s", folder / name)
    return installed


def muted_color(palette: QPalette) -> QColor:
    """Secondary text: the text colour blended towards the background, still readable."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    mix = 0.62
    return QColor(
        round(text.red() * mix + base.red() * (1 - mix)),
        round(text.green() * mix + base.green() * (1 - mix)),
        round(text.blue() * mix + base.blue() * (1 - mix)),
    )


def star_icon(color: QColor, filled: bool, size: int = 32) -> QIcon:
    """A five-pointed star (filled or outlined) for the favourite action."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre, outer, inner = QPointF(size / 2, size / 2 + 1), size * 0.46, size * 0.19
    points = [
        centre + QPointF(math.sin(i * math.pi / 5) * r, -math.cos(i * math.pi / 5) * r)
        for i, r in ((i, outer if i % 2 == 0 else inner) for i in range(10))
    ]
    painter.setPen(QPen(color, size / 14))
    painter.setBrush(color if filled else Qt.GlobalColor.transparent)
    painter.drawPolygon(QPolygonF(points))
    painter.end()
    return QIcon(pixmap)
