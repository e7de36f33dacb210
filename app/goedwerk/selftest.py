"""``goedwerk self-test``: prove that this installation works, in a throw-away data directory.

It runs offscreen (no window appears) and checks, step by step, what a facilitator relies on:
the bundled library loads, the search index builds, Dutch searches find known stories, a pack
prints to a PDF with its pages and the embedded font, and the main window opens and closes.
One line per step; the exit code is 0, or 1 with the name of the step that failed. It works
the same in the PyInstaller bundle and in the development venv. Nothing is sent anywhere.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from goedwerk.core.i18n import _
from goedwerk.core.model import Kind
from goedwerk.core.workspace import Workspace

logger = logging.getLogger(__name__)

# (query, story that must be among the hits): inflections and a two-word query.
SEARCHES = (
    ("salamander", "negentien-salamanders"),
    ("zwarte balk", "zwarte-balken"),
    ("ambtenaren", "een-rapport-in-de-la"),
)
STORIES_IN_PACK = 2
WINDOW_TIMEOUT_MS = 60_000


class StepFailed(Exception):
    """A check of the self-test did not hold; the message says what was found."""


class SelfTest:
    """The steps, run in order on one workspace in a temporary data directory."""

    def __init__(self, data_dir: Path, out: Callable[[str], None]) -> None:
        self.data_dir = data_dir
        self.out = out
        self.ws: Workspace | None = None

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        """``(name, step)`` pairs; each step returns a short detail for its line."""
        return [
            (_("bibliotheek laden"), self.load_library),
            (_("zoekindex bouwen"), self.build_index),
            (_("zoeken in het Nederlands"), self.search),
            (_("pakket als PDF"), self.export_pdf),
            (_("venster openen en sluiten"), self.open_window),
        ]

    def run(self) -> int:
        """Run every step; return the exit code."""
        try:
            for name, step in self.steps():
                started = time.perf_counter()
                try:
                    detail = step()
                except Exception as exc:  # the self-test reports any failure as its step's
                    logger.debug("self-test step %s failed", name, exc_info=True)
                    self.out(_("MISLUKT  {step}: {error}").format(step=name, error=_describe(exc)))
                    return 1
                seconds = time.perf_counter() - started
                self.out(f"ok       {name}: {detail} ({seconds:.1f} s)")
        finally:
            if self.ws is not None:
                self.ws.close()
        self.out(_("Zelftest geslaagd."))
        return 0

    # -- the steps -------------------------------------------------------------------------

    def load_library(self) -> str:
        self.ws = Workspace(None, self.data_dir)
        counts = self.ws.library.counts()
        if not counts["stories"] or not counts["values"] or not counts["formats"]:
            raise StepFailed(
                _("de meegeleverde bibliotheek is leeg of onvolledig: {counts}").format(counts=counts)
            )
        return _(
            "{stories} verhalen, {values} waardenkaarten, {questions} vragen, {formats} werkvormen"
        ).format(**counts)

    def build_index(self) -> str:
        ws = self._workspace()
        ws.index()
        total = ws.search("goed werk", None, limit=1).total
        if not total:
            raise StepFailed(_("de index vindt niets voor 'goed werk'"))
        return _("{n} treffers voor 'goed werk'").format(n=total)

    def search(self) -> str:
        ws = self._workspace()
        found = []
        for query, story_id in SEARCHES:
            result = ws.search(query, {"kind": Kind.STORY.value}, limit=10)
            ids = [hit.id for hit in result.hits]
            if story_id not in ids:
                raise StepFailed(
                    _("'{query}' vindt '{id}' niet (wel: {ids})").format(
                        query=query, id=story_id, ids=", ".join(ids) or "-"
                    )
                )
            found.append(f"'{query}' → {story_id}")
        return "; ".join(found)

    def export_pdf(self) -> str:
        ws = self._workspace()
        _prefer_offscreen()
        from goedwerk.main import application  # the window's QApplication, made before printing
        from goedwerk.paper.printing import export_pdf  # the function `goedwerk pack export` calls

        application()

        library = ws.library
        pack = ws.packs.new(_("Zelftest"), library.formats[0].id)
        stories = tuple(f"story:{story.id}" for story in library.stories[:STORIES_IN_PACK])
        first = replace(pack.blocks[0], items=(*pack.blocks[0].items, *stories)) if pack.blocks else None
        if first is not None:
            pack = ws.packs.save(replace(pack, blocks=(first, *pack.blocks[1:])))
        pdf = self.data_dir / "zelftest.pdf"
        count = export_pdf(pack, pdf, paper="a4", library=library)
        return check_pdf(pdf, count)

    def open_window(self) -> str:
        _prefer_offscreen()
        from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer

        from goedwerk.main import build_app

        context = build_app(None, self.data_dir, language="nl")
        window = context.window
        loop = QEventLoop()
        window.ready.connect(loop.quit)
        QTimer.singleShot(WINDOW_TIMEOUT_MS, loop.quit)
        window.show()
        QTimer.singleShot(0, window.start)
        loop.exec()
        ready = window.is_ready
        title = window.windowTitle()
        window.close()
        context.workspace.close()
        window.deleteLater()  # gone for good: no later language switch reaches a closed catalog
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if not ready:
            raise StepFailed(
                _("het venster werd niet klaar binnen {s} s").format(s=WINDOW_TIMEOUT_MS // 1000)
            )
        return _("'{title}' was klaar om te zoeken").format(title=title)

    def _workspace(self) -> Workspace:
        if self.ws is None:
            raise StepFailed(_("de bibliotheek is niet geladen"))
        return self.ws


def check_pdf(pdf: Path, count: int) -> str:
    """Check an exported pack: A4 pages as reported, the bundled font embedded; a short summary."""
    data = pdf.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise StepFailed(_("{path} is geen PDF").format(path=pdf.name))
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", data))
    if pages != count or pages < 2:
        raise StepFailed(
            _("{pages} pagina's in het bestand, {count} gemeld").format(pages=pages, count=count)
        )
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    sizes = {(round(float(w)), round(float(h))) for w, h in boxes}
    if sizes != {(595, 842)}:
        raise StepFailed(_("geen A4-pagina's: {sizes}").format(sizes=sorted(sizes)))
    fonts = set(re.findall(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([\w-]+)", data))
    embedded = len(re.findall(rb"/FontFile[23]?\b", data))
    if not fonts or not all(f.startswith(b"OpenSans") for f in fonts) or embedded < len(fonts):
        raise StepFailed(_("lettertype niet (alleen) Open Sans ingebed: {fonts}").format(fonts=sorted(fonts)))
    return _("{pages} pagina's A4, {fonts} lettertypen ingebed").format(pages=pages, fonts=len(fonts))


def _describe(exc: BaseException) -> str:
    if isinstance(exc, StepFailed):
        return str(exc)
    where = traceback.extract_tb(exc.__traceback__)[-1:]
    place = f" ({Path(where[0].filename).name}:{where[0].lineno})" if where else ""
    return f"{type(exc).__name__}: {exc}{place}"


def _prefer_offscreen() -> None:
    """The self-test never shows a window: Qt draws offscreen unless told otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_self_test(out: Callable[[str], None] | None = None) -> int:
    """Run the self-test in a temporary data directory; return the exit code (0 or 1)."""
    _prefer_offscreen()
    write = out or (lambda line: print(line, flush=True))
    frozen = " (bundel)" if getattr(sys, "frozen", False) else ""
    write(_("Goed Werk zelftest{frozen}").format(frozen=frozen))
    with tempfile.TemporaryDirectory(prefix="goedwerk-selftest-") as folder:
        return SelfTest(Path(folder) / "data", write).run()
