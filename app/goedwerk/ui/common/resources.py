"""Find and load the app's resources: bundled fonts, translations, icons."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPalette,
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
