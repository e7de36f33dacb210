"""Screenshots of the value sort, its chart and the harvest for the README.

Run under Xvfb: ``xvfb-run -a -s "-screen 0 1600x1000x24" python packaging/reflection_screenshots.py
docs/screenshots``. Uses the bundled library and a throw-away data directory with two example
sessions: a value sort of three participants (the third half-done) and a few reflections.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget
from screenshot_setup import add_options, prepare

from goedwerk.core.reflections.store import Reflection, ReflectionStore
from goedwerk.core.reflections.valuesort import ValueSort, ValueSortStore
from goedwerk.core.workspace import Workspace
from goedwerk.main import application
from goedwerk.ui.reflections import open_reflections, open_value_sort

logger = logging.getLogger(__name__)

# value ids in each participant's order of importance, most important first
FAVOURITES = (
    ("moed", "eerlijkheid", "menselijke-maat", "integriteit", "vakmanschap", "zorgvuldigheid"),
    ("menselijke-maat", "moed", "dienstbaarheid", "gezin", "eerlijkheid", "openheid"),
    ("zorgvuldigheid", "moed", "menselijke-maat", "rechtvaardigheid", "zekerheid", "erkenning"),
)
REFLECTIONS = (
    {
        "happened": "We lazen ‘De nota aan de minister’. Eén collega vertelde over een advies dat "
        "werd afgezwakt voordat het de bewindspersoon bereikte.",
        "impact": "Herkenning, en ook wat ongemak: wie durft als eerste te zeggen dat het anders moet?",
        "insight": "Tegenspraak werkt alleen als de teamleider er zichtbaar ruimte voor maakt.",
        "plan": "In het volgende overleg bespreken we één lopend dossier met een ‘advocaat van de duivel’.",
        "themes": ("tegenspraak", "politieke-loyaliteit"),
        "values": ("moed", "eerlijkheid"),
        "actions": ("Teamleider plant een gesprek over ruimte voor tegenspraak", "Verhaal delen op intranet"),
    },
    {
        "happened": "De groep sorteerde de waardenkaarten; menselijke maat en moed kwamen bovenaan.",
        "insight": "Zekerheid weegt voor sommigen zwaarder dan ze hardop zeggen.",
        "themes": ("professionele-ruimte",),
        "values": ("menselijke-maat", "moed", "zekerheid"),
    },
    {
        "happened": "Gesprek over signalen van de werkvloer die blijven hangen in het middenmanagement.",
        "impact": "Frustratie, maar ook energie om het anders te doen.",
        "plan": "Elke maand een kwartier ‘wat hoorden we van burgers?’ in het teamoverleg.",
        "themes": ("signalen", "tegenspraak"),
        "values": ("dienstbaarheid", "menselijke-maat"),
    },
)


def settle(ms: int = 400) -> None:
    """Let Qt lay out and paint."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(widget: QWidget, out: Path, name: str) -> None:
    """Save ``widget`` as ``name``.png."""
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    logger.info("wrote %s", path)


def sort_for(ws: Workspace, pack_id: str, title: str) -> ValueSort:
    """Three participants' sorts, the third half-done."""
    deck = tuple(card.id for card in ws.library.values)
    sort = ValueSort(deck=deck, pack_id=pack_id, pack_title=title)
    for number, favourites in enumerate(FAVOURITES):
        label = sort.add_participant()
        order = [c for c in favourites if c in deck] + [c for c in deck if c not in favourites]
        if number % 2:
            order = order[:6] + order[6:][::-1]
        column = 0
        for card in order[: len(deck) if number < 2 else 17]:
            while sort.room(label, column) == 0:
                column += 1
            sort.place(label, card, column)
    return sort


def seed(ws: Workspace) -> str:
    """Two packs with reflections; returns the id of the pack that has the value sort."""
    first = ws.packs.new("Goed Werk-bijeenkomst team Vergunningen", "goed-werk-bijeenkomst")
    first = ws.packs.save(replace(first, date="2025-03-18"))
    second = ws.packs.save(replace(ws.packs.new("Teamstart Uitvoering", "teamstart-30"), date="2025-04-02"))
    store = ReflectionStore(ws.catalog)
    for number, fields in enumerate(REFLECTIONS):
        pack = first if number < 2 else second
        block = None if number != 1 else 3
        title = pack.blocks[block].title if block is not None and block < len(pack.blocks) else ""
        store.save(
            Reflection(
                pack_id=pack.id,
                pack_title=pack.title,
                block_index=block,
                block_title=title,
                date=pack.date or "",
                **fields,
            )
        )
    ValueSortStore(ws.catalog).save(sort_for(ws, first.id, first.title))
    return first.id


def main() -> int:
    """Entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    add_options(parser)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    args.out.mkdir(parents=True, exist_ok=True)
    app = application()
    prepare(app, args)
    host = QWidget()
    with tempfile.TemporaryDirectory() as data:
        ws = Workspace(None, Path(data))
        pack_id = seed(ws)
        sorter = open_value_sort(host, ws, pack_id)
        sorter.resize(1440, 860)
        sorter.recorder.select_participant("P3")
        sorter.recorder.columns[0].setFocus()
        shoot(sorter, args.out, "value-sort")
        sorter.tabs.setCurrentIndex(1)
        sorter.resize(1100, 1000)
        shoot(sorter, args.out, "value-sort-chart")
        sorter.close()
        window = open_reflections(host, ws)
        window.resize(1440, 900)
        window.harvest.reload()
        shoot(window, args.out, "harvest")
        window.close()
        ws.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
