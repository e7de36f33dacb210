"""Qt's own translations (``qtbase_nl.qm``), so that OK, Annuleren and the file dialogs are Dutch.

The bundle carries the file in resources/i18n; in a checkout it comes from PySide6's Qt. The
translator is a child of the application, installed once: asking again for the language it
already has changes nothing (and so sends no LanguageChange to every window).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

from goedwerk.ui.common.resources import resources_dir

logger = logging.getLogger(__name__)

NAME = "qt_base_translator"


def install_qt_translator(app: QApplication, language: str) -> QTranslator | None:
    """Make Qt's own texts follow ``language`` (none for English, Qt's source language)."""
    current = app.findChild(QTranslator, NAME)
    if current is not None and current.language().startswith(language):
        return current
    if current is not None:
        app.removeTranslator(current)
        current.deleteLater()
        current.setObjectName("")
    if language == "en":
        return None
    translator = QTranslator(app)
    translator.setObjectName(NAME)
    folders = [resources_dir() / "i18n", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    for folder in folders:
        if translator.load(f"qtbase_{language}", str(folder)):
            app.installTranslator(translator)
            return translator
    logger.info("no Qt translation qtbase_%s found", language)
    translator.deleteLater()
    return None
