"""Screenshots of the workshop: the presenter view and the audience view on a second screen.

Run under Xvfb with two X screens, which Qt's xcb platform sees as two QScreens::

    xvfb-run -a -s "-screen 0 1920x1080x24 -screen 1 1920x1080x24" \\
        .venv/bin/python packaging/workshop_screenshots.py docs/screenshots

It builds a pack from the ``goed-werk-bijeenkomst`` format on the bundled library (a story,
questions and values cards), runs it on a hand-moved clock to the story block, and saves
``workshop-presenter.png`` (the presenter window) and ``workshop-audience.png`` (what the second
screen shows; with one screen, the audience window itself).
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication, QPixmap
from screenshot_setup import add_options, prepare

from goedwerk.core.model import Pack
from goedwerk.core.packs.operations import add_item, set_pack_field
from goedwerk.core.workspace import Workspace
from goedwerk.main import application
from goedwerk.ui.workshop import open_workshop
from goedwerk.ui.workshop.presenter_window import PresenterWindow

logger = logging.getLogger("workshop_screenshots")

ITEMS = {
    1: ["question:q-opening-01", "question:q-opening-02", "question:q-opening-03"],
    2: ["story:de-klik"],
    3: ["question:q-de-klik-1", "question:q-de-klik-2", "question:q-de-klik-3"],
    4: ["value:onpartijdigheid", "value:moed"],
}


class HandClock:
    """A monotonic clock moved by the script, so the timer shows a chosen moment."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def settle(ms: int = 500) -> None:
    """Let Qt lay out and paint."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def make_pack(workspace: Workspace) -> Pack:
    """A 90-minute Goed Werk meeting with a story, questions and values cards."""
    pack = workspace.packs.new("Goed Werk-bijeenkomst team Vergunningen", "goed-werk-bijeenkomst")
    for name, value in (("start", "13:30"), ("date", "2026-03-12"), ("place", "Zwolle")):
        pack = set_pack_field(pack, name, value)
    for block, refs in ITEMS.items():
        for ref in refs:
            pack = add_item(pack, block, ref)
    return workspace.packs.save(pack)


def run_to_story(window: PresenterWindow, clock: HandClock) -> None:
    """Welcome and opener ran a little long; the story is up and its time is nearly gone."""
    actions = window.actions
    actions.run_pause.trigger()
    for minutes in (11, 16):
        clock.now += minutes * 60
        actions.block_next.trigger()
    clock.now += 8 * 60 + 15
    window.refresh_timer()


def shoot(window: PresenterWindow, out: Path) -> None:
    """Save the presenter window and what the audience screen shows."""
    presenter = out / "workshop-presenter.png"
    window.grab().save(str(presenter))
    logger.info("wrote %s", presenter)
    audience = window.audience
    screen = audience.screen()
    on_second = screen != window.screen()
    picture: QPixmap = screen.grabWindow(0) if on_second else audience.grab()
    if picture.isNull():
        picture = audience.grab()
    path = out / "workshop-audience.png"
    picture.save(str(path))
    logger.info("wrote %s (%s)", path, "second screen" if on_second else "audience window")


def extras(window: PresenterWindow, out: Path) -> None:
    """More audience states (question, values card, calm page, blank) and the shortcut overview."""
    session, audience = window.session, window.audience
    steps = {
        "question": lambda: session.next_block(),
        "value": lambda: session.next_block(),
        "value-2": lambda: session.next_item(),
        "hold": lambda: session.next_block(),
        "blank": lambda: session.set_blank(True),
    }
    for name, step in steps.items():
        step()
        window.update_view()
        settle(300)
        audience.grab().save(str(out / f"workshop-audience-{name}.png"))
    window.overlay.toggle()
    settle(300)
    window.grab().save(str(out / "workshop-shortcuts.png"))
    logger.info("wrote the extra states to %s", out)


def main() -> int:
    """Entry point."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--all", action="store_true", help="also other audience states, for checking")
    add_options(parser)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    prepare(application(), args)
    screens = QGuiApplication.screens()
    logger.info("screens: %s", ", ".join(f"{s.name()} {s.geometry().getRect()}" for s in screens))
    with tempfile.TemporaryDirectory() as data:
        workspace = Workspace(None, Path(data))
        clock = HandClock()
        window = open_workshop(None, workspace, make_pack(workspace), clock, resume=False)
        window.setGeometry(screens[0].availableGeometry())
        window.show_audience()
        settle()
        run_to_story(window, clock)
        settle(800)
        shoot(window, args.out)
        if args.all:
            extras(window, args.out)
        window.close()
        workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
