"""Screenshots of issue 17, "in the room": coloured block kinds, re-timing, countdown, vote, deck.

Run under Xvfb::

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python packaging/room_screenshots.py docs/screenshots

It builds the ``goed-werk-bijeenkomst`` pack on the bundled library with a vote block added,
and saves ``room-agenda.png`` (the builder's coloured agenda), ``room-presenter.png`` (the
presenter with the programme re-timed after +5 and a pause), ``room-countdown.png`` (the
audience view with its countdown), ``room-vote-presenter.png`` and ``room-vote-audience.png``
(hands entered, bars for the room), and ``deck-front.png``, ``deck-back.png`` and
``deck-overlay.png`` (a sheet of the values deck, both sides, and the back turned over its long
edge laid over the front: the cut marks coincide).
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from goedwerk.core.model import Block, Pack
from goedwerk.core.packs.operations import add_block
from goedwerk.core.workspace import Workspace
from goedwerk.main import application
from goedwerk.paper.deck import sheet_image
from goedwerk.ui.packs.pack_builder import PackBuilder
from goedwerk.ui.workshop import open_workshop

sys.path.insert(0, str(Path(__file__).parent))
import workshop_screenshots
from workshop_screenshots import HandClock, settle

logger = logging.getLogger("room_screenshots")

VOTE = Block(
    "Wat zou jij doen?",
    10,
    "vote",
    "Lees de opties voor; handen omhoog per optie.",
    options=("Meteen melden", "Eerst de collega spreken", "Afwachten", "Weet ik nog niet"),
)


def make_pack(workspace: Workspace) -> Pack:
    """The workshop screenshots' Goed Werk meeting, with a vote after the analysis."""
    pack = workshop_screenshots.make_pack(workspace)
    return workspace.packs.save(add_block(pack, VOTE, 4))


def shoot_builder(workspace: Workspace, pack: Pack, out: Path) -> None:
    """The builder's agenda, each block in its kind's colour."""
    builder = PackBuilder(workspace)
    builder.resize(1000, 1040)
    builder.set_pack(pack)
    builder.select(4)
    builder.show()
    builder.splitter.setSizes([700, 200])
    settle()
    builder.grab().save(str(out / "room-agenda.png"))
    builder.close()


def shoot_room(workspace: Workspace, pack: Pack, out: Path) -> None:
    """Presenter re-timed, the countdown, then the vote on both screens."""
    clock = HandClock()
    window = open_workshop(None, workspace, pack, clock, resume=False)
    window.resize(1600, 1000)
    a = window.actions
    a.run_pause.trigger()
    clock.now += 13 * 60
    a.block_next.trigger()
    clock.now += 12 * 60
    a.time_add.trigger()
    a.run_pause.trigger()
    clock.now += 4 * 60  # a pause nobody planned
    a.run_pause.trigger()
    clock.now += 3 * 60
    a.countdown_toggle.trigger()
    window.refresh_timer()
    settle()
    window.grab().save(str(out / "room-presenter.png"))
    window.audience.resize(1600, 900)
    window.update_view()
    window.refresh_timer()
    settle()
    window.audience.grab().save(str(out / "room-countdown.png"))
    for _ in range(3):
        a.block_next.trigger()
    for option, hands in ((0, 5), (1, 7), (2, 1), (3, 2)):
        for _ in range(hands):
            a[f"vote_add_{option + 1}"].trigger()
    window.refresh_timer()
    settle()
    window.grab().save(str(out / "room-vote-presenter.png"))
    window.audience.grab().save(str(out / "room-vote-audience.png"))
    window.close()


def shoot_deck(workspace: Workspace, out: Path) -> None:
    """Both sides of the first sheet of the deck, and the back turned and laid over the front."""
    cards = workspace.library.values
    front = sheet_image(cards, "a4", 0, "front", 110)
    back = sheet_image(cards, "a4", 0, "back", 110)
    front.save(str(out / "deck-front.png"))
    back.save(str(out / "deck-back.png"))
    overlay = QImage(front)
    painter = QPainter(overlay)
    painter.setOpacity(0.45)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
    painter.drawImage(0, 0, back.flipped(Qt.Orientation.Horizontal))
    painter.end()
    overlay.save(str(out / "deck-overlay.png"))


def main() -> int:
    """Entry point."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    application()
    with tempfile.TemporaryDirectory() as data:
        workspace = Workspace(None, Path(data))
        pack = make_pack(workspace)
        shoot_builder(workspace, pack, args.out)
        shoot_room(workspace, pack, args.out)
        shoot_deck(workspace, args.out)
        workspace.close()
    logger.info("wrote the room screenshots to %s", args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
