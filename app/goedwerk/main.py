"""Composition root: builds the workspace, the QApplication and the main window."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from goedwerk import __version__
from goedwerk.core import i18n as core_i18n
from goedwerk.core.errors import GoedWerkError
from goedwerk.core.store.backup import check_and_backup
from goedwerk.core.workspace import Workspace
from goedwerk.ui.common.messages import warn
from goedwerk.ui.common.resources import install_translator, load_fonts, system_language
from goedwerk.ui.main_window import MainWindow
from goedwerk.ui.reflections import offer_restore

logger = logging.getLogger(__name__)


@dataclass
class AppContext:
    """What ``build_app`` made; keeps the translator alive with the window."""

    app: QApplication
    workspace: Workspace
    window: MainWindow
    settings: QSettings
    translator: QTranslator | None = None
    font_family: str = ""
    extra: dict = field(default_factory=dict)

    def set_language(self, language: str) -> None:
        """Switch the window's language now ("system", "nl" or "en")."""
        code = system_language() if language == "system" else language
        core_i18n.set_language(code)
        self.translator = install_translator(self.app, code, self.translator)


def application() -> QApplication:
    """The QApplication, created with the bundled font on first use."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Goed Werk")
        app.setOrganizationName("Goed Werk")
        app.setApplicationVersion(__version__)
        app.setDesktopFileName("goedwerk")
        app.setStyle("Fusion")
    family = load_fonts()
    font = QFont(family)
    font.setPointSizeF(10)
    app.setFont(font)
    return app  # type: ignore[return-value]


def build_app(
    library_dir: Path | None = None, data_dir: Path | None = None, language: str | None = None
) -> AppContext:
    """Everything the app needs, wired together; the window is not shown yet.

    ``language`` overrides the saved preference ("system", "nl" or "en").
    """
    app = application()
    report = check_and_backup(data_dir)
    if not report.healthy:
        offer_restore(None, report, data_dir)
    workspace = Workspace(library_dir, data_dir)
    settings = QSettings(str(workspace.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(workspace, settings)
    context = AppContext(app, workspace, window, settings, font_family=app.font().family())
    context.set_language(language or str(settings.value("ui/language", "system")))
    window.language_requested.connect(context.set_language)
    return context


def run_app(library_dir: Path | None = None, data_dir: Path | None = None) -> int:
    """Open the window and run until it closes; returns the exit code."""
    app = application()
    try:
        context = build_app(library_dir, data_dir)
    except GoedWerkError as exc:
        warn(None, "Goed Werk", str(exc), critical=True)
        return 1
    context.window.show()
    QTimer.singleShot(0, context.window.start)
    code = app.exec()
    context.workspace.close()
    return code
