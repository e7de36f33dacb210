"""Which screen the audience view goes to, and putting a window full screen on it."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

logger = logging.getLogger(__name__)

T = TypeVar("T")


def pick_audience_screen(screens: Sequence[T], presenter: T | None) -> T | None:
    """The first screen that is not the presenter's; the presenter's own when it is the only one."""
    others = [s for s in screens if s != presenter]
    if others:
        return others[0]
    return presenter if presenter is not None else (screens[0] if screens else None)


def has_second_screen(presenter: QWidget) -> bool:
    """True when another screen than the presenter's is connected."""
    own = presenter.screen()
    return any(s != own for s in QGuiApplication.screens())


def audience_screen(presenter: QWidget) -> QScreen | None:
    """The screen for the audience view, seen from the presenter window."""
    return pick_audience_screen(QGuiApplication.screens(), presenter.screen())


def show_full_screen(window: QWidget, screen: QScreen | None) -> None:
    """Show ``window`` full screen on ``screen`` (or where it is, when None)."""
    if screen is not None:
        window.setScreen(screen)  # also across X screens (":0.1"), where Qt recreates the window
        window.setGeometry(screen.geometry())
        logger.info("audience view on screen %s %s", screen.name(), screen.geometry())
    window.showFullScreen()
    window.raise_()
