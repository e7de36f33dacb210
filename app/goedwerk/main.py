"""Composition root: builds the workspace, the QApplication and the main window."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from goedwerk import __version__
from goedwerk.core import i18n as core_i18n
from goedwerk.core.errors import GoedWerkError
from goedwerk.core.workspace import Workspace, check_and_backup
from goedwerk.ui.common import failure_log
from goedwerk.ui.common.app_icon import app_icon
from goedwerk.ui.common.app_style import AppStyle
from goedwerk.ui.common.colours import apply_theme
from goedwerk.ui.common.messages import warn
from goedwerk.ui.common.resources import install_translators, load_fonts, system_language
from goedwerk.ui.main_window import MainWindow
from goedwerk.ui.reflections.restore_dialog import offer_restore

logger = logging.getLogger(__name__)

SWITCH_INTERVAL = 0.0005  # seconds a worker thread may hold the GIL while the UI thread waits


@dataclass
class AppContext:
    """What ``build_app`` made; keeps the translators alive with the window."""

    app: QApplication
    workspace: Workspace
    window: MainWindow
    settings: QSettings
    translators: list[QTranslator] = field(default_factory=list)
    failure_log: object | None = None  # the log handler, kept while the window runs

    def set_language(self, language: str) -> None:
        """Switch the window's language now ("system", "nl" or "en")."""
        code = system_language() if language == "system" else language
        core_i18n.set_language(code)
        self.translators = install_translators(self.app, code)


def application() -> QApplication:
    """The QApplication, created with the bundled font on first use."""
    app = QApplication.instance()
    if app is None:
        # Painting calls the app's style in Python, so the UI thread needs the GIL for every
        # widget it draws; at Python's default 5 ms a worker that searches or loads kept it
        # waiting that long each time (a start at 20,000 stories painted 0.35 s later).
        sys.setswitchinterval(SWITCH_INTERVAL)
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Goed Werk")
        app.setOrganizationName("Goed Werk")
        app.setApplicationVersion(__version__)
        app.setDesktopFileName("goedwerk")
        app.setWindowIcon(app_icon())
    if not isinstance(app.style(), AppStyle):
        app.setStyle(AppStyle())
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
    apply_theme(app, str(settings.value("ui/theme", "system")))
    window = MainWindow(workspace, settings)
    context = AppContext(app, workspace, window, settings)
    context.set_language(language or str(settings.value("ui/language", "system")))
    window.language_requested.connect(context.set_language)
    return context


def run_app(library_dir: Path | None = None, data_dir: Path | None = None) -> int:
    """Open the window and run until it closes; returns the exit code."""
    os.umask(0o077)  # the catalog, index, cache and settings hold personal notes: owner only
    app = application()
    try:
        context = build_app(library_dir, data_dir)
    except GoedWerkError as exc:
        warn(None, "Goed Werk", str(exc), critical=True)
        return 1
    context.failure_log = failure_log.install(context.workspace.data_dir)
    context.window.show()
    QTimer.singleShot(0, context.window.start)
    QTimer.singleShot(0, context.window.help.show_welcome_once)  # "Zo begin je" at the first start
    code = app.exec()
    context.workspace.close()
    return code
