"""Failures are written down, never sent: a rotating, owner-only log in the data directory.

``install(data_dir)`` (called by ``main.run_app``) adds ``<data dir>/logs/goedwerk.log`` (0600,
in a 0700 folder, 512 kB x 3) to the root logger, routes Qt's own messages into it, and
replaces ``sys.excepthook`` so that an unexpected error is logged and shown in a
``CrashDialog`` while the window stays open.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from goedwerk import __version__
from goedwerk.ui.common.crash_dialog import CrashDialog

logger = logging.getLogger(__name__)
qt_logger = logging.getLogger("qt")

LOG_NAME = "goedwerk.log"
MAX_BYTES, BACKUPS = 512 * 1024, 3
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files are created readable and writable by the owner only."""

    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding or "utf-8", errors=self.errors)


class FailureLog:
    """The installed handlers; ``uninstall`` puts everything back (used by the tests)."""

    def __init__(self, data_dir: Path) -> None:
        folder = Path(data_dir) / "logs"
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        folder.chmod(0o700)
        self.path = folder / LOG_NAME
        self.handler = PrivateRotatingFileHandler(self.path, maxBytes=MAX_BYTES, backupCount=BACKUPS)
        self.handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        self.handler.setLevel(logging.INFO)
        self.dialogs: list[CrashDialog] = []
        self._previous = (sys.excepthook, threading.excepthook)
        self._showing = False

    def install(self) -> FailureLog:
        root = logging.getLogger()
        for handler in root.handlers:  # the console keeps showing only what it showed before
            if handler.level == logging.NOTSET:
                handler.setLevel(root.level or logging.WARNING)
        root.addHandler(self.handler)
        if root.level > logging.INFO or root.level == logging.NOTSET:
            root.setLevel(logging.INFO)
        qInstallMessageHandler(self._qt_message)
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_excepthook
        logger.info(
            "Goed Werk %s started (Python %s, %s)", __version__, platform.python_version(), sys.platform
        )
        return self

    def uninstall(self) -> None:
        logging.getLogger().removeHandler(self.handler)
        self.handler.close()
        qInstallMessageHandler(None)
        sys.excepthook, threading.excepthook = self._previous

    def excepthook(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        """Log an unexpected error and show it; the event loop goes on."""
        if issubclass(kind, KeyboardInterrupt):
            self._previous[0](kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        logger.critical("unexpected error\n%s", details.rstrip())
        self.show(f"{kind.__name__}: {error}", self._with_context(details))

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        details = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        logger.critical("unexpected error in thread %s\n%s", args.thread, details.rstrip())

    def _with_context(self, details: str) -> str:
        return (
            f"Goed Werk {__version__}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}\n\n{details}"
        )

    def show(self, summary: str, details: str) -> None:
        """Show the crash dialog over the active window (one at a time, never recursively)."""
        app = QApplication.instance()
        if not isinstance(app, QApplication) or self._showing:
            return
        self._showing = True
        try:
            dialog = CrashDialog(summary, details, self.path, app.activeWindow())
            dialog.finished.connect(lambda _code=0, d=dialog: self._forget(d))
            self.dialogs.append(dialog)
            dialog.open()
        except Exception:  # a failing dialog must not loop back into the hook
            logger.exception("could not show the crash dialog")
        finally:
            self._showing = False

    def _forget(self, dialog: CrashDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()

    def _qt_message(self, kind: QtMsgType, context: object, message: str) -> None:
        qt_logger.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def install(data_dir: Path) -> FailureLog:
    """Start logging into ``<data_dir>/logs`` and catch unexpected errors."""
    return FailureLog(data_dir).install()
