"""``open_workshop``: the one entry point the main window calls to run a pack live."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from goedwerk.core.model import Pack
from goedwerk.core.workspace import Clock, WorkshopSession, Workspace
from goedwerk.ui.common.export_files import ExportFiles
from goedwerk.ui.workshop.presenter_window import PresenterWindow
from goedwerk.ui.workshop.resume_dialog import ResumeDialog
from goedwerk.ui.workshop.screens import has_second_screen

logger = logging.getLogger(__name__)

AskResume = Callable[[QWidget | None, WorkshopSession], bool]


def open_workshop(
    parent: QWidget | None,
    workspace: Workspace,
    pack: Pack,
    clock: Clock = time.monotonic,
    resume: bool | None = None,
    ask: AskResume = ResumeDialog.ask,
    exports: ExportFiles | None = None,
) -> PresenterWindow:
    """Open (and show) the presenter view for ``pack``, resuming a saved run if the user wants.

    ``resume`` answers the question up front (True: go on, False: start again); when None and a
    run of this pack was saved, ``ask(parent, saved_session)`` is asked. With a second screen the
    audience view opens on it straight away; with one screen F5 opens it.
    An open presenter view of the same pack (a child of ``parent``) is brought to the front.
    """
    running = _open_presenter(parent, pack.id)
    if running is not None:
        running.raise_()
        running.activateWindow()
        return running
    session = _session(parent, workspace, pack, clock, resume, ask)
    window = PresenterWindow(workspace, session, parent, exports=exports)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    if screen is not None:  # the facilitator's screen: where the main window is
        window.setScreen(screen)
        window.move(screen.availableGeometry().topLeft())
    window.showMaximized()
    window.raise_()
    window.activateWindow()
    if has_second_screen(window):
        window.show_audience()
    return window


def _open_presenter(parent: QWidget | None, pack_id: str) -> PresenterWindow | None:
    if parent is None:
        return None
    for window in parent.findChildren(PresenterWindow):
        if window.session.pack.id == pack_id and window.isVisible():
            return window
    return None


def _session(
    parent: QWidget | None,
    workspace: Workspace,
    pack: Pack,
    clock: Clock,
    resume: bool | None,
    ask: AskResume,
) -> WorkshopSession:
    data = None if resume is False else workspace.runs.load(pack.id)
    if data is None:
        return WorkshopSession(pack, clock)
    # Ask with the timer held: the question may stay open a while.
    saved = WorkshopSession.from_dict(pack, {**data, "paused": True}, clock)
    if not saved.started and saved.block == 0:
        return WorkshopSession(pack, clock)  # nothing happened yet: nothing to resume
    if resume is None and not ask(parent, saved):
        workspace.runs.clear(pack.id)
        return WorkshopSession(pack, clock)
    if not data.get("paused", True):
        saved.resume()
    logger.info("resuming workshop run of pack %s at block %d", pack.id, saved.block + 1)
    return saved
