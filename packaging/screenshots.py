"""Take screenshots of the main views for the README (run under Xvfb: ``make screenshots``).

Opens the real window on the bundled library with a throw-away data directory, drives it to
each view and saves ``QWidget.grab()`` PNGs into the folder given on the command line.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
from screenshot_setup import add_options, prepare

from goedwerk.core.i18n import _
from goedwerk.main import AppContext, build_app


def settle(ms: int = 400) -> None:
    """Let Qt lay out and paint."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(check: Callable[[], bool], timeout_ms: int = 20_000) -> None:
    """Process events until ``check()`` is true."""
    waited = 0
    while not check() and waited < timeout_ms:
        settle(50)
        waited += 50


def shoot(context: AppContext, out: Path, name: str) -> None:
    """Save the whole window as ``name``.png."""
    settle()
    path = out / f"{name}.png"
    context.window.grab().save(str(path))
    print(path)


def library_views(context: AppContext, out: Path) -> None:
    """Search with a facet, a story, the values deck and the question bank."""
    window = context.window
    panel = window.search_panel
    panel.field.setText("loyaliteit")
    panel.search_now()
    wait_until(lambda: panel.shown_query == "loyaliteit" and not window.search_runner.busy)
    panel.facets.set_checked("kind", "story")
    wait_until(lambda: not window.search_runner.busy and panel.model.hit(0).kind == "story")
    window.open_item("story", panel.model.hit(0).id)
    shoot(context, out, "search-and-read")
    window.tabs.setCurrentWidget(window.values_deck)
    window.open_item("value", "moed")
    shoot(context, out, "values-deck")
    window.tabs.setCurrentWidget(window.question_bank)
    window.open_item("question", "q-opening-01")
    shoot(context, out, "question-bank")


def pack_views(context: AppContext, out: Path) -> None:
    """A pack made from the Goed Werk meeting format, in the builder, and pages of its PDF."""
    window = context.window
    packs = window.packs
    pack = packs.create_pack("Teamsessie Goed Werk", "goed-werk-bijeenkomst")
    builder = packs.builder
    builder.start.setText("13:30")
    builder.set_field("start", "13:30")
    builder.set_field("place", "Vergaderzaal 2")
    builder.set_field("group", "Team vergunningen, 8 deelnemers")
    story_block = next(i for i, b in enumerate(builder.pack.blocks) if b.kind == "story")
    builder.select(story_block)
    builder.add_item("story:de-klik")
    for ref in ("question:q-de-klik-1", "question:q-de-klik-2", "value:onpartijdigheid", "value:moed"):
        builder.select(story_block)
        builder.add_item(ref)
    window.tabs.setCurrentWidget(packs.pack_list)
    builder.select(story_block)
    shoot(context, out, "pack-builder")
    pdf = out / "pack.pdf"
    from goedwerk.paper.printing import export_pdf

    pages = export_pdf(builder.pack, pdf, "a4", context.workspace.library)
    headers = (_("Praktijkverhalen"), _("Waardenkaarten"))  # the part titles in the shown language
    wanted = [1, 2] + [_first_page(pdf, pages, header) for header in headers]
    images = []
    for number in wanted:
        stem = out / f"page-{number}"
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                str(number),
                "-l",
                str(number),
                "-singlefile",
                str(pdf),
                str(stem),
            ],
            check=True,
        )
        images.append(QImage(f"{stem}.png"))
        Path(f"{stem}.png").unlink()
    pdf.unlink()
    strip = QImage(
        sum(i.width() for i in images) + 12 * (len(images) + 1),
        images[0].height() + 24,
        QImage.Format.Format_RGB32,
    )
    strip.fill(QColor("#d5dbe0"))
    painter = QPainter(strip)
    x = 12
    for image in images:
        painter.drawImage(x, 12, image)
        x += image.width() + 12
    painter.end()
    strip.save(str(out / "pack-pages.png"))
    print(out / "pack-pages.png", pack.id)


def _first_page(pdf: Path, pages: int, header: str) -> int:
    """The first page whose running header names ``header``."""
    for number in range(1, pages + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        if header in text.splitlines()[0:3] or text.startswith(header):
            return number
        if any(line.strip() == header for line in text.splitlines()[:4]):
            return number
    return pages


def main() -> int:
    """Entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    add_options(parser)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as data:
        context = build_app(None, Path(data), args.language)
        prepare(app, args)
        window = context.window
        window.resize(1440, 900)
        window.show()
        window.start()
        wait_until(lambda: window.is_ready)
        library_views(context, args.out)
        pack_views(context, args.out)
        window.close()
        context.workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
